"""The store adapter: DuckDB by default."""

from .duckdb_store import Store, StoreError

__all__ = ["Store", "StoreError"]
