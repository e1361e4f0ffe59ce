"""The ingest stage: news reports from files, folders, feeds and web pages.

``read`` turns any mix of inputs into :class:`~sitrep.model.Document`
objects, yielding an :class:`~sitrep.model.IngestError` for each input or
document that cannot be used, so one bad file never stops a run.
``read_jsonl`` reads one JSONL file line by line (``sitrep code`` keeps
its output aligned with it); ``read_sources`` reads the CSV that
describes the outlets.
"""

from .jsonl import read_jsonl
from .reader import read, url_document_id
from .sources import SourcesFileError, read_sources

__all__ = ["SourcesFileError", "read", "read_jsonl", "read_sources", "url_document_id"]
