from __future__ import annotations

from typing import Iterator

import pytest
from fastapi.testclient import TestClient

from service.api import create_app

from api_fakes import API_KEY, FakeScreener, make_settings


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
