"""Fuzz the API against its own OpenAPI schema (schemathesis, bounded examples, positive and
negative generation): no 5xx, and every response matches the documented status codes, media
types and schemas."""

from __future__ import annotations

import pytest
from api_fakes import FakeScreener, make_settings
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from service.api import create_app  # noqa: E402

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


# Building the app is cheap and loads nothing; the model (a fake here) arrives in the lifespan.
app = create_app(make_settings(), screener=FakeScreener())
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture(scope="module", autouse=True)
def _lifespan():
    with TestClient(app):  # runs the lifespan: the screener and executor are on app.state
        yield


@schema.parametrize()
@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_conforms_to_its_schema(case):
    response = case.call_and_validate(checks=CHECKS)
    assert response.status_code != 503, "the lifespan did not run: the fuzz would not reach the scorer"
    STATUSES.setdefault(f"{case.method} {case.path}", set()).add(response.status_code)


STATUSES: dict[str, set[int]] = {}


def test_fuzzing_reached_both_success_and_client_errors():
    """Runs after the fuzz test in this module (pytest keeps definition order)."""
    if not STATUSES:
        pytest.skip("fuzz test did not run")
    assert 200 in STATUSES["POST /v1/screen"] and 422 in STATUSES["POST /v1/screen"], STATUSES
    assert 200 in STATUSES["POST /v1/screen/batch"], STATUSES
