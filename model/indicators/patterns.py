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

import ahocorasick
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Mapping

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from model.indicators.base import Candidate
from model.language import GATED_LATIN_LANGS, latin_pattern_languages
from model.indicators.tokenizer import text_of

# Languages written without spaces between words (or, for Korean, with particles glued to
# words): their patterns are regexes, and they only run when the text contains the script.
_SCRIPT_OF_LANG = {
    "zh": re.compile(r"[\u3400-\u9FFF\uF900-\uFAFF]"),
    "ja": re.compile(r"[\u3040-\u30FF\u3400-\u9FFF]"),
    "th": re.compile(r"[\u0E00-\u0E7F]"),
    "ko": re.compile(r"[\uAC00-\uD7AF]"),
}
SPACELESS_LANGS = frozenset(_SCRIPT_OF_LANG)
_NON_LATIN = re.compile(r"[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]")
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
    # lower-case literals of which at least one must occur in the text for a regex or token
    # pattern to be worth running: a cheap gate, because Python's re and spaCy's Matcher
    # both cost ~100 microseconds per long ad even when nothing matches
    requires: tuple[str, ...] = ()

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
        # texts are NFKC-normalised, which splits Thai SARA AM (U+0E33) into NIKHAHIT + SARA AA;
        # a pattern written with SARA AM must match both spellings
        raw = {**raw, "regex": raw["regex"].replace("\u0e33", "(?:\u0e33|\u0e4d\u0e32)")}
        try:
            compiled = re.compile(raw["regex"], re.IGNORECASE)
        except re.error as exc:
            raise PatternError(f"{where}: bad regex ({exc})") from None
        if compiled.groups:
            raise PatternError(f"{where}: use (?:...) groups only")
        return PatternRow(lang, family, label, ident, "regex", raw["regex"], _requires(raw, where))
    pattern = raw.get("pattern")
    if isinstance(pattern, str) and pattern.strip():
        if lang in SPACELESS_LANGS:
            raise PatternError(f"{where}: {lang} has no spaces between words; use a regex")
        return PatternRow(lang, family, label, ident, "phrase", pattern)
    if isinstance(pattern, list) and pattern:
        requires = _requires(raw, where)
        if not requires:
            raise PatternError(f"{where}: token patterns need a 'requires' gate (see PatternRow)")
        return PatternRow(lang, family, label, ident, "tokens", pattern, requires)
    raise PatternError(f"{where}: needs a phrase, a token pattern or a regex")


def _max_tokens(pattern: list) -> int | None:
    """The most tokens a match of a token pattern can span (None: unbounded)."""
    total = 0
    for step in pattern:
        op = step.get("OP")
        if op in (None, "!", "?", "1"):
            total += 1
        elif op in ("*", "+"):
            return None
        else:
            m = re.fullmatch(r"\{(\d*),?(\d*)\}", op)
            if not m or (op.count(",") and not m.group(2)):
                return None  # "{n,}" and anything unknown: no bound
            total += int(m.group(2) or m.group(1) or 0)
    return total


_MAX_WINDOWS = 16


def _literal_values(step: Mapping) -> set[str] | None:
    """The lower-cased strings a token must be to match this step, if the step says."""
    for key in ("LOWER", "ORTH", "TEXT"):
        value = step.get(key)
        if isinstance(value, str):
            return {value.lower()}
        if isinstance(value, Mapping) and set(value) == {"IN"} and value["IN"]:
            return {str(v).lower() for v in value["IN"]}
    return None


def _anchors(pattern: list) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` has one as a whole token (lower-cased):
    the values of one step that every match goes through (no ``OP``), preferring the step
    whose shortest value is longest (rarer in text). None when no step qualifies."""
    best: tuple[tuple[int, int], set[str]] | None = None
    for step in pattern:
        if step.get("OP") not in (None, "1"):
            continue
        values = _literal_values(step)
        if not values:
            continue
        key = (min(len(v) for v in values), -len(values))
        if best is None or key > best[0]:
            best = (key, values)
    return None if best is None else frozenset(best[1])


_MAX_WINDOWS = 16


def _windows(
    doc: Doc, same_length: bool, found_at: dict[str, list[int]], anchors: frozenset[str] | None, reach: int | None
) -> list[tuple[int, int]]:
    """The stretches of ``doc`` where a match of a gated token pattern can be.

    Every match contains a token equal (lower-cased) to one of its pattern's anchors
    (``_anchors``), and such a token shows in the lower-cased text as an occurrence of the
    anchor at the token's start; so every match lies within ``reach`` tokens of an anchor
    occurrence, and the Matcher needs to see only those tokens. That saves most of its cost:
    its set and regex predicates are Python calls per token. Falls back to the whole Doc when
    a pattern has no anchor or no length bound, lower-casing changed the text's length
    (offsets in the lower-cased text would not be offsets in the Doc), or anchors occur often.
    Returns (first, last) token ranges."""
    whole = [(0, len(doc))]
    if reach is None or anchors is None or not same_length:
        return whole
    ranges: list[tuple[int, int]] = []
    for anchor in anchors:
        for at in found_at.get(anchor, ()):
            if len(ranges) >= _MAX_WINDOWS:
                return whole
            span = doc.char_span(at, at + len(anchor), alignment_mode="expand")
            if span is None:
                return whole
            ranges.append((max(0, span.start - reach), min(len(doc), span.end + reach)))
    return _merged(ranges)


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching (start, end) ranges joined, in order."""
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# A gated regex runs only on the text within this many characters of its gate literals:
# every match contains a literal (gates are necessary), so every match shorter than this is
# inside a window (the longest regex match on EMSCAD and every seed ad is 120 characters,
# a Spanish money-transfer phrase; longer evidence spans would not be useful evidence). Windows reach a margin further, so
# lookaheads and \\b after a match see the text that follows it, and a window's end never
# truncates a match that contains one of the window's literals.
REGEX_REACH = 120
_REGEX_MARGIN = 60


def _regex_windows(text: str, same_length: bool, found_at: dict[str, list[int]], requires: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) character ranges of ``text`` a gated regex needs to see."""
    whole = [(0, len(text))]
    if not requires or not same_length:
        return whole
    ranges = []
    for literal in requires:
        for at in found_at.get(literal, ()):
            ranges.append((max(0, at - REGEX_REACH), min(len(text), at + len(literal) + REGEX_REACH + _REGEX_MARGIN)))
            if len(ranges) > _MAX_WINDOWS:
                return whole
    return _merged(ranges)


def _regex_candidates(
    text: str, m: re.Match, first: PatternRow, singles: list[tuple[PatternRow, re.Pattern]]
) -> list[tuple[PatternRow, int, int]]:
    """Every label's match at the position where a combined alternation matched.

    The alternation reports only its first matching row there, so a row of another label
    matching at the same position (a salary cue and 'guaranteed' over the same words) would
    be lost; those rows are tried on their own at that position, one row per label."""
    at = m.start()
    out: list[tuple[PatternRow, int, int]] = []
    labels: set[str] = set()
    candidates = [(first, m.span(m.lastgroup))]
    for row, rx in singles:
        if row is not first and row.label != first.label:
            own = rx.match(text, at)
            if own is not None:
                candidates.append((row, own.span()))
    for row, (start, end) in candidates:
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start and row.label not in labels:
            labels.add(row.label)
            out.append((row, start, end))
    return out


def _requires(raw: Mapping, where: str) -> tuple[str, ...]:
    requires = tuple(raw.get("requires", ()))
    if any(not r or r != r.lower() for r in requires):
        raise PatternError(f"{where}: 'requires' literals must be non-empty and lower-case")
    return requires


class PatternIndex:
    """All patterns compiled once; ``candidates(doc)`` runs them once per document."""

    def __init__(self, nlp: Language, rows: Iterable[PatternRow]) -> None:
        self.rows: dict[str, PatternRow] = {}
        self._phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        # one Matcher per gate: a Matcher runs only on texts containing one of its literals,
        # and only on the tokens around them (see _windows)
        self._token_matchers: dict[tuple[str, ...], Matcher] = {}
        self._reach: dict[tuple[str, ...], int | None] = {}
        self._anchors: dict[tuple[str, ...], frozenset[str] | None] = {}
        regex_rows: dict[tuple[str, str, tuple[str, ...]], list[PatternRow]] = {}
        phrase_rows = [r for r in rows if self._register(r) and r.kind == "phrase"]
        for row, doc in zip(phrase_rows, nlp.tokenizer.pipe(r.pattern for r in phrase_rows)):
            self._phrases.add(row.id, [doc])
        for row in self.rows.values():
            if row.kind == "tokens":
                matcher = self._token_matchers.setdefault(row.requires, Matcher(nlp.vocab))
                reach = self._reach.get(row.requires, 0)
                longest = _max_tokens(row.pattern)
                self._reach[row.requires] = None if reach is None or longest is None else max(reach, longest)
                anchors = self._anchors.get(row.requires, frozenset())
                own = _anchors(row.pattern)
                self._anchors[row.requires] = None if anchors is None or own is None else anchors | own
                try:
                    matcher.add(row.id, [row.pattern])
                except Exception as exc:  # spaCy raises several types for bad patterns
                    raise PatternError(f"{row.lang}/{row.family} {row.id}: bad token pattern ({exc})") from None
            elif row.kind == "regex":
                # spaceless scripts run when the text has the script, other non-English
                # Latin-script languages when it shows the language (latin_pattern_languages)
                script = row.lang if row.lang in SPACELESS_LANGS or row.lang in GATED_LATIN_LANGS else ""
                regex_rows.setdefault((row.family, script, row.requires), []).append(row)
        # one alternation per (family, gate); group names map back to rows
        self._regexes: list[tuple[str, tuple[str, ...], re.Pattern, dict[str, PatternRow], list[tuple[PatternRow, re.Pattern]]]] = []
        for (_family, script, requires), group in sorted(regex_rows.items()):
            names = {f"p{i}": row for i, row in enumerate(group)}
            # inside a lookahead, so matches of different rows may overlap ('高收入' / '收入保障')
            combined = "(?=" + "|".join(f"(?P<{name}>{row.pattern})" for name, row in names.items()) + ")"
            # an alternation reports one row per position (the first that matches); where it
            # matches, the rows of other labels are tried one by one (see _regex_candidates)
            singles = [(row, re.compile(row.pattern, re.IGNORECASE)) for row in group] if len({r.label for r in group}) > 1 else []
            self._regexes.append((script, requires, re.compile(combined, re.IGNORECASE), names, singles))
        self._regexes_by_script: dict[str, list] = {}
        for group in self._regexes:
            self._regexes_by_script.setdefault(group[0], []).append(group)
        self._vocab = nlp.vocab
        # every gate literal, found in one Aho-Corasick pass per text (testing each with
        # `in` cost ~1.5 microseconds per literal per ad, ~130 literals)
        self._literals = ahocorasick.Automaton()
        gate_literals = {r for gate in self._token_matchers for r in gate} | {r for _, gate, _, _, _ in self._regexes for r in gate}
        anchor_literals = {a for anchors in self._anchors.values() if anchors for a in anchors}
        for literal in gate_literals | anchor_literals:
            self._literals.add_word(literal, literal)
        if len(self._literals):
            self._literals.make_automaton()

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

    def _find_literals(self, lowered: str) -> dict[str, list[int]]:
        """Start offsets (in ``lowered``) of every gate literal the text contains."""
        found: dict[str, list[int]] = {}
        if len(self._literals):
            for end, literal in self._literals.iter(lowered):
                found.setdefault(literal, []).append(end - len(literal) + 1)
        return found

    def candidates(self, doc: Doc) -> dict[str, list[Candidate]]:
        """Raw matches of every pattern, by family, computed once per Doc."""
        cached = doc.user_data.get(_USER_DATA_KEY)
        if cached is not None:
            return cached
        found: dict[str, list[Candidate]] = {}
        strings = self._vocab.strings
        text = text_of(doc)
        lowered = text.lower()
        found_at = self._find_literals(lowered)
        matches = list(self._phrases(doc))
        for requires, matcher in self._token_matchers.items():
            if not found_at.keys().isdisjoint(requires):
                windows = _windows(doc, len(text) == len(lowered), found_at, self._anchors[requires], self._reach[requires])
                for first, last in windows:
                    found_here = matcher(doc[first:last]) if (first, last) != (0, len(doc)) else matcher(doc)
                    matches.extend((m, first + s, first + e) for m, s, e in found_here)
        for match_id, start, end in matches:
            row = self.rows[strings[match_id]]
            span = doc[start:end]
            found.setdefault(row.family, []).append(
                Candidate(row.label, row.id, row.lang, span.start_char, span.end_char)
            )
        if _NON_LATIN.search(text) is None:  # most ads: no spaceless script to look for
            scripts = dict.fromkeys(_SCRIPT_OF_LANG, False)
        else:
            scripts = {lang: rx.search(text) is not None for lang, rx in _SCRIPT_OF_LANG.items()}
        scripts[""] = True
        latin = latin_pattern_languages(lowered)
        scripts.update((lang, lang in latin) for lang in GATED_LATIN_LANGS)
        for script, groups in self._regexes_by_script.items():
            if scripts[script]:
                self._run_regexes(groups, text, lowered, found_at, found)
        for hits in found.values():
            hits.sort(key=lambda c: (c.start, -c.end, c.pattern_id))
        doc.user_data[_USER_DATA_KEY] = found
        return found

    def _run_regexes(self, groups, text: str, lowered: str, found_at: dict[str, list[int]], found: dict[str, list[Candidate]]) -> None:
        for script, requires, regex, names, singles in groups:
            if requires and found_at.keys().isdisjoint(requires):
                continue
            for first, last in _regex_windows(text, len(text) == len(lowered), found_at, requires):
                for m in regex.finditer(text, first, last):
                    for row, start, end in _regex_candidates(text, m, names[m.lastgroup], singles):
                        found.setdefault(row.family, []).append(Candidate(row.label, row.id, row.lang, start, end))
