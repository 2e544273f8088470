"""Shared by the proposal tests: two reports of one meeting, staff accounts, the public version.

The first report (the Oujda fixture without its date) makes a meeting that a reviewer
publishes; the second (fixtures/oriental_council_ar.txt, written for the project) reports the
same meeting with its date, a new official (the region council's president) and a new figure
(an investment envelope).
"""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from events.extraction.calibration import PUBLISH_THRESHOLD
from events.models import Article, Meeting, Official
from events.services import steps
from events.services.documents import content_hash
from tests.admin.conftest import groups_ensure
from tests.events.news_server import FIXTURES

DATE_WORDS = "يوم الخميس 13 مارس 2025، "
UNDATED_AR = (FIXTURES / "oriental_ar.txt").read_text(encoding="utf-8").replace(DATE_WORDS, "")
SECOND_AR = (FIXTURES / "oriental_council_ar.txt").read_text(encoding="utf-8")
NEW_OFFICIAL = "عبد النبي بعيوي"
NEW_FIGURE_KEY = "figure:investment:region:1200000000.00"
# The CSRF token of the language switcher's form is masked anew on every response.
CSRF = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]*"')


def staff(*groups: str):
    """A staff account in the migration's groups (viewer, editor, reviewer)."""
    groups_ensure()
    user = get_user_model().objects.create_user(
        username="-".join(groups) + f"-{get_user_model().objects.count()}", is_staff=True
    )
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


def extracted(text: str, name: str) -> Article:
    """An article with its text and extraction, as the worker's first two steps leave it."""
    article = Article.objects.create(
        source_ref=name, text=text, title=text.split("\n", 1)[0], content_hash=content_hash(text)
    )
    assert steps.article_extract(article_id=article.pk)
    article.refresh_from_db()
    return article


def stored(text: str, name: str, **changes) -> Article:
    """An article through the worker's steps in-process (extract, store); `changes` edits the
    extraction between the two (see `confident`)."""
    article = extracted(text, name)
    if changes:
        Article.objects.filter(pk=article.pk).update(extraction={**article.extraction, **changes})
    assert steps.article_store(article_id=article.pk) is not None
    article.refresh_from_db()
    return article


def confident(extraction: dict, value: float, *, low: str = "") -> dict:
    """The extraction with every fact's confidence set to `value`, except the fact at path
    `low` ("officials[0]", "meeting.date"), set just below the publish threshold."""
    below = round(PUBLISH_THRESHOLD - 0.01, 3)
    meeting = extraction["meeting"]
    conf = {f: (below if low == f"meeting.{f}" else value) for f in meeting["confidence"]}
    officials = [
        {**o, "confidence": below if low == f"officials[{i}]" else value, "role_confidence": value}
        for i, o in enumerate(extraction["officials"])
    ]
    figures = [
        {**f, "confidence": value, "metric_confidence": value, "scope_confidence": value}
        for f in extraction["figures"]
    ]
    return {
        "meeting": {**meeting, "confidence": conf},
        "officials": officials,
        "figures": figures,
    }


def public_urls(meeting: Meeting) -> list[str]:
    """Everything the public reads about a meeting: the API and its exports, the pages."""
    urls = [
        "/api/meetings/",
        "/api/meetings/?format=csv",
        "/api/meetings/?format=geojson",
        "/api/meetings/?region=MA-02",
        "/api/figures/",
        "/api/officials/",
        "/api/regions/",
        "/api/regions/MA-02/",
        "/api/stats/",
        f"/fr/meetings/{meeting.pk}/",
        f"/ar/meetings/{meeting.pk}/",
        "/fr/regions/MA-02/",
        "/fr/",
    ]
    urls += [f"/fr/officials/{o.pk}/" for o in Official.objects.order_by("pk")]
    return urls


def public_version(urls: list[str]) -> dict[str, bytes]:
    """Each URL's status and body, as an anonymous visitor gets them (CSRF mask left out)."""
    client = Client()
    version = {}
    for url in urls:
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        version[url] = f"{response.status_code} ".encode() + CSRF.sub(b"", body)
    return version
