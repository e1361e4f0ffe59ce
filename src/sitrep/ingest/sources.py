"""The sources file: one row per outlet (``id,name,language,country,ownership``)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..model import INDEPENDENT, STATE, Source

_REQUIRED_COLUMNS = ("id", "ownership")
_COLUMNS = ("id", "name", "language", "country", "ownership")
_OWNERSHIPS = (STATE, INDEPENDENT, "")


class SourcesFileError(ValueError):
    """A sources file that cannot be used; the message names each bad line."""


def read_sources(path: str | Path) -> dict[str, Source]:
    """The outlets in a sources CSV, by id.

    Raises :class:`SourcesFileError` naming the file and every bad line
    (missing id, unknown ownership, duplicate id, wrong number of fields).
    """
    try:
        content = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesFileError(f"{path}: cannot read the sources file: {exc}") from exc
    reader = csv.reader(io.StringIO(content))
    header = [name.strip().lower() for name in next(reader, [])]
    missing = [name for name in _REQUIRED_COLUMNS if name not in header]
    if missing:
        raise SourcesFileError(
            f"{path}:1: header lacks column(s) {', '.join(missing)}; expected {','.join(_COLUMNS)}"
        )
    sources: dict[str, Source] = {}
    problems: list[str] = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(f"{path}:{line}: expected {len(header)} fields, found {len(row)}")
            continue
        values = {name: cell.strip() for name, cell in zip(header, row)}
        source_id = values["id"]
        ownership = values["ownership"].lower()
        if not source_id:
            problems.append(f"{path}:{line}: empty id")
        elif source_id in sources:
            problems.append(f"{path}:{line}: duplicate id '{source_id}'")
        elif ownership not in _OWNERSHIPS:
            problems.append(f"{path}:{line}: ownership '{values['ownership']}' is not '{STATE}' or '{INDEPENDENT}'")
        else:
            sources[source_id] = Source(
                id=source_id,
                name=values.get("name", ""),
                language=values.get("language", "").lower(),
                country=values.get("country", "").upper(),
                ownership=ownership,
            )
    if problems:
        raise SourcesFileError("bad sources file:\n" + "\n".join(problems))
    return sources
