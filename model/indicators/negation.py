"""Negation: 'we never charge a fee' must not fire the fee indicator.

The cues are data (``negation.json``). A match is negated when a cue sits in the same
clause just before it, or when the clause right after it denies it ('fees: not required').
Clauses end at sentence punctuation, commas and contrast words, so 'no experience needed,
pay a training fee' is still a fee request.
"""

from __future__ import annotations

import json
import re
from importlib import resources


_LABEL_SEPARATOR = re.compile(r" ?[:\-–] ?")


class Negation:
    def __init__(self, config: dict) -> None:
        self._before_chars = int(config["window_before"])
        self._after_chars = int(config["window_after"])
        self._break = re.compile(config["clause_break"])
        self._contrast = _union(config["contrast"])
        self._before = _union(config["before"])
        self._after = _union(config["after"])
        self._cost_before = _union(config["before"], config["cost_before"])
        self._cost_after = _union(config["after"], config["cost_after"])
        # cues after a match are read in the match's own language (plus English): a Spanish
        # 'no' after an English 'no interview' ('no interview no requirements') is not a denial
        langs = set(config["after"]) | set(config["cost_after"])
        self._after_by_lang = {lang: _union(_pick(config["after"], lang)) for lang in langs}
        self._cost_after_by_lang = {lang: _union(_pick(config["after"], lang), _pick(config["cost_after"], lang)) for lang in langs}
        warning = config["warning"]
        self._sentence_window = int(warning["window"])
        self._sentence_break = re.compile(warning["sentence_break"])
        self._warning_before = _union(warning["before"])
        self._warning_after = _union(warning["after"])

    @classmethod
    def load(cls) -> "Negation":
        text = resources.files("model.indicators").joinpath("negation.json").read_text("utf-8")
        return cls(json.loads(text))

    def is_negated(self, text: str, start: int, end: int, cost: bool = False, floor: int = 0, lang: str | None = None) -> bool:
        """True if the clause around text[start:end] denies it; ``cost`` adds 'free'/'covered' cues.

        ``floor``: the before-window starts no earlier than this offset (the end of another
        red-flag phrase, whose own 'no'/'not' must not negate this one: 'cannot leave and
        wages withheld'). ``lang``: the language of the pattern that matched.
        Sentences that warn about red flags are checked separately (``in_warning``), only
        for what a family is about to report.
        """
        before = text[max(0, start - self._before_chars, floor) : start]
        breaks = list(self._break.finditer(before))
        if breaks:
            before = before[breaks[-1].end() :]
        contrasts = list(self._contrast.finditer(before))
        if contrasts:
            before = before[contrasts[-1].end() :]
        if (self._cost_before if cost else self._before).search(before):
            return True
        after = text[end : end + self._after_chars]
        label = _LABEL_SEPARATOR.match(after)  # 'Fee: not required'
        if label:
            after = after[label.end() :]
        stop = self._break.search(after)
        if stop:
            after = after[: stop.start()]
        if cost:
            cues = self._cost_after_by_lang.get(lang, self._cost_after) if lang else self._cost_after
        else:
            cues = self._after_by_lang.get(lang, self._after) if lang else self._after
        return cues.search(after) is not None

    def in_warning(self, text: str, start: int, end: int) -> bool:
        """True if the sentence around text[start:end] warns about it ('Warning signs: ...
        recruiters who only use Telegram', '...のは全部詐欺だよ'): scam warnings quote red flags."""
        before = text[max(0, start - self._sentence_window) : start]
        # one character more, so a break's lookahead sees what follows ('1.000' is no end)
        context = text[max(0, start - self._sentence_window) : start + 1]
        breaks = [b for b in self._sentence_break.finditer(context) if b.end() <= len(before)]
        if breaks:
            before = before[breaks[-1].end() :]
        if self._warning_before.search(before):
            return True
        after = text[end : end + self._sentence_window]
        stop = self._sentence_break.search(after)
        if stop:
            after = after[: stop.start()]
        return self._warning_after.search(after) is not None


def _pick(table: dict[str, list[str]], lang: str) -> dict[str, list[str]]:
    return {k: v for k, v in table.items() if k in (lang, "en")}


def _union(*tables: dict[str, list[str]]) -> re.Pattern:
    cues = [p for table in tables for patterns in table.values() for p in patterns]
    return re.compile("|".join(f"(?:{p})" for p in cues), re.IGNORECASE)
