from __future__ import annotations

from typing import Iterator

import pytest
from fastapi.testclient import TestClient

from service.api import create_app
from service.settings import Settings

from .fakes import FakeScreener

API_KEY = "test-key-0123456789abcdef"

LURE = (
    "URGENT! Factory workers needed in Europe, salary 3000 EUR. Pay a visa fee of 500 USD. "
    "The employer keeps passports for safety. Contact on WhatsApp only."
)


def make_settings(**overrides) -> Settings:
    overrides.setdefault("page_rate_limit_per_minute", 0)
    return Settings(_env_file=None, **overrides)


@pytest.fixture
def screener() -> FakeScreener:
    return FakeScreener()


@pytest.fixture
def client(screener: FakeScreener) -> Iterator[TestClient]:
    app = create_app(make_settings(), screener=screener)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def keyed_client(screener: FakeScreener) -> Iterator[TestClient]:
    app = create_app(make_settings(api_keys=(API_KEY,)), screener=screener)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
