"""The one place where ``model.types`` results become API response models."""

from __future__ import annotations

import math
from typing import Any, Mapping

from model.types import Ad, Evidence, Screening

from .schemas import (
    AdInput,
    EvidenceOut,
    IndicatorEvidence,
    IndicatorHit,
    IndicatorInfoOut,
    LanguageOut,
    ModelInfoOut,
    Risk,
    ScreenResponse,
    SourceOut,
    Term,
)


def to_ad(item: AdInput) -> Ad:
    if item.text is not None:
        return Ad.from_text(item.text, id=item.id)
    assert item.fields is not None
    return Ad.from_fields(item.fields.present(), id=item.id)


def _evidence(e: Evidence) -> EvidenceOut:
    return EvidenceOut(field=e.field, start=e.start, end=e.end, text=e.text)


def _attr(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _explanation(taxonomy: Mapping[str, Any], indicator_id: str) -> str | None:
    info = taxonomy.get(indicator_id)
    return _attr(info, "explanation") if info is not None else None


def model_info(screening_or_info: Any) -> ModelInfoOut:
    info = getattr(screening_or_info, "model", screening_or_info)
    return ModelInfoOut(version=info.version, data_fingerprint=info.data_fingerprint)


def to_response(s: Screening, taxonomy: Mapping[str, Any], explain: bool) -> ScreenResponse:
    """Findings are grouped by indicator (most severe first, then first occurrence)."""
    groups: dict[str, list] = {}
    for f in s.findings:
        groups.setdefault(f.indicator_id, []).append(f)
    indicators = []
    for indicator_id, findings in groups.items():
        first = findings[0]
        indicators.append(
            IndicatorHit(
                id=indicator_id,
                title=first.title,
                category=first.category,
                severity=first.severity,
                explanation=_explanation(taxonomy, indicator_id) if explain else None,
                evidence=[
                    IndicatorEvidence(
                        field=f.evidence.field,
                        start=f.evidence.start,
                        end=f.evidence.end,
                        text=f.evidence.text,
                        pattern_id=f.pattern_id,
                        reason=f.reason,
                    )
                    for f in sorted(findings, key=lambda f: (f.evidence.field, f.evidence.start))
                ],
            )
        )
    indicators.sort(key=lambda hit: -hit.severity)  # stable: ties keep first-occurrence order
    terms = (
        [Term(term=t.term, weight=t.weight, occurrences=[_evidence(o) for o in t.occurrences]) for t in s.terms]
        if explain
        else []
    )
    lang = s.language
    return ScreenResponse(
        id=s.ad_id,
        risk=Risk(score=s.score, band=s.band, flagged=s.flagged, threshold=s.threshold),  # type: ignore[arg-type]
        indicators=indicators,
        terms=terms,
        summary=s.summary,
        language=LanguageOut(code=lang.code, name=lang.name, coverage=lang.coverage, note=lang.note),
        truncated=s.truncated,
        model=model_info(s),
    )


def to_indicator_info(info: Any) -> IndicatorInfoOut:
    return IndicatorInfoOut(
        id=_attr(info, "id"),
        title=_attr(info, "title"),
        explanation=_attr(info, "explanation", ""),
        category=_attr(info, "category", ""),
        severity=float(_attr(info, "severity", 0.0)),
        sources=[SourceOut(name=_attr(src, "name"), url=_attr(src, "url")) for src in _attr(info, "sources", ())],
    )


def json_safe(value: Any) -> Any:
    """Artifact metadata -> plain JSON (NaN/inf become null, numpy scalars become numbers)."""
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [json_safe(v) for v in value]
    if isinstance(value, bool) or value is None or isinstance(value, (str, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if hasattr(value, "item"):  # numpy scalar
        return json_safe(value.item())
    return str(value)
