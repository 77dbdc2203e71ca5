"""Dependencies: the settings, the loaded screener and the scoring runner, all taken from
``app.state`` (set in the lifespan), so tests can swap any of them."""

from __future__ import annotations

import asyncio
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Protocol, Sequence

from fastapi import Depends, Request

from model.types import Ad, ModelInfo, Screening

from . import errors
from .metrics import Metrics
from ..settings import Settings


class ScreenerLike(Protocol):
    """What the service uses of ``model.screen.Screener``."""

    model_info: ModelInfo
    metadata: Mapping[str, Any]
    model_card_markdown: str
    taxonomy: Mapping[str, Any]
    taxonomy_version: str
    max_text_chars: int

    def score_batch(self, ads: Sequence[Ad]) -> list[Screening]: ...


class ModelLoadError(RuntimeError):
    """The model could not be loaded; start-up must stop."""


def load_screener(path: Path | None) -> ScreenerLike:
    try:  # imported here: loading the model is start-up work, not import-time work
        from model.artifact import ArtifactError
        from model.screen import Screener
    except ImportError as exc:
        raise ModelLoadError(f"the scoring core is not importable: {exc}") from exc

    where = str(path) if path else "the default artifact"
    try:
        return Screener.load(path)
    except (ArtifactError, FileNotFoundError, OSError) as exc:
        raise ModelLoadError(f"could not load the model from {where}: {exc}") from exc


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_metrics(request: Request) -> Metrics:
    return request.app.state.metrics


def get_screener(request: Request) -> ScreenerLike:
    screener = getattr(request.app.state, "screener", None)
    if screener is None:
        raise errors.ApiError(503, errors.NOT_READY)
    return screener


INLINE_MAX_CHARS = 8_000  # EMSCAD ads: median 2,364 characters, p95 5,221


def _length(ad: Ad) -> int:
    return sum(len(raw) for _, raw in ad.parts())


@dataclass(frozen=True)
class Scorer:
    """Runs ``score_batch`` and records score metrics. The one path the API and the page share.

    A single ad of ordinary length (up to INLINE_MAX_CHARS: a few milliseconds) is scored on
    the event loop itself; batches and long ads go to the app's scoring executor, so neither a
    1,000-ad request nor a 50,000-character paste stalls health checks and other requests.
    Handing every single ad to a thread cost more than the scoring: the hand-off and the GIL
    ping-pong between the loop and the scoring thread cut one worker's throughput from ~320 to
    ~205 requests/s (a one-off development measurement: one worker, 20 httpx clients for 20 s;
    `python -m bench.http` measures the two-worker service as shipped)."""

    screener: ScreenerLike
    executor: Executor | None
    metrics: Metrics

    async def score(self, ads: Sequence[Ad], source: str) -> list[Screening]:
        if not ads:
            return []
        if len(ads) == 1 and _length(ads[0]) <= INLINE_MAX_CHARS:
            screenings = self.screener.score_batch(list(ads))
        else:
            loop = asyncio.get_running_loop()
            screenings = await loop.run_in_executor(self.executor, self.screener.score_batch, list(ads))
        if len(screenings) != len(ads):
            raise RuntimeError(f"score_batch returned {len(screenings)} results for {len(ads)} ads")
        self.metrics.observe_screenings(screenings, source)
        return screenings


def get_scorer(
    request: Request,
    screener: ScreenerLike = Depends(get_screener),
    metrics: Metrics = Depends(get_metrics),
) -> Scorer:
    return Scorer(screener=screener, executor=getattr(request.app.state, "executor", None), metrics=metrics)
