"""The small contract every indicator detector follows, and the values it returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

from spacy.tokens import Doc


@dataclass(frozen=True)
class Hit:
    """One indicator that fired: which pattern matched, and where (char offsets into the text)."""

    indicator_id: str
    pattern_id: str
    start: int
    end: int


@dataclass(frozen=True)
class Source:
    name: str
    url: str


@dataclass(frozen=True)
class IndicatorInfo:
    """What an indicator means, for the people who read the findings."""

    id: str
    title: str
    explanation: str
    category: str
    severity: float
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Candidate:
    """A raw pattern match before a family's policy (negation, pairing) has been applied."""

    label: str
    pattern_id: str
    lang: str
    start: int
    end: int

    def to_hit(self) -> Hit:
        return Hit(self.label, self.pattern_id, self.start, self.end)


class Detector(Protocol):
    """One indicator family: reads a parsed document, returns the indicators that fired."""

    family: str
    indicator_ids: tuple[str, ...]

    def detect(self, doc: Doc) -> list[Hit]: ...


def near(a: Candidate, others: Sequence[Candidate], window: int) -> bool:
    """True if any of ``others`` lies within ``window`` characters of ``a``."""
    return any(o.start - window <= a.end and a.start - window <= o.end for o in others)
