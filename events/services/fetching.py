"""Fetching article pages and feeds over HTTP with httpx, within bounds.

Transient problems (time-outs, connection errors, 5xx, 429) raise `TransientFetchError` so the
Celery task retries with back-off; permanent ones (404, redirect loop, too large, not a page)
raise `BadInput` and become a recorded failure straight away.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import httpx

from events.services.documents import MAX_INPUT_BYTES, BadInput

USER_AGENT = "jihat/1.0 (regional export consultations dashboard; contact: data@jihat.ma)"
TIMEOUT = httpx.Timeout(connect=5.0, read=15.0, write=10.0, pool=5.0)
MAX_REDIRECTS = 5
RETRYABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}


class TransientFetchError(Exception):
    """Worth retrying later: the site or the network may recover."""


@dataclass(frozen=True)
class FetchedPage:
    url: str  # after redirects
    content: bytes
    content_type: str
    charset: str | None
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False


_shared_client: tuple[int, httpx.Client] | None = None


def shared_client() -> httpx.Client:
    """One pooled client per process (a worker child after fork gets its own).

    Building a client loads the CA bundle into a TLS context: tens of milliseconds per fetch.
    """
    global _shared_client
    if _shared_client is None or _shared_client[0] != os.getpid():
        _shared_client = (os.getpid(), http_client())
    return _shared_client[1]


def http_client(**kwargs) -> httpx.Client:
    return httpx.Client(
        timeout=TIMEOUT,
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"User-Agent": USER_AGENT, "Accept-Language": "ar,fr;q=0.8,en;q=0.5"},
        **kwargs,
    )


def fetch_url(
    url: str,
    *,
    etag: str = "",
    last_modified: str = "",
    max_bytes: int = MAX_INPUT_BYTES,
    client: httpx.Client | None = None,
) -> FetchedPage:
    """GET a page, streaming so that a huge body is cut off at `max_bytes`."""
    if not url.lower().startswith(("http://", "https://")):
        raise BadInput(f"not a web address: {url!r}")
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    client = client or shared_client()
    try:
        with client.stream("GET", url, headers=headers) as response:
            if response.status_code == 304:
                return FetchedPage(str(response.url), b"", "", None, etag, last_modified, True)
            if response.status_code in RETRYABLE_STATUS:
                raise TransientFetchError(f"HTTP {response.status_code} from {response.url}")
            if response.status_code >= 400:
                raise BadInput(f"HTTP {response.status_code} from {response.url}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise BadInput(f"too large: {int(declared) / 1e6:.1f} MB announced")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > max_bytes:
                    raise BadInput(f"too large: more than {max_bytes / 1e6:.0f} MB")
            return FetchedPage(
                url=str(response.url),
                content=bytes(body),
                content_type=response.headers.get("content-type", "").lower(),
                charset=response.charset_encoding,
                etag=response.headers.get("etag", ""),
                last_modified=response.headers.get("last-modified", ""),
            )
    except httpx.TooManyRedirects as exc:
        raise BadInput(f"too many redirects (more than {MAX_REDIRECTS}): {url}") from exc
    except httpx.TimeoutException as exc:
        raise TransientFetchError(f"timed out fetching {url}") from exc
    except (httpx.TransportError, httpx.RemoteProtocolError) as exc:
        raise TransientFetchError(f"network error fetching {url}: {exc}") from exc
    except httpx.InvalidURL as exc:
        raise BadInput(f"invalid URL {url!r}: {exc}") from exc
