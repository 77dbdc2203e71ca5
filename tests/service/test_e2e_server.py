"""End to end: a real uvicorn server on a free loopback port, called over HTTP."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import httpx
import pytest
from api_fakes import API_KEY, LURE
from server_proc import ROOT, start_server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = start_server(tmp_path_factory.mktemp("e2e"), {"ADSCREEN_API_KEYS": API_KEY, "ADSCREEN_MAX_BODY_BYTES": "200000"})
    yield srv
    srv.stop()


AUTH = {"Authorization": f"Bearer {API_KEY}"}


def test_screen_over_http_returns_a_full_explained_response(server):
    r = httpx.post(server.base_url + "/v1/screen", json={"id": "e2e", "text": LURE}, headers=AUTH, timeout=30)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["id"] == "e2e"
    assert body["risk"]["band"] in ("low", "medium", "high", "very_high")
    assert 0 <= body["risk"]["score"] <= 1
    assert body["model"]["version"]
    for ind in body["indicators"]:
        for ev in ind["evidence"]:
            assert LURE[ev["start"] : ev["end"]] == ev["text"]
    if not server.real_model:
        assert {i["id"] for i in body["indicators"]} >= {"recruitment_fee", "document_retention"}
    assert r.headers["x-request-id"]


def test_batch_over_http_keeps_order_and_isolates_a_bad_item(server):
    items = [{"id": "1", "text": LURE}, {"id": "2", "text": ""}, {"id": "3", "text": "Registered nurse, day shifts."}]
    r = httpx.post(server.base_url + "/v1/screen/batch", json={"items": items}, headers=AUTH, timeout=60)
    assert r.status_code == 200
    results = r.json()["results"]
    assert [e["result"] is not None for e in results] == [True, False, True]
    assert results[1]["error"]["detail"] == "invalid request"


def test_without_key_401_and_ops_endpoints_open(server):
    assert httpx.post(server.base_url + "/v1/screen", json={"text": LURE}).status_code == 401
    assert httpx.get(server.base_url + "/healthz").json() == {"status": "ok"}
    assert "adscreen_http_requests_total" in httpx.get(server.base_url + "/metrics").text
    assert httpx.get(server.base_url + "/").status_code == 200


def test_oversized_body_is_refused_with_413_over_a_real_socket(server):
    r = httpx.post(server.base_url + "/v1/screen", content=b'{"text": "' + b"a" * 300_000 + b'"}',
                   headers={**AUTH, "content-type": "application/json"}, timeout=30)
    assert r.status_code == 413 and r.json()["detail"] == "request body too large"


def test_chunked_body_without_content_length_is_capped(server):
    def gen():
        yield b'{"text": "'
        for _ in range(100):
            yield b"a" * 10_000
        yield b'"}'

    r = httpx.post(server.base_url + "/v1/screen", content=gen(),
                   headers={**AUTH, "content-type": "application/json"}, timeout=30)
    assert r.status_code == 413


def test_malformed_and_invalid_utf8_bodies_are_4xx_over_http(server):
    url = server.base_url + "/v1/screen"
    hdrs = {**AUTH, "content-type": "application/json"}
    assert httpx.post(url, content=b"{nope", headers=hdrs).status_code == 422
    assert httpx.post(url, content=b'{"text": "\xff\xfe"}', headers=hdrs).status_code == 400
    assert httpx.post(url, content=b"[" * 50_000, headers=hdrs).status_code == 400


def test_server_logs_are_json_lines_without_ad_text(server):
    marker = "E2E-UNIQUE-MARKER-text"
    httpx.post(server.base_url + "/v1/screen", json={"text": LURE + marker}, headers=AUTH, timeout=30)
    output = server.log_path.read_text()
    assert marker not in output and "visa fee" not in output and API_KEY not in output
    records = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    assert any(r.get("event") == "request" and r.get("path") == "/v1/screen" for r in records)


def test_serve_with_a_missing_model_stops_with_a_clear_message(tmp_path):
    missing = tmp_path / "nope.model"
    proc = subprocess.run(
        [sys.executable, "-m", "service.serve", "--port", "0", "--model", str(missing)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("adscreen serve: ")
    assert "Traceback" not in proc.stderr
