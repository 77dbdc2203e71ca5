"""The body cap: enforced while reading the stream, with or without a truthful Content-Length."""

from __future__ import annotations

import asyncio
import json

from api_fakes import FakeScreener
from api_fakes import make_settings
from fastapi.testclient import TestClient

from service.api import create_app
from service.api.middleware import BodyLimitMiddleware

CAP = 4096


def _client() -> TestClient:
    return TestClient(create_app(make_settings(max_body_bytes=CAP), screener=FakeScreener()))


def test_when_content_length_is_over_the_cap_then_413_before_reading():
    with _client() as c:
        r = c.post("/v1/screen", content=json.dumps({"text": "a" * 5000}), headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert r.json()["detail"] == "request body too large"
    assert r.headers["x-request-id"]


def test_when_body_is_chunked_without_content_length_then_413_once_the_cap_is_passed():
    def chunks():
        yield b'{"text": "'
        for _ in range(100):
            yield b"a" * 1000
        yield b'"}'

    with _client() as c:
        r = c.post("/v1/screen", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["detail"] == "request body too large"


def test_when_body_is_under_the_cap_then_it_reaches_the_app():
    with _client() as c:
        r = c.post("/v1/screen", json={"text": "Pay a visa fee"})
    assert r.status_code == 200


def _run_middleware(headers, messages):
    """Drive the middleware directly with a lying Content-Length and count body reads."""
    reads = 0
    sent = []
    reached = []

    async def app(scope, receive, send):
        reached.append(await receive())

    async def receive():
        nonlocal reads
        reads += 1
        return messages[reads - 1]

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/v1/screen", "headers": headers, "state": {}}
    asyncio.run(BodyLimitMiddleware(app, max_bytes=CAP)(scope, receive, send))
    return reads, sent, reached


def test_when_content_length_lies_low_then_the_stream_is_still_capped():
    chunk = {"type": "http.request", "body": b"x" * 3000, "more_body": True}
    reads, sent, reached = _run_middleware([(b"content-length", b"10")], [chunk, chunk, chunk, chunk])
    assert reads == 2  # stopped as soon as 6000 > 4096
    assert sent[0]["status"] == 413 and not reached


def test_when_content_length_is_not_a_number_then_400():
    reads, sent, _ = _run_middleware([(b"content-length", b"12abc")], [])
    assert reads == 0 and sent[0]["status"] == 400
    assert json.loads(sent[1]["body"])["detail"] == "invalid Content-Length header"


def test_when_body_is_within_cap_then_the_app_receives_it_whole():
    msgs = [
        {"type": "http.request", "body": b"ab", "more_body": True},
        {"type": "http.request", "body": b"cd", "more_body": False},
    ]
    _, sent, reached = _run_middleware([], msgs)
    assert reached == [{"type": "http.request", "body": b"abcd", "more_body": False}]
