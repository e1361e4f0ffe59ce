"""A read-only web API and viewer over a Sitrep database (FastAPI)."""

from .app import create_app

__all__ = ["create_app"]
