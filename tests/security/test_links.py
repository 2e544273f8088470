"""Stored addresses become links only when they are http(s) (issue 13, rendering side).

Rows stored before the scheme was checked at storage may hold `javascript:` or `data:` URLs;
the pages must still show the source, as text. Templates: `http_url`
(events/templatetags/links.py); JS: `httpUrl` (static/js/dom.js, checked in
tests/browser/test_hostile_text.py).
"""

from __future__ import annotations

import re

import pytest

from events.templatetags.links import http_url
from tests.factories import ArticleFactory, MeetingFactory, MeetingSourceFactory

SAFE = ["https://news.example.ma/a?b=1#c", "http://127.0.0.1:8000/x", "HTTPS://EXAMPLE.MA/"]
UNSAFE = [
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/x",  # scheme-relative: not a stored absolute address
    "/fr/",
    "https:evil",  # no host
    "http://[::1",  # unparsable
    "",
    None,
    42,
]


@pytest.mark.parametrize("url", SAFE)
def test_http_urls_are_kept(url):
    assert http_url(url) == url


@pytest.mark.parametrize("url", UNSAFE)
def test_anything_else_is_not_a_link(url):
    assert http_url(url) == ""


@pytest.mark.django_db
def test_pages_show_a_javascript_source_as_text(client, regions):
    meeting = MeetingFactory(region=regions["MA-09"], title="Consultation d'Agadir")
    article = ArticleFactory(
        url="javascript:alert(document.domain)",
        title="Le titre de l'article",
        outlet="Le Matin",
    )
    MeetingSourceFactory(
        meeting=meeting,
        article=article,
        evidence={"city": {"start": 0, "end": 6, "text": "Agadir"}},
    )
    for path in (f"/fr/meetings/{meeting.pk}/", "/fr/regions/MA-09/"):
        html = client.get(path).content.decode()
        assert not re.search(r"href=[\"']?\s*javascript:", html, re.IGNORECASE), path
        assert html.count('rel="noopener external"') == 0, path  # no source link at all
    meeting_page = client.get(f"/fr/meetings/{meeting.pk}/").content.decode()
    assert "Le titre de l&#x27;article" in meeting_page  # the source is still listed, as text
