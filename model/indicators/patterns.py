"""Pattern files -> compiled matchers, run once per document.

Patterns live in ``patterns/<lang>/<family>.jsonl``, one JSON object a line in spaCy's
shape: ``{"label", "id", "pattern"}`` where ``pattern`` is a phrase (matched on lower-case
tokens) or a token-pattern list (spaCy ``Matcher``), or ``{"label", "id", "regex"}`` for a
case-insensitive regular expression matched on the text (scripts without spaces between
words, money amounts, e-mail addresses).

``label`` is an indicator id from the taxonomy, or a helper cue starting with ``cue_``
that a family detector uses but never reports (for example ``cue_salary_figure``).

All patterns of all families are compiled into one ``PhraseMatcher``, one ``Matcher`` and
one combined regex per family and script group, and run once per document; the raw
matches are kept on the ``Doc`` so every family detector reads the same result.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Mapping

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from model.indicators.base import Candidate

# Languages written without spaces between words: their patterns are regexes, and they
# only run when the text contains one of these scripts.
SPACELESS_LANGS = frozenset({"zh", "ja", "th", "ko"})
_SPACELESS_SCRIPT = re.compile(r"[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]")
_USER_DATA_KEY = "adscreen.indicator_candidates"
_CUE_PREFIX = "cue_"


class PatternError(ValueError):
    """A pattern file is malformed; the engine must not start with it."""


@dataclass(frozen=True)
class PatternRow:
    lang: str
    family: str
    label: str
    id: str
    kind: str  # "phrase" | "tokens" | "regex"
    pattern: object

    @property
    def is_cue(self) -> bool:
        return self.label.startswith(_CUE_PREFIX)


def read_pattern_files(root=None) -> list[PatternRow]:
    """Every row of every ``patterns/<lang>/<family>.jsonl`` file, in a stable order."""
    root = root or resources.files("model.indicators").joinpath("patterns")
    rows: list[PatternRow] = []
    for lang_dir in sorted((p for p in root.iterdir() if p.is_dir()), key=lambda p: p.name):
        for path in sorted((p for p in lang_dir.iterdir() if p.name.endswith(".jsonl")), key=lambda p: p.name):
            family = path.name[: -len(".jsonl")]
            for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
                if line.strip():
                    rows.append(_parse_row(json.loads(line), lang_dir.name, family, f"{lang_dir.name}/{path.name}:{n}"))
    return rows


def _parse_row(raw: Mapping, lang: str, family: str, where: str) -> PatternRow:
    label, ident = raw.get("label"), raw.get("id")
    if not label or not ident:
        raise PatternError(f"{where}: needs label and id")
    if "regex" in raw:
        try:
            compiled = re.compile(raw["regex"], re.IGNORECASE)
        except re.error as exc:
            raise PatternError(f"{where}: bad regex ({exc})") from None
        if compiled.groups:
            raise PatternError(f"{where}: use (?:...) groups only")
        return PatternRow(lang, family, label, ident, "regex", raw["regex"])
    pattern = raw.get("pattern")
    if isinstance(pattern, str) and pattern.strip():
        if lang in SPACELESS_LANGS:
            raise PatternError(f"{where}: {lang} has no spaces between words; use a regex")
        return PatternRow(lang, family, label, ident, "phrase", pattern)
    if isinstance(pattern, list) and pattern:
        return PatternRow(lang, family, label, ident, "tokens", pattern)
    raise PatternError(f"{where}: needs a phrase, a token pattern or a regex")


class PatternIndex:
    """All patterns compiled once; ``candidates(doc)`` runs them once per document."""

    def __init__(self, nlp: Language, rows: Iterable[PatternRow]) -> None:
        self.rows: dict[str, PatternRow] = {}
        self._phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._tokens = Matcher(nlp.vocab)
        regex_rows: dict[tuple[str, bool], list[PatternRow]] = {}
        phrase_rows = [r for r in rows if self._register(r) and r.kind == "phrase"]
        for row, doc in zip(phrase_rows, nlp.tokenizer.pipe(r.pattern for r in phrase_rows)):
            self._phrases.add(row.id, [doc])
        for row in self.rows.values():
            if row.kind == "tokens":
                try:
                    self._tokens.add(row.id, [row.pattern])
                except Exception as exc:  # spaCy raises several types for bad patterns
                    raise PatternError(f"{row.lang}/{row.family} {row.id}: bad token pattern ({exc})") from None
            elif row.kind == "regex":
                regex_rows.setdefault((row.family, row.lang in SPACELESS_LANGS), []).append(row)
        # one alternation per (family, script group); group names map back to rows
        self._regexes: list[tuple[bool, re.Pattern, dict[str, PatternRow]]] = []
        for (_family, spaceless), group in sorted(regex_rows.items()):
            names = {f"p{i}": row for i, row in enumerate(group)}
            combined = "|".join(f"(?P<{name}>{row.pattern})" for name, row in names.items())
            self._regexes.append((spaceless, re.compile(combined, re.IGNORECASE), names))
        self._vocab = nlp.vocab

    def _register(self, row: PatternRow) -> bool:
        if row.id in self.rows:
            raise PatternError(f"duplicate pattern id {row.id!r}")
        self.rows[row.id] = row
        return True

    @property
    def families(self) -> set[str]:
        return {row.family for row in self.rows.values()}

    def labels(self, family: str | None = None) -> set[str]:
        return {r.label for r in self.rows.values() if family is None or r.family == family}

    def candidates(self, doc: Doc) -> dict[str, list[Candidate]]:
        """Raw matches of every pattern, by family, computed once per Doc."""
        cached = doc.user_data.get(_USER_DATA_KEY)
        if cached is not None:
            return cached
        found: dict[str, list[Candidate]] = {}
        strings = self._vocab.strings
        for match_id, start, end in list(self._phrases(doc)) + list(self._tokens(doc)):
            row = self.rows[strings[match_id]]
            span = doc[start:end]
            found.setdefault(row.family, []).append(
                Candidate(row.label, row.id, row.lang, span.start_char, span.end_char)
            )
        text = doc.text
        has_spaceless = _SPACELESS_SCRIPT.search(text) is not None
        for spaceless, regex, names in self._regexes:
            if spaceless and not has_spaceless:
                continue
            for m in regex.finditer(text):
                start, end = m.span()
                while end > start and text[end - 1].isspace():
                    end -= 1
                if end == start:
                    continue
                row = names[m.lastgroup]
                found.setdefault(row.family, []).append(Candidate(row.label, row.id, row.lang, start, end))
        for hits in found.values():
            hits.sort(key=lambda c: (c.start, -c.end, c.pattern_id))
        doc.user_data[_USER_DATA_KEY] = found
        return found
