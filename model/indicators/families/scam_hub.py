"""Scam-hub destinations and the roles scam compounds recruit for.

A destination alone is a weak cue (honest hotels and firms hire in Dubai or Phnom Penh);
a typical scam-compound role (customer service, typist, translator, online gaming, crypto)
is reported only when the same ad names such a destination.
"""

from __future__ import annotations

from spacy.tokens import Doc

from model.indicators.base import Candidate
from model.indicators.family import PatternFamily


class ScamHubDetector(PatternFamily):
    family = "scam_hub"
    indicator_ids = ("scam_hub_destination", "overseas_scam_sector_role")

    def select(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        kept = super().select(doc, candidates)
        if not any(c.label == "scam_hub_destination" for c in kept):
            return []
        return kept
