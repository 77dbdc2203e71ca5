"""The domain's value types: what an ad is, what a finding is, what a screening returns.

Everything here is a frozen dataclass. Offsets are always character offsets into the
text the caller sent, per field (a free-text ad has the single field ``"text"``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

# Structured fields a platform may send, in the order they are read into one document.
# The first five are long free-text fields; the rest are short metadata.
TEXT_FIELDS: tuple[str, ...] = (
    "title",
    "company_profile",
    "description",
    "requirements",
    "benefits",
)
META_FIELDS: tuple[str, ...] = (
    "company",
    "location",
    "department",
    "salary_range",
    "employment_type",
    "required_experience",
    "required_education",
    "industry",
    "function",
    "contact",
)
STRUCTURED_FIELDS: tuple[str, ...] = TEXT_FIELDS + META_FIELDS
FREE_TEXT_FIELD = "text"

BANDS: tuple[str, ...] = ("low", "medium", "high", "very_high")


@dataclass(frozen=True)
class Ad:
    """One job ad: either one free text or structured fields (never both)."""

    text: str | None = None
    fields: tuple[tuple[str, str], ...] = ()
    id: str | None = None

    @classmethod
    def from_text(cls, text: str, id: str | None = None) -> "Ad":
        return cls(text=text, id=id)

    @classmethod
    def from_fields(cls, fields: Mapping[str, str | None], id: str | None = None) -> "Ad":
        unknown = sorted(set(fields) - set(STRUCTURED_FIELDS))
        if unknown:
            raise ValueError(f"unknown ad fields: {unknown}; expected some of {list(STRUCTURED_FIELDS)}")
        ordered = tuple((name, fields[name]) for name in STRUCTURED_FIELDS if fields.get(name))
        return cls(fields=ordered, id=id)

    def parts(self) -> list[tuple[str, str]]:
        """(field name, raw text) pairs in reading order; empty fields are left out."""
        if self.text is not None:
            return [(FREE_TEXT_FIELD, self.text)] if self.text else []
        return [(name, value) for name, value in self.fields if value]

    @property
    def is_empty(self) -> bool:
        return not any(value.strip() for _, value in self.parts())


@dataclass(frozen=True)
class Evidence:
    """Where a piece of evidence sits in what the caller sent."""

    field: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    """One indicator that fired, with the exact words that made it fire."""

    indicator_id: str
    pattern_id: str
    title: str
    category: str
    severity: float
    reason: str
    evidence: Evidence


@dataclass(frozen=True)
class TermContribution:
    """A model feature that pushed this ad's score up (or down), with where it occurs."""

    term: str
    weight: float
    occurrences: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1 ("en", "zh", "vi", ...) or "und"
    name: str
    coverage: str  # "full" | "indicators_only" | "none"
    note: str = ""


@dataclass(frozen=True)
class ModelInfo:
    version: str
    data_fingerprint: str


@dataclass(frozen=True)
class Screening:
    """The result of screening one ad. The shape never depends on the input."""

    ad_id: str | None
    score: float  # combined, calibrated risk in [0, 1]
    band: str  # one of BANDS
    flagged: bool
    threshold: float
    classifier_probability: float
    findings: tuple[Finding, ...]
    terms: tuple[TermContribution, ...]
    language: Language
    summary: str
    truncated: bool
    model: ModelInfo
    error: str | None = None
    extra: Mapping[str, object] = field(default_factory=dict)
