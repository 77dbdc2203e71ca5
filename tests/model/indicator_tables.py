"""Shared by the per-family table tests: what a family reports for a text, as (indicator, words)."""

from model.indicators import IndicatorEngine


def found_in(engine: IndicatorEngine, text: str, family: tuple[str, ...]) -> list[tuple[str, str]]:
    hits = [h for h in engine.detect(text) if h.indicator_id in family]
    return sorted((h.indicator_id, text[h.start : h.end]) for h in hits)
