"""The contract's native input: one JSON document per line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from ..model import Document, IngestError
from .decoding import DecodeError, decode_text
from .records import checked, document_from_record

# Recovers the id of a line that is not valid JSON, so that per-line outputs
# (``sitrep code``) can still say which document failed.
_ID_IN_BROKEN_LINE = re.compile(r'"id"\s*:\s*"([^"\\]{1,200})"')


def read_jsonl(path: str | Path, *, max_bytes: int = 5_000_000) -> Iterator[Document | IngestError]:
    """Each non-blank line of a JSONL file as a checked document or an error naming ``path:line``."""
    for result in jsonl_records(Path(path), max_bytes=max_bytes):
        yield result if isinstance(result, IngestError) else checked(result, max_bytes)


def jsonl_records(path: Path, *, max_bytes: int) -> Iterator[Document | IngestError]:
    """Each non-blank line of a JSONL file as a document, before the checks every document passes."""
    try:
        with path.open("rb") as lines:
            for number, raw in enumerate(lines, start=1):
                origin = f"{path}:{number}"
                if len(raw) > max_bytes:
                    yield IngestError(origin, f"line is {len(raw)} bytes, over the limit of {max_bytes}")
                    continue
                try:
                    line = decode_text(raw)
                except DecodeError as exc:
                    yield IngestError(origin, str(exc))
                    continue
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    found = _ID_IN_BROKEN_LINE.search(line)
                    reason = f"invalid JSON: {exc.msg} at column {exc.colno}"
                    yield IngestError(origin, reason, found.group(1) if found else None)
                    continue
                yield document_from_record(record, origin)
    except OSError as exc:
        yield IngestError(str(path), f"cannot read file: {exc.strerror or exc}")
