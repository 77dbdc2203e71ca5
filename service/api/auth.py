"""Bearer API keys for /v1/*. Open when no keys are configured (logged at start-up)."""

from __future__ import annotations

import hmac

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from . import errors
from .deps import get_settings
from ..settings import Settings

bearer = HTTPBearer(auto_error=False, description="An API key configured with ADSCREEN_API_KEYS.")


def key_matches(candidate: str, keys: tuple[str, ...]) -> bool:
    """Constant-time comparison against every key (no early exit on a match)."""
    given = candidate.encode("utf-8", "surrogatepass")
    matched = False
    for key in keys:
        matched |= hmac.compare_digest(given, key.encode("utf-8"))
    return matched


def require_api_key(
    settings: Settings = Depends(get_settings),
    credentials: HTTPAuthorizationCredentials | None = Depends(bearer),
) -> None:
    if settings.open_mode:
        return
    if credentials is None or not key_matches(credentials.credentials, settings.api_keys):
        raise errors.ApiError(401, errors.UNAUTHORIZED, headers={"WWW-Authenticate": "Bearer"})
