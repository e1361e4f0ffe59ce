"""``read``: every kind of input Sitrep accepts, as documents or errors.

Inputs are told apart by form: an http(s) URL is fetched and read as a
feed or a page by what comes back; a folder is walked for the file types
below; a file is read by its suffix. Every document ends in
:func:`records.checked`, so the same limits hold whatever its origin.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx

from ..model import Document, IngestError
from .articles import extract_article
from .decoding import DecodeError, decode_text
from .feeds import FeedEntry, FeedError, looks_like_feed, parse_feed
from .jsonl import jsonl_records
from .records import checked, document_from_record
from .web import FetchError, Fetcher, host_of, normalize_url

_JSONL = {".jsonl", ".ndjson"}
_JSON = {".json"}
_PLAIN = {".txt"}
_MARKDOWN = {".md", ".markdown"}
_HTML = {".html", ".htm"}
_FEED = {".xml", ".rss", ".atom"}
_URL_LIST = {".urls"}
_KNOWN_SUFFIXES = _JSONL | _JSON | _PLAIN | _MARKDOWN | _HTML | _FEED | _URL_LIST
_EXPECTED = ".jsonl, .json, .txt, .md, .html, .xml/.rss/.atom or .urls"

# A feed entry with a summary shorter than this (in words) and no full
# content is a teaser: the linked page holds the report.
SHORT_SUMMARY_WORDS = 60
# A first line this short or shorter is taken as a text file's title.
MAX_TITLE_CHARS = 150

_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*", re.MULTILINE)
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(\S(?:.*?\S)?)\1")


def read(
    inputs: Iterable[str | Path],
    *,
    client: httpx.Client | None = None,
    max_bytes: int = 5_000_000,
    min_host_interval: float = 1.0,
    retries: int = 2,
    retry_backoff: float = 1.0,
    follow_feed_links: bool = True,
) -> Iterator[Document | IngestError]:
    """Every document in ``inputs``, in order, and an :class:`IngestError` for each that fails.

    ``inputs`` mixes JSONL files, folders, .txt/.md/.html/.json files,
    RSS/Atom files, files of URLs (.urls, or .txt with one URL a line),
    feed URLs and page URLs. Nothing in one input stops the others.

    ``client`` replaces the default HTTP client (10 s connect, 20 s read
    timeouts); ``max_bytes`` bounds a document and a response;
    ``min_host_interval`` is the least number of seconds between two
    requests to one host; failed connections and server errors are retried
    ``retries`` times, after ``retry_backoff`` seconds, then twice that.
    ``follow_feed_links`` fetches the page of a feed entry that carries
    only a short summary. A URL is fetched once per call however often it
    is given.
    """
    with Fetcher(
        client,
        max_bytes=max_bytes,
        min_host_interval=min_host_interval,
        retries=retries,
        retry_backoff=retry_backoff,
    ) as fetcher:
        reader = _Reader(fetcher, max_bytes=max_bytes, follow_feed_links=follow_feed_links)
        for item in inputs:
            for result in reader.read_input(str(item)):
                yield result if isinstance(result, IngestError) else checked(result, max_bytes)


def url_document_id(url: str) -> str:
    """The id of a document read from ``url``: the same URL always gives the same id."""
    return "web-" + hashlib.sha1(normalize_url(url).encode("utf-8")).hexdigest()[:16]


class _Reader:
    """The state of one ``read`` call: the fetcher and the URLs already read."""

    def __init__(self, fetcher: Fetcher, *, max_bytes: int, follow_feed_links: bool) -> None:
        self.fetcher = fetcher
        self.max_bytes = max_bytes
        self.follow_feed_links = follow_feed_links
        self.seen_urls: set[str] = set()

    def read_input(self, item: str) -> Iterator[Document | IngestError]:
        if _URL.match(item):
            yield from self.read_url(item)
            return
        if "://" in item:
            yield IngestError(item, "unsupported URL scheme: only http:// and https:// URLs are fetched")
            return
        path = Path(item)
        if path.is_dir():
            yield from self.read_folder(path)
        elif path.is_file():
            yield from self.read_file(path, doc_key=path.name, in_folder=False)
        elif path.exists():
            yield IngestError(item, "not a regular file or folder")
        else:
            yield IngestError(item, "no such file or folder")

    def read_folder(self, folder: Path) -> Iterator[Document | IngestError]:
        root_name = folder.resolve().name
        try:
            files = sorted(
                path
                for path in folder.rglob("*")
                if path.suffix.lower() in _KNOWN_SUFFIXES
                and not any(part.startswith(".") for part in path.relative_to(folder).parts)
                and path.is_file()
            )
        except OSError as exc:
            yield IngestError(str(folder), f"cannot list folder: {exc.strerror or exc}")
            return
        if not files:
            yield IngestError(str(folder), f"no readable files in folder (expected {_EXPECTED})")
        for path in files:
            key = f"{root_name}/{path.relative_to(folder).as_posix()}"
            yield from self.read_file(path, doc_key=key, in_folder=True)

    def read_file(self, path: Path, *, doc_key: str, in_folder: bool) -> Iterator[Document | IngestError]:
        suffix = path.suffix.lower()
        origin = str(path)
        if suffix in _JSONL:
            yield from jsonl_records(path, max_bytes=self.max_bytes)
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield IngestError(origin, f"cannot read file: {exc.strerror or exc}")
            return
        if suffix in _JSON:
            yield from self.read_json(data, origin)
        elif suffix in _FEED or (suffix not in _KNOWN_SUFFIXES and looks_like_feed(data)):
            yield from self.read_feed(data, origin)
        elif suffix in _HTML or (suffix not in _KNOWN_SUFFIXES and _looks_like_html(data)):
            yield self.html_file_document(data, origin, doc_key)
        elif suffix in _URL_LIST | _PLAIN | _MARKDOWN:
            try:
                text = decode_text(data)
            except DecodeError as exc:
                yield IngestError(origin, str(exc))
                return
            if suffix in _URL_LIST or (suffix in _PLAIN and _is_url_list(text)):
                yield from self.read_url_list(text, origin)
            else:
                yield self.text_file_document(text, origin, doc_key, markdown=suffix in _MARKDOWN, size=len(data))
        elif not in_folder:
            yield IngestError(origin, f"unsupported file type '{suffix or '(none)'}'; expected {_EXPECTED}")

    def read_json(self, data: bytes, origin: str) -> Iterator[Document | IngestError]:
        try:
            value = json.loads(decode_text(data))
        except DecodeError as exc:
            yield IngestError(origin, str(exc))
            return
        except json.JSONDecodeError as exc:
            yield IngestError(origin, f"invalid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")
            return
        if isinstance(value, list):
            for index, record in enumerate(value):
                yield document_from_record(record, f"{origin}[{index}]")
        else:
            yield document_from_record(value, origin)

    def read_url_list(self, text: str, origin: str) -> Iterator[Document | IngestError]:
        for number, line in enumerate(text.splitlines(), start=1):
            entry = line.strip()
            if not entry or entry.startswith("#"):
                continue
            if _URL.match(entry):
                yield from self.read_url(entry)
            else:
                yield IngestError(f"{origin}:{number}", f"not an http(s) URL: {entry[:80]!r}")

    def read_url(self, url: str) -> Iterator[Document | IngestError]:
        key = normalize_url(url)
        if key in self.seen_urls:
            return
        self.seen_urls.add(key)
        try:
            fetched = self.fetcher.fetch(url)
        except FetchError as exc:
            yield IngestError(url, str(exc))
            return
        if "html" not in fetched.content_type and looks_like_feed(fetched.content):
            yield from self.read_feed(fetched.content, url)
        elif "html" in fetched.content_type or _looks_like_html(fetched.content):
            yield self.page_document(_html_of(fetched.content, fetched.charset), url, fetched.url)
        elif fetched.content_type.startswith("text/"):
            try:
                text = fetched.content.decode(fetched.charset) if fetched.charset else decode_text(fetched.content)
            except (DecodeError, LookupError, UnicodeDecodeError) as exc:
                yield IngestError(url, f"cannot decode the response: {exc}")
                return
            doc = self.text_file_document(text, url, url_document_id(url), markdown=False, size=len(fetched.content))
            if isinstance(doc, Document):
                doc.url, doc.source = fetched.url, host_of(fetched.url)
            yield doc
        else:
            yield IngestError(
                url, f"unsupported content type '{fetched.content_type}': expected an HTML page or an RSS/Atom feed"
            )

    def read_feed(self, data: bytes, origin: str) -> Iterator[Document | IngestError]:
        try:
            entries = parse_feed(data)
        except FeedError as exc:
            yield IngestError(origin, str(exc))
            return
        for number, entry in enumerate(entries, start=1):
            if entry.link:
                key = normalize_url(entry.link)
                if key in self.seen_urls:
                    continue
                self.seen_urls.add(key)
            yield self.entry_document(entry, entry.link or f"{origin}#entry{number}")

    def entry_document(self, entry: FeedEntry, origin: str) -> Document | IngestError:
        title, text, published_at = entry.title, entry.text, entry.published_at
        failure = ""
        if (
            self.follow_feed_links
            and _URL.match(entry.link)
            and not entry.has_content
            and len(text.split()) < SHORT_SUMMARY_WORDS
        ):
            try:
                fetched = self.fetcher.fetch(entry.link)
            except FetchError as exc:
                failure = str(exc)
            else:
                article = extract_article(_html_of(fetched.content, fetched.charset), fetched.url)
                if len(article.text) > len(text):
                    text = article.text
                    title = title or article.title
                    published_at = published_at or article.published_at
        if not text.strip():
            reason = "feed entry has no text"
            return IngestError(origin, f"{reason}, and its page could not be read: {failure}" if failure else reason)
        if entry.link:
            doc_id = url_document_id(entry.link)
        else:
            doc_id = "entry-" + hashlib.sha1((entry.key or title + text).encode("utf-8")).hexdigest()[:16]
        return Document(
            id=doc_id,
            text=text,
            source=host_of(entry.link),
            url=entry.link,
            published_at=published_at,
            title=title,
            origin=origin,
        )

    def page_document(self, html: str | bytes, origin: str, url: str) -> Document | IngestError:
        article = extract_article(html, url)
        if not article.text:
            return IngestError(origin, "no article text found in the page")
        return Document(
            id=url_document_id(origin),
            text=article.text,
            source=host_of(url),
            url=url,
            published_at=article.published_at,
            title=article.title,
            origin=origin,
        )

    def html_file_document(self, data: bytes, origin: str, doc_key: str) -> Document | IngestError:
        if len(data) > self.max_bytes:
            return IngestError(origin, f"file is {len(data)} bytes, over the limit of {self.max_bytes}")
        article = extract_article(data)
        if not article.text:
            return IngestError(origin, "no article text found in the HTML file")
        return Document(
            id=doc_key,
            text=article.text,
            source=host_of(article.url),
            url=article.url,
            published_at=article.published_at,
            title=article.title,
            origin=origin,
        )

    def text_file_document(
        self, text: str, origin: str, doc_key: str, *, markdown: bool, size: int
    ) -> Document | IngestError:
        if size > self.max_bytes:
            return IngestError(origin, f"file is {size} bytes, over the limit of {self.max_bytes}")
        if markdown:
            text = _plain_markdown(text)
        first, _, rest = text.strip().partition("\n")
        if len(first.strip()) <= MAX_TITLE_CHARS and rest.strip():
            title, body = first.strip(), rest.strip()
        else:
            title, body = "", text.strip()
        return Document(id=doc_key, text=body, title=title, origin=origin)


def _is_url_list(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines()]
    entries = [line for line in lines if line and not line.startswith("#")]
    return bool(entries) and all(_URL.match(line) for line in entries)


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _html_of(content: bytes, charset: str | None) -> str | bytes:
    # With a declared charset decode here; otherwise trafilatura sniffs the page's own.
    if charset:
        try:
            return content.decode(charset, errors="replace")
        except LookupError:
            pass
    return content


def _plain_markdown(text: str) -> str:
    text = _MARKDOWN_IMAGE.sub("", text)
    text = _MARKDOWN_LINK.sub(r"\1", text)
    text = _MARKDOWN_HEADING.sub("", text)
    return _MARKDOWN_EMPHASIS.sub(r"\2", text)
