"""The shared shape of a pattern-based indicator family.

A family reads the raw matches of its own patterns from the document (computed once per
Doc by ``PatternIndex``), applies its policy, and returns ``Hit``s. The default policy is
"every indicator match that is not negated"; families with more logic override ``select``.
"""

from __future__ import annotations

from typing import ClassVar

from spacy.tokens import Doc

from model.indicators.tokenizer import text_of
from model.indicators.base import Candidate, Hit
from model.indicators.negation import Negation
from model.indicators.patterns import PatternIndex


class PatternFamily:
    family: ClassVar[str]
    # indicator ids this family reports; the registry checks they match taxonomy + patterns
    indicator_ids: ClassVar[tuple[str, ...]]
    # money-like families: 'free', 'covered by the company' also deny the indicator
    cost_negation: ClassVar[bool] = False

    def __init__(self, index: PatternIndex, negation: Negation) -> None:
        self.index = index
        self.negation = negation

    def detect(self, doc: Doc) -> list[Hit]:
        candidates = self.index.candidates(doc).get(self.family, [])
        selected = self.select(doc, candidates)
        if not selected:
            return []
        # a scam warning quotes red flags ('Warning signs: ... recruiters who only use
        # Telegram'); checked last, on the few hits left, because it reads whole sentences
        text = text_of(doc)
        return [c.to_hit() for c in selected if not self.negation.in_warning(text, c.start, c.end)]

    def select(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        return [c for c in candidates if c.label in self.indicator_ids and not self.negated(doc, c)]

    def negated(self, doc: Doc, c: Candidate) -> bool:
        floor = 0
        text = text_of(doc)
        for family_candidates in self.index.candidates(doc).values():
            for other in family_candidates:
                if other.end <= c.start and other.end > floor and not other.label.startswith("cue_"):
                    # a denied earlier item of the same list ('no deposit or equipment fee')
                    # does not cut off the denial that covers both
                    if other.label == c.label and self.negation.is_negated(
                        text, other.start, other.end, cost=self.cost_negation, lang=other.lang
                    ):
                        continue
                    floor = other.end
        return self.negation.is_negated(text, c.start, c.end, cost=self.cost_negation, floor=floor, lang=c.lang)
