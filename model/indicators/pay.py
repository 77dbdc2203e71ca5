"""Reading a salary figure ('USD 2,500/month', '$800 a week', '500k/ngày', '月薪2万').

The figure's span comes from a ``cue_salary_figure`` pattern; this module only reads the
amount, currency and period out of the matched words and compares the monthly amount with
``pay_thresholds.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

_NUMBER = re.compile(r"(\d{1,3}(?:[,.]\d{3})+|\d+(?:[.,]\d{1,2})?)\s*(k|K|tr|triệu|trieu|juta|jt|rb|ribu|ngàn|nghìn|ngan|củ|万|萬|千|만|หมื่น|แสน|พัน|man|million|mil)?(?![a-zA-Z])")
_UNIT_CURRENCY = re.compile(r"\d\s*(tr|triệu|trieu|củ|juta|jt)\b", re.I)
_UNIT_CURRENCY_CODE = {"tr": "VND", "triệu": "VND", "trieu": "VND", "củ": "VND", "juta": "IDR", "jt": "IDR"}
_NUMBER_UNIT = re.compile(r"\d\s*(?:k|K|만|千|万|萬|천)")
_MULTIPLIER = {
    "k": 1e3, "tr": 1e6, "triệu": 1e6, "trieu": 1e6, "juta": 1e6, "jt": 1e6, "rb": 1e3, "ribu": 1e3,
    "ngàn": 1e3, "nghìn": 1e3, "ngan": 1e3, "củ": 1e6, "หมื่น": 1e4, "แสน": 1e5, "พัน": 1e3, "万": 1e4, "萬": 1e4, "만": 1e4, "千": 1e3, "man": 1e4,
    "million": 1e6, "mil": 1e3,
}
_CURRENCY = [
    ("USD_EXPLICIT", re.compile(r"US\$|\bUSD\b|\bUS dollars?\b|美元|美金|đô la mỹ|\bđô\b|(?<=\d)\s?do\b|\bdolar\b|ดอลลาร์|달러|ドル", re.I)),
    ("SGD", re.compile(r"S\$|\bSGD\b", re.I)),
    ("AED", re.compile(r"\bAED\b|\bdirhams?\b", re.I)),
    ("EUR", re.compile(r"€|\bEUR\b|\beuros?\b", re.I)),
    ("GBP", re.compile(r"£|\bGBP\b", re.I)),
    ("MYR", re.compile(r"\bRM\s?\d|\bMYR\b|\bringgit\b", re.I)),
    ("PHP", re.compile(r"₱|\bPHP\b|\bPhp\b|\bpesos?\b", re.I)),
    ("THB", re.compile(r"฿|\bTHB\b|\bbaht\b|บาท", re.I)),
    ("VND", re.compile(r"₫|\bVND\b|\bvnđ\b|\bđồng\b|\d\s*đ\b", re.I)),
    ("IDR", re.compile(r"\bRp\.?\s?\d|\bIDR\b|\brupiah\b", re.I)),
    ("TWD", re.compile(r"NT\$|\bTWD\b|台幣|台币|新台", re.I)),
    ("CNY", re.compile(r"\bRMB\b|\bCNY\b|元|块|塊|人民币|人民幣", re.I)),
    ("KRW", re.compile(r"₩|\bKRW\b|원", re.I)),
    ("JPY", re.compile(r"\bJPY\b|円|¥(?=\s?\d)(?!.*元)", re.I)),
    ("USD", re.compile(r"\$|\bdollars?\b", re.I)),
]
_PERIOD = [
    ("hour", re.compile(r"hour|\bhr\b|giờ|\bgio\b|\bjam\b|\boras\b|\bhora\b|时薪|時薪|小时|小時|ชั่วโมง|시급|시간|時給", re.I)),
    ("day", re.compile(r"\bday\b|daily|ngày|\bngay\b|\bhari\b|harian|\bsehari\b|\bperhari\b|\baraw\b|\bdía\b|\bdia\b|diario|日薪|日结|日結|每天|一天|天|วันละ|ต่อวัน|/วัน|일당|일급|하루|日給|日当|日払|日収|1日|一日", re.I)),
    ("week", re.compile(r"week|\bwk\b|tuần|minggu|linggo|semana|周|週|สัปดาห์|주급|週給", re.I)),
    ("year", re.compile(r"year|\byr\b|annum|annual|năm|tahun|taon|\baño\b|anual|年薪|年収|ต่อปี|연봉", re.I)),
    ("month", re.compile(r"month|\bmo\b|tháng|\bthang\b|bulan|buwan|\bmes\b|mensual|月|เดือน|월급|월|月給", re.I)),
]


@dataclass(frozen=True)
class Pay:
    amount: float
    currency: str
    period: str | None
    currency_assumed: bool = False  # no currency in the words: the language's default

    @property
    def is_daily(self) -> bool:
        return self.period == "day"


class PayReader:
    def __init__(self, config: dict) -> None:
        self._thresholds: dict[str, float] = config["monthly_threshold"]
        self._default_currency: dict[str, str] = config["default_currency_by_lang"]
        self._months: dict[str, float] = config["months_per_period"]

    @classmethod
    def load(cls) -> "PayReader":
        text = resources.files("model.indicators").joinpath("pay_thresholds.json").read_text("utf-8")
        return cls(json.loads(text))

    def read(self, words: str, lang: str) -> Pay | None:
        """Amount, currency and period of a salary figure; the largest number if it is a range."""
        amounts = [_amount(m) for m in _NUMBER.finditer(words)]
        if not amounts:
            return None
        currency = next((code for code, rx in _CURRENCY if rx.search(words)), None)
        amount = max(amounts)
        assumed = False
        if currency is None:
            unit = _UNIT_CURRENCY.search(words)  # '8-9tr' is Vietnamese dong, '5 juta' rupiah
            currency = _UNIT_CURRENCY_CODE[unit.group(1).lower()] if unit else self._default_currency.get(lang, "USD")
            assumed = unit is None
            if currency == "KRW" and amount < 10_000 and not _NUMBER_UNIT.search(words):
                amount *= 1e4  # '월 300' is 300만원: Korean pay is quoted in units of 10,000 won
        period = next((name for name, rx in _PERIOD if rx.search(words)), None)
        return Pay(amount, currency, period, assumed)

    def monthly(self, pay: Pay) -> float:
        period = pay.period
        if period is None:  # '$60,000' is a year, '$3,000' a month
            period = "year" if pay.amount >= 12 * self._thresholds.get(pay.currency, 3000) else "month"
        return pay.amount / self._months[period]

    def is_too_good(self, pay: Pay, factor: float = 1.0) -> bool:
        return self.monthly(pay) >= factor * self._thresholds.get(pay.currency, float("inf"))


def _amount(m: re.Match) -> float:
    digits, unit = m.group(1), (m.group(2) or "").lower()
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", digits):
        value = float(re.sub(r"[,.]", "", digits))
    else:
        value = float(digits.replace(",", "."))
    return value * _MULTIPLIER.get(unit, _MULTIPLIER.get(m.group(2) or "", 1.0))
