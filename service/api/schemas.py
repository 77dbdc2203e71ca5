"""Request and response models of the HTTP API (pydantic), with their limits.

Requests are strict (unknown keys are rejected, so a typo such as ``"txt"`` is a 422, not a
silently empty ad). Responses are built from ``model.types`` in one place: ``mapping.py``.
Offsets (``start``/``end``) are Unicode code point offsets into the text that was sent, per
field.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal, Union

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    WrapValidator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from model.types import BANDS, STRUCTURED_FIELDS

# Per ad: the free text, or all structured fields together. Longer ads are rejected (422,
# detail "text too long"), never silently truncated, so every offset refers to what was sent.
MAX_TEXT_CHARS = 50_000
MAX_BATCH_ITEMS = 1_000
MAX_ID_CHARS = 200

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def _check_characters(value: str) -> str:
    if _CONTROL_CHARS.search(value):
        raise PydanticCustomError(
            "control_characters", "text contains control characters (only tab, CR and LF are allowed)"
        )
    if _SURROGATES.search(value):
        raise PydanticCustomError("invalid_unicode", "text contains unpaired surrogate code points")
    return value


AdText = Annotated[str, StringConstraints(max_length=MAX_TEXT_CHARS), AfterValidator(_check_characters)]
AdId = Annotated[str, StringConstraints(min_length=1, max_length=MAX_ID_CHARS), AfterValidator(_check_characters)]

Band = Literal["low", "medium", "high", "very_high"]
assert tuple(Band.__args__) == BANDS  # type: ignore[attr-defined]


class AdFields(BaseModel):
    """Structured fields of an ad, as job platforms store them. All optional; at least one
    must contain text."""

    model_config = ConfigDict(extra="forbid")

    title: AdText | None = None
    company_profile: AdText | None = None
    description: AdText | None = None
    requirements: AdText | None = None
    benefits: AdText | None = None
    company: AdText | None = None
    location: AdText | None = None
    department: AdText | None = None
    salary_range: AdText | None = None
    employment_type: AdText | None = None
    required_experience: AdText | None = None
    required_education: AdText | None = None
    industry: AdText | None = None
    function: AdText | None = None
    contact: AdText | None = None

    def present(self) -> dict[str, str]:
        return {name: value for name, value in self.model_dump(exclude_none=True).items() if value}


assert tuple(AdFields.model_fields) == STRUCTURED_FIELDS


class AdInput(BaseModel):
    """One ad: either ``text`` (free text) or ``fields`` (structured), never both."""

    model_config = ConfigDict(extra="forbid")

    id: AdId | None = Field(default=None, description="Your identifier for the ad; echoed back.")
    text: AdText | None = Field(default=None, description="The whole ad as free text.")
    fields: AdFields | None = Field(default=None, description="The ad as structured fields.")

    @model_validator(mode="after")
    def _exactly_one_form(self) -> "AdInput":
        if (self.text is None) == (self.fields is None):
            raise PydanticCustomError("text_or_fields", "send either 'text' or 'fields', not both or neither")
        if self.text is not None:
            if not self.text.strip():
                raise PydanticCustomError("empty_text", "text is empty")
        else:
            assert self.fields is not None
            present = self.fields.present()
            if not any(v.strip() for v in present.values()):
                raise PydanticCustomError("empty_text", "all fields are empty")
            if sum(len(v) for v in present.values()) > MAX_TEXT_CHARS:
                raise PydanticCustomError(
                    "text_too_long", "fields together exceed {max} characters", {"max": MAX_TEXT_CHARS}
                )
        return self


class ScreenOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    explain: bool = Field(
        default=True,
        description="Include indicator explanations and the model's top terms. "
        "When false, `explanation` is null and `terms` is empty; the shape is unchanged.",
    )


class ScreenRequest(AdInput):
    options: ScreenOptions = Field(default_factory=ScreenOptions)


class InvalidItem:
    """Stands in for a batch item that failed validation (it gets an error entry)."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        self.errors = errors


def _validate_item(value: Any, handler: Any) -> Any:
    try:
        return handler(value)
    except ValidationError as exc:
        return InvalidItem(exc.errors(include_input=False, include_url=False))


# Each batch item is validated on its own: a bad item becomes an error entry in its place.
BatchItem = Annotated[AdInput, WrapValidator(_validate_item)]


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    items: list[BatchItem] = Field(min_length=1, max_length=MAX_BATCH_ITEMS)
    options: ScreenOptions = Field(default_factory=ScreenOptions)


# ---------------------------------------------------------------- responses


class Risk(BaseModel):
    score: float = Field(ge=0, le=1, description="Combined, calibrated risk in [0, 1].")
    band: Band
    flagged: bool = Field(description="score >= threshold")
    threshold: float = Field(ge=0, le=1)


class EvidenceOut(BaseModel):
    field: str = Field(description="'text' for a free-text ad, else the structured field name.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class IndicatorEvidence(EvidenceOut):
    pattern_id: str
    reason: str


class IndicatorHit(BaseModel):
    id: str
    title: str
    category: str
    severity: float
    explanation: str | None = None
    evidence: list[IndicatorEvidence]


class Term(BaseModel):
    term: str
    weight: float
    occurrences: list[EvidenceOut]


class LanguageOut(BaseModel):
    code: str
    name: str
    coverage: str = Field(description="'full', 'indicators_only' or 'none'.")
    note: str


class ModelInfoOut(BaseModel):
    version: str
    data_fingerprint: str


class ScreenResponse(BaseModel):
    id: str | None
    risk: Risk
    indicators: list[IndicatorHit]
    terms: list[Term]
    summary: str
    language: LanguageOut
    truncated: bool
    model: ModelInfoOut


class ErrorItem(BaseModel):
    loc: list[Union[str, int]]
    msg: str
    type: str


class ErrorResponse(BaseModel):
    detail: str = Field(description="A short, stable string; match on it.")
    request_id: str | None
    errors: list[ErrorItem] = Field(default_factory=list)


class BatchEntry(BaseModel):
    index: int = Field(ge=0)
    id: str | None
    result: ScreenResponse | None
    error: ErrorResponse | None


class BatchResponse(BaseModel):
    results: list[BatchEntry]
    model: ModelInfoOut


class SourceOut(BaseModel):
    name: str
    url: str


class IndicatorInfoOut(BaseModel):
    id: str
    title: str
    explanation: str
    category: str
    severity: float
    sources: list[SourceOut]


class IndicatorsResponse(BaseModel):
    taxonomy_version: str
    indicators: list[IndicatorInfoOut]


class ModelResponse(BaseModel):
    model: ModelInfoOut
    taxonomy_version: str
    max_text_chars: int
    metadata: dict[str, Any] = Field(description="Label names, thresholds, metrics, library versions.")
    model_card: str = Field(description="The model card, Markdown.")


class HealthResponse(BaseModel):
    status: Literal["ok"]


class ReadyResponse(BaseModel):
    status: Literal["ready"]
    model: ModelInfoOut


# ---------------------------------------------------------------- OpenAPI examples

LURE = (
    "URGENT! Factory workers needed in Europe, no experience, salary 3000 EUR/month. "
    "Pay a 500 USD processing fee for your visa. Employer keeps passports for safekeeping. "
    "Contact us on WhatsApp only."
)

SCREEN_EXAMPLES: dict[str, dict[str, Any]] = {
    "free_text": {
        "summary": "A free-text ad",
        "value": {"id": "ad-123", "text": LURE, "options": {"explain": True}},
    },
    "structured": {
        "summary": "Structured fields, as a job platform stores them",
        "value": {
            "id": "job-9",
            "fields": {
                "title": "Warehouse operative",
                "company": "Example Logistics Ltd",
                "location": "Rotterdam, NL",
                "description": "Night shifts, forklift licence preferred. Apply through our careers site.",
            },
        },
    },
}

BATCH_EXAMPLES: dict[str, dict[str, Any]] = {
    "mixed": {
        "summary": "Two ads and one bad item (it gets an error entry, the others are scored)",
        "value": {
            "items": [
                {"id": "a", "text": LURE},
                {"id": "b", "fields": {"title": "Nurse", "description": "Registered nurse, NHS band 5."}},
                {"id": "c", "text": ""},
            ],
            "options": {"explain": False},
        },
    }
}
