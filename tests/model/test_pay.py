"""Reading salary figures: amount, currency and period, and the too-good comparison."""

import pytest

from model.indicators.pay import PayReader


@pytest.fixture(scope="module")
def reader() -> PayReader:
    return PayReader.load()


@pytest.mark.parametrize(
    "words, lang, amount, currency, period",
    [
        ("USD 2,500/month", "en", 2500, "USD_EXPLICIT", "month"),
        ("$800 a week", "en", 800, "USD", "week"),
        ("월 1500", "ko", 15_000_000, "KRW", "month"),  # Korean pay quoted in 만원
        ("월 300만원", "ko", 3_000_000, "KRW", "month"),
        ("시급 9,860원", "ko", 9860, "KRW", "hour"),  # explicit won: not scaled
        ("20 củ/tháng", "vi", 20_000_000, "VND", "month"),
        ("1000 do/thang", "vi", 1000, "USD_EXPLICIT", "month"),
        ("lương 25k/giờ", "vi", 25_000, "VND", "hour"),
        ("gaji 1500 dolar", "id", 1500, "USD_EXPLICIT", None),
        ("RM 3,000 sebulan", "ms", 3000, "MYR", "month"),
        ("1日2〜3万円", "ja", 30_000, "JPY", "day"),
        ("4-6 หมื่น/เดือน", "th", 60_000, "THB", "month"),
        ("luong 8-9tr", "id", 9_000_000, "VND", None),  # unit names the currency whatever the language
        ("RM300 sehari", "id", 300, "MYR", "day"),
    ],
)
def test_when_a_salary_figure_is_read_then_amount_currency_and_period_are_known(reader, words, lang, amount, currency, period):
    pay = reader.read(words, lang)
    assert pay is not None
    assert (pay.amount, pay.currency, pay.period) == (amount, currency, period)


@pytest.mark.parametrize(
    "words, lang, too_good",
    [("월 1500", "ko", True), ("월 300", "ko", False), ("20 củ/tháng", "vi", True), ("lương 8 triệu/tháng", "vi", False)],
)
def test_when_pay_is_compared_then_the_local_bar_applies(reader, words, lang, too_good):
    assert reader.is_too_good(reader.read(words, lang)) is too_good
