"""Normalisation: one cleaning for training and serving, with offsets back to the raw text."""

import re

import pytest

from model.normalise import EMAIL_TOKEN, PHONE_TOKEN, URL_TOKEN, clean, mask_contacts

CLEAN_CASES = [
    # (raw, cleaned)
    ("Hello&nbsp;&amp; <b>world</b>", "Hello & world"),
    ("<p>Pay fee</p><br/>now!", "Pay fee now!"),
    ("line one\n\n\tline two", "line one line two"),
    ("no\u00a0break\u202fspaces\u3000here", "no break spaces here"),
    ("zero\u200bwidth\ufeffchars\u00ad", "zerowidthchars"),
    ("ｆｕｌｌwidth ＵＳＤ２，５００", "fullwidth USD2,500"),
    ("emoji 🔥 stays 😀", "emoji 🔥 stays 😀"),
    ("混合 scripts ภาษาไทย and tiếng Việt", "混合 scripts ภาษาไทย and tiếng Việt"),
    ("  leading and trailing  ", "leading and trailing"),
    ("ctrl\x00\x07chars", "ctrl  chars"),
    ("&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"),
    ("", ""),
]


@pytest.mark.parametrize("raw,expected", CLEAN_CASES)
def test_when_text_is_cleaned_then_markup_and_unicode_variants_are_normalised(raw, expected):
    assert clean(raw).text == expected


def test_when_copies_differ_only_in_unicode_spaces_then_cleaned_texts_are_equal():
    kaggle = "Great\u00a0pay.\u00a0 Apply\u200b now"
    index_copy = "Great pay.  Apply now"
    assert clean(kaggle).text == clean(index_copy).text


@pytest.mark.parametrize(
    "raw",
    [
        "Pay the <b>visa fee</b> of USD&nbsp;500 to our agent",
        "ｆｅｅ: ＵＳＤ５００\u00a0per person",
        "Contact\n\n  Telegram @hr_000 \u200bnow",
        "Hello &amp; welcome to 西港 客服 工作",
    ],
)
def test_when_a_word_is_found_in_cleaned_text_then_it_maps_back_to_the_same_raw_characters(raw):
    c = clean(raw)
    for m in re.finditer(r"\w+", c.text):
        start, end = c.to_raw(m.start(), m.end())
        # The raw span, cleaned again, is exactly the word.
        assert clean(raw[start:end]).text == m.group()


PLACEHOLDER_CASES = [
    ("write to jane.doe@gmail.com today", f"write to {EMAIL_TOKEN} today"),
    ("write to #EMAIL_0b13a2cfd4718ce252c09b2353d692a73bd32552e922c5db6cad5fb7e9a2c6c3# today", f"write to {EMAIL_TOKEN} today"),
    ("see https://jobs.example.com/apply?x=1 now", f"see {URL_TOKEN} now"),
    ("see #URL_86fd830a95a64e2b30ceed829e63fd15c289ec5a45fe4d9b7ec7f6c6ec9cd55b# now", f"see {URL_TOKEN} now"),
    ("call +855 12 345 678 now", f"call {PHONE_TOKEN} now"),
    ("call #PHONE_70128aad0c118273b0c2198a08d528591b932924e165b6a8d1272a6f9e2763d1# now", f"call {PHONE_TOKEN} now"),
    ("call (555) 123-4567 now", f"call {PHONE_TOKEN} now"),
]


@pytest.mark.parametrize("text,expected", PLACEHOLDER_CASES)
def test_when_contacts_are_masked_then_real_and_emscad_forms_give_the_same_placeholder(text, expected):
    assert mask_contacts(text) == expected


@pytest.mark.parametrize("text", ["salary $35000-73000 a year", "from 2012-2014", "USD 2,500/month", "call 911"])
def test_when_numbers_are_not_phone_numbers_then_they_are_kept(text):
    assert mask_contacts(text) == text
