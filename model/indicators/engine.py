"""The indicator engine: one blank spaCy pipeline, every detector over the same Doc."""

from __future__ import annotations

from typing import Sequence

import spacy
from spacy.language import Language as SpacyLanguage

from model.indicators.base import Detector, Hit, IndicatorInfo
from model.indicators.negation import Negation
from model.indicators.patterns import PatternError, PatternIndex, read_pattern_files
from model.indicators.registry import build_detectors
from model.indicators.taxonomy import load_taxonomy
from model.indicators.tokenizer import FastTokenizer


class IndicatorEngine:
    def __init__(
        self,
        nlp: SpacyLanguage,
        detectors: Sequence[Detector],
        taxonomy: dict[str, IndicatorInfo],
        taxonomy_version: str,
    ) -> None:
        self.nlp = nlp
        self.detectors = tuple(detectors)
        self.taxonomy = taxonomy
        self.taxonomy_version = taxonomy_version

    @classmethod
    def load(cls) -> "IndicatorEngine":
        """Build the engine from the taxonomy and pattern files; raise if they disagree."""
        version, taxonomy = load_taxonomy()
        # one multilingual blank pipeline: ads mix scripts (an English ad with a Chinese
        # contact line), and one tokenizer means each text is parsed exactly once.
        nlp = spacy.blank("xx")
        _keep_lexeme_attributes(nlp, PATTERN_ATTRIBUTES)
        nlp.tokenizer = FastTokenizer(nlp.vocab)
        index = PatternIndex(nlp, read_pattern_files())
        detectors = build_detectors(index, Negation.load())
        _check_consistency(index, detectors, taxonomy)
        return cls(nlp, detectors, taxonomy, version)

    def detect_batch(self, texts: Sequence[str]) -> list[list[Hit]]:
        """Hits per text, sorted by position; char offsets into each given text."""
        results: list[list[Hit]] = []
        for doc in self.nlp.pipe(texts):
            hits: list[Hit] = []
            for detector in self.detectors:
                hits.extend(detector.detect(doc))
            results.append(_dedupe(hits))
        return results

    def detect(self, text: str) -> list[Hit]:
        return self.detect_batch([text])[0]


# The token attributes the pattern files match on (besides TEXT, the token's own string);
# tests/model/test_indicators_engine.py checks the pattern files use no others.
PATTERN_ATTRIBUTES = ("LOWER", "LIKE_NUM")


def _keep_lexeme_attributes(nlp: SpacyLanguage, names: Sequence[str]) -> None:
    """Compute only these attributes when the vocabulary meets a new word.

    A blank pipeline computes ~20 attributes per new word (shape, prefix, suffix, ...), in
    Python, and stores their strings: about 30 microseconds and several strings for each
    word never seen before, which real ads (names, numbers, handles) bring every time."""
    from spacy.attrs import IDS

    wanted = {IDS[name] for name in names}
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {attr: fn for attr, fn in getters.items() if attr in wanted}


def _dedupe(hits: list[Hit]) -> list[Hit]:
    """One hit per indicator per stretch of text: overlapping hits of the same indicator are
    merged into one span, named after the pattern that matched first (the longest on ties)."""
    hits.sort(key=lambda h: (h.indicator_id, h.start, -h.end, h.pattern_id))
    kept: list[Hit] = []
    for h in hits:
        last = kept[-1] if kept else None
        if last is not None and last.indicator_id == h.indicator_id and h.start < last.end:
            if h.end > last.end:
                kept[-1] = Hit(last.indicator_id, last.pattern_id, last.start, h.end)
            continue
        kept.append(h)
    kept.sort(key=lambda h: (h.start, h.end, h.indicator_id))
    return kept


def _check_consistency(index: PatternIndex, detectors: Sequence[Detector], taxonomy: dict[str, IndicatorInfo]) -> None:
    registered = {i for d in detectors for i in d.indicator_ids}
    missing = registered - set(taxonomy)
    if missing:
        raise PatternError(f"detectors report indicators missing from the taxonomy: {sorted(missing)}")
    unregistered = set(taxonomy) - registered
    if unregistered:
        raise PatternError(f"taxonomy indicators no detector reports: {sorted(unregistered)}")
    for d in detectors:
        wrong = [i for i in d.indicator_ids if taxonomy[i].category != d.family]
        if wrong:
            raise PatternError(f"{d.family}: indicators of another category: {wrong}")
        labels = index.labels(d.family)
        stray = sorted(l for l in labels if not l.startswith("cue_") and l not in d.indicator_ids)
        if stray:
            raise PatternError(f"patterns/*/{d.family}.jsonl: labels not reported by the family: {stray}")
    unknown_families = index.families - {d.family for d in detectors}
    if unknown_families:
        raise PatternError(f"pattern files for unregistered families: {sorted(unknown_families)}")
