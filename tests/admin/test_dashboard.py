"""Issue 15 § 2: the admin home starts with the day's counts, each a link into the filtered
list that shows exactly those rows."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from events.models import MeetingProposal, Official
from tests.factories import ArticleFactory, MeetingFactory, OfficialFactory, SourceFactory

pytestmark = pytest.mark.django_db


def conflict(field: str) -> dict:
    return {
        "code": "conflicting_report",
        "field": f"meeting.{field}",
        "article": 1,
        "params": {"field": f"meeting.{field}", "new": "x", "current": "y"},
    }


@pytest.fixture
def day(regions):
    MeetingFactory.create_batch(2, region=regions["MA-08"], status="needs_review")
    MeetingFactory(region=regions["MA-08"], status="published")
    MeetingFactory(region=regions["MA-08"], status="published", warnings=[conflict("date")])
    MeetingFactory(region=regions["MA-01"], status="needs_review", warnings=[conflict("city")])
    MeetingFactory(region=regions["MA-01"], status="rejected", warnings=[conflict("city")])
    MeetingFactory(
        region=regions["MA-02"],
        warnings=[{"code": "multiple_regions", "field": "meeting.region", "message": "…"}],
    )
    for error in (
        "empty: there is no text",
        "unreachable: no connection to http://x",
        "HTTP 404 from x",
    ):
        ArticleFactory(status="failed", error=error, content_hash=None)
    ArticleFactory(
        status="failed", error="unreachable: no connection to http://y", content_hash=None
    )
    OfficialFactory.create_batch(3, needs_review=True)
    OfficialFactory(needs_review=False)
    SourceFactory(last_error="not a readable feed: boom")
    SourceFactory()
    published = MeetingFactory(region=regions["MA-09"], status="published")
    for status in ("pending", "pending", "rejected"):
        MeetingProposal.objects.create(meeting=published, article=ArticleFactory(), status=status)


def _counts(html: str) -> dict[str, tuple[int, str]]:
    found = re.findall(
        r'data-key="([a-z_]+)">\s*<a href="([^"]+)"><span class="count">(\d+)</span>', html
    )
    return {key: (int(count), url.replace("&amp;", "&")) for key, url, count in found}


def test_the_home_page_counts_what_waits_and_each_link_lists_those_rows(senior_client, day):
    senior_client.cookies["django_language"] = "fr"
    html = senior_client.get(reverse("admin:index")).content.decode()
    assert 'id="staff-dashboard"' in html and "Rencontres à relire" in html
    counts = _counts(html)
    assert {k: c for k, (c, _u) in counts.items()} == {
        "review": 3,
        "proposals": 2,  # the rejected proposal waits for no one
        "conflict_date": 1,
        "conflict_city": 1,  # the rejected meeting does not wait for anyone
        "conflict_region": 1,
        "failed_unreachable": 2,
        "failed_empty": 1,
        "failed_http_status": 1,
        "officials": 3,
        "feeds": 1,
    }
    for key, (count, url) in counts.items():
        page = senior_client.get(url)
        assert page.status_code == 200, (key, url)
        assert page.context["cl"].result_count == count, (key, url)


def test_counts_follow_the_data(senior_client, day):
    Official.objects.update(needs_review=False)
    html = senior_client.get(reverse("admin:index")).content.decode()
    assert _counts(html)["officials"][0] == 0


def test_a_viewer_without_article_rights_sees_no_article_counts(make_staff, day):
    user = make_staff()
    user.user_permissions.set(Permission.objects.filter(codename="view_meeting"))
    client = Client()
    client.force_login(user)
    counts = _counts(client.get(reverse("admin:index")).content.decode())
    assert "review" in counts and not any(k.startswith("failed_") for k in counts)
    assert "feeds" not in counts and "officials" not in counts
