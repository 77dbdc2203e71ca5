"""Screening -> one output row, the same columns for every format and every outcome.

Columns: ``row`` (0-based input position), ``id``, ``risk_score``, ``risk_band``, ``flagged``,
``indicators`` (ids, strongest first; a JSON list in CSV), ``evidence`` (the text of the
strongest finding), ``language``, ``model_version``, ``error`` (None when scored).
"""

from __future__ import annotations

from typing import Any

from model.types import Screening

OUTPUT_COLUMNS: tuple[str, ...] = (
    "row",
    "id",
    "risk_score",
    "risk_band",
    "flagged",
    "indicators",
    "evidence",
    "language",
    "model_version",
    "error",
)

OutputRow = dict[str, Any]


def screening_row(row: int, ad_id: str | None, screening: Screening) -> OutputRow:
    if screening.error:
        return error_row(row, ad_id, screening.error, screening.model.version)
    findings = sorted(screening.findings, key=lambda f: -f.severity)  # stable: ties keep engine order
    indicators = list(dict.fromkeys(f.indicator_id for f in findings))
    return {
        "row": row,
        "id": ad_id,
        "risk_score": float(screening.score),
        "risk_band": screening.band,
        "flagged": bool(screening.flagged),
        "indicators": indicators,
        "evidence": findings[0].evidence.text if findings else None,
        "language": screening.language.code,
        "model_version": screening.model.version,
        "error": None,
    }


def error_row(row: int, ad_id: str | None, error: str, model_version: str | None) -> OutputRow:
    return {
        "row": row,
        "id": ad_id,
        "risk_score": None,
        "risk_band": None,
        "flagged": None,
        "indicators": [],
        "evidence": None,
        "language": None,
        "model_version": model_version,
        "error": error,
    }
