"""The HTTP API: ``create_app(settings, screener=None)``."""

from .app import create_app, create_app_from_env

__all__ = ["create_app", "create_app_from_env"]
