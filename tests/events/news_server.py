"""A fake news site on 127.0.0.1 for ingestion tests: article pages, feeds and every failure.

Routes:
  /article/<name>     the fixture text <name>.txt wrapped in a realistic HTML page
  /hostile            an article page full of scripts, iframes, handlers and broken markup
  /empty-page         a page with navigation and no article
  /slow               answers after `slow_seconds` (longer than the fetch time-out)
  /status/<code>      that HTTP status
  /flaky              503 for the first `flaky_failures` requests, then an article
  /loop               redirects to itself
  /huge               a 50 MB body
  /feed.xml           an RSS feed listing /article/oriental_ar and /article/oriental_fr
  /broken-feed.xml    not XML at all
  /hostile-feed.xml   entries linking to javascript:, data:, ftp:, an over-long URL and one article
  /redirect?to=URL    302 to URL (any scheme, any host)
  /trickle            headers at once, then one byte of body every `trickle_seconds`
  /trickle-headers    the status line, then one byte of the headers every `trickle_seconds`

`host` picks the loopback address to listen on (127.0.0.2 stands in for a public site in the
fetch-policy tests); `requests` records (path, Host header) of every request received.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

FIXTURES = Path(__file__).resolve().parent / "fixtures"

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title><meta property="og:site_name" content="Jihat Test News">
<meta name="date" content="{date}"></head><body>
<header><nav><a href="/">الرئيسية</a> | <a href="/economy">اقتصاد</a> |
<a href="/sport">رياضة</a></nav></header>
<main><article><h1>{title}</h1>{paragraphs}</article></main>
<aside><h3>اقرأ أيضا</h3><ul><li><a href="/x">خبر آخر لا علاقة له بالموضوع</a></li></ul></aside>
<footer>© Jihat Test News</footer></body></html>"""

HOSTILE = """<html><head><meta charset="utf-8"><title>{title}</title>
<script>document.location='http://evil.example/'+document.cookie</script>
<style>body{{display:none}}</style></head>
<body onload="alert(1)"><iframe src="javascript:alert(2)"></iframe>
<article><h1>{title}</h1><img src=x onerror="alert(3)">{paragraphs}
<p><b><i>unclosed <div> markup <<<>>> &bogus; <svg><script>alert(4)</script></svg>
</article><object data="evil.swf"></object><!-- <script>alert(5)</script> --></body></html>"""

RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Jihat Test News</title><link>{base}/</link><description>test</description>
<item><title>Oujda AR</title><link>{base}/article/oriental_ar</link></item>
<item><title>Oujda FR</title><link>{base}/article/oriental_fr</link></item>
</channel></rss>"""


HOSTILE_LINKS = [
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "ftp://example.ma/article",
    "http://example.ma/" + "a" * 2100,
]

HOSTILE_RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Hostile News</title><link>{base}/</link><description>test</description>
{items}<item><title>Oujda AR</title><link>{base}/article/oriental_ar</link></item>
</channel></rss>"""


def fixture_page(name: str, *, template: str = PAGE) -> bytes:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    paragraphs = "".join(f"<p>{p.strip()}</p>" for p in body.split("\n") if p.strip())
    lang = "fr" if name.endswith("_fr") else "ar"
    return template.format(
        lang=lang, title=title.strip(), paragraphs=paragraphs, date="2025-03-14"
    ).encode("utf-8")


class NewsServer:
    """Start with `with NewsServer() as server:`; `server.url("/article/x")` gives the address."""

    def __init__(
        self,
        slow_seconds: float = 30.0,
        flaky_failures: int = 2,
        *,
        host: str = "127.0.0.1",
        trickle_seconds: float = 0.2,
    ):
        self.slow_seconds = slow_seconds
        self.flaky_failures = flaky_failures
        self.trickle_seconds = trickle_seconds
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, str]] = []
        self._stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet test output
                pass

            def do_GET(self):
                server.hits[self.path] += 1
                server.requests.append((self.path, self.headers.get("Host", "")))
                server.route(self)

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://{host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> NewsServer:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def route(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path.split("?")[0]
        if path.startswith("/article/"):
            name = path.removeprefix("/article/")
            if not (FIXTURES / f"{name}.txt").is_file():
                return self.send(handler, 404, b"not found")
            return self.send(handler, 200, fixture_page(name))
        if path.startswith("/status/"):
            return self.send(handler, int(path.rsplit("/", 1)[1]), b"error page")
        page = {
            "/hostile": lambda h: self.send(h, 200, fixture_page("oriental_ar", template=HOSTILE)),
            "/empty-page": lambda h: self.send(
                h,
                200,
                b"<html><body><nav><a href='/'>Home</a></nav><footer>(c)</footer></body></html>",
            ),
            "/slow": self.slow,
            "/flaky": self.flaky,
            "/loop": lambda h: self.redirect(h, "/loop"),
            "/huge": self.huge,
            "/feed.xml": lambda h: self.send(
                h, 200, RSS.format(base=self.base).encode(), "application/rss+xml; charset=utf-8"
            ),
            "/hostile-feed.xml": self.hostile_feed,
            "/redirect": lambda h: self.redirect(
                h, parse_qs(urlsplit(h.path).query).get("to", [""])[0]
            ),
            "/trickle": lambda h: self.trickle(h, body_only=True),
            "/trickle-headers": lambda h: self.trickle(h, body_only=False),
            "/broken-feed.xml": lambda h: self.send(
                h, 200, b"\x89PNG not a feed \x00\x01", "application/rss+xml"
            ),
        }.get(path)
        if page is None:
            return self.send(handler, 404, b"not found")
        return page(handler)

    def slow(self, handler: BaseHTTPRequestHandler) -> None:
        self._stop.wait(self.slow_seconds)
        return self.send(handler, 200, fixture_page("oriental_ar"))

    def flaky(self, handler: BaseHTTPRequestHandler) -> None:
        if self.hits[handler.path] <= self.flaky_failures:
            return self.send(handler, 503, b"try later")
        return self.send(handler, 200, fixture_page("oriental_fr"))

    @staticmethod
    def redirect(handler: BaseHTTPRequestHandler, target: str) -> None:
        handler.send_response(302)
        handler.send_header("Location", target)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    @staticmethod
    def huge(handler: BaseHTTPRequestHandler) -> None:
        size = 50 * 1024 * 1024
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.end_headers()  # no Content-Length: the client must stop by itself
        chunk = b"<p>" + b"x" * 65530 + b"</p>"
        try:
            for _ in range(size // len(chunk)):
                handler.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def hostile_feed(self, handler: BaseHTTPRequestHandler) -> None:
        items = "".join(
            f"<item><title>x</title><link>{escape(url)}</link></item>" for url in HOSTILE_LINKS
        )
        body = HOSTILE_RSS.format(base=self.base, items=items).encode()
        return self.send(handler, 200, body, "application/rss+xml; charset=utf-8")

    def trickle(self, handler: BaseHTTPRequestHandler, *, body_only: bool) -> None:
        """A page sent a byte at a time, each well within any read time-out: 100 s or more."""
        page = fixture_page("oriental_ar")
        head = (
            f"HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(page)}\r\n\r\n"
        ).encode()
        slow = page[:500] if body_only else head + page
        try:
            if body_only:
                handler.wfile.write(head)
            else:
                handler.wfile.write(b"HTTP/1.0 200 OK\r\n")
                slow = slow[len(b"HTTP/1.0 200 OK\r\n") :]
            handler.wfile.flush()
            for i in range(len(slow)):
                if self._stop.wait(self.trickle_seconds):
                    return
                handler.wfile.write(slow[i : i + 1])
                handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        handler.close_connection = True

    @staticmethod
    def send(handler, status: int, body: bytes, content_type: str = "text/html; charset=utf-8"):
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass
        time.sleep(0)
