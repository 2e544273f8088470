"""Content-Security-Policy: on every response, in every settings mode, and pages that obey it.

The browser tests (tests/browser/) fail on any violation the browser sees; these check the
header itself and the HTML Django sends, without a browser.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings

from config.security import csp_header_value
from config.settings.security import _tiles_source
from tests.dashboard.data import build_dashboard_data

ROOT = Path(__file__).resolve().parents[2]


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *sources = part.split()
        parsed[name] = sources
    return parsed


def assert_strict(header: str) -> None:
    """Scripts from our own origin only; nothing inline, no eval, no plugins, no framing."""
    policy = directives(header)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["default-src"] == ["'self'"]
    assert "report-uri" in policy
    for name, sources in policy.items():
        assert "'unsafe-inline'" not in sources, name
        assert "'unsafe-eval'" not in sources, name
        assert "*" not in sources, name
    # The only exception: one exact style attribute value, allowed by its hash.
    attr = policy.get("style-src-attr", [])
    assert all(s == "'unsafe-hashes'" or s.startswith("'sha256-") for s in attr)


@pytest.fixture
def data(regions):
    return build_dashboard_data(regions)


@pytest.mark.django_db
def test_every_kind_of_response_carries_the_policy(client, admin_client, data):
    meeting = data.meetings["MA-09"][0]
    expected = csp_header_value(settings.CSP_DIRECTIVES)
    public = [
        "/fr/",
        "/ar/regions/MA-09/",
        f"/en/meetings/{meeting.pk}/",
        f"/fr/officials/{data.minister.pk}/",
        "/fr/places.json",
        "/fr/jsi18n/",
        "/regions.geojson",
        "/api/meetings/",
        "/api/regions/MA-09/",
        "/api/meetings/?format=csv",
        "/api/docs/",
        "/api/schema/",
        "/admin/login/",
        "/fr/regions/MA-99/",  # a 404 page
        "/static/js/map.js",
        "/csp-report/",  # GET: 405
    ]
    for path in public:
        response = client.get(path)
        assert response.status_code < 500, path
        assert response["Content-Security-Policy"] == expected, path
    for path in ["/admin/", f"/admin/events/meeting/{meeting.pk}/change/"]:
        assert admin_client.get(path)["Content-Security-Policy"] == expected, path
    assert_strict(expected)


SHOW_POLICY = """
import django
django.setup()
from django.test import Client
response = Client().get("/en/jsi18n/", secure=True, headers={"host": "testserver"})
print(response.get("Content-Security-Policy", ""))
"""


@pytest.mark.parametrize("mode", ["local", "test", "production"])
def test_each_settings_mode_sends_the_policy(mode):
    inherited = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {
        **inherited,
        "DJANGO_SETTINGS_MODULE": f"config.settings.{mode}",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "testserver",
    }
    result = subprocess.run(
        [sys.executable, "-c", SHOW_POLICY],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    header = result.stdout.strip().splitlines()[-1]
    assert_strict(header)
    if mode == "production":
        assert "upgrade-insecure-requests" in directives(header)


def test_tile_server_is_allowed_for_images_only():
    assert _tiles_source("") == []
    assert _tiles_source("https://{s}.tile.example.org/{z}/{x}/{y}.png") == [
        "https://*.tile.example.org"
    ]
    assert _tiles_source("https://tiles.example.ma/{z}/{x}/{y}.png") == ["https://tiles.example.ma"]


class InlineCode(HTMLParser):
    """Collects what a strict policy would block: inline scripts, on…= handlers, style
    attributes, <style> blocks and javascript: URLs."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script":
            kind = (attributes.get("type") or "").lower()
            self._in_script = "src" not in attributes and kind != "application/json"
        if tag == "style":
            self.found.append("<style>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
            if name == "style" and value != "border-top: 0":  # allowed by its hash
                self.found.append(f"<{tag} style={value!r}>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"<{tag} {name}={value!r}>")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.found.append(f"inline script: {data.strip()[:60]!r}")


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


@pytest.mark.django_db
def test_pages_hold_no_inline_script_handler_or_style(client, admin_client, data):
    """Our templates, django-leaflet's (overridden in templates/leaflet/) and the admin's."""
    meeting = data.meetings["MA-09"][0]
    region = meeting.region
    pages = [
        (client, "/ar/"),
        (client, "/fr/regions/MA-09/"),
        (client, f"/en/meetings/{meeting.pk}/"),
        (client, f"/fr/officials/{data.minister.pk}/"),
        (client, "/fr/regions/MA-99/"),
        (client, "/api/docs/"),
        (client, "/admin/login/"),
        (admin_client, "/admin/"),
        (admin_client, "/admin/events/meeting/"),
        (admin_client, "/admin/events/meeting/add/"),
        (admin_client, f"/admin/events/meeting/{meeting.pk}/change/"),
        (admin_client, f"/admin/events/meeting/{meeting.pk}/history/"),
        (admin_client, f"/admin/events/meeting/{meeting.pk}/review/"),
        (admin_client, "/admin/events/meeting/review/"),
        (admin_client, f"/admin/regions/region/{region.pk}/change/"),
        (admin_client, "/admin/events/article/add-articles/"),
    ]
    for http, path in pages:
        response = http.get(path)
        assert response.status_code in (200, 404), path
        assert inline_code(response.content.decode()) == [], path


def test_the_scanner_sees_what_the_policy_blocks():
    html = (
        '<script>alert(1)</script><script src="/s.js"></script>'
        '<script type="application/json">{"a": 1}</script>'
        '<img src=x onerror="alert(1)"><span style="color:red"></span>'
        '<a href=" javascript:alert(1)">x</a><style>p{}</style>'
    )
    assert len(inline_code(html)) == 5


@pytest.mark.django_db
def test_violation_reports_are_logged(client, caplog):
    report = {
        "csp-report": {
            "document-uri": "http://testserver/fr/",
            "violated-directive": "script-src-elem",
            "blocked-uri": "inline",
        }
    }
    with caplog.at_level(logging.WARNING, logger="jihat.csp"):
        response = client.post(
            "/csp-report/", json.dumps(report), content_type="application/csp-report"
        )
        assert response.status_code == 204
        junk = client.post("/csp-report/", "x" * 100_000, content_type="application/json")
        assert junk.status_code == 204
    assert "script-src-elem blocked inline on http://testserver/fr/" in caplog.messages[0]
    assert "not JSON (8192 bytes)" in caplog.messages[1]
    assert client.get("/csp-report/").status_code == 405
