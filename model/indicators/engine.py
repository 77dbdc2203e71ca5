"""The indicator engine: one blank spaCy pipeline, every detector over the same Doc."""

from __future__ import annotations

import logging
import threading
from typing import Sequence

import spacy
from spacy.language import Language as SpacyLanguage

from model.indicators.base import Detector, Hit, IndicatorInfo
from model.indicators.negation import Negation
from model.indicators.patterns import PatternError, PatternIndex, PatternRow, read_pattern_files
from model.indicators.registry import build_detectors
from model.indicators.taxonomy import load_taxonomy
from model.indicators.tokenizer import FastTokenizer

log = logging.getLogger(__name__)


class IndicatorEngine:
    """Every detector over one parse of each text.

    spaCy's vocabulary keeps every string it has ever seen (each new word of each ad: names,
    numbers, handles), so a server or batch worker that runs for days would grow without
    bound. Once the vocabulary holds ``max_new_strings`` strings beyond what the patterns
    need, a fresh pipeline is built in a background thread, from the pattern rows read at
    start-up, and swapped in; calls meanwhile use the old one, which is then freed. Results
    do not depend on which pipeline a text went through (tests/model/test_indicators_engine.py).
    A failed rebuild keeps the old pipeline and logs why."""

    max_new_strings = 250_000

    def __init__(
        self,
        nlp: SpacyLanguage,
        detectors: Sequence[Detector],
        taxonomy: dict[str, IndicatorInfo],
        taxonomy_version: str,
        rows: Sequence[PatternRow] | None = None,
        negation: Negation | None = None,
    ) -> None:
        # one attribute holds the pipeline, its detectors and its vocabulary size at build
        # time, so a rebuild swaps all three at once; each call uses the triple it started with
        self._parts: tuple[SpacyLanguage, tuple[Detector, ...], int] = (nlp, tuple(detectors), len(nlp.vocab.strings))
        self.taxonomy = taxonomy
        self.taxonomy_version = taxonomy_version
        self._rows = tuple(rows) if rows is not None else None
        self._negation = negation
        self._rebuilding = threading.Lock()
        self.rebuilds = 0

    @property
    def nlp(self) -> SpacyLanguage:
        return self._parts[0]

    @property
    def detectors(self) -> tuple[Detector, ...]:
        return self._parts[1]

    @classmethod
    def load(cls) -> "IndicatorEngine":
        """Build the engine from the taxonomy and pattern files; raise if they disagree."""
        version, taxonomy = load_taxonomy()
        rows = read_pattern_files()
        negation = Negation.load()
        nlp, index, detectors = _build_pipeline(rows, negation)
        _check_consistency(index, detectors, taxonomy)
        return cls(nlp, detectors, taxonomy, version, rows, negation)

    def detect_batch(self, texts: Sequence[str]) -> list[list[Hit]]:
        """Hits per text, sorted by position; char offsets into each given text."""
        nlp, detectors, base = self._parts
        results: list[list[Hit]] = []
        for doc in nlp.pipe(texts):
            hits: list[Hit] = []
            for detector in detectors:
                hits.extend(detector.detect(doc))
            results.append(_dedupe(hits))
        if len(nlp.vocab.strings) - base > self.max_new_strings and self._rows is not None:
            self._start_rebuild(nlp)
        return results

    def detect(self, text: str) -> list[Hit]:
        return self.detect_batch([text])[0]

    def _start_rebuild(self, current: SpacyLanguage) -> None:
        if not self._rebuilding.acquire(blocking=False):
            return  # one rebuild at a time
        if self._parts[0] is not current:  # another call already replaced this pipeline
            self._rebuilding.release()
            return
        threading.Thread(target=self._rebuild, name="adscreen-vocab-rebuild", daemon=True).start()

    def _rebuild(self) -> None:
        try:
            nlp, _, detectors = _build_pipeline(self._rows or (), self._negation or Negation.load())
            self._parts = (nlp, tuple(detectors), len(nlp.vocab.strings))
            self.rebuilds += 1
        except Exception:  # keep serving with the old pipeline
            log.exception("rebuilding the indicator pipeline failed; keeping the current one")
        finally:
            self._rebuilding.release()

    def wait_for_rebuild(self, timeout: float | None = None) -> None:
        """Block until a rebuild in progress (if any) has finished (for tests)."""
        if self._rebuilding.acquire(timeout=-1 if timeout is None else timeout):
            self._rebuilding.release()


def _build_pipeline(rows: Sequence[PatternRow], negation: Negation) -> tuple[SpacyLanguage, PatternIndex, list[Detector]]:
    # one multilingual blank pipeline: ads mix scripts (an English ad with a Chinese
    # contact line), and one tokenizer means each text is parsed exactly once.
    nlp = spacy.blank("xx")
    _keep_lexeme_attributes(nlp, PATTERN_ATTRIBUTES)
    nlp.tokenizer = FastTokenizer(nlp.vocab)
    index = PatternIndex(nlp, rows)
    detectors = build_detectors(index, negation)
    return nlp, index, list(detectors)


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
