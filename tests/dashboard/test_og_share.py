"""Follow and share (issue 17): every public page links its feed and carries a card
(OpenGraph, Twitter); the share dialog is on the map; only ?embed= pages may be framed."""

from __future__ import annotations

import html
import re

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db


def page(client, url: str) -> tuple[object, str]:
    response = client.get(url)
    assert response.status_code == 200, url
    return response, response.content.decode()


def meta(text: str, key: str) -> list[str]:
    """Values of <meta property|name="key" content="…">."""
    found = re.findall(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)"', text)
    return [html.unescape(v) for v in found]


def feed_links(text: str) -> list[str]:
    found = re.findall(r'<link rel="alternate" type="application/atom\+xml" href="([^"]*)"', text)
    return [html.unescape(v) for v in found]


def visible_follow_links(text: str) -> list[str]:
    found = re.findall(r'<a class="follow-link" href="([^"]*)"', text)
    return [html.unescape(v) for v in found]


def test_every_page_links_the_feed_that_follows_it(client, data):
    agadir = data.meetings["MA-09"][0]
    cases = {
        "/fr/": "/fr/feeds/meetings/",
        "/fr/?region=MA-09&kind=consultation&measure=exports": (
            "/fr/feeds/meetings/?region=MA-09&kind=consultation"
        ),
        "/fr/?year=abc&kind=consultation": "/fr/feeds/meetings/?kind=consultation",
        "/ar/regions/MA-09/": "/ar/feeds/regions/MA-09/",
        "/en/regions/MA-06/?year=2024": "/en/feeds/regions/MA-06/?year=2024",
        f"/fr/officials/{data.minister.id}/": f"/fr/feeds/officials/{data.minister.id}/",
        f"/fr/meetings/{agadir.id}/": "/fr/feeds/regions/MA-09/",
    }
    for url, feed in cases.items():
        _, text = page(client, url)
        assert feed_links(text) == [feed], url
        assert visible_follow_links(text) == [feed], url
        # The linked feed exists and reads the same filters.
        assert client.get(feed).status_code == 200, feed


@pytest.mark.parametrize(
    ("language", "locale", "alternates"),
    [
        ("fr", "fr_FR", {"ar_AR", "en_US"}),
        ("ar", "ar_AR", {"fr_FR", "en_US"}),
        ("en", "en_US", set()),
    ],
)
def test_pages_carry_a_card_in_their_language(client, data, language, locale, alternates):
    agadir = data.meetings["MA-09"][0]
    urls = [
        f"/{language}/",
        f"/{language}/regions/MA-09/",
        f"/{language}/meetings/{agadir.id}/",
        f"/{language}/officials/{data.minister.id}/",
    ]
    for url in urls:
        _, text = page(client, url)
        assert meta(text, "og:locale") == [locale], url
        if alternates:
            assert alternates <= set(meta(text, "og:locale:alternate")), url
        for key in ("og:title", "og:description", "twitter:title", "twitter:description"):
            assert meta(text, key) and meta(text, key)[0].strip(), (url, key)
        assert meta(text, "og:image") == ["http://testserver/static/img/og.png"], url
        assert meta(text, "twitter:card") == ["summary_large_image"]
        assert meta(text, "og:url") == [f"http://testserver{url}"], url
    # The card's image is a static file of the site, 1200 × 630 as the tags say.
    path = finders.find("img/og.png")
    assert path
    with open(path, "rb") as image:
        head = image.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(head[16:20]), int.from_bytes(head[20:24])) == (1200, 630)


def test_card_words_name_what_the_page_shows(client, data):
    agadir = data.meetings["MA-09"][0]
    _, text = page(client, f"/fr/meetings/{agadir.id}/")
    # The page's own heading, composed from the facts (never a scraped title), and its words.
    assert meta(text, "og:title") == ["Consultation régionale · Agadir · 26 nov. 2024"]
    assert "26 nov. 2024 · Agadir, Souss-Massa" in meta(text, "og:description")[0]
    _, text = page(client, "/ar/regions/MA-09/")
    assert meta(text, "og:title") == ["سوس - ماسة"]
    _, text = page(client, f"/en/officials/{data.minister.id}/")
    assert "Omar Hejira" in meta(text, "og:title")[0]
    # The permalink drops ?embed= but keeps the filters.
    _, text = page(client, "/fr/?kind=consultation&embed=map")
    assert meta(text, "og:url") == ["http://testserver/fr/?kind=consultation"]


def test_the_map_page_has_the_share_dialog(client, data):
    _, text = page(client, "/fr/?region=MA-09")
    assert '<dialog id="share-dialog"' in text
    assert 'value="http://testserver/fr/?region=MA-09"' in text  # the permalink, before JS
    assert 'name="share-kind" value="map"' in text
    assert 'name="share-kind" value="timeline"' in text
    assert "data-share-open" in text


# --- Framing: only embed responses ------------------------------------------------------------


def frame_rules(response) -> tuple[str | None, str]:
    csp = response["Content-Security-Policy"]
    ancestors = re.search(r"frame-ancestors ([^;]*)", csp).group(1)
    return response.get("X-Frame-Options"), ancestors


@pytest.mark.parametrize(
    "url",
    [
        "/fr/?embed=map",
        "/fr/?embed=timeline&region=MA-09",
        "/ar/?embed=map&kind=consultation",
        "/en/regions/MA-09/?embed=timeline",
    ],
)
def test_embed_pages_may_be_framed_without_header_or_footer(client, data, url):
    response, text = page(client, url)
    assert frame_rules(response) == (None, "*")
    assert 'class="site-header"' not in text and 'class="site-footer"' not in text
    assert " embed embed-" in text  # the body class share.css reads
    # The rest of the policy stays as strict.
    assert "script-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.parametrize(
    "url",
    [
        "/fr/",
        "/fr/?embed=",
        "/fr/?embed=board",  # the map page has no board
        "/fr/?embed=header",
        "/fr/regions/MA-09/?embed=map",
        "/fr/feeds/meetings/?embed=map",
        "/api/meetings/?embed=map",
        "/admin/login/?embed=map",
    ],
)
def test_every_other_response_refuses_framing(client, data, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert frame_rules(response) == ("DENY", "'none'")
    if response["Content-Type"].startswith("text/html") and not url.startswith("/admin/"):
        assert 'class="site-header"' in response.content.decode()


def test_a_missing_embed_page_is_not_frameable(client, data):
    response = client.get("/fr/meetings/999999/?embed=map")
    assert response.status_code == 404
    assert response.get("X-Frame-Options") == "DENY"
