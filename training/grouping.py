"""Group near-duplicate ads so that no group is split between training and test.

EMSCAD reposts the same ad many times (same description, same company profile, the same
text with another location). Two ads fall in one group when they share any of: the
normalised description, the normalised title + first 300 characters of the body, or the
whole normalised free text; optionally (``by_poster``) also the company profile.
Groups are the connected components of that relation (union-find).
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from model.document import build_document
from model.types import Ad

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_MIN_PROFILE = 40


def _key(text: str) -> str:
    norm = _NON_WORD.sub(" ", text.lower()).strip()
    return hashlib.blake2b(norm.encode(), digest_size=12).hexdigest() if norm else ""


def _keys(ad: Ad, by_poster: bool) -> list[str]:
    doc = build_document(ad)
    fields = dict(zip(doc.fields, (c.text for c in doc.cleaned)))
    keys: list[str] = []
    if "description" in fields:
        k = _key(fields["description"])
        if k:
            keys.append("d:" + k)
    if by_poster:
        profile = fields.get("company_profile", "")
        if len(profile) >= _MIN_PROFILE:
            keys.append("p:" + _key(profile))
    body = fields.get("description") or fields.get("text") or ""
    head = _key(fields.get("title", "") + " " + body[:300])
    if head:
        keys.append("h:" + head)
    whole = _key(doc.classifier_text)
    if whole:
        keys.append("w:" + whole)
    return keys


def near_duplicate_groups(ads: list[Ad], by_poster: bool = False) -> np.ndarray:
    """Return a group number per ad; near-duplicates share a number.

    With ``by_poster``, ads that share a substantial company profile are grouped too (a
    stricter protocol: the model never sees the poster of a test ad)."""
    parent = list(range(len(ads)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, ad in enumerate(ads):
        for key in _keys(ad, by_poster):
            j = owner.setdefault(key, i)
            if j != i:
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
    roots = [find(i) for i in range(len(ads))]
    _, groups = np.unique(roots, return_inverse=True)
    return groups
