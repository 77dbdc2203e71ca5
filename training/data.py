"""Loaders for labelled job ads: the EMSCAD CSV layout and a generic JSONL/CSV format.

Every loader returns a ``LabelledAds``: the ads, their 0/1 labels, a weight per ad (1 unless
the data is a known non-uniform sample of a larger corpus, see ``emscad_weights``), and the
sha256 fingerprint of the files read.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from model.artifact import sha256_file
from model.types import STRUCTURED_FIELDS, TEXT_FIELDS, Ad

EMSCAD_TEXT_FILE = "fake_job_postings.csv.gz"
EMSCAD_METADATA_FILE = "emscad_metadata_full.csv.gz"
EMSCAD_REQUIRED = ("job_id", "title", "company_profile", "description", "requirements", "benefits", "fraudulent")
# The id-contiguous block of legitimate rows at the top of the text file (see SOURCE.md).
EMSCAD_BLOCK_LAST_ID = 1429

csv.field_size_limit(2**31 - 1)


class DataError(ValueError):
    """The data cannot be used as given; the message says what to fix."""


@dataclass
class LabelledAds:
    ads: list[Ad]
    labels: np.ndarray
    weights: np.ndarray
    ids: list[str]
    fingerprint: dict[str, str]
    skipped_empty: int = 0
    source: str = ""
    notes: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ads)

    def subset(self, index: np.ndarray) -> "LabelledAds":
        return LabelledAds(
            [self.ads[i] for i in index],
            self.labels[index],
            self.weights[index],
            [self.ids[i] for i in index],
            self.fingerprint,
            0,
            self.source,
            list(self.notes),
        )


def _open_text(path: Path) -> io.TextIOBase:
    if not path.exists():
        raise DataError(f"data file not found: {path}")
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="")
    return open(path, encoding="utf-8", newline="")


def _read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with _open_text(path) as f:
        reader = csv.DictReader(f)
        columns = list(reader.fieldnames or [])
        try:
            rows = list(reader)
        except UnicodeDecodeError as exc:
            raise DataError(f"{path}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from exc
    return columns, rows


def _read_jsonl(path: Path) -> tuple[list[str], list[dict[str, object]]]:
    rows: list[dict[str, object]] = []
    columns: set[str] = set()
    with _open_text(path) as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(f"{path}: line {n} is not valid JSON ({exc.msg})") from exc
            if not isinstance(row, dict):
                raise DataError(f"{path}: line {n} is not a JSON object")
            rows.append(row)
            columns.update(row)
    return sorted(columns), rows


def _labels(rows: list[dict], column: str, path: Path, first_row: int) -> np.ndarray:
    bad: list[str] = []
    out = np.empty(len(rows), dtype=np.int8)
    for i, row in enumerate(rows):
        value = str(row.get(column, "")).strip().lower()
        if value in ("0", "1", "0.0", "1.0", "true", "false"):
            out[i] = 1 if value in ("1", "1.0", "true") else 0
        else:
            bad.append(f"row {i + first_row} ({value!r})")
    if bad:
        shown = ", ".join(bad[:10]) + (f" and {len(bad) - 10} more" if len(bad) > 10 else "")
        raise DataError(f"{path}: labels must be 0 or 1 in column {column!r}; found other values in {shown}")
    return out


def load_emscad(directory: str | Path) -> LabelledAds:
    """Read EMSCAD from its folder (or the text CSV itself).

    Legitimate rows are weighted so that the weighted sample has the corpus's real
    prevalence and id mix: when ``emscad_metadata_full.csv.gz`` sits beside the text file,
    legitimate rows in the id-contiguous block (job_id <= 1429) and the random draws above it
    each stand for the legitimate ids of their stratum."""
    path = Path(directory)
    text_file = path / EMSCAD_TEXT_FILE if path.is_dir() else path
    columns, rows = _read_csv(text_file)
    missing = [c for c in EMSCAD_REQUIRED if c not in columns]
    if missing:
        raise DataError(f"{text_file}: missing EMSCAD columns {missing}; found {columns}")
    labels = _labels(rows, "fraudulent", text_file, first_row=2)
    ads: list[Ad] = []
    keep: list[int] = []
    for i, row in enumerate(rows):
        fields = {k: row.get(k, "") for k in STRUCTURED_FIELDS if row.get(k)}
        ad = Ad.from_fields(fields, id=row["job_id"])
        if not any((row.get(k) or "").strip() for k in TEXT_FIELDS):
            continue
        ads.append(ad)
        keep.append(i)
    skipped = len(rows) - len(keep)
    labels = labels[keep]
    ids = [rows[i]["job_id"] for i in keep]
    fingerprint = {text_file.name: sha256_file(text_file)}
    weights = np.ones(len(ads))
    notes: list[str] = []
    meta_file = text_file.parent / EMSCAD_METADATA_FILE
    if meta_file.exists():
        fingerprint[meta_file.name] = sha256_file(meta_file)
        weights = emscad_weights(ids, labels, meta_file)
        notes.append(
            "legitimate rows weighted to the corpus prevalence per id stratum "
            f"(job_id <= {EMSCAD_BLOCK_LAST_ID} and above), from {meta_file.name}"
        )
    return LabelledAds(ads, labels, weights, ids, fingerprint, skipped, f"emscad:{text_file}", notes)


def emscad_weights(ids: list[str], labels: np.ndarray, meta_file: Path) -> np.ndarray:
    columns, meta = _read_csv(meta_file)
    if "job_id" not in columns or "fraudulent" not in columns:
        raise DataError(f"{meta_file}: expected columns job_id and fraudulent; found {columns}")
    legit_ids = [int(r["job_id"]) for r in meta if r["fraudulent"].strip() == "0"]
    in_block = sum(1 for j in legit_ids if j <= EMSCAD_BLOCK_LAST_ID)
    population = {True: in_block, False: len(legit_ids) - in_block}
    numeric = np.array([int(i) for i in ids])
    block = numeric <= EMSCAD_BLOCK_LAST_ID
    legit = labels == 0
    weights = np.ones(len(ids))
    for stratum in (True, False):
        mask = legit & (block == stratum)
        if mask.sum():
            weights[mask] = population[stratum] / mask.sum()
    return weights


def load_labelled(path: str | Path) -> LabelledAds:
    """Read a generic labelled file: JSONL or CSV (optionally .gz) with ``label`` (0/1) and
    either ``text`` or structured field columns; optional ``id`` and ``weight``."""
    path = Path(path)
    if path.is_dir() and (path / EMSCAD_TEXT_FILE).exists():
        return load_emscad(path)
    name = path.name.lower().removesuffix(".gz")
    if name.endswith(".jsonl") or name.endswith(".json"):
        columns, rows = _read_jsonl(path)
    elif name.endswith(".csv"):
        columns, rows = _read_csv(path)
        if "fraudulent" in columns and "job_id" in columns and "label" not in columns:
            return load_emscad(path)
    else:
        if not path.exists():
            raise DataError(f"data file not found: {path}")
        raise DataError(f"{path}: unknown format; expected .jsonl, .csv (optionally .gz) or an EMSCAD folder")
    text_columns = ["text"] if "text" in columns else [c for c in STRUCTURED_FIELDS if c in columns]
    if "label" not in columns or not text_columns:
        raise DataError(
            f"{path}: expected a 'label' column and a 'text' column or structured fields "
            f"({', '.join(STRUCTURED_FIELDS)}); found {columns}"
        )
    labels = _labels(rows, "label", path, first_row=2 if name.endswith(".csv") else 1)
    ads: list[Ad] = []
    keep: list[int] = []
    ids: list[str] = []
    for i, row in enumerate(rows):
        row_id = str(row.get("id") or i + 1)
        if text_columns == ["text"]:
            text = row.get("text")
            if not isinstance(text, str) or not text.strip():
                continue
            ad = Ad.from_text(text, id=row_id)
        else:
            fields = {c: str(row[c]) for c in text_columns if row.get(c)}
            if not any(str(fields.get(c, "")).strip() for c in TEXT_FIELDS):
                continue
            ad = Ad.from_fields(fields, id=row_id)
        ads.append(ad)
        keep.append(i)
        ids.append(row_id)
    weights = np.array([float(rows[i].get("weight") or 1.0) for i in keep]) if "weight" in columns else np.ones(len(keep))
    return LabelledAds(
        ads, labels[keep], weights, ids, {path.name: sha256_file(path)}, len(rows) - len(keep), f"file:{path}"
    )
