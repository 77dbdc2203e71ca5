"""The indicator taxonomy: what each indicator means and which public source backs it."""

from __future__ import annotations

import json
from importlib import resources
from typing import Mapping

from model.indicators.base import IndicatorInfo, Source

CATEGORIES: tuple[str, ...] = (
    "money",
    "too_good_offer",
    "scam_hub",
    "travel_visa",
    "contact_channel",
    "process",
    "documents",
    "employer_identity",
    "exploitative_terms",
    "task_investment_scam",
)


class TaxonomyError(ValueError):
    """The taxonomy file is malformed; the engine must not start with it."""


def load_taxonomy(data: Mapping | None = None) -> tuple[str, dict[str, IndicatorInfo]]:
    """(version, indicators by id) from ``taxonomy.json`` beside this module (or ``data``)."""
    if data is None:
        text = resources.files("model.indicators").joinpath("taxonomy.json").read_text("utf-8")
        data = json.loads(text)
    version = data.get("version")
    if not isinstance(version, str) or not version:
        raise TaxonomyError("taxonomy has no version")
    indicators: dict[str, IndicatorInfo] = {}
    for raw in data.get("indicators", []):
        info = _parse_indicator(raw)
        if info.id in indicators:
            raise TaxonomyError(f"duplicate indicator id {info.id!r}")
        indicators[info.id] = info
    if not indicators:
        raise TaxonomyError("taxonomy lists no indicators")
    return version, indicators


def _parse_indicator(raw: Mapping) -> IndicatorInfo:
    ident = raw.get("id", "")
    if not ident or not ident.replace("_", "").isalnum() or ident != ident.lower():
        raise TaxonomyError(f"indicator id must be snake_case: {ident!r}")
    if raw.get("category") not in CATEGORIES:
        raise TaxonomyError(f"{ident}: unknown category {raw.get('category')!r}")
    severity = raw.get("severity")
    if not isinstance(severity, (int, float)) or not 0.0 <= severity <= 1.0:
        raise TaxonomyError(f"{ident}: severity must be a number in [0, 1]")
    sources = tuple(Source(s["name"], s["url"]) for s in raw.get("sources", []))
    if not sources or not all(s.url.startswith("https://") for s in sources):
        raise TaxonomyError(f"{ident}: needs at least one source with an https URL")
    for key in ("title", "explanation"):
        if not raw.get(key):
            raise TaxonomyError(f"{ident}: missing {key}")
    return IndicatorInfo(
        id=ident,
        title=raw["title"],
        explanation=raw["explanation"],
        category=raw["category"],
        severity=float(severity),
        sources=sources,
    )
