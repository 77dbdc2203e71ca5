"""Shared helpers for the batch and Spark tests: a small deterministic fake screener.

The fake has the ``Screener`` interface the batch scorer uses (``score_batch``,
``max_text_chars``, ``model_info``) and scores from a checksum of the text, so results are
reproducible across processes. Worker processes reach it as ``batch_fixtures:make_fake_screener``
(this directory must be on ``PYTHONPATH``).
"""

from __future__ import annotations

import os
import sys
import time
import zlib
from typing import Sequence

from model.types import Ad, Evidence, Finding, Language, ModelInfo, Screening

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PYTHON = sys.executable

FAKE_PATTERNS = (("recruitment_fee", "fee", 0.8), ("document_retention", "passport", 0.9))


class FakeScreener:
    max_text_chars = 50_000
    model_info = ModelInfo(version="fake-1", data_fingerprint="fake-data")

    def __init__(self, delay: float = 0.0):
        self.delay = delay
        self.batches: list[int] = []

    def score_batch(self, ads: Sequence[Ad], explain: bool = True) -> list[Screening]:
        self.batches.append(len(ads))
        if self.delay:
            time.sleep(self.delay)
        return [self._score(ad) for ad in ads]

    def _score(self, ad: Ad) -> Screening:
        parts = ad.parts()
        joined = "\n".join(value for _, value in parts)
        score = (zlib.crc32(joined.encode("utf-8")) % 10_000) / 10_000
        findings = []
        for name, value in parts:
            for indicator, word, severity in FAKE_PATTERNS:
                start = value.lower().find(word)
                if start >= 0:
                    evidence = Evidence(field=name, start=start, end=start + len(word), text=value[start : start + len(word)])
                    findings.append(Finding(indicator, f"{indicator}-1", indicator, "test", severity, "test", evidence))
        band = "low" if score < 0.25 else "medium" if score < 0.5 else "high" if score < 0.75 else "very_high"
        return Screening(
            ad_id=ad.id,
            score=score,
            band=band,
            flagged=score >= 0.5,
            threshold=0.5,
            classifier_probability=score,
            findings=tuple(findings),
            terms=(),
            language=Language("en", "English", "full"),
            summary="",
            truncated=False,
            model=self.model_info,
        )


def make_fake_screener() -> FakeScreener:
    return FakeScreener()


def make_slow_fake_screener() -> FakeScreener:
    return FakeScreener(delay=0.05)


def subprocess_env() -> dict[str, str]:
    """Environment for ``python -m service.batch`` child processes that use the fake."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([REPO, HERE, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def ad_text(i: int) -> str:
    """A varied, reproducible ad text; some mention fees or passports."""
    words = ["Warehouse staff", "Factory work abroad", "Hotel cleaner", "Nanny", "Driver"]
    extra = " A placement fee applies." if i % 3 == 0 else ""
    extra += " Hand in your passport on arrival." if i % 7 == 0 else ""
    return f"{words[i % len(words)]} wanted, ad number {i}. Good salary, accommodation provided.{extra}"


FACTORY = f"{__name__}:make_fake_screener"
SLOW_FACTORY = f"{__name__}:make_slow_fake_screener"


def write_input(path: str, rows: list[dict], columns: list[str] | None = None) -> None:
    """Write rows as CSV/JSONL/Parquet by extension (``.gz`` for CSV/JSONL)."""
    import csv
    import gzip
    import json

    columns = columns or list(rows[0])
    name = path[:-3] if path.endswith(".gz") else path
    if name.endswith(".parquet"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), path)
        return
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8", newline="") as f:
        if name.endswith(".csv"):
            writer = csv.writer(f)
            writer.writerow(columns)
            writer.writerows([row.get(c, "") for c in columns] for row in rows)
        else:
            f.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def read_output(path: str) -> list[dict]:
    """Read an output file back into dicts with native types, whatever its format."""
    import csv
    import gzip
    import json

    name = path[:-3] if path.endswith(".gz") else path
    if name.endswith(".parquet"):
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        if name.endswith(".jsonl"):
            return [json.loads(line) for line in f]
        rows = []
        for raw in csv.DictReader(f):
            rows.append(
                {
                    "row": int(raw["row"]),
                    "id": raw["id"] or None,
                    "risk_score": float(raw["risk_score"]) if raw["risk_score"] else None,
                    "risk_band": raw["risk_band"] or None,
                    "flagged": {"true": True, "false": False, "": None}[raw["flagged"]],
                    "indicators": json.loads(raw["indicators"]),
                    "evidence": raw["evidence"] or None,
                    "language": raw["language"] or None,
                    "model_version": raw["model_version"] or None,
                    "error": raw["error"] or None,
                }
            )
        return rows
