"""Fetching article pages and feeds over HTTP, from the public internet only, within bounds.

The fetch policy (README § Security → Fetch policy), all of it enforced here:
- only http and https URLs, no `user:password@`; only ports 80 and 443;
- the host is resolved once, and every address it resolves to must be public: not loopback,
  private, shared (100.64/10), link-local, reserved, multicast or unspecified, nor such an
  address inside IPv6 (IPv4-mapped, IPv4-compatible, 6to4, NAT64);
- the connection goes to an address that was checked: the TCP connect is pinned to it (no
  second lookup that a rebinding DNS server could answer differently), while the Host header,
  TLS SNI and the certificate check still use the name;
- redirects are followed here, hop by hop, each one checked like the first; a redirect to
  another scheme is bad input at once;
- one deadline (JIHAT_FETCH_DEADLINE) covers lookup, connect, TLS, every redirect and the
  whole body, so a server that trickles a byte every few seconds cannot hold a worker;
- an unknown host, a refused address, a closed port and a filtered port all give the same
  error, so the errors tell nothing about the network behind jihat (the log says which).

JIHAT_FETCH_ALLOW_PRIVATE (tests and benchmarks that serve pages from 127.0.0.1) lets loopback
and private addresses through, on any port; everything else above still holds.

Transient problems (read time-outs, dropped connections, 5xx, 429) raise `TransientFetchError`
so the Celery task retries with back-off; permanent ones raise `BadInput` and become a recorded
failure straight away.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import socket
import ssl
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import NoReturn

import httpcore
import httpx
from django.conf import settings

from events.services.documents import BadInput, input_limit, too_large

logger = logging.getLogger(__name__)

USER_AGENT = "jihat/1.0 (regional export consultations dashboard; contact: data@jihat.ma)"
TIMEOUT = httpx.Timeout(connect=5.0, read=15.0, write=10.0, pool=5.0)
MAX_REDIRECTS = 5
REDIRECT_STATUS = {301, 302, 303, 307, 308}
RETRYABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}
DEFAULT_PORTS = {"http": 80, "https": 443}
ALLOWED_PORTS = frozenset(DEFAULT_PORTS.values())
MAX_URL_LENGTH = 2000  # Article.url and Source.feed_url
# IPv6 prefixes that carry an IPv4 address in their last 32 bits (NAT64, RFC 6052) or that
# are local-use translators (RFC 8215) and never the public internet.
NAT64 = ipaddress.ip_network("64:ff9b::/96")
NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
THIS_NETWORK = ipaddress.ip_network("0.0.0.0/8")  # "this host on this network": Linux's local


class TransientFetchError(Exception):
    """Worth retrying later: the site or the network may recover."""


class Unreachable(BadInput):
    """No connection: one message whatever the cause (unknown host, refused address class,
    closed or filtered port), so a fetch error is no probe of jihat's network."""


@dataclass(frozen=True)
class FetchedPage:
    url: str  # after redirects
    content: bytes
    content_type: str
    charset: str | None
    etag: str = ""
    last_modified: str = ""
    not_modified: bool = False


# ------------------------------------------------------------------------------- addresses


def web_address_problem(url: str) -> str | None:
    """Why `url` cannot be an article or feed address (None: it can). Stored URLs and every
    fetch go through this one check: http(s), a host, no credentials, no spaces or controls."""
    if not url or len(url) > MAX_URL_LENGTH:
        return f"not a web address: empty or longer than {MAX_URL_LENGTH} characters"
    if any(c.isspace() or ord(c) < 0x20 or ord(c) == 0x7F for c in url):
        return "not a web address: it contains spaces or control characters"
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as exc:
        return f"not a web address: {exc}"
    if parsed.scheme not in DEFAULT_PORTS:
        return f"not a web address: only http and https are fetched, not {parsed.scheme or '?'}:"
    if not parsed.host:
        return "not a web address: it names no host"
    if parsed.userinfo:
        return "not a web address: it contains a user name or password"
    return None


def address_class(address: str) -> str:
    """The class of an address: "public", "private" (loopback, private networks) or "refused"."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6:
        if ip in NAT64_LOCAL or ip.is_unspecified:
            return "refused"
        if ip.is_loopback:
            return "private"
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and (ip in NAT64 or ip in IPV4_COMPATIBLE):
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:  # judged by the IPv4 address it reaches
            return address_class(str(embedded))
    elif ip in THIS_NETWORK:
        return "refused"
    # is_global alone would let multicast through (224.0.0.0/4 counts as global).
    if ip.is_multicast or ip.is_unspecified or ip.is_reserved or ip.is_link_local:
        return "refused"
    if ip.is_global:
        return "public"
    if ip.is_loopback or ip.is_private:
        return "private"
    return "refused"  # shared address space (100.64.0.0/10) and the like


@dataclass(frozen=True)
class _Pin:
    """The checked addresses a connection to host:port may go to."""

    host: str
    port: int
    addresses: tuple[str, ...]


class _FetchState(threading.local):
    """What the network backend needs during one fetch, per thread (a fetch runs in one)."""

    pin: _Pin | None = None
    deadline: float | None = None


_state = _FetchState()
_resolvers: tuple[int, ThreadPoolExecutor] | None = None


def _resolver() -> ThreadPoolExecutor:
    """Threads for getaddrinfo, which takes no time-out; one pool per process (after fork)."""
    global _resolvers
    if _resolvers is None or _resolvers[0] != os.getpid():
        _resolvers = (os.getpid(), ThreadPoolExecutor(4, thread_name_prefix="jihat-dns"))
    return _resolvers[1]


def _resolve(host: str, port: int) -> tuple[str, ...]:
    """Every address of `host` (an IP literal is its own address, no lookup)."""
    try:
        return (str(ipaddress.ip_address(host)),)
    except ValueError:
        pass
    left = max(_state.deadline - time.monotonic(), 0.0) if _state.deadline else None
    future = _resolver().submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
    try:
        infos = future.result(timeout=min(left, TIMEOUT.connect) if left is not None else None)
    except (OSError, UnicodeError, FutureTimeout) as exc:
        raise _LookupFailed(f"lookup of {host} failed: {exc!r}") from exc
    return tuple(dict.fromkeys(info[4][0] for info in infos))


class _LookupFailed(Exception):
    pass


def _checked_pin(url: httpx.URL, *, allow_private: bool) -> _Pin:
    """Resolve the URL's host and check every address and the port; the pin to connect to."""
    host = url.raw_host.decode("ascii")
    port = url.port or DEFAULT_PORTS[url.scheme]
    try:
        addresses = _resolve(host, port)
    except _LookupFailed as exc:
        logger.info("fetch refused: %s", exc)
        raise _unreachable(url) from None
    classes = {address: address_class(address) for address in addresses}
    allowed = {"public", "private"} if allow_private else {"public"}
    refused = [address for address, kind in classes.items() if kind not in allowed]
    if refused:
        logger.info("fetch refused: %s resolves to non-public %s", host, ", ".join(refused))
        raise _unreachable(url)
    if port not in ALLOWED_PORTS and "public" in classes.values():
        raise BadInput(f"port {port} refused: only ports 80 and 443 are fetched ({url})")
    return _Pin(host, port, addresses)


def _origin(url: httpx.URL) -> str:
    return f"{url.scheme}://{url.netloc.decode('ascii', 'replace')}"


def _unreachable(url: httpx.URL) -> Unreachable:
    return Unreachable(
        f"unreachable: no connection to {_origin(url)} (jihat fetches only from public "
        "internet addresses, on ports 80 and 443)"
    )


# -------------------------------------------------------------------------- HTTP transport


def _clamped(timeout: float | None, error: type[Exception]) -> float | None:
    """An operation's time-out, shortened to what is left of the fetch's deadline."""
    deadline = _state.deadline
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the fetch deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write ends by the current fetch's deadline."""

    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamped(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamped(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        # server_hostname is the URL's name: SNI and the certificate check are for the name.
        timeout = _clamped(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _PinnedBackend(httpcore.NetworkBackend):
    """Opens TCP connections only to the addresses checked for this fetch (`_state.pin`)."""

    def __init__(self) -> None:
        self._tcp = httpcore.SyncBackend()

    def connect_tcp(
        self, host, port, timeout=None, local_address=None, socket_options=None
    ) -> httpcore.NetworkStream:
        pin = _state.pin
        if pin is None or (pin.host, pin.port) != (host, port):
            raise httpcore.ConnectError(f"{host}:{port} was not checked by the fetch policy")
        error: Exception = httpcore.ConnectError("no address")
        for address in pin.addresses:
            try:
                wait = _clamped(timeout, httpcore.ConnectTimeout)
                stream = self._tcp.connect_tcp(address, port, wait, local_address, socket_options)
                return _DeadlineStream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        raise error

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise httpcore.ConnectError("jihat never fetches over a Unix socket")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class PinnedTransport(httpx.HTTPTransport):
    """httpx's transport with the pinned backend: httpx builds requests and maps errors, the
    backend decides where a connection goes. httpx 0.28 takes no network backend, so the pool
    is replaced by one built through httpcore's public constructor (encode/httpx PR #3749)."""

    def __init__(self, *, verify: ssl.SSLContext | bool = True) -> None:
        if verify is False:
            raise ValueError("certificate verification stays on")
        context = verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context()
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)
        super().__init__(verify=context, trust_env=False, limits=limits)
        self._pool = httpcore.ConnectionPool(
            ssl_context=context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_PinnedBackend(),
        )


_shared_client: tuple[int, httpx.Client] | None = None


def shared_client() -> httpx.Client:
    """One pooled client per process (a worker child after fork gets its own).

    Building a client loads the CA bundle into a TLS context: tens of milliseconds per fetch.
    """
    global _shared_client
    if _shared_client is None or _shared_client[0] != os.getpid():
        _shared_client = (os.getpid(), http_client())
    return _shared_client[1]


def http_client(*, verify: ssl.SSLContext | bool = True) -> httpx.Client:
    """A client for `fetch_url`: pinned connections, no redirects of its own, no proxies from
    the environment (a proxy would connect wherever it is told, past every check here)."""
    return httpx.Client(
        transport=PinnedTransport(verify=verify),
        timeout=TIMEOUT,
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": USER_AGENT, "Accept-Language": "ar,fr;q=0.8,en;q=0.5"},
    )


# ------------------------------------------------------------------------------------ fetch


def _parsed(url: str, *, redirected_from: str = "") -> httpx.URL:
    problem = web_address_problem(url)
    if problem:
        where = f" (redirected from {redirected_from})" if redirected_from else ""
        raise BadInput(f"{problem}: {url[:300]!r}{where}")
    return httpx.URL(url)


def fetch_url(
    url: str,
    *,
    etag: str = "",
    last_modified: str = "",
    max_bytes: int | None = None,
    client: httpx.Client | None = None,
) -> FetchedPage:
    """GET a page under the fetch policy, streaming so that a huge body is cut off."""
    deadline = settings.JIHAT_FETCH_DEADLINE
    _state.deadline = time.monotonic() + deadline
    try:
        return _fetch(
            url,
            etag=etag,
            last_modified=last_modified,
            max_bytes=max_bytes or input_limit(),
            client=client or shared_client(),
            deadline=deadline,
        )
    finally:
        _state.deadline = _state.pin = None


def _fetch(
    url: str,
    *,
    etag: str,
    last_modified: str,
    max_bytes: int,
    client: httpx.Client,
    deadline: float,
) -> FetchedPage:
    allow_private = settings.JIHAT_FETCH_ALLOW_PRIVATE
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = _parsed(url)
    for _hop in range(MAX_REDIRECTS + 1):
        _state.pin = _checked_pin(current, allow_private=allow_private)
        try:
            with client.stream("GET", current, headers=headers) as response:
                location = response.headers.get("location")
                if response.status_code in REDIRECT_STATUS and location:
                    current = _parsed(str(current.join(location)), redirected_from=str(current))
                    continue
                return _page(response, etag, last_modified, max_bytes)
        except (httpx.TransportError, httpx.InvalidURL) as exc:
            _raise_fetch_error(exc, current, deadline)
    raise BadInput(f"too many redirects (more than {MAX_REDIRECTS}): {url}")


def _raise_fetch_error(exc: Exception, current: httpx.URL, deadline: float) -> NoReturn:
    """What an httpx error fetching `current` is for the pipeline: bad input (never retried) or
    a transient fault (retried); a failed connection says nothing about the network."""
    if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
        invalid = _certificate_error(exc)
        if invalid is not None:  # connected: a site's own fault, no probe of the network
            raise BadInput(
                f"invalid TLS certificate for {current.host}: {invalid.verify_message}"
            ) from exc
        logger.info("fetch of %s: no connection: %r", current, exc)
        raise _unreachable(current) from None
    if isinstance(exc, httpx.TimeoutException):
        if _state.deadline is not None and time.monotonic() >= _state.deadline:
            raise BadInput(f"too slow: {current} did not arrive within {deadline:.0f} s") from exc
        raise TransientFetchError(f"timed out fetching {current}") from exc
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        # `current` passed the check: httpx refused the Location of its redirect.
        raise BadInput(
            f"not a web address: a redirect httpx cannot read ({exc}) (redirected from {current})"
        ) from exc
    raise TransientFetchError(f"network error fetching {current}: {exc}") from exc


def _certificate_error(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    while exc is not None:
        if isinstance(exc, ssl.SSLCertVerificationError):
            return exc
        exc = exc.__cause__ or exc.__context__
    return None


def _page(response: httpx.Response, etag: str, last_modified: str, max_bytes: int) -> FetchedPage:
    """The response's body, within `max_bytes`, or the error its status says."""
    if response.status_code == 304:
        return FetchedPage(str(response.url), b"", "", None, etag, last_modified, True)
    if response.status_code in RETRYABLE_STATUS:
        raise TransientFetchError(f"HTTP {response.status_code} from {response.url}")
    if response.status_code >= 400:
        raise BadInput(f"HTTP {response.status_code} from {response.url}")
    if 300 <= response.status_code < 400:
        raise BadInput(f"HTTP {response.status_code} from {response.url} without a Location")
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise too_large(int(declared))
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > max_bytes:
            raise too_large()
    return FetchedPage(
        url=str(response.url),
        content=bytes(body),
        content_type=response.headers.get("content-type", "").lower(),
        charset=response.charset_encoding,
        etag=response.headers.get("etag", ""),
        last_modified=response.headers.get("last-modified", ""),
    )
