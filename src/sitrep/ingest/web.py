"""Fetching pages and feeds over HTTP, politely and within limits.

One :class:`Fetcher` serves a whole ``read`` call: it spaces requests to
the same host, retries what is worth retrying (connection failures and
server errors) with a growing pause, and stops reading a response that
grows past the size limit.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urlsplit, urlunsplit

import httpx

from .. import __version__

USER_AGENT = f"Sitrep/{__version__} (news event monitoring; polite crawler, one request per host per second)"
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=20.0, write=10.0, pool=10.0)


class FetchError(Exception):
    """A URL that gave no usable response; the message says why."""


@dataclass
class Fetched:
    """A successful response, read in full."""

    url: str  # after redirects
    content: bytes
    content_type: str  # the media type, lower case, without parameters
    charset: str | None


def normalize_url(url: str) -> str:
    """``url`` with scheme and host lower-cased and the fragment dropped, for de-duplication."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def host_of(url: str) -> str:
    """The host name of ``url`` without a leading ``www.``."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


class Fetcher:
    """GETs URLs with timeouts, retries, a per-host pace and a size limit.

    A ``client`` passed in is used as it is (its timeouts, proxies,
    transport) and left open; otherwise one is made on first use and
    closed with the fetcher.
    """

    def __init__(
        self,
        client: httpx.Client | None = None,
        *,
        max_bytes: int = 5_000_000,
        min_host_interval: float = 1.0,
        retries: int = 2,
        retry_backoff: float = 1.0,
    ) -> None:
        self._client = client
        self._owns_client = client is None
        self.max_bytes = max_bytes
        self.min_host_interval = min_host_interval
        self.retries = retries
        self.retry_backoff = retry_backoff
        self._last_request: dict[str, float] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_client and self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                timeout=DEFAULT_TIMEOUT, follow_redirects=True, headers={"User-Agent": USER_AGENT}
            )
        return self._client

    def fetch(self, url: str) -> Fetched:
        """The response to GET ``url``; raises :class:`FetchError` with the reason."""
        host = urlsplit(url).netloc.lower()
        failure = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.retry_backoff * 2 ** (attempt - 1))
            self._wait_turn(host)
            try:
                with self.client.stream("GET", url, headers=self._headers()) as response:
                    if response.status_code >= 500:
                        failure = f"server error HTTP {response.status_code} {response.reason_phrase}"
                        continue
                    if response.status_code >= 400:
                        raise FetchError(
                            f"HTTP {response.status_code} {response.reason_phrase}: "
                            "check that the URL is right and public"
                        )
                    return self._read(response)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                failure = f"cannot connect to {host}: {exc or type(exc).__name__}"
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out waiting for {host} ({type(exc).__name__}); try again later") from exc
            except httpx.InvalidURL as exc:
                raise FetchError(f"invalid URL: {exc}") from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"request failed: {exc or type(exc).__name__}") from exc
        raise FetchError(f"{failure} (tried {self.retries + 1} times)")

    def _headers(self) -> dict[str, str]:
        # A caller's client keeps its own User-Agent unless it is httpx's default.
        agent = self.client.headers.get("user-agent", "")
        return {} if agent and not agent.startswith("python-httpx") else {"User-Agent": USER_AGENT}

    def _wait_turn(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None:
            pause = last + self.min_host_interval - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self._last_request[host] = time.monotonic()

    def _read(self, response: httpx.Response) -> Fetched:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(f"response is {declared} bytes, over the limit of {self.max_bytes}")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"response is over the limit of {self.max_bytes} bytes")
            chunks.append(chunk)
        media_type, _, params = response.headers.get("content-type", "").partition(";")
        charset = None
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.lower() == "charset" and value:
                charset = value.strip("\"' ").lower()
        return Fetched(str(response.url), b"".join(chunks), media_type.strip().lower(), charset)
