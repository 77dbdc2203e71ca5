"""Contact channel: messaging apps and personal e-mail addresses offered as the way to apply.

A messaging app is a red flag when it is the only way in; an ad that also invites the
applicant in person (``cue_in_person``: 'walk-in interviews', 'ghé quán', '매장 방문') is an
ordinary local notice, so the app is not reported there.

The e-mail pattern matches from the '@' (a regex that starts with a literal is fast to
scan); the detector then widens the span left over the address's local part so the
evidence shows the whole address.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from model.indicators.tokenizer import text_of
from model.indicators.base import Candidate
from model.indicators.family import PatternFamily

_LOCAL_PART_CHAR = re.compile(r"[\w.+\-]")
IN_PERSON = "cue_in_person"


class ContactChannelDetector(PatternFamily):
    family = "contact_channel"
    indicator_ids = ("messaging_app_contact", "personal_email_contact")

    def select(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        out: list[Candidate] = []
        text = text_of(doc)
        in_person = any(c.label == IN_PERSON and not self.negated(doc, c) for c in candidates)
        for c in super().select(doc, candidates):
            if c.label == "messaging_app_contact" and in_person:
                continue
            if c.label == "personal_email_contact":
                start = c.start
                while start > 0 and _LOCAL_PART_CHAR.match(text[start - 1]):
                    start -= 1
                if start == c.start:  # a bare '@gmail.com' is not an address
                    continue
                c = Candidate(c.label, c.pattern_id, c.lang, start, c.end)
            out.append(c)
        return out
