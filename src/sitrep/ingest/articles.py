"""Article text, title and date from HTML pages and HTML fragments.

Trafilatura finds the article body among navigation and boilerplate;
selectolax fills in what it misses (a title, the text of very short pages)
and strips markup from feed summaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from selectolax.lexbor import LexborHTMLParser

from .timestamps import parse_timestamp

# Meta tags that carry a publication time with its UTC offset, in order of trust.
_PUBLISHED_SELECTORS = (
    ('meta[property="article:published_time"]', "content"),
    ('meta[property="og:published_time"]', "content"),
    ('meta[itemprop="datePublished"]', "content"),
    ('meta[name="date"]', "content"),
    ('meta[name="pubdate"]', "content"),
    ("time[datetime]", "datetime"),
)
_TITLE_SELECTORS = (('meta[property="og:title"]', "content"), ("title", None), ("h1", None))
# Closing tags after which a line break belongs, so paragraphs stay apart.
_BLOCK_END = re.compile(r"(</(?:p|div|li|h[1-6]|blockquote|tr|section|article)\s*>|<br\s*/?>)", re.IGNORECASE)


@dataclass
class Article:
    """What a page says, as far as the coding stages care."""

    title: str
    text: str
    published_at: str | None
    url: str


def extract_article(html: str | bytes, url: str = "") -> Article:
    """The article in an HTML page; ``text`` is empty when the page has none."""
    tree = LexborHTMLParser(html)
    # Metadata first: the text fallback below removes page furniture from the tree.
    published_meta = _meta_published(tree)
    fallback_title = _fallback_title(tree)
    canonical = tree.css_first('link[rel="canonical"]')
    page_url = (canonical.attributes.get("href") or "") if canonical else ""
    try:
        extracted = trafilatura.bare_extraction(
            html,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,  # menus and link lists are not part of a report
        )
    except Exception:  # a page trafilatura chokes on still has the selectolax fallback
        extracted = None
    text = (extracted.text or "").strip() if extracted else ""
    if not text:
        text = _visible_text(tree)
    title = (extracted.title or "").strip() if extracted else ""
    # Document.full_text puts the title before the text; keep it there only once.
    first_line, _, rest = text.partition("\n")
    if title and first_line.strip() == title and rest.strip():
        text = rest.strip()
    published_at = published_meta or (_safe_timestamp(extracted.date) if extracted else None)
    return Article(
        title=title or fallback_title,
        text=text,
        published_at=published_at,
        url=page_url if page_url.startswith(("http://", "https://")) else url,
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed summary), one paragraph per line."""
    tree = LexborHTMLParser(_BLOCK_END.sub(r"\1\n", fragment))
    return _visible_text(tree)


def _visible_text(tree: LexborHTMLParser) -> str:
    for node in tree.css("script, style, noscript, nav, header, footer"):
        node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body
    if root is None:
        return ""
    raw = root.text(separator="")
    lines = (" ".join(line.split()) for line in raw.splitlines())
    return "\n".join(line for line in lines if line)


def _meta_published(tree: LexborHTMLParser) -> str | None:
    for selector, attribute in _PUBLISHED_SELECTORS:
        node = tree.css_first(selector)
        value = node.attributes.get(attribute) if node else None
        if value and (parsed := _safe_timestamp(value)):
            return parsed
    return None


def _fallback_title(tree: LexborHTMLParser) -> str:
    for selector, attribute in _TITLE_SELECTORS:
        node = tree.css_first(selector)
        if node is None:
            continue
        value = node.attributes.get(attribute) if attribute else node.text()
        if value and value.strip():
            return " ".join(value.split())
    return ""


def _safe_timestamp(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parse_timestamp(value)
    except ValueError:
        return None
