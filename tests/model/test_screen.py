"""The one scoring path on the shipped model: shape, evidence offsets and required behaviour."""

import pytest

from model.screen import Screener, band_for
from model.types import BANDS, Ad


@pytest.fixture(scope="module")
def screener():
    return Screener.load()


SIHANOUKVILLE = (
    "Customer service job in Sihanoukville, Cambodia. Salary USD 2,500/month, no experience needed. "
    "Free flight and accommodation provided. Contact us on Telegram @cs_hr_000 to apply."
)


def test_when_a_batch_is_scored_then_one_screening_per_ad_in_order(screener):
    ads = [Ad.from_text("Accountant wanted", id="a"), Ad.from_text(SIHANOUKVILLE, id="b"), Ad.from_text("   ", id="c")]
    out = screener.score_batch(ads)
    assert [s.ad_id for s in out] == ["a", "b", "c"]
    assert out[2].error == "empty_text" and out[0].error is None
    for s in out:
        assert s.band in BANDS and 0.0 <= s.score <= 1.0
        assert s.model.version == screener.model_info.version and s.model.data_fingerprint


def test_when_a_lure_is_scored_then_evidence_offsets_point_into_the_text_sent(screener):
    (s,) = screener.score_batch([Ad.from_text(SIHANOUKVILLE)])
    assert s.findings
    for f in s.findings:
        assert f.evidence.field == "text"
        assert SIHANOUKVILLE[f.evidence.start : f.evidence.end] == f.evidence.text
    for t in s.terms:
        for ev in t.occurrences:
            assert SIHANOUKVILLE[ev.start : ev.end] == ev.text


def test_when_a_structured_ad_is_scored_then_evidence_names_its_field(screener):
    ad = Ad.from_fields({"title": "Typist", "description": "Contact us on Telegram @hr_000 only. Salary USD 2,500/month, no experience."})
    (s,) = screener.score_batch([ad])
    fields = {f.evidence.field for f in s.findings}
    assert fields == {"description"}
    for f in s.findings:
        assert ad.parts()[1][1][f.evidence.start : f.evidence.end] == f.evidence.text


def test_when_the_sihanoukville_lure_is_scored_then_it_is_flagged_high(screener):
    (s,) = screener.score_batch([Ad.from_text(SIHANOUKVILLE)])
    assert s.flagged and s.band in ("high", "very_high")
    categories = {f.category for f in s.findings}
    assert {"scam_hub", "contact_channel"} <= categories


@pytest.mark.parametrize(
    "text",
    [
        "Vietnamese: Tuyển nhân viên chăm sóc khách hàng làm việc tại Campuchia, lương 2500 USD/tháng, không cần kinh nghiệm, "
        "bao vé máy bay và chỗ ở. Liên hệ Telegram @tuyendung_000.",
        "รับสมัครพนักงานบริการลูกค้า ทำงานที่กัมพูชา เงินเดือน 2,500 ดอลลาร์ ไม่ต้องมีประสบการณ์ ฟรีตั๋วเครื่องบินและที่พัก ติดต่อทาง Telegram @job_000",
    ],
)
def test_when_the_lure_is_in_thai_or_vietnamese_then_it_is_flagged_with_evidence_in_that_language(screener, text):
    (s,) = screener.score_batch([Ad.from_text(text)])
    assert s.flagged
    assert s.language.code in ("vi", "th") and s.language.coverage == "indicators_only"
    assert len({f.category for f in s.findings}) >= 2
    non_ascii = [f for f in s.findings if any(ord(ch) > 127 for ch in f.evidence.text)]
    assert non_ascii, "evidence should include words in the ad's language"


@pytest.mark.parametrize(
    "text",
    [
        "Senior Data Engineer, Meridian Analytics GmbH, Berlin. We offer a relocation package including flights and "
        "two months of temporary housing, and visa sponsorship. Two technical interviews. Apply at careers.meridian.example.",
        "Table Games Dealer at Harbourfront Integrated Resort, Singapore. Deal baccarat and blackjack in our licensed casino. "
        "Training provided, shift allowance, medical benefits. Apply through our careers portal; interviews on site.",
        # A short remote customer-service blurb alone scores high on the text model (EMSCAD's home-based
        # frauds look like it); a full ad from a named employer must not.
        "Remote Customer Support Specialist (US)\nBluebird Software Inc. builds scheduling tools for 4,000 dental clinics "
        "across North America; we are a team of 120 based in Portland, Oregon.\nAs a support specialist you will answer "
        "customer tickets by email and chat, reproduce bugs and write them up for our engineers, and keep our help-centre "
        "articles up to date.\nRequirements: two years in a customer-facing role, clear written English.\nBenefits: $22/hour, "
        "full-time, health and dental insurance, company laptop. Hiring process: a call with our recruiter and two video interviews.",
    ],
)
def test_when_a_legitimate_lookalike_is_scored_then_it_is_not_flagged(screener, text):
    (s,) = screener.score_batch([Ad.from_text(text)])
    assert not s.flagged, (s.score, [(f.indicator_id, f.evidence.text) for f in s.findings])


def test_when_bands_are_assigned_then_cut_points_are_respected():
    cuts = {"medium": 0.2, "high": 0.5, "very_high": 0.8}
    assert [band_for(x, cuts) for x in (0.0, 0.2, 0.49, 0.5, 0.8, 1.0)] == ["low", "medium", "medium", "high", "very_high", "very_high"]


def test_when_text_is_longer_than_the_limit_then_the_screening_says_truncated(screener):
    (s,) = screener.score_batch([Ad.from_text("Data entry from home. " * 4000)])
    assert s.truncated


def test_when_explanations_are_not_asked_then_terms_are_left_out_and_the_rest_is_the_same(screener):
    ads = [Ad.from_text(SIHANOUKVILLE, id="lure"), Ad.from_text("Accountant wanted for a family firm", id="plain")]
    full = screener.score_batch(ads)
    lean = screener.score_batch(ads, explain=False)
    assert any(s.terms for s in full)
    for f, l in zip(full, lean):
        assert l.terms == ()
        assert (l.score, l.band, l.flagged, l.findings, l.language) == (f.score, f.band, f.flagged, f.findings, f.language)


def test_when_the_self_check_probes_disagree_then_the_artifact_is_refused(tmp_path):
    import json
    import shutil

    from model.artifact import DEFAULT_ARTIFACT, ArtifactError, sidecar_path

    path = tmp_path / DEFAULT_ARTIFACT.name
    shutil.copy(DEFAULT_ARTIFACT, path)
    meta = json.loads(sidecar_path(DEFAULT_ARTIFACT).read_text())
    sidecar_path(path).write_text(json.dumps(meta))
    assert Screener.load(path).model_info.version == meta["version"]  # the copy as shipped loads
    meta["self_check"][0][1] += 0.01
    sidecar_path(path).write_text(json.dumps(meta))
    with pytest.raises(ArtifactError, match="self-check probes differently"):
        Screener.load(path)
    del meta["self_check"]
    sidecar_path(path).write_text(json.dumps(meta))
    with pytest.raises(ArtifactError, match="no self-check probes"):
        Screener.load(path)


@pytest.mark.parametrize("probes", [[["text", "not a number"]], [["text"]], [["text", float("nan")]]])
def test_when_self_check_probes_are_malformed_then_the_artifact_is_refused_cleanly(tmp_path, probes):
    import json
    import shutil

    from model.artifact import DEFAULT_ARTIFACT, ArtifactError, sidecar_path

    path = tmp_path / DEFAULT_ARTIFACT.name
    shutil.copy(DEFAULT_ARTIFACT, path)
    meta = json.loads(sidecar_path(DEFAULT_ARTIFACT).read_text())
    meta["self_check"] = probes
    sidecar_path(path).write_text(json.dumps(meta))
    with pytest.raises(ArtifactError, match="self-check"):
        Screener.load(path)
