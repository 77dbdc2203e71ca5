"""``adscreen serve``: run the HTTP API and the test page with uvicorn.

The model is loaded before the port is bound, so a missing or invalid model (or invalid
settings) stops start-up with a one-line message and exit status 2. Settings come from
``ADSCREEN_*`` environment variables; the options below override them. API keys are read
from ``ADSCREEN_API_KEYS`` or ``--api-keys-file`` (never from the command line, where
they would show up in the process list).
"""

from __future__ import annotations

import argparse
import logging.config
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

# The web stack (FastAPI, pydantic) is imported when the server runs, not when `adscreen`
# builds its parser: `adscreen score` should not carry it (about 35 MB and 0.2 s).
if TYPE_CHECKING:
    from .settings import Settings


def add_serve_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "serve",
        help="run the HTTP API and the NGO test page",
        description="Run the HTTP API (/v1/*) and the test page (/) with uvicorn. "
        "Options override ADSCREEN_* environment variables.",
    )
    p.add_argument("--host", help="address to bind (default 127.0.0.1; ADSCREEN_HOST)")
    p.add_argument("--port", type=int, help="port to bind (default 8000; ADSCREEN_PORT)")
    p.add_argument("--workers", type=int, help="worker processes (default 1; ADSCREEN_WORKERS)")
    p.add_argument("--model", type=Path, help="model artifact path (default: the shipped model; ADSCREEN_MODEL_PATH)")
    p.add_argument(
        "--api-keys-file",
        type=Path,
        help="file with one API key per line; when keys are set /v1/* needs 'Authorization: Bearer <key>' "
        "(or set ADSCREEN_API_KEYS=key1,key2)",
    )
    p.add_argument("--log-level", choices=["debug", "info", "warning", "error"], help="(default info; ADSCREEN_LOG_LEVEL)")
    p.add_argument("--no-page", action="store_true", help="do not serve the test page at / (ADSCREEN_PAGE_ENABLED=false)")
    p.add_argument("--max-body-bytes", type=int, help="request body cap (default 16 MiB; ADSCREEN_MAX_BODY_BYTES)")
    p.set_defaults(func=run_serve)
    return p


def build_settings(args: argparse.Namespace) -> Settings:
    from .settings import Settings, read_api_keys_file

    overrides: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "workers": args.workers,
        "model_path": args.model,
        "log_level": args.log_level,
        "max_body_bytes": args.max_body_bytes,
    }
    if args.no_page:
        overrides["page_enabled"] = False
    if args.api_keys_file is not None:
        overrides["api_keys"] = read_api_keys_file(args.api_keys_file)
    return Settings(**{k: v for k, v in overrides.items() if v is not None})


def settings_to_env(settings: Settings) -> dict[str, str]:
    """The environment that makes ``Settings()`` in a worker process equal ``settings``."""
    from .settings import Settings

    env = {}
    for name in Settings.model_fields:
        value = getattr(settings, name)
        if value is None:
            continue
        if isinstance(value, tuple):
            value = ",".join(value)
        elif isinstance(value, bool):
            value = "true" if value else "false"
        env[f"ADSCREEN_{name.upper()}"] = str(value)
    return env


_CHECK_MODEL = """
import sys
from pathlib import Path
from service.api.deps import ModelLoadError, load_screener
try:
    load_screener(Path(sys.argv[1]) if sys.argv[1] else None)
except ModelLoadError as exc:
    print(exc, file=sys.stderr)
    sys.exit(2)
"""


def check_model_in_child(path: Path | None) -> str | None:
    """Load the model in a child process; return its error message, or None if it loads."""
    import subprocess

    proc = subprocess.run(
        [sys.executable, "-c", _CHECK_MODEL, str(path) if path else ""], capture_output=True, text=True
    )
    if proc.returncode == 0:
        return None
    lines = [line for line in proc.stderr.strip().splitlines() if line.strip()]
    return lines[-1] if lines else f"the model check exited with status {proc.returncode}"


def run_serve(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from .api.deps import ModelLoadError, load_screener
    from .api.logs import get_logger, logging_config
    from .settings import describe_settings_error

    import uvicorn

    try:
        settings = build_settings(args)
    except ValidationError as exc:
        print(f"adscreen serve: {describe_settings_error(exc)}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"adscreen serve: cannot read the API keys file: {exc.strerror or exc}", file=sys.stderr)
        return 2

    log_config = logging_config(settings.log_level)
    logging.config.dictConfig(log_config)
    log = get_logger("serve")
    if settings.workers == 1:
        try:
            screener = load_screener(settings.model_path)
        except ModelLoadError as exc:
            print(f"adscreen serve: {exc}", file=sys.stderr)
            return 2
    else:
        # With several workers the supervisor only supervises: the model is checked in a
        # child process (same code path, same message), so the supervisor never holds it.
        problem = check_model_in_child(settings.model_path)
        if problem:
            print(f"adscreen serve: {problem}", file=sys.stderr)
            return 2

    log.info(
        "starting",
        extra={"event": "starting", "host": settings.host, "port": settings.port, "workers": settings.workers},
    )
    common = dict(
        host=settings.host,
        port=settings.port,
        log_config=log_config,
        access_log=False,
        server_header=False,
        timeout_graceful_shutdown=10,
    )
    if settings.workers == 1:
        from .api import create_app

        uvicorn.run(create_app(settings, screener=screener), **common)
    else:
        # Workers are separate processes: each builds the same settings from the environment
        # and loads the model in its lifespan (checked above, so it is known to load).
        os.environ.update(settings_to_env(settings))
        uvicorn.run("service.api.app:create_app_from_env", factory=True, workers=settings.workers, **common)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service.serve")
    sub = parser.add_subparsers(dest="command", required=True)
    add_serve_parser(sub)
    args = parser.parse_args(["serve", *(sys.argv[1:] if argv is None else argv)])
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
