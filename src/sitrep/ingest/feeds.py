"""RSS 2.0 and Atom feeds, as lists of entries.

feedparser is tolerant: it reads a feed with small syntax errors (its
"bozo" flag) and that is kept, since real feeds often have them; only a
feed it can make nothing of is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import feedparser

from .articles import html_to_text
from .timestamps import parse_timestamp, timestamp_from_struct

# The start of an XML document that is a feed: RSS 2.0, RSS 1.0 (RDF) or Atom.
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_SNIFF_BYTES = 2048


class FeedError(ValueError):
    """The bytes are not a readable RSS or Atom feed."""


@dataclass
class FeedEntry:
    """One item of a feed, its markup stripped."""

    key: str  # what identifies the entry: its link, else its guid
    link: str
    title: str
    text: str
    published_at: str | None
    has_content: bool  # the feed carries the full text, not only a summary


def looks_like_feed(data: bytes) -> bool:
    """Whether ``data`` starts like an RSS or Atom document."""
    return bool(_FEED_ROOT.search(data[:_SNIFF_BYTES]))


def parse_feed(data: bytes) -> list[FeedEntry]:
    """The entries of the feed in ``data``; raises :class:`FeedError` when there is no feed."""
    # Always bytes: given a str, feedparser would treat it as a URL or path.
    parsed = feedparser.parse(bytes(data))
    entries = [_entry(raw) for raw in parsed.entries]
    if parsed.bozo and not any(entry.title or entry.text for entry in entries):
        raise FeedError(f"malformed feed: {parsed.bozo_exception}")
    if not parsed.version and not entries:
        raise FeedError("not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)")
    return entries


def _entry(raw: feedparser.FeedParserDict) -> FeedEntry:
    contents = [c.get("value", "") for c in raw.get("content", []) if c.get("value")]
    content = max(contents, key=len, default="")
    body = content or raw.get("summary", "")
    # feedparser falls back to the guid for `link`; only a web address is a link.
    link = raw.get("link", "")
    if not link.startswith(("http://", "https://")):
        link = ""
    return FeedEntry(
        key=link or raw.get("id", ""),
        link=link,
        title=html_to_text(raw.get("title", "")) if raw.get("title") else "",
        text=html_to_text(body) if body else "",
        published_at=_published(raw),
        has_content=bool(content),
    )


def _published(raw: feedparser.FeedParserDict) -> str | None:
    # The raw string keeps the outlet's UTC offset; the parsed struct is UTC only.
    for name in ("published", "updated"):
        value = raw.get(name)
        if value:
            try:
                return parse_timestamp(value)
            except ValueError:
                pass
        parsed = raw.get(f"{name}_parsed")
        if parsed:
            return timestamp_from_struct(parsed)
    return None
