"""Health, readiness, metrics, request ids, JSON logs without ad text, OpenAPI."""

from __future__ import annotations

import json
import logging

from api_fakes import LURE, FakeScreener, make_settings
from fastapi.testclient import TestClient

from service.api import create_app
from service.api.logs import JsonFormatter


def test_healthz_and_readyz(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    r = client.get("/readyz")
    assert r.status_code == 200 and r.json()["model"]["version"] == "fake-1"


def test_readyz_is_503_outside_the_lifespan():
    app = create_app(make_settings(), screener=FakeScreener())
    c = TestClient(app, raise_server_exceptions=False)  # not entered: lifespan never ran
    r = c.get("/readyz")
    assert r.status_code == 503 and r.json()["detail"] == "model not loaded"
    assert c.post("/v1/screen", json={"text": "a"}).json()["detail"] == "model not loaded"


def test_metrics_count_requests_scores_and_indicators(client):
    client.post("/v1/screen", json={"text": LURE})
    client.post("/v1/screen/batch", json={"items": [{"text": "Pay a visa fee"}, {"text": ""}]})
    client.get("/nope")
    text = client.get("/metrics").text
    assert 'adscreen_http_requests_total{method="POST",route="/v1/screen",status="200"} 1.0' in text
    assert 'route="unmatched",status="404"' in text
    assert 'adscreen_http_request_duration_seconds_bucket{le="0.005",method="POST",route="/v1/screen"}' in text
    assert 'adscreen_screen_score_count{source="api"} 1.0' in text
    assert 'adscreen_screen_score_count{source="batch"} 1.0' in text
    assert 'adscreen_indicator_hits_total{indicator="recruitment_fee"} 2.0' in text
    assert 'adscreen_ads_screened_total{band="very_high",source="api"} 1.0' in text


def test_request_id_is_echoed_when_sane_and_replaced_when_not(client):
    assert client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"] == "abc-123"
    generated = client.get("/healthz", headers={"X-Request-ID": "bad id\twith spaces" + "x" * 100}).headers["x-request-id"]
    assert len(generated) == 32 and generated.isalnum()


def test_access_log_has_request_fields_and_never_ad_text_or_contacts(caplog):
    text = "Contact maria.secret@example.com or +44 7700 900123. Pay a visa fee. UNIQUE-AD-MARKER"
    with caplog.at_level(logging.DEBUG):
        with TestClient(create_app(make_settings(), screener=FakeScreener())) as c:
            c.post("/v1/screen?q=UNIQUE-AD-MARKER", json={"text": text}, headers={"X-Request-ID": "rid-1"})
            c.post("/v1/screen/batch", json={"items": [{"text": text}, {"text": text + "\u0001"}]})
            c.post("/", data={"text": text})
    formatter = JsonFormatter()
    server_records = [r for r in caplog.records if r.name.startswith(("adscreen", "uvicorn", "fastapi"))]
    lines = [formatter.format(r) for r in server_records]
    joined = "\n".join(lines)
    for secret in ("UNIQUE-AD-MARKER", "maria.secret", "7700 900123", "visa fee"):
        assert secret not in joined
    access = [json.loads(line) for line in lines if '"event": "request"' in line]
    first = access[0]
    assert first["request_id"] == "rid-1"
    assert first["method"] == "POST" and first["path"] == "/v1/screen" and first["status"] == 200
    assert first["duration_ms"] >= 0


def test_openapi_documents_endpoints_examples_and_error_shape(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in ("/v1/screen", "/v1/screen/batch", "/v1/indicators", "/v1/model", "/healthz", "/readyz"):
        assert path in paths
    screen = paths["/v1/screen"]["post"]
    assert "free_text" in screen["requestBody"]["content"]["application/json"]["examples"]
    for status in ("401", "413", "422", "500"):
        assert screen["responses"][status]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorResponse")
    assert spec["components"]["schemas"]["AdInput"]["properties"]["text"]["anyOf"][0]["maxLength"] == 50_000
    assert spec["components"]["schemas"]["BatchRequest"]["properties"]["items"]["maxItems"] == 1000


def test_when_warmup_is_on_then_the_screener_is_called_once_at_startup():
    screener = FakeScreener()
    with TestClient(create_app(make_settings(warmup=True), screener=screener)):
        assert screener.calls == [1]
