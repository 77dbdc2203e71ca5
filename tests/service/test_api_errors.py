"""Bad input gets a 4xx with a stable detail, never a 500; unknown errors are generic 500s."""

from __future__ import annotations

import json
import logging

import pytest
from api_fakes import ExplodingScreener
from api_fakes import LURE, make_settings
from fastapi.testclient import TestClient

from service.api import create_app


def _post(client, body: bytes, content_type: str = "application/json"):
    return client.post("/v1/screen", content=body, headers={"content-type": content_type})


@pytest.mark.parametrize(
    "body, status, detail",
    [
        (b"{not json", 422, "malformed JSON"),
        (b'{"text": "abc"', 422, "malformed JSON"),
        (b"", 422, "invalid request"),
        (b"[]", 422, "invalid request"),
        (b'"just a string"', 422, "invalid request"),
        (b'{"text": 5}', 422, "invalid request"),
        (b'{"text": null}', 422, "invalid request"),
        (b'{"text": ["a"]}', 422, "invalid request"),
        (b'{"text": ""}', 422, "invalid request"),
        (b'{"text": " \\n\\t "}', 422, "invalid request"),
        (b'{"text": "a\\u0000b"}', 422, "invalid request"),
        (b'{"text": "bell \\u0007"}', 422, "invalid request"),
        (b'{"text": "lone \\ud800 surrogate"}', 422, "invalid request"),
        (b'{"text": "a", "fields": {"title": "b"}}', 422, "invalid request"),
        (b'{"fields": {"salary": "x"}}', 422, "invalid request"),
        (b'{"fields": {}}', 422, "invalid request"),
        (b'{"text": "a", "options": {"explain": "maybe"}}', 422, "invalid request"),
        (b'{"text": "a", "unknown": 1}', 422, "invalid request"),
        (b'{"text": "ok \\xff\\xfe"}'.replace(b"\\xff\\xfe", b"\xff\xfe"), 400, "request body is not valid UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, 400, "JSON nested too deeply"),
        (b'{"text": ' + b'{"a": ' * 5000 + b"1" + b"}" * 5001, 400, "JSON nested too deeply"),
    ],
)
def test_when_body_is_bad_then_4xx_with_stable_detail(client, body, status, detail):
    r = _post(client, body)
    assert r.status_code == status, r.text
    assert r.json()["detail"] == detail
    assert r.json()["request_id"] == r.headers["x-request-id"]


def test_when_text_is_over_50000_chars_then_422_text_too_long_without_echoing_it(client):
    text = "A" * 50_001
    r = client.post("/v1/screen", json={"text": text})
    assert r.status_code == 422
    assert r.json()["detail"] == "text too long"
    assert "AAAAAAAAAA" not in r.text
    assert client.post("/v1/screen", json={"text": "A" * 50_000}).status_code == 200


def test_when_fields_together_exceed_the_limit_then_422_text_too_long(client):
    fields = {"description": "a" * 30_000, "requirements": "b" * 30_000}
    r = client.post("/v1/screen", json={"fields": fields})
    assert r.status_code == 422 and r.json()["detail"] == "text too long"


def test_when_validation_fails_then_errors_list_fields_but_not_the_input(client):
    r = client.post("/v1/screen", json={"text": "secret ad text \u0001"})
    err = r.json()["errors"][0]
    assert set(err) == {"loc", "msg", "type"}
    assert err["type"] == "control_characters" and err["loc"] == ["body", "text"]
    assert "secret" not in r.text


def test_when_content_type_is_not_json_then_415(client):
    r = _post(client, json.dumps({"text": LURE}).encode(), "text/plain")
    assert r.status_code == 415 and r.json()["detail"] == "content type must be application/json"


def test_unknown_path_and_wrong_method_have_stable_details(client):
    assert client.get("/v1/nope").json()["detail"] == "not found"
    r = client.get("/v1/screen")
    assert r.status_code == 405 and r.json()["detail"] == "method not allowed"


def test_when_scorer_crashes_then_generic_500_with_request_id_and_exception_only_in_log(caplog):
    app = create_app(make_settings(), screener=ExplodingScreener())
    with TestClient(app, raise_server_exceptions=False) as c, caplog.at_level(logging.INFO, logger="adscreen"):
        r = c.post("/v1/screen", json={"text": LURE}, headers={"X-Request-ID": "req-42"})
    assert r.status_code == 500
    assert r.json() == {"detail": "internal error", "request_id": "req-42", "errors": []}
    assert r.headers["x-request-id"] == "req-42"
    assert "hunter2" not in r.text
    crash = [rec for rec in caplog.records if rec.exc_info]
    assert crash and crash[0].request_id == "req-42" and "hunter2" in str(crash[0].exc_info[1])
    access = [rec for rec in caplog.records if getattr(rec, "event", None) == "request"]
    assert access[-1].status == 500
