"""Follow and share in a real browser (issue 17 § 4–5): the embed page inside an <iframe> of
another site (a page served from 127.0.0.1 on another port), the share dialog with the
keyboard in each language, and the feed link following the map's filters."""

from __future__ import annotations

import re
import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import clean, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path("/work/shots/follow")


def shot(watched, name: str) -> None:
    """A screenshot in the test artifacts, copied where the author looks at them."""
    path = screenshot(watched, name)
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        shutil.copy(path, SHOTS / path.name)


@pytest.fixture
def newsroom():
    """Another site (127.0.0.1, its own port) whose page frames what `pages[path]` names."""
    pages: dict[str, str] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write((body or "not found").encode())

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", pages
    server.shutdown()
    server.server_close()


def article_framing(src: str) -> str:
    return (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Newsroom</title>'
        "</head><body><h1>Les régions, levier de l'export</h1><p>Notre carte :</p>"
        f'<iframe id="jihat" src="{src}" title="jihat" width="900" height="600" '
        'style="border:1px solid #ccc"></iframe></body></html>'
    )


def allow_origin(watched, origin: str) -> None:
    """The newsroom's page may load (make_page aborts other hosts; a later route wins)."""
    netloc = urlsplit(origin).netloc
    watched.page.context.route(f"http://{netloc}/**", lambda route: route.continue_())


def wait_for_frame(page, path_part: str):
    for _ in range(150):
        frame = next((f for f in page.frames if path_part in f.url), None)
        if frame is not None:
            return frame
        time.sleep(0.1)
    raise AssertionError(f"no frame with {path_part}")


def test_embedded_map_renders_inside_another_sites_page(make_page, dashboard, newsroom):
    base, pages = newsroom
    watched = make_page()
    page = watched.page
    allow_origin(watched, base)
    # The live server must be a different origin from the newsroom (host or port).
    assert urlsplit(base).netloc != urlsplit(watched.origin).netloc
    src = watched.url("/fr/?embed=map&kind=consultation")
    pages["/article.html"] = article_framing(src)
    page.goto(f"{base}/article.html")
    frame = wait_for_frame(page, "embed=map")
    frame.wait_for_selector("body[data-map-state='ready']", timeout=15_000)
    # The map alone: no site header, footer, filters or table; the filter applies.
    assert frame.locator(".site-header").count() == 0
    assert frame.locator(".site-footer").count() == 0
    assert frame.locator("#filters").is_hidden()
    assert frame.locator(".region-list").is_hidden()
    assert frame.locator("#regions-map").is_visible()
    assert frame.locator("#regions-map").get_attribute("data-regions") == "12"
    assert frame.locator("#regions-map path.leaflet-interactive").count() >= 12
    assert frame.locator("#f-kind").input_value() == "consultation"
    credit = frame.locator(".embed-credit a")
    assert credit.get_attribute("target") == "_blank"
    assert credit.get_attribute("href").endswith("/fr/?kind=consultation")
    shot(watched, "embed-map-in-newsroom")
    clean(watched)


def test_embedded_timeline_of_a_region_in_arabic(make_page, dashboard, newsroom):
    base, pages = newsroom
    watched = make_page()
    page = watched.page
    allow_origin(watched, base)
    pages["/ar.html"] = article_framing(watched.url("/ar/regions/MA-09/?embed=timeline"))
    page.goto(f"{base}/ar.html")
    frame = wait_for_frame(page, "embed=timeline")
    frame.wait_for_selector("ol.meetings li.meeting")
    assert frame.locator("html").get_attribute("dir") == "rtl"
    assert frame.locator("ol.meetings li.meeting").count() == 3
    assert frame.locator(".site-header").count() == 0
    assert frame.locator(".region-page aside").is_hidden()
    shot(watched, "embed-timeline-ar")
    clean(watched)


def test_a_page_without_embed_refuses_to_be_framed(make_page, dashboard, newsroom, csp_reports):
    base, pages = newsroom
    watched = make_page()
    page = watched.page
    allow_origin(watched, base)
    pages["/steal.html"] = article_framing(watched.url("/fr/?kind=consultation"))
    page.goto(f"{base}/steal.html")
    # The browser blocks the frame and reports it (frame-ancestors 'none').
    for _ in range(100):
        if csp_reports.messages:
            break
        time.sleep(0.1)
    assert any("frame-ancestors" in m for m in csp_reports.messages), csp_reports.messages
    frame = page.frame_locator("#jihat")
    assert frame.locator("#regions-map").count() == 0
    # Expected here, and only here: clear them so that the fixtures' checks stay strict.
    csp_reports.messages.clear()
    watched.console_errors.clear()


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_share_dialog_with_the_keyboard(make_page, dashboard, lang):
    watched = make_page()
    page = watched.page
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=watched.origin)
    page.goto(watched.url(f"/{lang}/"))
    watched.wait_ready()
    # The map's filters change the URL without a reload; the feed links follow.
    page.select_option("#f-kind", "consultation")
    page.wait_for_url(re.compile(r"kind=consultation"))
    watched.wait_ready()
    feed = f"/{lang}/feeds/meetings/?kind=consultation"
    assert (
        page.locator('link[rel="alternate"][type="application/atom+xml"]').get_attribute("href")
        == feed
    )
    assert page.locator("a.follow-link").get_attribute("href") == feed
    assert page.locator(".site-footer a[data-follow-feed]").get_attribute("href") == feed

    opener = page.locator("[data-share-open]")
    opener.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("#share-dialog")
    assert dialog.evaluate("d => d.open") is True
    assert dialog.get_attribute("aria-labelledby") == "share-title"
    assert page.evaluate("document.activeElement.id") == "share-link"
    permalink = page.locator("#share-link").input_value()
    assert permalink == watched.url(f"/{lang}/?kind=consultation")
    snippet = page.locator("#share-embed").input_value()
    assert snippet.startswith(
        f'<iframe src="{watched.url(f"/{lang}/?kind=consultation&amp;embed=map")}"'
    )

    # Tab to the copy button, copy; the status says so.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.copy") == "share-link"
    page.keyboard.press("Enter")
    status = page.locator("[data-share-status]")
    for _ in range(50):  # not wait_for_function: a string predicate is an eval the CSP refuses
        if status.inner_text():
            break
        time.sleep(0.1)
    assert status.inner_text()
    assert page.evaluate("navigator.clipboard.readText()") == permalink

    # The radios choose the part: the arrow key moves to "timeline".
    page.locator('input[name="share-kind"][value="map"]').focus()
    page.keyboard.press("ArrowDown")
    assert "embed=timeline" in page.locator("#share-embed").input_value()
    assert (
        page.locator("#share-preview")
        .get_attribute("href")
        .endswith("kind=consultation&embed=timeline")
    )
    shot(watched, f"share-dialog-{lang}")

    # Tab moves on inside the modal dialog (the page behind is inert); Escape closes it and
    # gives the focus back to the button that opened it.
    for _ in range(3):  # the snippet, its copy button, the preview link
        page.keyboard.press("Tab")
        assert page.evaluate("!!document.activeElement.closest('#share-dialog')")
    page.keyboard.press("Escape")
    assert dialog.evaluate("d => d.open") is False
    assert page.evaluate("document.activeElement.hasAttribute('data-share-open')")
    clean(watched)
