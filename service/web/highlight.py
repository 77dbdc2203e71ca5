"""Split an ad's text into plain and highlighted segments from its findings' evidence.

Overlapping evidence is handled by cutting the text at every boundary: each segment knows
every indicator that covers it. Evidence whose offsets do not match the text is skipped
rather than trusted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from model.types import FREE_TEXT_FIELD, Finding


@dataclass(frozen=True)
class Mark:
    indicator_id: str
    number: int  # position in the indicator list on the page (1-based)
    title: str
    reason: str


@dataclass(frozen=True)
class Segment:
    text: str
    marks: tuple[Mark, ...] = ()
    ends: tuple[Mark, ...] = ()  # marks whose evidence ends here (a reference goes after)

    @property
    def label(self) -> str:
        return "; ".join(f"{m.title}: {m.reason}" if m.reason else m.title for m in self.marks)


def segments(
    text: str, findings: Sequence[Finding], numbers: Mapping[str, int], field: str = FREE_TEXT_FIELD
) -> list[Segment]:
    spans: list[tuple[int, int, Mark]] = []
    for f in findings:
        e = f.evidence
        if e.field != field or not (0 <= e.start < e.end <= len(text)) or text[e.start : e.end] != e.text:
            continue
        mark = Mark(f.indicator_id, numbers.get(f.indicator_id, 0), f.title, f.reason)
        spans.append((e.start, e.end, mark))
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [m for s, e, m in spans if s <= start and end <= e]
        marks = tuple(dict.fromkeys(covering))  # de-duplicated, order kept
        ending = tuple(dict.fromkeys(m for s, e, m in spans if e == end and s <= start))
        out.append(Segment(text[start:end], marks, ending))
    return out
