"""From an ad to the one document every part of a screening reads.

The document is the ad's fields, each cleaned once, joined in reading order with a newline
(cleaned text has none, so a newline always marks a field boundary). Detectors see
``text``; the classifier sees ``classifier_text``; evidence found in ``text`` is mapped back
to (field, raw start, raw end) with ``locate``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from model.normalise import Cleaned, clean, mask_contacts
from model.types import FREE_TEXT_FIELD, TEXT_FIELDS, Ad, Evidence

FIELD_SEPARATOR = "\n"


@dataclass(frozen=True)
class AdDocument:
    ad: Ad
    text: str
    fields: tuple[str, ...]
    cleaned: tuple[Cleaned, ...]
    offsets: tuple[int, ...]  # start of each field's cleaned text inside ``text``
    truncated: bool = False

    def locate(self, start: int, end: int) -> Evidence | None:
        """Map a span of ``text`` to the field and raw offsets it came from.

        A span that crosses a field boundary is clipped to its first field."""
        if not self.fields or end <= start:
            return None
        i = max(0, bisect.bisect_right(self.offsets, start) - 1)
        base = self.offsets[i]
        cleaned = self.cleaned[i]
        local_start = start - base
        local_end = min(end - base, len(cleaned.text))
        if local_end <= local_start:
            return None
        raw_start, raw_end = cleaned.to_raw(local_start, local_end)
        return Evidence(self.fields[i], raw_start, raw_end, cleaned.raw[raw_start:raw_end])

    def field_text(self, names: tuple[str, ...]) -> str:
        return FIELD_SEPARATOR.join(c.text for f, c in zip(self.fields, self.cleaned) if f in names and c.text)

    @property
    def classifier_text(self) -> str:
        """What the text classifier reads: the long free-text fields, contacts masked."""
        if self.fields == (FREE_TEXT_FIELD,):
            return mask_contacts(self.text)
        return mask_contacts(self.field_text(TEXT_FIELDS))


def build_document(ad: Ad, max_chars: int | None = None) -> AdDocument:
    """Clean every field of ``ad`` once and join them into one document.

    With ``max_chars``, each field is cut to that many raw characters and the document says
    it was truncated."""
    fields: list[str] = []
    cleaned: list[Cleaned] = []
    offsets: list[int] = []
    pieces: list[str] = []
    pos = 0
    truncated = False
    for name, raw in ad.parts():
        if max_chars is not None and len(raw) > max_chars:
            raw = raw[:max_chars]
            truncated = True
        c = clean(raw)
        if not c.text:
            continue
        if pieces:
            pieces.append(FIELD_SEPARATOR)
            pos += len(FIELD_SEPARATOR)
        fields.append(name)
        cleaned.append(c)
        offsets.append(pos)
        pieces.append(c.text)
        pos += len(c.text)
    return AdDocument(ad, "".join(pieces), tuple(fields), tuple(cleaned), tuple(offsets), truncated)
