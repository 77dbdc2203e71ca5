"""API keys: /v1/* needs a Bearer key when keys are configured; the page and ops do not."""

from __future__ import annotations

import logging

import pytest
from api_fakes import API_KEY, LURE, FakeScreener, make_settings
from fastapi.testclient import TestClient
from pydantic import ValidationError

from service.api import create_app
from service.api.auth import key_matches
from service.settings import Settings

V1_CALLS = [
    ("post", "/v1/screen", {"text": LURE}),
    ("post", "/v1/screen/batch", {"items": [{"text": LURE}]}),
    ("get", "/v1/indicators", None),
    ("get", "/v1/model", None),
]


@pytest.mark.parametrize("method, path, body", V1_CALLS)
@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong-key-0123456789"}, {"Authorization": API_KEY}, {"Authorization": f"Basic {API_KEY}"}],
)
def test_when_keys_are_configured_and_key_is_missing_or_wrong_then_401(keyed_client, method, path, body, headers):
    r = keyed_client.request(method, path, json=body, headers=headers)
    assert r.status_code == 401
    assert r.json()["detail"] == "missing or invalid API key"
    assert r.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("method, path, body", V1_CALLS)
def test_when_key_is_right_then_v1_answers(keyed_client, method, path, body):
    r = keyed_client.request(method, path, json=body, headers={"Authorization": f"Bearer {API_KEY}"})
    assert r.status_code == 200


def test_when_keys_are_configured_then_page_and_operations_stay_open(keyed_client):
    for path in ("/", "/healthz", "/readyz", "/metrics", "/openapi.json"):
        assert keyed_client.get(path).status_code == 200, path
    assert keyed_client.post("/", data={"text": LURE}).status_code == 200


def test_when_no_keys_are_configured_then_open_mode_is_logged_at_startup(caplog):
    with caplog.at_level(logging.WARNING, logger="adscreen"):
        with TestClient(create_app(make_settings(), screener=FakeScreener())) as c:
            assert c.post("/v1/screen", json={"text": LURE}).status_code == 200
    assert any(getattr(r, "event", None) == "open_mode" for r in caplog.records)


def test_when_keys_are_configured_then_no_open_mode_warning_and_key_never_logged(caplog):
    with caplog.at_level(logging.DEBUG):
        with TestClient(create_app(make_settings(api_keys=(API_KEY,)), screener=FakeScreener())) as c:
            c.post("/v1/screen", json={"text": LURE}, headers={"Authorization": f"Bearer {API_KEY}"})
            c.post("/v1/screen", json={"text": LURE}, headers={"Authorization": "Bearer guessed-key-000000000"})
    assert not any(getattr(r, "event", None) == "open_mode" for r in caplog.records)
    assert API_KEY not in caplog.text and "guessed-key" not in caplog.text


def test_keys_come_from_a_comma_separated_env_var(monkeypatch):
    monkeypatch.setenv("ADSCREEN_API_KEYS", f" {API_KEY} ,,second-key-0123456789 ")
    assert Settings(_env_file=None).api_keys == (API_KEY, "second-key-0123456789")


def test_short_keys_are_refused_without_echoing_them(monkeypatch):
    monkeypatch.setenv("ADSCREEN_API_KEYS", "tiny")
    with pytest.raises(ValidationError) as info:
        Settings(_env_file=None)
    from service.settings import describe_settings_error

    assert "tiny" not in describe_settings_error(info.value)
    assert "tiny" not in repr(Settings(_env_file=None, api_keys=(API_KEY,)))


def test_key_comparison_checks_every_key():
    assert key_matches(API_KEY, ("other-key-0123456789", API_KEY))
    assert not key_matches(API_KEY[:-1], (API_KEY,))
    assert not key_matches("", (API_KEY,))
    assert not key_matches("\ud800", (API_KEY,))
