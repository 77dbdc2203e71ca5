"""The test page at "/": server-rendered, escaped, accessible, self-contained."""

from __future__ import annotations

import re

import pytest
from api_fakes import LURE, FakeScreener, make_settings
from fastapi.testclient import TestClient

from service.api import create_app
from service.web.highlight import segments
from model.types import Evidence, Finding

XSS = '</textarea><script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> Pay a visa fee "quoted" & \'single\''


def test_get_page_has_labelled_textarea_button_lang_and_disclaimer(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert '<html lang="en">' in html
    assert '<label for="ad-text">' in html and 'id="ad-text"' in html and 'name="text"' in html
    assert '<form method="post" action="/"' in html and "<button" in html
    assert "reason to look closer, not a verdict" in html
    assert "<script" not in html and "style=" not in html  # no inline script or style (CSP)
    assert not re.search(r'(src|href)="(https?:)?//', html.split("What you can do next")[0])


def test_page_responses_carry_a_strict_csp(client):
    csp = client.get("/").headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert client.get("/").headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/style.css").status_code == 200


def test_when_lure_is_posted_then_band_score_highlights_indicators_terms_and_next_steps_render(client):
    r = client.post("/", data={"text": LURE})
    assert r.status_code == 200
    html = r.text
    assert 'data-band="very_high"' in html and "Very high risk" in html
    assert "Score 1.00 out of 1" in html
    marks = re.findall(r'<mark class="flag" data-indicators="([^"]+)" title="([^"]+)">([^<]+)<', html)
    assert [(m[0], m[2]) for m in marks] == [
        ("recruitment_fee", "visa fee"),
        ("document_retention", "keeps passports"),
        ("off_platform_contact", "WhatsApp"),
    ]
    assert marks[0][1].startswith("Worker is asked to pay a fee: mentions")
    assert 'href="#ind-1"' in html and 'id="ind-1"' in html
    assert "Legitimate employers pay recruitment costs" in html  # explanation
    assert 'href="https://www.ilo.org/"' in html  # source link
    assert "javascript:" not in html  # unsafe source URLs are dropped
    assert '<span class="term">salary</span>' in html
    for step in ("Verify the employer independently", "Never pay a fee to get a job", "Keep your passport", "Where to ask for help or report"):
        assert step in html


def test_when_ad_contains_html_then_it_is_shown_escaped_never_as_markup(client):
    html = client.post("/", data={"text": XSS}).text
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in html
    assert "&amp; &#39;single&#39;" in html


@pytest.mark.parametrize(
    "data, status, message",
    [
        ({"text": "   "}, 422, "Paste the text of a job ad first."),
        ({"other": "x"}, 422, "Paste the text of a job ad first."),
        ({"text": "a" * 50_001}, 422, "longer than 50,000 characters"),
    ],
)
def test_when_form_input_is_bad_then_page_shows_a_message(client, data, status, message):
    r = client.post("/", data=data)
    assert r.status_code == status and message in r.text
    assert 'role="alert"' in r.text and 'aria-invalid="true"' in r.text


def test_when_form_is_posted_as_json_then_415_page(client):
    r = client.post("/", json={"text": LURE})
    assert r.status_code == 415 and "Please use the form" in r.text


def test_when_control_characters_are_pasted_then_they_are_dropped_and_the_ad_is_checked(client):
    r = client.post("/", data={"text": "Pay a visa\x00 fee\x07 now"})
    assert r.status_code == 200 and "\x00" not in r.text


def test_when_rate_limit_is_reached_then_429_page():
    app = create_app(make_settings(page_rate_limit_per_minute=2), screener=FakeScreener())
    with TestClient(app) as c:
        assert [c.post("/", data={"text": "a"}).status_code for _ in range(3)] == [200, 200, 429]
        assert "Too many checks" in c.post("/", data={"text": "a"}).text
        assert c.get("/").status_code == 200  # reading the page is not limited
        assert c.post("/v1/screen", json={"text": "a"}).status_code == 200  # the API is not


def test_when_page_is_disabled_then_root_is_404_and_api_still_works():
    with TestClient(create_app(make_settings(page_enabled=False), screener=FakeScreener())) as c:
        assert c.get("/").status_code == 404
        assert c.post("/", data={"text": "a"}).status_code in (404, 405)
        assert c.post("/v1/screen", json={"text": LURE}).status_code == 200


def _finding(start: int, end: int, text: str, ind: str = "x", field: str = "text") -> Finding:
    return Finding(ind, ind + "_p", ind.title(), "cat", 0.5, "why", Evidence(field, start, end, text))


def test_highlight_segments_cover_the_text_and_handle_overlaps_and_bad_offsets():
    text = "abcdefghij"
    findings = [
        _finding(2, 6, "cdef", "a"),
        _finding(4, 8, "efgh", "b"),
        _finding(0, 3, "WRONG", "c"),  # text does not match: skipped
        _finding(5, 99, "x", "d"),  # out of range: skipped
        _finding(0, 2, "ab", "e", field="title"),  # other field: skipped
    ]
    segs = segments(text, findings, {"a": 1, "b": 2})
    assert "".join(s.text for s in segs) == text
    shape = [(s.text, [m.indicator_id for m in s.marks], [m.indicator_id for m in s.ends]) for s in segs]
    assert shape == [("ab", [], []), ("cd", ["a"], []), ("ef", ["a", "b"], ["a"]), ("gh", ["b"], ["b"]), ("ij", [], [])]


def test_when_an_invalid_ad_is_echoed_back_into_the_textarea_it_cannot_close_it(client):
    html = client.post("/", data={"text": "</textarea><script>x()</script>" + "a" * 50_001}).text
    assert "</textarea><script>" not in html
    assert html.count("</textarea>") == 1
