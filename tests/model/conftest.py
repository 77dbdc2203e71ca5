import pytest

from model.indicators import IndicatorEngine


@pytest.fixture(scope="session")
def engine() -> IndicatorEngine:
    """One indicator engine for every model test (loading it parses all pattern files)."""
    return IndicatorEngine.load()
