"""The API over the real scoring core and the shipped artifact (skipped when it is absent):
the mapping from ``model.types`` must hold for what the real screener returns."""

from __future__ import annotations

import json

import pytest
from api_fakes import LURE, make_settings
from fastapi.testclient import TestClient

from service.api import create_app


@pytest.fixture(scope="module")
def real_client():
    artifact = pytest.importorskip("model.artifact")
    if not artifact.DEFAULT_ARTIFACT.exists():
        pytest.skip(f"no shipped model artifact at {artifact.DEFAULT_ARTIFACT}")
    from service.api.deps import load_screener

    app = create_app(make_settings(), screener=load_screener(None))
    with TestClient(app) as c:
        yield c


ADS = [
    LURE,
    "Registered nurse for a city hospital. Apply through our careers page; interviews in person.",
    "求职 需要支付押金 3000元 护照由公司保管",
    "<b>Hiring</b> &amp; visa fee required. Contact +44 7700 900123 or boss@example.com",
]


@pytest.mark.parametrize("text", ADS)
def test_real_screening_offsets_point_into_the_sent_text(real_client, text):
    r = real_client.post("/v1/screen", json={"text": text})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["model"]["version"] and body["model"]["data_fingerprint"]
    for ind in body["indicators"]:
        assert ind["explanation"]
        for ev in ind["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
    for term in body["terms"]:
        for occ in term["occurrences"]:
            assert text[occ["start"] : occ["end"]] == occ["text"]


def test_real_batch_matches_single_requests(real_client):
    batch = real_client.post("/v1/screen/batch", json={"items": [{"text": t} for t in ADS]}).json()["results"]
    for text, entry in zip(ADS, batch):
        single = real_client.post("/v1/screen", json={"text": text}).json()
        assert entry["result"]["risk"] == pytest.approx(single["risk"])
        assert [i["id"] for i in entry["result"]["indicators"]] == [i["id"] for i in single["indicators"]]


def test_real_reference_endpoints_are_json(real_client):
    indicators = real_client.get("/v1/indicators").json()
    assert indicators["indicators"] and all(i["sources"] for i in indicators["indicators"])
    model = real_client.get("/v1/model").json()
    assert model["model_card"] and "metrics" in model["metadata"]
    json.dumps(model, allow_nan=False)


def test_real_page_renders_the_lure_with_highlights(real_client):
    html = real_client.post("/", data={"text": LURE}).text
    assert '<mark class="flag"' in html
    assert 'data-band="very_high"' in html or 'data-band="high"' in html
