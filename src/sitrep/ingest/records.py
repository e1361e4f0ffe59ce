"""Documents from JSON records: the contract's native JSONL format.

Every other reader ends by building a :class:`Document`; this module holds
the checks every document passes, wherever it came from.
"""

from __future__ import annotations

from typing import Any

from ..model import Document, IngestError
from ..nlp import detect_language
from .timestamps import parse_timestamp

# Optional string fields of a record and the Document attribute each fills.
_OPTIONAL_TEXT_FIELDS = ("source", "url", "title", "language")


def document_from_record(record: Any, origin: str) -> Document | IngestError:
    """A document from one decoded JSON value, or the reason it is not one."""
    if not isinstance(record, dict):
        return IngestError(origin, f"expected a JSON object with 'id' and 'text', got {_json_type(record)}")
    doc_id = record.get("id")
    if doc_id is None or doc_id == "":
        return IngestError(origin, "missing required field 'id'")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
        return IngestError(origin, f"'id' must be a string, got {_json_type(doc_id)}")
    doc_id = str(doc_id).strip()

    def failure(reason: str) -> IngestError:
        return IngestError(origin, f"document '{doc_id}': {reason}", doc_id)

    text = record.get("text")
    if text is None:
        return failure("missing required field 'text'")
    if not isinstance(text, str):
        return failure(f"'text' must be a string, got {_json_type(text)}")
    fields: dict[str, str] = {}
    for name in _OPTIONAL_TEXT_FIELDS:
        value = record.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            return failure(f"'{name}' must be a string, got {_json_type(value)}")
        fields[name] = value.strip()
    published_at = record.get("published_at")
    if published_at in (None, ""):
        published_at = None
    elif not isinstance(published_at, str):
        return failure(f"'published_at' must be a string, got {_json_type(published_at)}")
    else:
        try:
            published_at = parse_timestamp(published_at)
        except ValueError as exc:
            return failure(f"published_at {exc}")
    return Document(
        id=doc_id,
        text=text,
        source=fields.get("source", ""),
        url=fields.get("url", ""),
        published_at=published_at,
        language=fields.get("language", "").lower() or None,
        title=fields.get("title", ""),
        origin=origin,
    )


def checked(doc: Document, max_bytes: int) -> Document | IngestError:
    """``doc`` if it has usable text within ``max_bytes``, its language filled in."""
    if not doc.text.strip():
        return IngestError(doc.origin, f"document '{doc.id}': empty text", doc.id)
    size = len(doc.text.encode("utf-8"))
    if size > max_bytes:
        return IngestError(
            doc.origin,
            f"document '{doc.id}': text is {size} bytes, over the limit of {max_bytes}; "
            "split it or raise max_bytes",
            doc.id,
        )
    if not doc.language:
        doc.language = detect_language(doc.full_text)
    return doc


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"
