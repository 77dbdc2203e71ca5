"""Error responses: one JSON shape, short stable ``detail`` strings, no exception text.

Every error the service returns is ``{"detail": <one of the strings below>, "request_id":
..., "errors": [...]}``. Tests and clients match on ``detail``; ``errors`` carries per-field
messages for validation failures (never the offending input).
"""

from __future__ import annotations

import json
from typing import Any, Sequence

from fastapi import HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

# Stable detail strings. Changing one is a breaking API change.
BODY_TOO_LARGE = "request body too large"
BAD_CONTENT_LENGTH = "invalid Content-Length header"
MALFORMED_JSON = "malformed JSON"
INVALID_UTF8 = "request body is not valid UTF-8"
TOO_DEEPLY_NESTED = "JSON nested too deeply"
UNREADABLE_BODY = "request body could not be read"
UNSUPPORTED_MEDIA_TYPE = "content type must be application/json"
INVALID_REQUEST = "invalid request"
TEXT_TOO_LONG = "text too long"
TOO_MANY_ITEMS = "too many items in batch"
AD_NOT_SCORABLE = "ad could not be screened"
UNAUTHORIZED = "missing or invalid API key"
NOT_FOUND = "not found"
METHOD_NOT_ALLOWED = "method not allowed"
RATE_LIMITED = "too many requests"
NOT_READY = "model not loaded"
INTERNAL_ERROR = "internal error"

_STATUS_DETAILS = {404: NOT_FOUND, 405: METHOD_NOT_ALLOWED}


class ApiError(HTTPException):
    """A domain error with a stable detail string (and optional per-field errors)."""

    def __init__(
        self,
        status_code: int,
        detail: str,
        errors: Sequence[dict[str, Any]] = (),
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(status_code=status_code, detail=detail, headers=headers)
        self.errors = list(errors)


def request_id_of(request: Request) -> str | None:
    return getattr(request.state, "request_id", None)


def error_body(detail: str, request_id: str | None, errors: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    return {"detail": detail, "request_id": request_id, "errors": list(errors)}


def error_response(
    status_code: int,
    detail: str,
    request_id: str | None,
    errors: Sequence[dict[str, Any]] = (),
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(error_body(detail, request_id, errors), status_code=status_code, headers=headers)


def clean_validation_errors(raw: Sequence[Any]) -> list[dict[str, Any]]:
    """pydantic/FastAPI error dicts -> ``{loc, msg, type}``, dropping ``input`` and ``ctx``
    (they can echo ad text and are not always JSON-serialisable)."""
    cleaned = []
    for err in raw:
        loc = [part if isinstance(part, (int, str)) else str(part) for part in err.get("loc", ())]
        cleaned.append({"loc": loc, "msg": str(err.get("msg", "")), "type": str(err.get("type", ""))})
    return cleaned


def detail_for_validation_errors(errors: Sequence[dict[str, Any]]) -> str:
    types = {e["type"] for e in errors}
    if "json_invalid" in types:
        return MALFORMED_JSON
    if types & {"string_too_long", "text_too_long"}:
        return TEXT_TOO_LONG
    if any(e["type"] == "too_long" and e["loc"][-1:] == ["items"] for e in errors):
        return TOO_MANY_ITEMS
    return INVALID_REQUEST


def _is_json_content_type(value: str | None) -> bool:
    if not value:
        return True  # FastAPI treats a missing content type as JSON-less; validation reports it
    media = value.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


async def handle_validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    rid = request_id_of(request)
    if request.method in ("POST", "PUT", "PATCH") and not _is_json_content_type(request.headers.get("content-type")):
        return error_response(415, UNSUPPORTED_MEDIA_TYPE, rid)
    errors = clean_validation_errors(exc.errors())
    return error_response(422, detail_for_validation_errors(errors), rid, errors)


def _body_parse_detail(exc: BaseException) -> str:
    cause = exc.__cause__
    if isinstance(cause, UnicodeDecodeError):
        return INVALID_UTF8
    if isinstance(cause, RecursionError):
        return TOO_DEEPLY_NESTED
    if isinstance(cause, (json.JSONDecodeError, ValueError)):
        return MALFORMED_JSON
    return UNREADABLE_BODY


async def handle_http_exception(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    rid = request_id_of(request)
    headers = getattr(exc, "headers", None)
    if isinstance(exc, ApiError):
        return error_response(exc.status_code, str(exc.detail), rid, exc.errors, headers)
    if exc.status_code == 400:
        # FastAPI's "There was an error parsing the body" (invalid UTF-8, RecursionError...).
        return error_response(400, _body_parse_detail(exc), rid, headers=headers)
    detail = _STATUS_DETAILS.get(exc.status_code, INVALID_REQUEST if exc.status_code < 500 else INTERNAL_ERROR)
    return error_response(exc.status_code, detail, rid, headers=headers)
