"""The fetch policy (events/services/fetching.py): public addresses only, checked at every hop,
connections pinned to the checked address, one deadline, no network oracle in the errors.

The test settings allow private addresses, because the fixture news sites listen on 127.0.0.1;
the `no_private` fixture turns that off, as in production. A site "on the public internet" is
played by a fixture server on 127.0.0.2, the one loopback address `public_site` lets through.
"""

from __future__ import annotations

import io
import socket
import ssl
import subprocess
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpcore
import httpx
import pytest
from django.core.management import call_command

from events.models import Article, Source
from events.services import fetching
from events.services.documents import BadInput
from events.services.feeds import source_poll
from events.tasks import fetch_article
from tests.events.news_server import NewsServer

UNREACHABLE = "unreachable: no connection to"


@pytest.fixture
def no_private(settings):
    """Production's policy: loopback and private networks are refused."""
    settings.JIHAT_FETCH_ALLOW_PRIVATE = False
    return settings


@pytest.fixture
def news():
    with NewsServer(slow_seconds=8) as server:
        yield server


@pytest.fixture
def connections(monkeypatch) -> list[tuple[str, int]]:
    """Every TCP connection httpcore opens, as (address, port): empty means nothing fetched."""
    made: list[tuple[str, int]] = []
    real = httpcore.SyncBackend.connect_tcp

    def spy(self, host, port, *args, **kwargs):
        made.append((host, port))
        return real(self, host, port, *args, **kwargs)

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", spy)
    return made


class FakeDNS:
    """Names the tests invent, answered in turn (a rebinding server answers differently)."""

    def __init__(self) -> None:
        self.answers: dict[str, list[list[str]]] = {}
        self.lookups: Counter[str] = Counter()

    def set(self, name: str, *answers: list[str]) -> None:
        self.answers[name] = [list(a) for a in answers]

    def getaddrinfo(self, real, host, port, *args, **kwargs):
        if host not in self.answers:
            return real(host, port, *args, **kwargs)
        self.lookups[host] += 1
        queue = self.answers[host]
        addresses = queue.pop(0) if len(queue) > 1 else queue[0]
        infos = []
        for address in addresses:
            if ":" in address:
                infos.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port, 0, 0)))
            else:
                infos.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)))
        return infos


@pytest.fixture
def dns(monkeypatch) -> FakeDNS:
    fake = FakeDNS()
    real = socket.getaddrinfo
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: fake.getaddrinfo(real, *a, **k))
    return fake


@pytest.fixture
def public_site(monkeypatch, no_private):
    """A site on 127.0.0.2 that the policy treats as public (and its port as allowed)."""
    real = fetching.address_class
    monkeypatch.setattr(
        fetching, "address_class", lambda a: "public" if a == "127.0.0.2" else real(a)
    )
    with NewsServer(host="127.0.0.2") as site:
        monkeypatch.setattr(fetching, "ALLOWED_PORTS", frozenset({80, 443, site.port}))
        yield site


def fresh_client(monkeypatch, **timeouts: float) -> httpx.Client:
    monkeypatch.setattr(fetching, "TIMEOUT", httpx.Timeout(**{"timeout": 5.0, **timeouts}))
    return fetching.http_client()


# ------------------------------------------------------------------------- refused addresses

REFUSED = {
    "loopback": "http://127.0.0.1:{port}/article/oriental_ar",
    "loopback-name": "http://localhost:{port}/article/oriental_ar",
    "decimal-integer": "http://2130706433:{port}/article/oriental_ar",
    "hex-integer": "http://0x7f000001:{port}/article/oriental_ar",
    "hex-dotted": "http://0x7f.0.0.1:{port}/article/oriental_ar",
    "octal-integer": "http://017700000001:{port}/article/oriental_ar",
    "octal-short": "http://0177.1:{port}/article/oriental_ar",
    "short-form": "http://127.1:{port}/article/oriental_ar",
    "ipv6-loopback": "http://[::1]:{port}/article/oriental_ar",
    "ipv6-mapped": "http://[::ffff:127.0.0.1]:{port}/article/oriental_ar",
    "ipv6-mapped-hex": "http://[::ffff:7f00:1]:{port}/article/oriental_ar",
    "ipv4-compatible": "http://[::127.0.0.1]:{port}/article/oriental_ar",
    "6to4": "http://[2002:7f00:1::1]:{port}/article/oriental_ar",
    "nat64": "http://[64:ff9b::7f00:1]:{port}/article/oriental_ar",
    "nat64-local": "http://[64:ff9b:1::a00:1]/",
    "unspecified": "http://0.0.0.0:{port}/article/oriental_ar",
    "zero": "http://0:{port}/article/oriental_ar",
    "private-10": "http://10.0.0.1/",
    "private-172": "http://172.16.5.4/",
    "private-192": "http://192.168.1.1/",
    "cloud-metadata": "http://169.254.169.254/latest/meta-data/",
    "shared-100-64": "http://100.64.0.1/",
    "ipv6-link-local": "http://[fe80::1]/",
    "ipv6-unique-local": "http://[fd00::1]/",
    "multicast": "http://224.0.0.1/",
    "broadcast": "http://255.255.255.255/",
    "reserved": "http://240.0.0.1/",
}


@pytest.mark.parametrize("form", list(REFUSED))
def test_non_public_addresses_are_refused_and_nothing_is_fetched(
    form, no_private, news, connections
):
    url = REFUSED[form].format(port=news.port)
    with pytest.raises(BadInput, match=f"^{UNREACHABLE}") as refused:
        fetching.fetch_url(url)
    assert "only from public internet addresses, on ports 80 and 443" in str(refused.value)
    assert connections == [] and news.requests == []


def test_an_octal_dotted_address_is_not_a_web_address(no_private, news, connections):
    # httpx refuses leading zeros in a dotted address; other octal forms resolve (above).
    with pytest.raises(BadInput, match="not a web address"):
        fetching.fetch_url(f"http://0177.0.0.1:{news.port}/article/oriental_ar")
    assert connections == [] and news.requests == []


def test_a_name_resolving_to_a_private_address_is_refused(no_private, news, dns, connections):
    dns.set("intranet.example", ["127.0.0.1"])
    dns.set("mixed.example", ["93.184.216.34", "10.0.0.7"])  # one bad answer is enough
    for name in ("intranet.example", "mixed.example"):
        with pytest.raises(BadInput, match=UNREACHABLE):
            fetching.fetch_url(f"http://{name}:{news.port}/article/oriental_ar")
    assert connections == [] and news.requests == []


def test_a_public_address_on_another_port_is_refused(no_private, connections):
    with pytest.raises(BadInput, match="port 8080 refused: only ports 80 and 443"):
        fetching.fetch_url("http://93.184.216.34:8080/article")
    assert connections == []


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.ma/a",
        "file:///etc/passwd",
        "gopher://127.0.0.1:6379/_INFO",
        "javascript:alert(1)",
        "http://user:secret@example.ma/a",
        "http:///no-host",
    ],
)
def test_only_plain_http_and_https_addresses_are_fetched(url, connections):
    with pytest.raises(BadInput, match="not a web address"):
        fetching.fetch_url(url)
    assert connections == []


def test_a_redirect_into_a_private_address_is_refused(public_site, news, connections):
    for target in (
        news.url("/article/oriental_ar"),
        f"http://2130706433:{news.port}/article/oriental_ar",
        f"http://[::ffff:127.0.0.1]:{news.port}/article/oriental_ar",
    ):
        with pytest.raises(BadInput, match=UNREACHABLE):
            fetching.fetch_url(public_site.url(f"/redirect?to={target}"))
    assert news.requests == []  # the private site never saw a request
    assert {address for address, _ in connections} == {"127.0.0.2"}
    # The same chain with a public target is followed, hop by hop.
    page = fetching.fetch_url(public_site.url("/redirect?to=/article/oriental_fr"))
    assert page.url == public_site.url("/article/oriental_fr") and b"Oujda" in page.content


def test_closed_filtered_and_refused_give_the_same_error(public_site, monkeypatch):
    """No port oracle: what a staff member reads does not tell a closed port from a filtered
    one, nor either from an address the policy refuses."""
    client = fresh_client(monkeypatch, connect=0.5)
    with socket.socket() as probe:  # a port nobody listens on: connection refused
        probe.bind(("127.0.0.2", 0))
        closed = probe.getsockname()[1]
    filtered = socket.socket()  # a full backlog: SYNs are dropped, the connect times out
    filtered.bind(("127.0.0.2", 0))
    filtered.listen(0)
    hold = socket.create_connection(filtered.getsockname())
    monkeypatch.setattr(
        fetching,
        "ALLOWED_PORTS",
        fetching.ALLOWED_PORTS | {closed, filtered.getsockname()[1]},
    )
    urls = {
        "closed": f"http://127.0.0.2:{closed}/a",
        "filtered": f"http://127.0.0.2:{filtered.getsockname()[1]}/a",
        "refused class": "http://10.1.2.3/a",
        "unknown host": "http://no-such-host.invalid/a",
    }
    messages = {}
    try:
        for case, url in urls.items():
            with pytest.raises(BadInput) as error:
                fetching.fetch_url(url, client=client)
            assert type(error.value) is fetching.Unreachable, case
            origin = url.rsplit("/", 1)[0]
            messages[case] = str(error.value).replace(origin, "<site>")
    finally:
        hold.close()
        filtered.close()
    assert len(set(messages.values())) == 1, messages


# ---------------------------------------------------------------------- pinning, TLS, proxies


def test_the_connection_goes_to_the_checked_address_with_the_name_in_host(news, dns, connections):
    """One lookup: a rebinding DNS server's second answer (10.9.9.9) is never asked for."""
    dns.set("news.example", ["127.0.0.1"], ["10.9.9.9"])
    page = fetching.fetch_url(f"http://news.example:{news.port}/article/oriental_ar")
    assert b"Oujda" in page.content or "وجدة".encode() in page.content
    assert dns.lookups["news.example"] == 1
    assert connections == [("127.0.0.1", news.port)]
    assert news.requests == [("/article/oriental_ar", f"news.example:{news.port}")]


def _certificate(tmp_path, name: str) -> tuple[str, str]:
    cert, key = tmp_path / f"{name}.pem", tmp_path / f"{name}.key"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            f"/CN={name}",
            "-addext",
            f"subjectAltName=DNS:{name}",
        ],
        check=True,
        capture_output=True,
    )
    return str(cert), str(key)


@pytest.fixture
def tls_site(tmp_path):
    """An HTTPS site on 127.0.0.1 with a certificate for news.example; records the SNI."""
    cert, key = _certificate(tmp_path, "news.example")
    names: list[str | None] = []
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda sock, name, ctx: names.append(name)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            body = b"<html><body><article><p>secure page</p></article></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1], names, ssl.create_default_context(cafile=cert)
    finally:
        server.shutdown()
        server.server_close()


def test_tls_keeps_the_name_for_sni_and_the_certificate_check(tls_site, dns):
    port, names, trust = tls_site
    dns.set("news.example", ["127.0.0.1"])
    dns.set("other.example", ["127.0.0.1"])
    client = fetching.http_client(verify=trust)
    page = fetching.fetch_url(f"https://news.example:{port}/", client=client)
    assert page.content.endswith(b"</html>")
    assert names == ["news.example"]  # SNI is the name, although the socket went to the IP
    # The same address under a name the certificate is not for: refused, with the reason.
    with pytest.raises(BadInput, match=r"invalid TLS certificate for other\.example"):
        fetching.fetch_url(
            f"https://other.example:{port}/", client=fetching.http_client(verify=trust)
        )


def test_proxy_settings_in_the_environment_are_ignored(news, monkeypatch):
    """A proxy would connect wherever it is told, past every check."""
    with NewsServer() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.base)
        monkeypatch.setenv("ALL_PROXY", proxy.base)
        page = fetching.fetch_url(news.url("/article/oriental_fr"), client=fetching.http_client())
    assert b"Oujda" in page.content
    assert proxy.requests == []


# ----------------------------------------------------------------------- deadline, redirects


@pytest.mark.parametrize("path", ["/trickle", "/trickle-headers"])
def test_a_trickling_server_is_cut_off_at_the_deadline(path, settings, news):
    settings.JIHAT_FETCH_DEADLINE = 1.0
    started = time.monotonic()
    with pytest.raises(BadInput, match=r"too slow: .* did not arrive within 1 s"):
        fetching.fetch_url(news.url(path))
    # A byte every 0.2 s never trips the 15 s read time-out; the page would take 100 s or more.
    assert time.monotonic() - started < 10


def test_the_deadline_covers_every_redirect(settings, news):
    settings.JIHAT_FETCH_DEADLINE = 1.0
    with pytest.raises(BadInput, match="too slow"):
        fetching.fetch_url(news.url("/redirect?to=/redirect%3Fto%3D/trickle"))
    assert news.hits["/trickle"] == 1


@pytest.mark.parametrize("target", ["ftp://example.ma/a", "javascript:alert(1)", "file:///etc"])
def test_a_redirect_to_another_scheme_is_bad_input_at_once(target, news):
    with pytest.raises(BadInput, match=r"^not a web address.*redirected from"):
        fetching.fetch_url(news.url(f"/redirect?to={target}"))


# ------------------------------------------------------------------ through the real pipeline


def ingest(*args: str) -> str:
    out = io.StringIO()
    call_command("ingest", *args, "--no-progress", "--timeout", "120", stdout=out)
    return out.getvalue()


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_refused_fetches_are_recorded_failures_with_their_reason(
    celery_worker, no_private, news, connections
):
    urls = [REFUSED[form].format(port=news.port) for form in ("loopback", "decimal-integer")]
    urls += [f"http://[::ffff:127.0.0.1]:{news.port}/article/oriental_ar"]
    summary = ingest(*urls)
    assert "3 failed" in summary, summary
    for article in Article.objects.all():
        assert article.status == Article.Status.FAILED
        assert article.error.startswith(UNREACHABLE), article.error
        assert article.text == "" and article.attempts == 1  # bad input: not retried
    assert news.requests == [] and connections == []


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_no_oracle_in_what_the_pipeline_records(celery_worker, public_site, monkeypatch):
    """A closed port and a refused address leave the same trace: status, error, attempts."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.2", 0))
        closed = probe.getsockname()[1]
    monkeypatch.setattr(fetching, "ALLOWED_PORTS", fetching.ALLOWED_PORTS | {closed})
    ingest(f"http://127.0.0.2:{closed}/a", "http://10.1.2.3/a")
    traces = {
        (a.status, a.error.replace(a.url.rsplit("/", 1)[0], "<site>"), a.attempts)
        for a in Article.objects.all()
    }
    assert len(traces) == 1 and next(iter(traces))[0] == "failed", traces


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_slow_page_fails_once_at_the_deadline(celery_worker, settings, news):
    settings.JIHAT_FETCH_DEADLINE = 1.0
    summary = ingest(news.url("/trickle"))
    assert "1 failed" in summary, summary
    article = Article.objects.get()
    assert article.error.startswith("too slow") and article.attempts == 1
    assert news.hits["/trickle"] == 1  # not retried: it would hold a worker each time


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_redirect_to_another_scheme_fails_at_once(celery_worker, news, monkeypatch):
    monkeypatch.setattr(fetch_article, "max_retries", 5)
    summary = ingest(news.url("/redirect?to=ftp://example.ma/x"))
    assert "1 failed" in summary, summary
    article = Article.objects.get()
    assert "only http and https" in article.error and article.attempts == 1
    assert news.hits["/redirect?to=ftp://example.ma/x"] == 1


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_feed_on_a_private_address_is_refused_and_recorded(celery_worker, no_private, news):
    call_command(
        "ingest", "--feed", f"http://2130706433:{news.port}/feed.xml", stdout=io.StringIO()
    )
    deadline = time.monotonic() + 60
    while not Source.objects.filter(last_error__gt="").exists():
        assert time.monotonic() < deadline, "the poll did not record its failure"
        time.sleep(0.2)
    assert Source.objects.get().last_error.startswith(UNREACHABLE)
    assert news.requests == [] and not Article.objects.exists()


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_feed_entries_linking_into_loopback_are_not_fetched(celery_worker, public_site, news):
    """A public feed lists entries on 127.0.0.1 (the feed fixture links to its own host, so
    the feed is read from the public site and its entries rewritten to the private one)."""
    source = Source.objects.create(name="x", feed_url=public_site.url("/feed.xml"))
    public_site.base = news.base  # the feed's links now point into loopback
    source_poll(source=source)
    deadline = time.monotonic() + 60
    while Article.objects.exclude(status=Article.Status.FAILED).exists():
        assert time.monotonic() < deadline, "the entries were not refused"
        time.sleep(0.2)
    errors = list(Article.objects.values_list("error", flat=True))
    assert len(errors) == 2 and all(e.startswith(UNREACHABLE) for e in errors)
    assert news.requests == []
