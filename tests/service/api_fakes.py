"""A small stand-in for ``model.screen.Screener`` with the same interface, so the service
can be tested without a trained artifact. It flags a few phrases with real offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from service.settings import Settings
from model.types import Ad, Evidence, Finding, Language, ModelInfo, Screening, TermContribution


@dataclass(frozen=True)
class FakeIndicator:
    id: str
    title: str
    explanation: str
    category: str
    severity: float
    sources: tuple[dict[str, str], ...]


TAXONOMY = {
    "recruitment_fee": FakeIndicator(
        "recruitment_fee",
        "Worker is asked to pay a fee",
        "Legitimate employers pay recruitment costs; fees charged to workers are a sign of debt bondage.",
        "deception",
        0.9,
        ({"name": "ILO General principles for fair recruitment", "url": "https://www.ilo.org/"},),
    ),
    "document_retention": FakeIndicator(
        "document_retention",
        "Employer keeps identity documents",
        "Holding a worker's passport is an ILO forced-labour indicator.",
        "control",
        0.8,
        (
            {"name": "ILO indicators of forced labour", "url": "https://www.ilo.org/"},
            {"name": "bad link", "url": "javascript:alert(1)"},
        ),
    ),
    "off_platform_contact": FakeIndicator(
        "off_platform_contact",
        "Contact only through messaging apps",
        "Scammers move conversations to private messaging apps.",
        "evasion",
        0.5,
        ({"name": "FTC: Job scams", "url": "https://consumer.ftc.gov/"},),
    ),
}

PATTERNS = (
    ("recruitment_fee", "fee_en", re.compile(r"\b(?:processing|placement|visa) fee\b", re.I)),
    ("document_retention", "passport_en", re.compile(r"\bkeeps? passports?\b", re.I)),
    ("off_platform_contact", "whatsapp_en", re.compile(r"\bwhatsapp\b", re.I)),
)
TERMS = ("salary", "urgent")
MODEL = ModelInfo(version="fake-1", data_fingerprint="sha256:fake")
BANDS = ((0.8, "very_high"), (0.6, "high"), (0.3, "medium"), (0.0, "low"))


@dataclass
class FakeScreener:
    threshold: float = 0.5
    calls: list[int] = field(default_factory=list)
    model_info: ModelInfo = MODEL
    metadata: dict = field(default_factory=lambda: {"version": "fake-1", "metrics": {"pr_auc": 0.9, "nan": float("nan")}})
    model_card_markdown: str = "# Fake model\n\nFor tests only."
    taxonomy: dict = field(default_factory=lambda: dict(TAXONOMY))
    taxonomy_version: str = "fake-tax-1"
    max_text_chars: int = 50_000

    def score_batch(self, ads: Sequence[Ad]) -> list[Screening]:
        self.calls.append(len(ads))
        return [self._score(ad) for ad in ads]

    def _score(self, ad: Ad) -> Screening:
        findings: list[Finding] = []
        terms: dict[str, list[Evidence]] = {}
        for name, text in ad.parts():
            for indicator_id, pattern_id, rx in PATTERNS:
                info = TAXONOMY[indicator_id]
                for m in rx.finditer(text):
                    ev = Evidence(name, m.start(), m.end(), m.group())
                    findings.append(
                        Finding(indicator_id, pattern_id, info.title, info.category, info.severity, f"mentions '{m.group()}'", ev)
                    )
            for term in TERMS:
                for m in re.finditer(term, text, re.I):
                    terms.setdefault(term, []).append(Evidence(name, m.start(), m.end(), m.group()))
        score = min(1.0, 0.1 + 0.3 * len({f.indicator_id for f in findings}) + 0.05 * len(terms))
        band = next(b for cut, b in BANDS if score >= cut)
        error = "ad is empty" if ad.is_empty else None
        return Screening(
            ad_id=ad.id,
            score=score,
            band=band,
            flagged=score >= self.threshold,
            threshold=self.threshold,
            classifier_probability=score,
            findings=tuple(findings),
            terms=tuple(TermContribution(t, 0.4, tuple(ev)) for t, ev in terms.items()),
            language=Language("en", "English", "full", ""),
            summary=f"{len(findings)} warning sign(s) found.",
            truncated=False,
            model=MODEL,
            error=error,
        )


class ExplodingScreener(FakeScreener):
    def score_batch(self, ads: Sequence[Ad]) -> list[Screening]:
        raise RuntimeError("secret internal detail: database password hunter2")


API_KEY = "test-key-0123456789abcdef"

LURE = (
    "URGENT! Factory workers needed in Europe, salary 3000 EUR. Pay a visa fee of 500 USD. "
    "The employer keeps passports for safety. Contact on WhatsApp only."
)


def make_settings(**overrides) -> Settings:
    """Settings for tests: no rate limit on the page unless asked."""
    overrides.setdefault("page_rate_limit_per_minute", 0)
    overrides.setdefault("warmup", False)  # keeps the fake's call log to what the test sent
    return Settings(_env_file=None, **overrides)




def create_fake_app():
    """``uvicorn api_fakes:create_fake_app --factory``: the real app, settings from the
    environment, with the fake screener (for e2e/browser tests before a model exists)."""
    from service.api import create_app

    return create_app(Settings(), screener=FakeScreener())
