"""Too-good offers: pay out of line with the work, daily pay, no experience, guaranteed income.

``pay_too_good`` needs more than a phrase: a pay claim (a salary figure above the bar in
``pay_thresholds.json``, or a 'high salary' phrase) counts only near a sign that the work
needs no experience or is easy. A vague 'high pay' phrase also counts next to a job abroad
('high-paying job overseas', '海外高薪'), and so does a figure at least twice the bar. A
salary figure per day also reports ``daily_pay``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from model.indicators.tokenizer import text_of
from model.language import detect_language
from model.indicators.base import Candidate, near
from model.indicators.family import PatternFamily
from model.indicators.negation import Negation
from model.indicators.patterns import PatternIndex
from model.indicators.pay import PayReader

SALARY_FIGURE = "cue_salary_figure"
PAIRING_WINDOW = 600  # characters between the pay claim and 'no experience' / 'easy work'
ABROAD = "cue_abroad"  # a scam_hub helper cue: 'overseas', 'abroad', 'luar negeri', '海外'
ABROAD_WINDOW = 120  # characters between the pay claim and the job abroad
ABROAD_FACTOR = 2.0  # a figure next to 'abroad' must be this many times the bar


class TooGoodOfferDetector(PatternFamily):
    family = "too_good_offer"
    indicator_ids = ("pay_too_good", "no_experience_needed", "easy_work", "daily_pay", "guaranteed_income")

    def __init__(self, index: PatternIndex, negation: Negation, pay: PayReader | None = None) -> None:
        super().__init__(index, negation)
        self.pay = pay or PayReader.load()

    def select(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        kept = [c for c in candidates if not self.negated(doc, c)]
        low_bar = [c for c in kept if c.label in ("no_experience_needed", "easy_work")]
        abroad = [c for c in self.index.candidates(doc).get("scam_hub", []) if c.label == ABROAD]
        out: list[Candidate] = []
        doc_lang: str | None = None
        for c in kept:
            if c.label == SALARY_FIGURE:
                words = text_of(doc)[c.start : c.end]
                pay = self.pay.read(words, c.lang)
                if pay is not None and pay.currency_assumed and c.lang == "en":
                    # the English figure patterns also read 'lương 25', 'sahod 800': a figure
                    # without a currency is in the currency of the ad's language
                    doc_lang = doc_lang or detect_language(text_of(doc)).code
                    pay = self.pay.read(words, doc_lang)
                if pay is None:
                    continue
                if pay.is_daily:
                    out.append(Candidate("daily_pay", c.pattern_id, c.lang, c.start, c.end))
                if (self.pay.is_too_good(pay) and near(c, low_bar, PAIRING_WINDOW)) or (
                    self.pay.is_too_good(pay, ABROAD_FACTOR) and near(c, abroad, ABROAD_WINDOW)
                ):
                    out.append(Candidate("pay_too_good", c.pattern_id, c.lang, c.start, c.end))
            elif c.label == "pay_too_good":
                if near(c, low_bar, PAIRING_WINDOW) or near(c, abroad, ABROAD_WINDOW):
                    out.append(c)
            elif c.label in self.indicator_ids:
                out.append(c)
        return out
