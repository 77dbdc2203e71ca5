"""The service's one typed settings object.

Built once at start-up (from ``ADSCREEN_*`` environment variables, with command-line
overrides from ``adscreen serve``) and passed down; nothing deeper in the service reads the
environment. Invalid values stop start-up with a clear message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

MIN_API_KEY_CHARS = 16


class Settings(BaseSettings):
    """Everything the HTTP service can be configured with."""

    model_config = SettingsConfigDict(env_prefix="ADSCREEN_", frozen=True, extra="forbid")

    # Where the model artifact lives; None means the artifact shipped with model/.
    model_path: Path | None = None
    # Bearer keys for /v1/*. Empty = open mode (local use; a warning is logged at start-up).
    # From the environment as a comma-separated list: ADSCREEN_API_KEYS=key1,key2
    api_keys: Annotated[tuple[str, ...], NoDecode] = Field(default=(), repr=False)

    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    workers: int = Field(default=1, ge=1, le=64)
    log_level: Literal["debug", "info", "warning", "error"] = "info"

    # Whole request body, enforced while the stream is read (413 above it).
    max_body_bytes: int = Field(default=16 * 1024 * 1024, ge=1024)
    # Threads that run the (CPU-bound) scorer per process; 1 keeps the model single-threaded.
    scoring_threads: int = Field(default=1, ge=1, le=32)
    # Score one short ad during start-up, so lazy initialisation in the model happens before
    # /readyz says ready rather than in the first real request.
    warmup: bool = True

    # The NGO test page at "/" (not under /v1, so it needs no key). It can be switched off,
    # and its form posts are rate-limited per client address (0 = no limit).
    page_enabled: bool = True
    page_rate_limit_per_minute: int = Field(default=30, ge=0)

    # Swagger UI / ReDoc (they load assets from a CDN); /openapi.json is always served.
    docs_enabled: bool = True

    @field_validator("api_keys", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.split(",")
        if isinstance(value, (list, tuple)):
            keys = tuple(str(k).strip() for k in value if str(k).strip())
            short = [k for k in keys if len(k) < MIN_API_KEY_CHARS]
            if short:
                # Never echo the key itself.
                raise ValueError(f"every API key must have at least {MIN_API_KEY_CHARS} characters")
            return keys
        return value

    @property
    def open_mode(self) -> bool:
        return not self.api_keys


def describe_settings_error(exc: ValidationError) -> str:
    """A start-up message for invalid settings that never repeats the offending values
    (they may be API keys)."""
    lines = [f"invalid settings ({exc.error_count()} problem(s)):"]
    for err in exc.errors(include_input=False, include_url=False):
        name = ".".join(str(part) for part in err["loc"]) or "settings"
        lines.append(f"  ADSCREEN_{name.upper()}: {err['msg']}")
    return "\n".join(lines)


def read_api_keys_file(path: Path) -> tuple[str, ...]:
    """One key per line; blank lines and lines starting with '#' are ignored."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.strip().startswith("#"))
