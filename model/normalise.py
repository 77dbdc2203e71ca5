"""One normalisation for training and serving.

``clean`` removes what differs between copies of the same ad (HTML tags and entities,
Unicode compatibility forms, no-break and other Unicode spaces, zero-width characters,
runs of whitespace) and keeps a map back to the raw text, so evidence found in the cleaned
text can be shown where it occurs in what the caller sent.

``mask_contacts`` maps emails, URLs and phone numbers, both real ones and EMSCAD's
anonymisation tokens (``#EMAIL_…#``, ``#URL_…#``, ``#PHONE_…#``), to the same neutral
placeholder words. Only the classifier sees masked text, so it never learns a feature that
exists in the corpus but not in production.
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from dataclasses import dataclass

# Whitespace that is not a single ASCII space: runs, tabs/newlines, Unicode spaces.
_UNICODE_SPACES = "\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INLINE_TAGS = frozenset({"a", "b", "i", "u", "em", "strong", "span", "font", "small", "big", "sup", "sub"})

# What clean() rewrites: HTML tags and comments, entities, whitespace that is not a single
# ASCII space, zero-width characters, and runs of non-ASCII text (for NFKC). One regex each,
# tried only where _TRIGGER finds a character that can start one: scanning for a character
# class is much cheaper than scanning with the whole alternation.
_TRIGGER = re.compile(rf"[<&\t\n\r\f\v]| [ \t\n\r\f\v{_UNICODE_SPACES}]|[^\x00-\x7f]")
_TAG = re.compile(r"<!--.*?-->|</?(?P<tagname>[A-Za-z][A-Za-z0-9]{0,15})\b[^<>]{0,2000}>", re.DOTALL)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACE_RUN = re.compile(rf"[ \t\n\r\f\v{_UNICODE_SPACES}]{{2,}}|[\t\n\r\f\v{_UNICODE_SPACES}]")
_ZW_RUN = re.compile(rf"[{_ZERO_WIDTH}]+")
_NONASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_WS_CHARS = frozenset(" \t\n\r\f\v" + "\u00a0\u1680\u2028\u2029\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B)))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text plus a piecewise map from its offsets to the raw text's offsets.

    ``_out`` / ``_raw`` / ``_len`` / ``_copy`` describe segments: output characters
    ``[_out[i], _out[i] + _len[i])`` come from raw characters starting at ``_raw[i]``;
    a copy segment maps one to one, a replaced segment maps wholly to
    ``[_raw[i], _raw_end[i])``.
    """

    text: str
    raw: str
    _out: tuple[int, ...]
    _raw: tuple[int, ...]
    _raw_end: tuple[int, ...]
    _copy: tuple[bool, ...]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map the cleaned span [start, end) to the raw span that produced it."""
        if not self._out or end <= start:
            return (0, 0)
        i = max(0, bisect.bisect_right(self._out, start) - 1)
        raw_start = self._raw[i] + (start - self._out[i]) if self._copy[i] else self._raw[i]
        j = max(0, bisect.bisect_right(self._out, end - 1) - 1)
        raw_end = self._raw[j] + (end - self._out[j]) if self._copy[j] else self._raw_end[j]
        return (raw_start, max(raw_start, raw_end))


class _Builder:
    __slots__ = ("parts", "out", "raw", "raw_end", "copy", "pos", "last_space")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.out: list[int] = []
        self.raw: list[int] = []
        self.raw_end: list[int] = []
        self.copy: list[bool] = []
        self.pos = 0
        self.last_space = True  # suppresses leading spaces

    def emit(self, text: str, raw_start: int, raw_end: int, copy: bool) -> None:
        if not text:
            return
        if text == " ":
            if self.last_space:
                return
            self.last_space = True
        else:
            if self.last_space and text[0] == " ":
                text = text.lstrip(" ")
                raw_start = raw_end - len(text) if copy else raw_start
                if not text:
                    return
            self.last_space = text[-1] == " "
        self.parts.append(text)
        self.out.append(self.pos)
        self.raw.append(raw_start)
        self.raw_end.append(raw_end)
        self.copy.append(copy)
        self.pos += len(text)


def _normalise_run(run: str) -> str:
    return unicodedata.normalize("NFKC", run)


def clean(raw: str) -> Cleaned:
    """Normalise one raw field for both detectors and classifier, keeping offsets."""
    b = _Builder()
    last = 0
    pos = 0
    search = _TRIGGER.search
    while True:
        t = search(raw, pos)
        if t is None:
            break
        s = t.start()
        c = raw[s]
        if c == "<":
            m = _TAG.match(raw, s)
            kind = "tag"
        elif c == "&":
            m = _ENTITY.match(raw, s)
            kind = "entity"
        elif c in _WS_CHARS:
            m = _SPACE_RUN.match(raw, s)
            kind = "space"
        elif c in _ZERO_WIDTH:
            m = _ZW_RUN.match(raw, s)
            kind = "zw"
        else:
            m = _NONASCII_RUN.match(raw, s)
            kind = "nonascii"
        if m is None:  # a '<' or '&' that starts no tag or entity is ordinary text
            pos = s + 1
            continue
        e = m.end()
        if s > last:
            b.emit(raw[last:s], last, s, True)
        if kind == "tag":
            name = (m.group("tagname") or "").lower()
            if name not in _INLINE_TAGS:
                b.emit(" ", s, e, False)
        elif kind == "entity":
            value = html.unescape(m.group())
            value = "".join(" " if ch in _WS_CHARS else ch for ch in _normalise_run(value))
            value = _CONTROL.sub(" ", value).replace("\u200b", "")
            b.emit(value if value.strip() else " ", s, e, False)
        elif kind == "space":
            b.emit(" ", s, e, False)
        elif kind == "zw":
            pass
        else:  # non-ASCII run
            run = m.group()
            norm = _normalise_run(run)
            if norm == run and not any(ch in _WS_CHARS or ch in _ZERO_WIDTH for ch in run):
                b.emit(run, s, e, True)
            else:
                for k, ch in enumerate(run):
                    if ch in _ZERO_WIDTH:
                        continue
                    if ch in _WS_CHARS:
                        b.emit(" ", s + k, s + k + 1, False)
                        continue
                    n = _normalise_run(ch)
                    b.emit(n, s + k, s + k + 1, len(n) == 1)
        last = pos = e
    if last < len(raw):
        b.emit(raw[last:], last, len(raw), True)
    text = "".join(b.parts)
    # Control characters never reach detectors or the classifier.
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
    # Trailing space left by the last emitted piece.
    if text.endswith(" "):
        text = text.rstrip(" ")
    return Cleaned(text, raw, tuple(b.out), tuple(b.raw), tuple(b.raw_end), tuple(b.copy))


# --- contact masking (classifier input only) -------------------------------------------

EMAIL_TOKEN = " emailtoken "
URL_TOKEN = " urltoken "
PHONE_TOKEN = " phonetoken "

_EMSCAD_TOKEN = re.compile(r"#(EMAIL|URL|PHONE)_[0-9a-fA-F]{6,}#")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|biz|info|me|ly|gl|uk|us|ca|au|de|in|ph|kh|vn|th|sg|my|hk|cn|jp|kr)\b(?:/[^\s<>\"']*)?",
    re.IGNORECASE,
)
# Every URL match contains one of these; most ads contain none, and this scans far faster.
_URL_HINT = re.compile(r"https?://|www\.|\.(?:com|net|org|io|co|biz|info|me|ly|gl|uk|us|ca|au|de|in|ph|kh|vn|th|sg|my|hk|cn|jp|kr)\b", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w#])\+?\(?\d[\d ().-]{7,}\d(?![\w#])")
_DIGIT = re.compile(r"\d")
_RANGE = re.compile(r"^\d{1,7}\s?-\s?\d{1,7}$")


def _phone(m: re.Match[str]) -> str:
    # At least 9 digits and not a numeric range: a phone number, not years or a salary.
    value = m.group()
    if len(_DIGIT.findall(value)) < 9 or _RANGE.match(value):
        return value
    return PHONE_TOKEN


def mask_contacts(text: str) -> str:
    """Replace emails, URLs and phone numbers (real or EMSCAD tokens) by placeholder words."""
    text = _EMSCAD_TOKEN.sub(lambda m: {"EMAIL": EMAIL_TOKEN, "URL": URL_TOKEN, "PHONE": PHONE_TOKEN}[m.group(1)], text)
    if "@" in text:
        text = _EMAIL.sub(EMAIL_TOKEN, text)
    if _URL_HINT.search(text):
        text = _URL.sub(URL_TOKEN, text)
    text = _PHONE.sub(_phone, text)
    return text
