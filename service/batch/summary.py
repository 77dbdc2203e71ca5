"""The end-of-run summary: accounting, bands, top indicators, speed; as text and as JSON."""

from __future__ import annotations

import json
import os
from typing import Any

from model.types import BANDS
from service.batch.scoring import ChunkStats

TOP_INDICATORS = 10


class AccountingError(RuntimeError):
    """Rows read != rows scored + rows failed: something was lost."""


def build_summary(
    totals: ChunkStats,
    *,
    rows_read: int,
    elapsed: float,
    rows_this_session: int,
    engine: str,
    input_path: str,
    output_path: str,
    jobs: int | None = None,
) -> dict[str, Any]:
    if rows_read != totals.scored + totals.failed:
        raise AccountingError(f"rows read {rows_read} != scored {totals.scored} + failed {totals.failed}")
    return {
        "input": input_path,
        "output": output_path,
        "engine": engine,
        "jobs": jobs,
        "rows_read": rows_read,
        "scored": totals.scored,
        "failed": totals.failed,
        "flagged": totals.flagged,
        "accounting_ok": True,
        "bands": {band: totals.bands.get(band, 0) for band in BANDS},
        "errors": dict(sorted(totals.errors.items(), key=lambda kv: (-kv[1], kv[0]))),
        "top_indicators": [
            {"indicator_id": name, "rows": count}
            for name, count in sorted(totals.indicators.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_INDICATORS]
        ],
        "model_versions": sorted(totals.model_versions),
        "rows_from_checkpoint": rows_read - rows_this_session,
        "elapsed_seconds": round(elapsed, 3),
        "rows_per_second": round(rows_this_session / elapsed, 1) if elapsed > 0 else None,
    }


def format_summary(summary: dict[str, Any]) -> str:
    lines = [
        f"rows read {summary['rows_read']} = scored {summary['scored']} + failed {summary['failed']}  (check: ok)",
        "bands: " + ", ".join(f"{band} {n}" for band, n in summary["bands"].items()) + f"; flagged {summary['flagged']}",
    ]
    if summary["errors"]:
        lines.append("failed rows by reason: " + ", ".join(f"{code} {n}" for code, n in summary["errors"].items()))
    if summary["top_indicators"]:
        lines.append("top indicators: " + ", ".join(f"{t['indicator_id']} {t['rows']}" for t in summary["top_indicators"]))
    rate = summary["rows_per_second"]
    timing = f"time {summary['elapsed_seconds']:.1f}s" + (f", {rate:,.0f} rows/s" if rate else "")
    if summary["rows_from_checkpoint"]:
        timing += f" ({summary['rows_from_checkpoint']} rows taken from the checkpoint)"
    lines.append(timing)
    lines.append(f"output: {summary['output']}")
    return "\n".join(lines)


def write_summary_json(path: str, summary: dict[str, Any]) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2, sort_keys=False)
        f.write("\n")
    os.replace(tmp, path)
