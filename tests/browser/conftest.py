"""Playwright (sync API) on Debian's Chromium against pytest-django's live server.

Every page a test opens records its console errors, its Content-Security-Policy violations
(the page's `securitypolicyviolation` events, and the reports the browser POSTs to
/csp-report/) and its requests: a request to any host but the live server's is aborted and
reported, and the test fails on any of them (see `clean`).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from regions.selectors import region_shapes
from tests.admin.conftest import PASSWORD
from tests.dashboard.data import build_dashboard_data

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
# Headless Chromium as root, without its background calls to Google services.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    """One Chromium per test module.

    Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run inside
    one unless DJANGO_ALLOW_ASYNC_UNSAFE is set (pytest-django's fixtures touch the DB from
    here). It is set only while a browser runs: left in the environment, it would reach other
    tests' subprocesses (`manage.py check --deploy` rejects it, async.E001).
    """
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


# Runs in every page before its own scripts (Playwright's init scripts are not subject to the
# page's CSP): each violation the page sees is handed to the test through a binding.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (e) => {
  window.__jihatCspViolation(
    `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`
  );
}, true);
"""


class CspReports(logging.Handler):
    """The violation reports /csp-report/ logs (config/security.py), seen by the live server."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


class Watched:
    """A page plus what it logged and requested."""

    def __init__(self, page, origin: str, csp_reports: CspReports):
        self.page = page
        self.origin = origin
        self.console_errors: list[str] = []
        self.foreign_requests: list[str] = []
        self.csp_violations: list[str] = []
        self.csp_reports = csp_reports.messages

    def url(self, path: str) -> str:
        return self.origin + path

    def sign_in(self, username: str, *, language: str | None = None) -> None:
        """Through the admin's login form (django-axes sees a real request), in `language`."""
        if language:
            cookie = {"name": "django_language", "value": language, "url": self.origin}
            self.page.context.add_cookies([cookie])
        self.page.goto(self.url("/admin/login/"))
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", PASSWORD)
        self.page.click("input[type=submit]")
        self.page.wait_for_selector("#user-tools")

    def wait_ready(self) -> None:
        """The map page has drawn what the URL asks for (map.js sets data-map-state)."""
        try:
            self.page.wait_for_selector("body[data-map-state='ready']", timeout=15_000)
        except Exception:
            print("console errors before the time-out:", self.console_errors)
            raise


@pytest.fixture
def csp_reports():
    """Violation reports received by the live server while the test runs."""
    handler = CspReports()
    logger = logging.getLogger("jihat.csp")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


@pytest.fixture
def make_page(browser, live_server, csp_reports):
    contexts = []
    origin = live_server.url

    def make(*, width: int = 1280, height: int = 900) -> Watched:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        watched = Watched(page, origin, csp_reports)
        context.expose_binding(
            "__jihatCspViolation", lambda source, text: watched.csp_violations.append(text)
        )
        context.add_init_script(REPORT_CSP_VIOLATIONS)

        def route(route):
            url = route.request.url
            if urlsplit(url).netloc == urlsplit(origin).netloc or url.startswith("data:"):
                route.continue_()
            else:
                watched.foreign_requests.append(url)
                route.abort()

        context.route("**/*", route)
        page.on(
            "console",
            lambda m: watched.console_errors.append(m.text) if m.type == "error" else None,
        )
        page.on("pageerror", lambda e: watched.console_errors.append(f"pageerror: {e}"))
        page.set_default_timeout(15_000)
        return watched

    yield make
    for context in contexts:
        context.close()
    # A report the browser sent after the test's last check still fails the test.
    assert csp_reports.messages == [], csp_reports.messages


def clean(watched: Watched) -> None:
    """No console error, no CSP violation and no request to another host (printed for the log)."""
    watched.page.evaluate("1")  # lets the bindings of violations still in flight arrive
    for line in watched.console_errors:
        print("console error:", line)
    for line in watched.csp_violations + watched.csp_reports:
        print("CSP violation:", line)
    for url in watched.foreign_requests:
        print("foreign request:", url)
    assert watched.console_errors == []
    assert watched.csp_violations == []
    assert watched.csp_reports == []
    assert watched.foreign_requests == []


def screenshot(watched: Watched, name: str, *, full_page: bool = False) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    watched.page.screenshot(path=str(path), full_page=full_page)
    return path


@pytest.fixture
def dashboard(regions):
    # The API keeps each region's id and boundary per process for 10 minutes; every browser
    # test reloads the regions (new ids after the transactional flush), so refresh that copy
    # or /api/regions/ counts meetings against the previous test's ids.
    region_shapes(refresh=True)
    return build_dashboard_data(regions)
