"""Scam-hub destinations and the roles scam compounds recruit for.

A destination alone is a weak cue (honest hotels and firms hire in Dubai or Phnom Penh);
a typical scam-compound role (customer service, typist, translator, online gaming, crypto)
is reported only when the same ad names such a destination, or when the role itself is
offered abroad ('typists abroad', 'marketing online di luar negeri', '海外打字员').

Broad destinations (``cue_broad_destination``: hubs such as Dubai that honest employers
recruit for every day) count only when the ad also offers a scam-compound role.
"""

from __future__ import annotations

from spacy.tokens import Doc

from model.indicators.base import Candidate, near
from model.indicators.family import PatternFamily

ROLE = "overseas_scam_sector_role"
DESTINATION = "scam_hub_destination"
BROAD_DESTINATION = "cue_broad_destination"
ABROAD = "cue_abroad"
ABROAD_WINDOW = 80  # characters between a role and 'abroad' / 'overseas' / 'luar negeri'


class ScamHubDetector(PatternFamily):
    family = "scam_hub"
    indicator_ids = (DESTINATION, ROLE)

    def select(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        places = [c for c in candidates if c.label in (DESTINATION, BROAD_DESTINATION, ABROAD)]
        if not places:  # most ads: nothing to negate
            return []
        roles = [c for c in candidates if c.label == ROLE and not self.negated(doc, c)]
        strong = [c for c in places if c.label == DESTINATION and not self.negated(doc, c)]
        broad = [
            Candidate(DESTINATION, c.pattern_id, c.lang, c.start, c.end)
            for c in places
            if c.label == BROAD_DESTINATION and not self.negated(doc, c)
        ]
        if strong or (roles and broad):
            return sorted(strong + broad + roles, key=lambda c: (c.start, c.end))
        abroad = [c for c in places if c.label == ABROAD]
        return [c for c in roles if near(c, abroad, ABROAD_WINDOW)]
