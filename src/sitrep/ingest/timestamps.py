"""Publication timestamps, normalised to ISO 8601.

``published_at`` anchors relative dates ("yesterday", "вчора"), so the UTC
offset an outlet gives is kept rather than converted away.
"""

from __future__ import annotations

import time
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime


def parse_timestamp(value: str) -> str:
    """``value`` (ISO 8601 or RFC 822, as feeds write it) as an ISO 8601 string.

    A bare date stays a date. Raises ``ValueError`` naming the value when it
    is neither form.
    """
    text = value.strip()
    if len(text) == 10:
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    try:
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    raise ValueError(f"'{value}' is not an ISO 8601 date-time (e.g. 2022-10-05T09:30:00+03:00)")


def timestamp_from_struct(value: time.struct_time) -> str:
    """A UTC ``struct_time`` (as feedparser gives) as an ISO 8601 string."""
    return datetime(*value[:6], tzinfo=timezone.utc).isoformat()
