"""The app factory. The model is loaded in the lifespan (never at import), kept on
``app.state`` and reached through dependencies (``deps.py``)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import AsyncIterator

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware import Middleware

from . import errors
from model.types import Ad

from .deps import ScreenerLike, load_screener
from .logs import get_logger
from .metrics import Metrics
from .middleware import BodyLimitMiddleware, RequestContextMiddleware, SecurityHeadersMiddleware
from .routes import ops, v1
from ..settings import Settings

log = get_logger("app")

WARMUP_AD = Ad.from_text("Warehouse staff wanted. Pay a registration fee and send your passport.", id="warmup")

DESCRIPTION = """\
Screens recruitment ads for signs of trafficking, forced labour and job scams, and explains
why: which indicators fired, on which words, and which model terms weighed in.

A score is a reason to look closer, not a verdict.

* Errors are `{"detail": "<stable short string>", "request_id": "...", "errors": [...]}`.
* Limits: 50,000 characters per ad (longer is a 422 `text too long`, never truncated),
  1,000 items per batch, and a request body cap (413 `request body too large`).
* When API keys are configured, `/v1/*` needs `Authorization: Bearer <key>`.
"""


def create_app(settings: Settings, screener: ScreenerLike | None = None) -> FastAPI:
    """Build the app. ``screener`` is for tests and for ``adscreen serve`` (which loads the
    model before binding the port); when None the lifespan loads ``settings.model_path``."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loaded = screener if screener is not None else load_screener(settings.model_path)
        if settings.open_mode:
            log.warning(
                "no API keys configured: /v1 is open to anyone who can reach this address "
                "(set ADSCREEN_API_KEYS for anything beyond local use)",
                extra={"event": "open_mode", "open_mode": True},
            )
        executor = ThreadPoolExecutor(settings.scoring_threads, thread_name_prefix="adscreen-score")
        if settings.warmup:
            await asyncio.get_running_loop().run_in_executor(executor, loaded.score_batch, [WARMUP_AD])
        app.state.screener = loaded
        app.state.executor = executor
        info = loaded.model_info
        log.info(
            "model loaded",
            extra={"event": "ready", "model_version": info.version, "data_fingerprint": info.data_fingerprint},
        )
        try:
            yield
        finally:
            app.state.screener = None
            executor.shutdown(wait=False, cancel_futures=True)

    docs_url = "/docs" if settings.docs_enabled else None
    redoc_url = "/redoc" if settings.docs_enabled else None
    metrics = Metrics()
    app = FastAPI(
        title="adscreen",
        description=DESCRIPTION,
        version="1",
        lifespan=lifespan,
        docs_url=docs_url,
        redoc_url=redoc_url,
        middleware=[
            Middleware(RequestContextMiddleware, metrics=metrics),
            Middleware(SecurityHeadersMiddleware, exempt_paths=[p for p in (docs_url, redoc_url) if p]),
            Middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes),
        ],
    )
    app.state.settings = settings
    app.state.metrics = metrics
    app.state.screener = None
    app.add_exception_handler(RequestValidationError, errors.handle_validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, errors.handle_http_exception)  # type: ignore[arg-type]
    app.include_router(v1)
    app.include_router(ops)
    if settings.page_enabled:
        from ..web.page import mount_page

        mount_page(app, settings)
    return app


def create_app_from_env() -> FastAPI:
    """For ``uvicorn --factory`` (each worker of ``adscreen serve --workers N``)."""
    return create_app(Settings())
