"""The one scoring path: ``Screener.score_batch(ads) -> list[Screening]``.

Each ad is cleaned once into one document; the classifier reads its masked text, the
indicator engine parses it once (``nlp.pipe`` over the batch), the language is detected,
and the combiner turns the classifier probability and the findings into one risk score.
The API, the batch scorer and the tests all call this.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from model.artifact import ArtifactError, load_artifact
from model.combine import Combiner, evidence_pairs, features
from model.document import AdDocument, build_document
from model.indicators.base import Hit, IndicatorInfo
from model.indicators.engine import IndicatorEngine
from model.linear import Contribution, LinearTextModel, term_pattern
from model.language import detect_language
from model.types import Ad, Evidence, Finding, Language, ModelInfo, Screening, TermContribution

MAX_TEXT_CHARS = 50_000
TOP_TERMS = 8
MAX_TERM_OCCURRENCES = 3
DEFAULT_BANDS = {"medium": 0.2, "high": 0.5, "very_high": 0.8}

# Written by the project for the artifact self-check (not ads from any data set): training
# stores the classifier's probability for each, and loading recomputes them, so an artifact
# that would score differently in this environment (other numpy, scipy or Python) is refused.
PROBE_TEXTS = (
    "Customer service agent, Phnom Penh. Salary 2000 USD, free flight and visa. No experience needed. Contact us on Telegram.",
    "We are hiring a registered nurse for our hospital ward. Three years of experience required; apply on our careers page.",
    "Data entry work from home!!! Earn $500 per day. Pay the $50 training fee to start today.",
    "Senior software engineer (Python, SQL) for our Berlin office. Competitive salary, 30 days of holiday.",
)
SELF_CHECK_TOLERANCE = 1e-6


def self_check_probes(classifier: LinearTextModel) -> list[list[Any]]:
    """(text, probability) pairs for the artifact's metadata."""
    return [[t, float(p)] for t, p in zip(PROBE_TEXTS, classifier.predict_proba(list(PROBE_TEXTS)))]


def run_self_check(classifier: LinearTextModel, probes: Any, where: Path) -> None:
    if not isinstance(probes, list) or not probes:
        raise ArtifactError(f"model artifact {where} has no self-check probes in its metadata")
    try:
        texts = [str(t) for t, _ in probes]
        expected = [float(p) for _, p in probes]
    except (TypeError, ValueError) as exc:
        raise ArtifactError(f"model artifact {where} has malformed self-check probes ({exc})") from None
    got = classifier.predict_proba(texts)
    worst = max(abs(float(p) - e) for p, e in zip(got, expected))
    if not worst <= SELF_CHECK_TOLERANCE:  # also refuses NaN
        raise ArtifactError(
            f"model artifact {where} scores its self-check probes differently in this environment "
            f"(off by {worst:.1e}); retrain it with `adscreen train` in this environment"
        )


def band_for(score: float, cuts: dict[str, float]) -> str:
    if score >= cuts["very_high"]:
        return "very_high"
    if score >= cuts["high"]:
        return "high"
    if score >= cuts["medium"]:
        return "medium"
    return "low"


@dataclass
class Screener:
    classifier: LinearTextModel
    combiner: Combiner
    engine: IndicatorEngine
    metadata: dict[str, Any]
    model_card_markdown: str = ""
    max_text_chars: int = MAX_TEXT_CHARS

    @classmethod
    def load(cls, path: str | Path | None = None, engine: IndicatorEngine | None = None) -> "Screener":
        """Load a verified artifact (default: the shipped one) and build the indicator engine."""
        artifact = load_artifact(path)
        payload = artifact.payload
        try:
            classifier = payload["classifier"]
            combiner = payload["combiner"]
        except KeyError as exc:
            raise ArtifactError(f"model artifact {artifact.path} lacks {exc.args[0]!r}") from exc
        if not isinstance(classifier, LinearTextModel):
            raise ArtifactError(f"model artifact {artifact.path} holds a {type(classifier).__name__}, not a compiled classifier")
        run_self_check(classifier, artifact.metadata.get("self_check"), artifact.path)
        engine = engine or IndicatorEngine.load()
        if artifact.metadata.get("taxonomy_version") not in (None, engine.taxonomy_version):
            raise ArtifactError(
                f"model artifact {artifact.path} was fitted with indicator taxonomy "
                f"{artifact.metadata.get('taxonomy_version')}, this adscreen has {engine.taxonomy_version}; retrain it"
            )
        card_path = artifact.path.parent / "MODEL_CARD.md"
        card = card_path.read_text("utf-8") if card_path.exists() else ""
        return cls(classifier, combiner, engine, artifact.metadata, card)

    # --- descriptive properties -------------------------------------------------------
    @property
    def model_info(self) -> ModelInfo:
        return ModelInfo(str(self.metadata.get("version", "unversioned")), str(self.metadata.get("data_fingerprint", "")))

    @property
    def threshold(self) -> float:
        return float(self.metadata.get("threshold", 0.5))

    @property
    def bands(self) -> dict[str, float]:
        return dict(self.metadata.get("bands", DEFAULT_BANDS))

    @property
    def taxonomy(self) -> dict[str, IndicatorInfo]:
        return self.engine.taxonomy

    @property
    def taxonomy_version(self) -> str:
        return self.engine.taxonomy_version

    # --- scoring ----------------------------------------------------------------------
    def score_batch(self, ads: Sequence[Ad], explain: bool = True) -> list[Screening]:
        """Screen ``ads``. With ``explain=False`` the model's top terms are left out (they are
        the costliest part of an explanation); score, band, findings and evidence are the same."""
        docs = [build_document(ad, self.max_text_chars) for ad in ads]
        live = [i for i, d in enumerate(docs) if d.text.strip()]
        results: list[Screening | None] = [None] * len(docs)
        if live:
            texts = [docs[i].classifier_text for i in live]
            if explain:
                probs, contribs = self.classifier.explain(texts, top=TOP_TERMS)
            else:
                probs, contribs = self.classifier.predict_proba(texts), [[] for _ in live]
            hits = self.engine.detect_batch([docs[i].text for i in live])
            for k, i in enumerate(live):
                results[i] = self._screening(docs[i], float(probs[k]), contribs[k], hits[k])
        for i, d in enumerate(docs):
            if results[i] is None:
                results[i] = self._empty(d)
        return results  # type: ignore[return-value]

    def score_texts(self, texts: Sequence[str]) -> list[Screening]:
        return self.score_batch([Ad.from_text(t) for t in texts])

    def combine_features(self, probability: float, language: Language, hits: Sequence[Hit]) -> np.ndarray:
        pairs = evidence_pairs(self.taxonomy, (h.indicator_id for h in hits))
        return features(probability, language.coverage == "full", pairs)

    def _screening(self, doc: AdDocument, probability: float, contribs: list[Contribution], hits: list[Hit]) -> Screening:
        language = detect_language(doc.text)
        x = self.combine_features(probability, language, hits)
        score = float(self.combiner.score(x[None, :])[0])
        findings = tuple(f for f in (self._finding(doc, h) for h in hits) if f is not None)
        terms = self._terms(doc, contribs) if language.coverage == "full" else ()
        band = band_for(score, self.bands)
        flagged = score >= self.threshold
        return Screening(
            ad_id=doc.ad.id,
            score=score,
            band=band,
            flagged=flagged,
            threshold=self.threshold,
            classifier_probability=probability,
            findings=findings,
            terms=terms,
            language=language,
            summary=summarise(score, band, flagged, findings, terms, language),
            truncated=doc.truncated,
            model=self.model_info,
        )

    def _empty(self, doc: AdDocument) -> Screening:
        language = Language("und", "undetermined", "none", "The ad has no text to screen.")
        return Screening(
            ad_id=doc.ad.id,
            score=0.0,
            band="low",
            flagged=False,
            threshold=self.threshold,
            classifier_probability=0.0,
            findings=(),
            terms=(),
            language=language,
            summary="The ad has no text to screen.",
            truncated=doc.truncated,
            model=self.model_info,
            error="empty_text",
        )

    def _finding(self, doc: AdDocument, hit: Hit) -> Finding | None:
        info = self.taxonomy.get(hit.indicator_id)
        evidence = doc.locate(hit.start, hit.end)
        if info is None or evidence is None:
            return None
        return Finding(
            indicator_id=info.id,
            pattern_id=hit.pattern_id,
            title=info.title,
            category=info.category,
            severity=info.severity,
            reason=_first_sentence(info.explanation),
            evidence=evidence,
        )

    def _terms(self, doc: AdDocument, contribs: list[Contribution]) -> tuple[TermContribution, ...]:
        """The model's top terms, each with up to MAX_TERM_OCCURRENCES places it occurs.

        A plain substring test on the term's first token finds where to start the regex
        (most terms occur early, some not at all), so the text is not scanned eight times."""
        out = []
        lowered: str | None = None
        for c in contribs:
            occurrences: list[Evidence] = []
            pattern = term_pattern(c.term, c.case_sensitive)
            if pattern is not None:
                first = c.term.split(" ", 1)[0]
                if c.case_sensitive:
                    at = doc.text.find(first)
                else:
                    if lowered is None:
                        lowered = doc.text.lower()
                    at = lowered.find(first.lower()) if len(lowered) == len(doc.text) else 0
                if at >= 0:
                    for m in pattern.finditer(doc.text, max(0, at - 1)):
                        ev = doc.locate(m.start(), m.end())
                        if ev is not None:
                            occurrences.append(ev)
                        if len(occurrences) >= MAX_TERM_OCCURRENCES:
                            break
            out.append(TermContribution(c.term, round(c.weight, 6), tuple(occurrences)))
        return tuple(out)


def _first_sentence(text: str) -> str:
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


_BAND_WORDS = {"low": "low", "medium": "medium", "high": "high", "very_high": "very high"}


def summarise(
    score: float,
    band: str,
    flagged: bool,
    findings: Sequence[Finding],
    terms: Sequence[TermContribution],
    language: Language,
) -> str:
    """One plain-language paragraph for a person reading the result."""
    parts = [f"Risk is {_BAND_WORDS[band]} ({score:.2f})."]
    titles: list[str] = []
    for f in sorted(findings, key=lambda f: -f.severity):
        if f.title not in titles:
            titles.append(f.title)
    if titles:
        shown = "; ".join(t.lower() for t in titles[:4])
        more = f" and {len(titles) - 4} more" if len(titles) > 4 else ""
        parts.append(f"The ad shows {len(titles)} red flag{'s' if len(titles) != 1 else ''}: {shown}{more}.")
    else:
        parts.append("No specific red flag from the indicator list was found.")
    if terms:
        words = ", ".join(f"“{t.term}”" for t in terms[:3])
        parts.append(f"The text model weighs wording that is common in fraudulent ads, such as {words}.")
    if language.coverage != "full":
        parts.append(
            f"The ad appears to be in {language.name}; the text model was trained on English ads, "
            "so this score rests on the red-flag indicators."
        )
    parts.append(
        "This ad crosses the review threshold. " if flagged else "This ad is below the review threshold. "
    )
    parts[-1] += "A score is a reason to look closer, not a verdict."
    return " ".join(parts)
