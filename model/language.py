"""Which language an ad is written in, and how well adscreen covers it.

No model is downloaded: the script decides for Chinese, Japanese, Korean and Thai (Han
without kana is Chinese; any kana makes it Japanese), and for Latin-script text small
stopword profiles decide between English, Spanish, Vietnamese (also by its diacritics),
Indonesian, Malay and Tagalog. Mixed ads (an English ad with a Chinese contact line) go
to the script with the most words.
"""

from __future__ import annotations

import re
from collections import Counter

import ahocorasick

from model.types import Language

_LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+")
_HAN = re.compile(r"[\u3400-\u9FFF\uF900-\uFAFF]")
_KANA = re.compile(r"[\u3040-\u30FF]")
_HANGUL_WORD = re.compile(r"[\uAC00-\uD7AF]+")
_THAI = re.compile(r"[\u0E00-\u0E7F]")
_OTHER_LETTER = re.compile(r"[\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF\u0900-\u097F\u0980-\u09FF\u1000-\u109F\u1780-\u17FF\u0E80-\u0EFF]")
# any character of the scripts counted besides Latin (the ranges below, and more)
_BEYOND_LATIN = re.compile(r"[\u0370-\u1DFF\u2E80-\uD7AF\uF900-\uFAFF]")
_VI_LETTERS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")

# Characters per word, to compare scripts written with and without spaces.
_CHARS_PER_WORD = {"han": 2.0, "thai": 6.0}

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and to of for is you with will our are we be on your this that have from an as".split()),
    "es": frozenset("de la que el los las para con por una del se es tu su al como más muy nuestro trabajo".split()),
    "vi": frozenset("và của cho là có được người làm việc không các những với tại một này lương".split()),
    "id": frozenset("yang dan di untuk dengan ini dari dalam akan kami anda tidak bisa ada kerja gaji atau perusahaan".split()),
    "tl": frozenset("ang ng mga sa na at ay ko mo po kung para lang hindi may ka kami namin ito".split()),
}
# Words that tell Malay from Indonesian (both share most of the id profile above).
_MALAY = frozenset("boleh syarikat sahaja kerana percuma wang pekerjaan jawatan tawaran hendaklah".split())
_INDONESIAN = frozenset("bisa perusahaan saja karena gratis uang lowongan dibutuhkan kirim segera".split())

NAMES = {
    "en": "English", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "th": "Thai",
    "vi": "Vietnamese", "id": "Indonesian", "ms": "Malay", "tl": "Tagalog", "es": "Spanish",
    "und": "Undetermined",
}
_MIN_STOPWORDS = 2


def detect_language(text: str) -> Language:
    if _BEYOND_LATIN.search(text) is None:  # most ads: only Latin script to count
        lowered = text.lower()
        counts = Counter(_LATIN_WORD.findall(lowered))
        return _language(_latin_language_of(counts, _VI_LETTER_RE.search(lowered) is not None)) if counts else _language("und")
    latin_words = _LATIN_WORD.findall(text)
    han = len(_HAN.findall(text))
    kana = len(_KANA.findall(text))
    counts = {
        "latin": float(len(latin_words)),
        "han": (han + kana) / _CHARS_PER_WORD["han"],
        "hangul": float(len(_HANGUL_WORD.findall(text))),
        "thai": len(_THAI.findall(text)) / _CHARS_PER_WORD["thai"],
        "other": len(_OTHER_LETTER.findall(text)) / 4.0,
    }
    script = max(counts, key=counts.get)
    if counts[script] == 0 or script == "other":
        return _language("und")
    if script == "han":
        return _language("ja" if kana else "zh")
    if script == "hangul":
        return _language("ko")
    if script == "thai":
        return _language("th")
    return _language(_latin_language(latin_words))


_VI_LETTER_RE = re.compile("[" + "".join(sorted(_VI_LETTERS)) + "]")
_LANGS_OF_WORD: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words:
        _LANGS_OF_WORD[_w] = _LANGS_OF_WORD.get(_w, ()) + (_lang,)


def _latin_language(words: list[str]) -> str:
    counts = Counter(w.lower() for w in words)
    return _latin_language_of(counts, any(_VI_LETTER_RE.search(w) for w in counts if not w.isascii()))


def _latin_language_of(counts: Counter, vi_letters_present: bool) -> str:
    """The language of Latin-script text from its lower-cased word counts."""
    if vi_letters_present:
        letters = sum(len(w) * n for w, n in counts.items())
        vi_letters = sum(len(_VI_LETTER_RE.findall(w)) * n for w, n in counts.items() if not w.isascii())
        if vi_letters >= max(3, 0.02 * letters):
            return "vi"
    scores = dict.fromkeys(_STOPWORDS, 0)
    for w in counts.keys() & _LANGS_OF_WORD.keys():
        for lang in _LANGS_OF_WORD[w]:
            scores[lang] += counts[w]
    best = max(scores, key=scores.get)
    if scores[best] < _MIN_STOPWORDS:
        return "und"
    if best == "id":
        malay = sum(counts[w] for w in counts.keys() & _MALAY)
        indonesian = sum(counts[w] for w in counts.keys() & _INDONESIAN)
        return "ms" if malay > indonesian else "id"
    return best


def _group_langs_by_literal(words: dict[str, frozenset[str]]) -> dict[str, tuple[str, ...]]:
    """' word ' -> the languages it is a common word of."""
    out: dict[str, tuple[str, ...]] = {}
    for lang, ws in words.items():
        for w in ws:
            out[f" {w} "] = out.get(f" {w} ", ()) + (lang,)
    return out


# Which Latin-script pattern sets (other than English, which always runs) are worth running
# on a text: their regexes cost more than all the rest on an English ad. Broader than
# detect_language on purpose: code-mixed ads (Taglish, English with Malay) and Vietnamese
# typed without diacritics count too. Keys are pattern folders (Malay patterns live in "id").
_GATE_WORDS: dict[str, frozenset[str]] = {
    "en": _STOPWORDS["en"],
    "es": _STOPWORDS["es"] | frozenset("trabajo sueldo salario empleo pago".split()),
    "vi": _STOPWORDS["vi"] | frozenset(
        "va cua la duoc nguoi lam viec khong cac nhung voi mot nay luong minh ban em anh chi cong ty".split()
    ),
    "id": _STOPWORDS["id"] | _MALAY | _INDONESIAN | frozenset("yg dgn utk tdk sy kak gan".split()),
    "tl": _STOPWORDS["tl"] | frozenset("lang po sahod trabaho kayo tayo natin naman pa ba".split()),
}
GATED_LATIN_LANGS = frozenset(_GATE_WORDS) - {"en"}
_GATE_MIN_WORDS = 2
_GATE_SHARE = 0.2
# the common words are counted where they stand between spaces, in this many characters from
# the text's start, in one Aho-Corasick pass (a word regex over whole ads cost more)
_PRESENCE_CHARS = 1500
_GATE_AUTOMATON = ahocorasick.Automaton()
for _literal, _langs in _group_langs_by_literal(_GATE_WORDS).items():
    _GATE_AUTOMATON.add_word(_literal, _langs)
_GATE_AUTOMATON.make_automaton()


def latin_pattern_languages(lowered: str) -> frozenset[str]:
    """The non-English Latin-script languages whose patterns should run on the lower-cased
    text: each with at least two of its common words and at least a fifth as many as the
    language with the most. Texts with too few common words to tell (short snippets) get all
    of them; Vietnamese letters always bring Vietnamese in."""
    scores = dict.fromkeys(_GATE_WORDS, 0)
    for _, langs in _GATE_AUTOMATON.iter(lowered[:_PRESENCE_CHARS]):
        for lang in langs:
            scores[lang] += 1
    top = max(scores.values())
    if top < _GATE_MIN_WORDS:
        return GATED_LATIN_LANGS
    bar = max(_GATE_MIN_WORDS, _GATE_SHARE * top)
    present = {lang for lang in GATED_LATIN_LANGS if scores[lang] >= bar}
    if "vi" not in present and _VI_LETTER_RE.search(lowered):
        present.add("vi")
    return frozenset(present)


def _language(code: str) -> Language:
    name = NAMES[code]
    if code == "en":
        return Language(code, name, "full", "")
    if code == "und":
        return Language(
            code, name, "none",
            "The language was not recognised: only indicators that do not depend on language "
            "(place names, contact details, amounts) can fire, and the classifier score is not reliable.",
        )
    return Language(
        code, name, "indicators_only",
        f"The classifier was trained on English ads, so for {name} the score leans on the "
        "indicator patterns written for this language.",
    )
