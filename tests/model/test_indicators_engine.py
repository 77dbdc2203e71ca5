"""The indicator engine as a whole: registry, taxonomy, offsets, batching."""

import json
from pathlib import Path

import pytest

from model.indicators import Hit
from model.indicators.registry import registered_indicator_ids
from model.indicators.taxonomy import CATEGORIES

GOLDEN = Path(__file__).parent / "golden" / "indicator_ids.json"

LURE_EN = (
    "Customer service in Sihanoukville, USD 2,500/month, no experience, free flight and "
    "accommodation, contact on Telegram @hr_kh"
)
LURE_ZH = "柬埔寨西港高薪招聘客服,月薪2万,无需经验,包机票,加微信 abc123,护照由公司保管"


def test_when_registry_changes_then_golden_indicator_list_must_change_with_it():
    assert registered_indicator_ids() == json.loads(GOLDEN.read_text("utf-8"))


def test_when_engine_loads_then_taxonomy_covers_exactly_the_registered_indicators(engine):
    assert sorted(engine.taxonomy) == registered_indicator_ids()
    assert engine.taxonomy_version == "2026.11.2"


def test_when_taxonomy_is_read_then_every_indicator_is_explained_and_cited(engine):
    for info in engine.taxonomy.values():
        assert info.category in CATEGORIES
        assert 0.0 <= info.severity <= 1.0
        assert info.title and len(info.explanation) > 40
        assert info.sources and all(s.url.startswith("https://") for s in info.sources)


def test_when_weak_and_strong_cues_are_compared_then_severity_orders_them(engine):
    tax = engine.taxonomy
    assert tax["urgency"].severity < tax["fee_upfront"].severity
    assert tax["employer_pays_travel"].severity < tax["employer_keeps_passport"].severity
    assert tax["scam_hub_destination"].severity < tax["debt_repaid_from_salary"].severity


def test_when_english_lure_is_screened_then_each_cue_has_its_span(engine):
    found = {(h.indicator_id, LURE_EN[h.start : h.end]) for h in engine.detect(LURE_EN)}
    assert found == {
        ("overseas_scam_sector_role", "Customer service"),
        ("scam_hub_destination", "Sihanoukville"),
        ("pay_too_good", "USD 2,500/month"),
        ("no_experience_needed", "no experience"),
        ("employer_pays_travel", "free flight"),
        ("messaging_app_contact", "contact on Telegram @hr_kh"),
    }


def test_when_batch_is_screened_then_results_match_single_calls_in_order(engine):
    texts = [LURE_EN, "", LURE_ZH, "A plain ad for a bookkeeper in Leeds."]
    batch = engine.detect_batch(texts)
    assert len(batch) == len(texts)
    assert batch == [engine.detect(t) for t in texts]
    assert batch[1] == [] and batch[3] == []


def test_when_hits_are_returned_then_they_are_frozen_sorted_and_inside_the_text(engine):
    hits = engine.detect(LURE_ZH)
    assert hits == sorted(hits, key=lambda h: (h.start, h.end, h.indicator_id))
    for h in hits:
        assert isinstance(h, Hit)
        assert 0 <= h.start < h.end <= len(LURE_ZH)
        assert h.indicator_id in engine.taxonomy
    with pytest.raises(AttributeError):
        hits[0].start = 0  # type: ignore[misc]


def test_when_text_has_odd_whitespace_then_offsets_still_point_into_it(engine):
    # detectors normally see cleaned text (whitespace collapsed), but offsets must hold anyway
    text = "  Pay the\n\nregistration fee   now.\tWhatsApp +855 12 345 678 "
    found = {(h.indicator_id, text[h.start : h.end]) for h in engine.detect(text)}
    assert found == {("fee_upfront", "registration fee"), ("messaging_app_contact", "WhatsApp +855 12 345 678")}


def test_when_pattern_ids_are_reported_then_they_name_language_and_indicator(engine):
    for h in engine.detect(LURE_EN) + engine.detect(LURE_ZH):
        lang, label, number = h.pattern_id.split("-")
        assert lang in {"en", "zh", "vi", "th", "id", "tl", "es", "ko", "ja"}
        assert number.isdigit()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param(" leading and trailing ", id="edge_spaces"),
        pytest.param("a  b\n\nc\t d", id="mixed_whitespace_runs"),
        pytest.param("USD 2,500/month, e-mail: john.doe@gmail.com #URL_abc123#", id="numbers_emails_masks"),
        pytest.param("柬埔寨西港 高薪 รับสมัคร งานง่าย 캄보디아 모집", id="spaceless_scripts"),
    ],
)
def test_when_text_is_tokenized_then_the_doc_text_is_the_input_text(engine, text):
    doc = engine.nlp(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text


def _all_test_texts() -> list[str]:
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    texts = []
    for path in sorted((root / "training" / "seeds").glob("*.jsonl")) + sorted((root / "tests" / "fixtures").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts.append(row.get("text") or "\n".join(str(v) for v in (row.get("fields") or {}).values()))
    return [t for t in texts if t.strip()]


def test_when_token_patterns_run_around_their_literals_then_they_find_what_the_whole_doc_gives(engine, monkeypatch):
    """The Matcher runs only on the tokens near a gate literal (patterns._windows); that is
    exact only if every match contains a literal of its gate. Checked on every seed ad."""
    from model.indicators import patterns

    texts = _all_test_texts()
    assert len(texts) > 500
    windowed = engine.detect_batch(texts)
    monkeypatch.setattr(patterns, "_windows", lambda doc, *args: [(0, len(doc))])
    whole = engine.detect_batch(texts)
    assert windowed == whole


@pytest.mark.parametrize(
    "pattern, tokens",
    [
        ([{"LOWER": "a"}, {"LOWER": "b", "OP": "?"}], 2),
        ([{"LOWER": "a"}, {"IS_DIGIT": True, "OP": "{0,5}"}, {"LOWER": "c", "OP": "{2}"}], 8),
        ([{"LOWER": "a"}, {"LOWER": "b", "OP": "*"}], None),
        ([{"LOWER": "a"}, {"LOWER": "b", "OP": "{1,}"}], None),
    ],
)
def test_when_a_token_pattern_is_bounded_then_its_longest_match_is_known(pattern, tokens):
    from model.indicators.patterns import _max_tokens

    assert _max_tokens(pattern) == tokens


def test_when_token_patterns_are_read_then_they_use_only_the_attributes_the_vocabulary_computes():
    """The engine computes only PATTERN_ATTRIBUTES for new words (engine._keep_lexeme_attributes);
    a pattern on any other attribute (SHAPE, IS_TITLE...) would silently never match."""
    from model.indicators.engine import PATTERN_ATTRIBUTES
    from model.indicators.patterns import read_pattern_files

    allowed = {"OP", "TEXT", "ORTH", *PATTERN_ATTRIBUTES}
    used = {key for row in read_pattern_files() if row.kind == "tokens" for step in row.pattern for key in step}
    assert used <= allowed, sorted(used - allowed)


def test_when_a_new_word_is_seen_then_lower_case_and_number_likeness_are_still_known(engine):
    doc = engine.nlp.make_doc("Zqxwvy ZQXWVY 12 12,500")
    assert [t.lower_ for t in doc[:2]] == ["zqxwvy", "zqxwvy"]
    assert [t.like_num for t in doc[2:]] == [True, True]


def test_when_the_vocabulary_outgrows_its_cap_then_the_pipeline_is_rebuilt_and_results_do_not_change():
    """A long-running process must not keep every string it has seen (engine.max_new_strings)."""
    from model.indicators.engine import IndicatorEngine

    fresh = IndicatorEngine.load()
    capped = IndicatorEngine.load()
    capped.max_new_strings = 40
    texts = [
        f"Customer service job in Sihanoukville, salary USD 2,500, contact Telegram @hr_{i:04d} ref {i * 7919} name Zq{i}x"
        for i in range(30)
    ]
    before = len(capped.nlp.vocab.strings)
    out = []
    for t in texts:
        out.append(capped.detect_batch([t])[0])
        capped.wait_for_rebuild()
    assert capped.rebuilds >= 2
    assert len(capped.nlp.vocab.strings) < before + 40 + 20
    assert out == [fresh.detect_batch([t])[0] for t in texts]
    assert any(out)


def test_when_a_rebuild_fails_then_the_old_pipeline_keeps_serving(monkeypatch, caplog):
    from model.indicators import engine as engine_module

    capped = engine_module.IndicatorEngine.load()
    capped.max_new_strings = 0
    old = capped.nlp

    def broken(*args):
        raise engine_module.PatternError("pattern files changed on disk")

    monkeypatch.setattr(engine_module, "_build_pipeline", broken)
    first = capped.detect_batch(["Pay the training fee first, contact Telegram @zz_123"])
    capped.wait_for_rebuild()
    assert capped.nlp is old and capped.rebuilds == 0
    assert "rebuilding the indicator pipeline failed" in caplog.text
    assert capped.detect_batch(["Pay the training fee first, contact Telegram @zz_123"]) == first and first[0]


# Token patterns whose gate is narrower than "some token of every match contains a literal",
# reviewed by hand. Their gates hold multi-token literals that cleaned text always spells
# with one space, or, for 01/02, require a space before the short app names ("wa", "tg",
# "imo", "line"), which occur inside ordinary words ("want", "online") and would otherwise
# run these costly patterns on nearly every English ad; "(wa: 0812...)" is missed as a result.
HAND_CHECKED_GATES = {
    "en-messaging_app_contact-01",
    "en-messaging_app_contact-02",
    "en-messaging_app_contact-03",
    "en-messaging_app_contact-04",
    "en-messaging_app_contact-05",
}


def test_when_a_token_pattern_is_gated_then_every_match_contains_one_of_its_literals():
    """A gate ('requires') must be necessary: the Matcher never runs on a text without one of
    its literals, so a literal that a match can lack silently loses matches."""
    from model.indicators.patterns import _literal_values, read_pattern_files

    unchecked = []
    for row in read_pattern_files():
        if row.kind != "tokens" or row.id in HAND_CHECKED_GATES:
            continue
        steps = [_literal_values(step) for step in row.pattern if step.get("OP") in (None, "1")]
        if not any(values and all(any(r in v for r in row.requires) for v in values) for values in steps):
            unchecked.append(row.id)
    assert unchecked == []


def test_when_regexes_run_around_their_literals_then_they_find_what_the_whole_text_gives(engine, monkeypatch):
    """A gated regex runs only within patterns.REGEX_REACH characters of its gate literals
    (patterns._regex_windows): exact for matches shorter than the reach, which every regex
    match on the seed ads and fixtures is. Fails if the reach is cut below a real match."""
    from model.indicators import patterns

    texts = _all_test_texts()
    windowed = engine.detect_batch(texts)
    monkeypatch.setattr(patterns, "_regex_windows", lambda text, *args: [(0, len(text))])
    whole = engine.detect_batch(texts)
    assert windowed == whole


def test_when_two_labels_match_at_one_position_then_both_are_reported():
    """An alternation reports one row per position; rows of other labels are tried there."""
    import re

    from model.indicators.patterns import PatternRow, _regex_candidates

    rows = [
        PatternRow("en", "too_good_offer", "cue_salary_figure", "t-1", "regex", r"\$\d+ a month"),
        PatternRow("en", "too_good_offer", "guaranteed_income", "t-2", "regex", r"\$\d+ a month guaranteed"),
        PatternRow("en", "too_good_offer", "cue_salary_figure", "t-3", "regex", r"\$\d+"),
    ]
    combined = re.compile("(?=" + "|".join(f"(?P<p{i}>{r.pattern})" for i, r in enumerate(rows)) + ")", re.I)
    singles = [(r, re.compile(r.pattern, re.I)) for r in rows]
    names = {f"p{i}": r for i, r in enumerate(rows)}
    text = "Earn $900 a month guaranteed"
    m = next(combined.finditer(text))
    found = _regex_candidates(text, m, names[m.lastgroup], singles)
    assert [(r.label, text[s:e]) for r, s, e in found] == [
        ("cue_salary_figure", "$900 a month"),
        ("guaranteed_income", "$900 a month guaranteed"),
    ]


def test_when_regexes_are_gated_then_the_gates_lose_no_match_on_the_seed_ads(engine, monkeypatch):
    """A regex with a 'requires' gate runs only on texts containing one of its literals, so a
    gate a match can lack (a literal missing for one alternative) silently loses matches.
    Checked against ungated runs on every seed ad and fixture."""
    from model.indicators import patterns

    texts = _all_test_texts()
    gated = engine.detect_batch(texts)
    index = next(d.index for d in engine.detectors)
    ungated = {
        script: [(s, (), rx, names, singles) for s, _, rx, names, singles in groups]
        for script, groups in index._regexes_by_script.items()
    }
    monkeypatch.setattr(index, "_regexes_by_script", ungated)
    monkeypatch.setattr(patterns, "_regex_windows", lambda text, *args: [(0, len(text))])
    assert engine.detect_batch(texts) == gated
