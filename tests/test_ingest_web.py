"""The ingest stage against a real HTTP server on 127.0.0.1.

The server serves feeds, article pages, failing and slow pages; it records
every request so tests can see retries, pacing and headers.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import httpx
import pytest

from sitrep.ingest import read, url_document_id
from sitrep.model import Document, IngestError

SLOW_SECONDS = 1.5
CLIENT_READ_TIMEOUT = 0.4


def article(title: str, published: str, *paragraphs: str, charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html><head><meta charset="{charset}"><title>{title} - Test Outlet</title>'
        f'<meta property="article:published_time" content="{published}"></head>'
        f'<body><nav><a href="/">Home</a> <a href="/about">About us</a></nav>'
        f"<article><h1>{title}</h1>{body}</article><footer>All rights reserved</footer></body></html>"
    )


TEASER_PAGE = article(
    "Official's car blown up in Nova Kakhovka",
    "2022-08-07T10:05:00+03:00",
    "An explosive device planted under the car of a deputy head of the occupation administration "
    "went off on Saturday evening in Nova Kakhovka, local residents told the outlet.",
    "The official was taken to hospital with shrapnel wounds. No group has claimed the attack so far.",
)
RU_PAGE = article(
    "Задержаны подозреваемые в поджоге",
    "2022-09-02T12:00:00+03:00",
    "Сотрудники ФСБ задержали двух жителей Мелитополя, подозреваемых в поджоге военного грузовика накануне вечером.",
    charset="windows-1251",
)


def rss(base: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Outlet</title><link>{base}/</link><description>News</description>
<item><title>Official's car blown up</title><link>{base}/articles/teaser.html</link>
<pubDate>Sun, 07 Aug 2022 10:05:00 +0300</pubDate><description>A car exploded in Nova Kakhovka.</description></item>
<item><title>Teaser with a dead link</title><link>{base}/missing-article</link>
<pubDate>Sun, 07 Aug 2022 11:00:00 +0300</pubDate><description>Short summary kept when the page is gone.</description></item>
<item><title>Teaser with no summary</title><link>{base}/gone-too</link>
<pubDate>Sun, 07 Aug 2022 12:00:00 +0300</pubDate></item>
</channel></rss>"""


def atom(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Лента</title><id>urn:lenta</id>
<updated>2022-10-10T09:00:00+03:00</updated>
<entry><title>Акция протеста в Херсоне</title><id>urn:lenta:1</id><link href="{base}/ru/protest"/>
<published>2022-10-10T09:00:00+03:00</published>
<content type="html">&lt;p&gt;Несколько десятков жителей вышли на площадь с украинскими флагами, акция прошла мирно.&lt;/p&gt;</content>
</entry></feed>"""


@dataclass
class Server:
    base: str
    requests: list[tuple[str, float, str]] = field(default_factory=list)  # path, time, User-Agent

    def hits(self, path: str) -> list[float]:
        return [moment for requested, moment, _ in self.requests if requested == path]


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    state = Server(base="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append((self.path, time.monotonic(), self.headers.get("User-Agent", "")))
            routes = {
                "/feed.rss": ("application/rss+xml", rss(state.base).encode()),
                "/atom.xml": ("application/atom+xml; charset=utf-8", atom(state.base).encode()),
                "/articles/teaser.html": ("text/html; charset=utf-8", TEASER_PAGE.encode()),
                "/articles/ru.html": ("text/html; charset=windows-1251", RU_PAGE.encode("cp1251")),
                "/big": ("text/html", b"<html><body><p>" + b"x" * 5000 + b"</p></body></html>"),
                "/report.pdf": ("application/pdf", b"%PDF-1.4 not a news page"),
                "/empty-page": ("text/html", b"<html><head><title>Nothing</title></head><body></body></html>"),
                "/not-a-feed.xml": ("application/rss+xml", b"<rss version='2.0'><channel><item><title>cut"),
            }
            path = urlsplit(self.path).path  # queries only tell test requests apart
            if path == "/broken":
                self.send_error(500, "Internal Server Error")
            elif path == "/slow":
                time.sleep(SLOW_SECONDS)
                self._send("text/html", TEASER_PAGE.encode())
            elif path in routes:
                self._send(*routes[path])
            else:
                self.send_error(404, "Not Found")

        def _send(self, content_type: str, body: bytes) -> None:
            try:
                self.send_response(200)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up first (the timeout test)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=httpx.Timeout(2.0, read=CLIENT_READ_TIMEOUT), follow_redirects=True) as http:
        yield http


def fetch(inputs: list[str], client: httpx.Client, **options) -> tuple[list[Document], list[IngestError]]:
    options = {"min_host_interval": 0.0, "retry_backoff": 0.01, **options}
    results = list(read(inputs, client=client, **options))
    return [r for r in results if isinstance(r, Document)], [r for r in results if isinstance(r, IngestError)]


def test_rss_feed_url_follows_teasers_to_their_pages(server, client):
    docs, errors = fetch([f"{server.base}/feed.rss"], client)
    first, kept_summary = docs
    assert first.title == "Official's car blown up"
    assert first.text.startswith("An explosive device planted under the car")
    assert "Home" not in first.text and "All rights reserved" not in first.text
    assert first.published_at == "2022-08-07T10:05:00+03:00"
    assert first.url == first.origin == f"{server.base}/articles/teaser.html"
    assert first.id == url_document_id(first.url)
    assert first.source == "127.0.0.1"
    assert first.language == "en"
    # A teaser whose page fails keeps its summary; one with nothing to keep is an error.
    assert kept_summary.text == "Short summary kept when the page is gone."
    assert [(e.origin, e.reason) for e in errors] == [
        (f"{server.base}/gone-too",
         "feed entry has no text, and its page could not be read: "
         "HTTP 404 Not Found: check that the URL is right and public")
    ]


def test_atom_feed_url_with_full_content_fetches_no_pages(server, client):
    before = len(server.requests)
    docs, errors = fetch([f"{server.base}/atom.xml"], client)
    assert errors == []
    assert [r[0] for r in server.requests[before:]] == ["/atom.xml"]
    (protest,) = docs
    assert protest.title == "Акция протеста в Херсоне"
    assert protest.text.startswith("Несколько десятков жителей")
    assert protest.language == "ru"
    assert protest.published_at == "2022-10-10T09:00:00+03:00"


def test_page_url_in_a_declared_legacy_charset(server, client):
    docs, errors = fetch([f"{server.base}/articles/ru.html"], client)
    assert errors == []
    (page,) = docs
    assert page.title == "Задержаны подозреваемые в поджоге"
    assert page.text.startswith("Сотрудники ФСБ задержали двух жителей Мелитополя")
    assert page.published_at == "2022-09-02T12:00:00+03:00"


def test_requests_name_sitrep_in_the_user_agent(server, client):
    fetch([f"{server.base}/articles/teaser.html?ua"], client)
    agent = [ua for path, _, ua in server.requests if path == "/articles/teaser.html?ua"][0]
    assert agent.startswith("Sitrep/")


def test_server_errors_are_retried_then_reported(server, client):
    docs, errors = fetch([f"{server.base}/broken"], client, retries=2)
    assert docs == []
    assert len(server.hits("/broken")) == 3
    assert errors[0].origin == f"{server.base}/broken"
    assert "HTTP 500" in errors[0].reason and "tried 3 times" in errors[0].reason


def test_client_errors_are_not_retried(server, client):
    before = len(server.hits("/nowhere"))
    docs, errors = fetch([f"{server.base}/nowhere"], client, retries=2)
    assert docs == [] and "HTTP 404" in errors[0].reason
    assert len(server.hits("/nowhere")) == before + 1


def test_slow_page_times_out_as_an_error(server, client):
    docs, errors = fetch([f"{server.base}/slow", f"{server.base}/articles/teaser.html?after-slow"], client)
    assert [e.origin for e in errors] == [f"{server.base}/slow"]
    assert "timed out" in errors[0].reason
    assert len(docs) == 1  # the run went on


def test_unreachable_host_is_retried_then_reported(client):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/feed"
    docs, errors = fetch([url], client, retries=1)
    assert docs == []
    assert errors[0].origin == url
    assert "cannot connect" in errors[0].reason and "tried 2 times" in errors[0].reason


def test_oversized_responses_unknown_types_empty_pages_and_broken_feeds(server, client):
    urls = [f"{server.base}{path}" for path in ("/big", "/report.pdf", "/empty-page", "/not-a-feed.xml")]
    docs, errors = fetch(urls, client, max_bytes=1000)
    assert docs == []
    reasons = {e.origin.removeprefix(server.base): e.reason for e in errors}
    assert "over the limit of 1000" in reasons["/big"]
    assert "unsupported content type 'application/pdf'" in reasons["/report.pdf"]
    assert reasons["/empty-page"] == "no article text found in the page"
    assert "malformed feed" in reasons["/not-a-feed.xml"]


def test_file_of_urls_reads_each_url_once_and_names_bad_lines(server, client, tmp_path):
    page = f"{server.base}/articles/teaser.html?list"
    listing = tmp_path / "sources.urls"
    listing.write_text(
        f"# morning sweep\n{page}\n{server.base}/atom.xml?list\n\nnot a url\n{page}#comments\n{page}\n",
        encoding="utf-8",
    )
    docs, errors = fetch([listing, page], client)
    assert [d.origin for d in docs] == [page, f"{server.base}/ru/protest"]
    assert [(e.origin, e.reason) for e in errors] == [(f"{listing}:5", "not an http(s) URL: 'not a url'")]
    assert len(server.hits("/articles/teaser.html?list")) == 1


def test_txt_file_whose_lines_are_all_urls_is_a_url_list(server, client, tmp_path):
    listing = tmp_path / "links.txt"
    listing.write_text(f"{server.base}/articles/ru.html?txt\n", encoding="utf-8")
    docs, errors = fetch([listing], client)
    assert errors == [] and docs[0].origin == f"{server.base}/articles/ru.html?txt"


def test_requests_to_one_host_are_spaced(server, client):
    interval = 0.2
    paths = [f"/articles/teaser.html?pace={n}" for n in range(3)]
    fetch([server.base + path for path in paths], client, min_host_interval=interval)
    moments = [server.hits(path)[0] for path in paths]
    gaps = [later - earlier for earlier, later in zip(moments, moments[1:])]
    assert all(gap >= interval * 0.9 for gap in gaps), gaps
