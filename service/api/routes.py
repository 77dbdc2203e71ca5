"""The HTTP API: /v1/* (behind API keys when configured) and the operational endpoints."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Request
from fastapi.responses import JSONResponse, Response

from . import errors
from .auth import require_api_key
from .deps import Scorer, ScreenerLike, get_metrics, get_scorer, get_screener
from .mapping import json_safe, model_info, to_ad, to_indicator_info, to_response
from .metrics import CONTENT_TYPE, Metrics
from .schemas import (
    BATCH_EXAMPLES,
    SCREEN_EXAMPLES,
    AdInput,
    BatchEntry,
    BatchRequest,
    BatchResponse,
    ErrorResponse,
    HealthResponse,
    IndicatorsResponse,
    ModelResponse,
    ReadyResponse,
    ScreenRequest,
    ScreenResponse,
)


def _error(description: str) -> dict[str, Any]:
    return {"model": ErrorResponse, "description": description}


COMMON_ERRORS: dict[int | str, dict[str, Any]] = {
    401: _error(f"`{errors.UNAUTHORIZED}` (only when API keys are configured)"),
    500: _error(f"`{errors.INTERNAL_ERROR}`; the request id is in the body and the log"),
    503: _error(f"`{errors.NOT_READY}`"),
}
BODY_ERRORS: dict[int | str, dict[str, Any]] = {
    400: _error(f"`{errors.INVALID_UTF8}`, `{errors.TOO_DEEPLY_NESTED}`, `{errors.BAD_CONTENT_LENGTH}`"),
    413: _error(f"`{errors.BODY_TOO_LARGE}` (the body cap, ADSCREEN_MAX_BODY_BYTES)"),
    415: _error(f"`{errors.UNSUPPORTED_MEDIA_TYPE}`"),
    422: _error(
        f"`{errors.MALFORMED_JSON}`, `{errors.TEXT_TOO_LONG}`, `{errors.TOO_MANY_ITEMS}`, "
        f"`{errors.INVALID_REQUEST}` or `{errors.AD_NOT_SCORABLE}`; `errors` lists the fields"
    ),
}

v1 = APIRouter(prefix="/v1", dependencies=[Depends(require_api_key)], responses=COMMON_ERRORS)
ops = APIRouter()


@v1.post(
    "/screen",
    response_model=ScreenResponse,
    responses=BODY_ERRORS,
    summary="Screen one ad",
    tags=["screening"],
)
async def screen(
    payload: Annotated[ScreenRequest, Body(openapi_examples=SCREEN_EXAMPLES)],
    request: Request,
    scorer: Scorer = Depends(get_scorer),
) -> ScreenResponse:
    """Score one ad (free `text` or structured `fields`) and explain the score."""
    [screening] = await scorer.score([to_ad(payload)], source="api")
    if screening.error:
        raise errors.ApiError(
            422, errors.AD_NOT_SCORABLE, [{"loc": ["body"], "msg": screening.error, "type": "not_scorable"}]
        )
    return to_response(screening, scorer.screener.taxonomy, payload.options.explain)


@v1.post(
    "/screen/batch",
    response_model=BatchResponse,
    responses=BODY_ERRORS,
    summary="Screen up to 1,000 ads",
    tags=["screening"],
)
async def screen_batch(
    payload: Annotated[BatchRequest, Body(openapi_examples=BATCH_EXAMPLES)],
    request: Request,
    scorer: Scorer = Depends(get_scorer),
) -> BatchResponse:
    """Each item is validated and scored on its own: a bad item gets an entry with `error`
    (and `result: null`) in its place; `results[i]` always answers `items[i]`."""
    rid = errors.request_id_of(request)
    valid = [(i, item) for i, item in enumerate(payload.items) if isinstance(item, AdInput)]
    screenings = await scorer.score([to_ad(item) for _, item in valid], source="batch")
    entries: list[BatchEntry | None] = [None] * len(payload.items)
    for (i, item), s in zip(valid, screenings):
        if s.error:
            error = errors.error_body(
                errors.AD_NOT_SCORABLE, rid, [{"loc": ["items", i], "msg": s.error, "type": "not_scorable"}]
            )
            entries[i] = BatchEntry.model_validate({"index": i, "id": item.id, "result": None, "error": error})
        else:
            result = to_response(s, scorer.screener.taxonomy, payload.options.explain)
            entries[i] = BatchEntry(index=i, id=item.id, result=result, error=None)
    for i, item in enumerate(payload.items):
        if entries[i] is None:
            raw = errors.clean_validation_errors(item.errors)
            located = [{**e, "loc": ["items", i, *e["loc"]]} for e in raw]
            detail = errors.detail_for_validation_errors(raw)
            entries[i] = BatchEntry.model_validate(
                {"index": i, "id": None, "result": None, "error": errors.error_body(detail, rid, located)}
            )
    return BatchResponse(results=[e for e in entries if e is not None], model=model_info(scorer.screener.model_info))


@v1.get("/indicators", response_model=IndicatorsResponse, summary="The indicator taxonomy", tags=["reference"])
async def indicators(screener: ScreenerLike = Depends(get_screener)) -> IndicatorsResponse:
    """Every indicator the service can report, with its plain-language explanation and the
    public sources that make it a red flag."""
    return IndicatorsResponse(
        taxonomy_version=screener.taxonomy_version,
        indicators=[to_indicator_info(info) for info in screener.taxonomy.values()],
    )


@v1.get("/model", response_model=ModelResponse, summary="Model card and metrics", tags=["reference"])
async def model(screener: ScreenerLike = Depends(get_screener)) -> ModelResponse:
    return ModelResponse(
        model=model_info(screener.model_info),
        taxonomy_version=screener.taxonomy_version,
        max_text_chars=screener.max_text_chars,
        metadata=json_safe(screener.metadata),
        model_card=screener.model_card_markdown,
    )


@ops.get("/healthz", response_model=HealthResponse, tags=["operations"], summary="Liveness")
async def healthz() -> HealthResponse:
    return HealthResponse(status="ok")


@ops.get(
    "/readyz",
    response_model=ReadyResponse,
    responses={503: _error(f"`{errors.NOT_READY}`")},
    tags=["operations"],
    summary="Readiness: the model is loaded",
)
async def readyz(request: Request) -> Any:
    screener = getattr(request.app.state, "screener", None)
    if screener is None:
        return JSONResponse(errors.error_body(errors.NOT_READY, errors.request_id_of(request)), status_code=503)
    return ReadyResponse(status="ready", model=model_info(screener.model_info))


@ops.get("/metrics", include_in_schema=False)
async def metrics(m: Metrics = Depends(get_metrics)) -> Response:
    return Response(m.render(), media_type=CONTENT_TYPE)
