"""The Atom feeds of newly published meetings (events/feeds.py), read by feedparser as a
reader would: entries, filters, languages, what the public must not see, bad parameters."""

from __future__ import annotations

import datetime

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from events.models import Meeting, Round
from events.presentation import meeting_title
from tests.dashboard.test_pages import add_more_data
from tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db


def read(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, (url, response.content[:300])
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def meeting_ids(feed) -> set[int]:
    return {int(entry.link.rstrip("/").rsplit("/", 1)[1]) for entry in feed.entries}


def public_ids(data, *codes: str) -> set[int]:
    return {m.id for code in codes or data.meetings for m in data.meetings[code]}


def test_the_feed_lists_every_published_meeting_and_nothing_else(client, data):
    feed = read(client, "/fr/feeds/meetings/")
    assert feed.version == "atom10"
    assert meeting_ids(feed) == public_ids(data)
    hidden = {m.id for m in data.hidden}
    assert not meeting_ids(feed) & hidden
    assert "Réunion non publiée" not in str(feed)
    agadir = data.meetings["MA-09"][0]
    entry = next(e for e in feed.entries if e.link.endswith(f"/fr/meetings/{agadir.id}/"))
    with translation.override("fr"):  # the meeting page's heading, composed from its facts
        assert (
            entry.title == meeting_title(agadir) == "Consultation régionale · Agadir · 26 nov. 2024"
        )
    assert entry.link == f"http://testserver/fr/meetings/{agadir.id}/"
    # The summary in the page's language: date, place, who chaired, figures.
    assert "26 novembre 2024" in entry.summary
    assert "Agadir, Souss-Massa" in entry.summary
    assert "Omar Hejira" in entry.summary
    assert "21 milliards MAD" in entry.summary
    assert entry.published_parsed is not None and entry.updated_parsed is not None


def test_entries_come_newest_publication_first(client, data):
    draft = MeetingFactory(
        region=data.meetings["MA-06"][0].region,
        status=Meeting.Status.NEEDS_REVIEW,
        title="Publiée en dernier",
        date=datetime.date(2020, 1, 1),  # an old meeting published today
    )
    assert "Publiée en dernier" not in str(read(client, "/fr/feeds/meetings/"))
    draft.status = Meeting.Status.PUBLISHED
    draft.save()
    feed = read(client, "/fr/feeds/meetings/")
    assert feed.entries[0].link.endswith(f"/fr/meetings/{draft.id}/")
    published = [e.published_parsed for e in feed.entries]
    assert published == sorted(published, reverse=True)


def test_filtered_feeds_hold_the_map_pages_meetings(client, data):
    feed = read(client, "/fr/feeds/meetings/?region=MA-09&kind=consultation")
    assert meeting_ids(feed) == {data.meetings["MA-09"][0].id}
    assert "Souss-Massa" in feed.feed.title and "consultation" in feed.feed.title
    # The feed's page is the map with the same filters.
    assert feed.feed.link == "http://testserver/fr/?region=MA-09&kind=consultation"

    feed = read(client, "/fr/feeds/meetings/?year=2024")
    assert meeting_ids(feed) == {
        m.id for ms in data.meetings.values() for m in ms if m.date.year == 2024
    }
    # Parameters that are not filters (the map's measure) are ignored, as by /api/meetings/.
    assert meeting_ids(read(client, "/fr/feeds/meetings/?measure=exports")) == public_ids(data)


def test_region_and_official_feeds(client, data):
    feed = read(client, "/ar/feeds/regions/MA-09/")
    assert meeting_ids(feed) == public_ids(data, "MA-09")
    assert "سوس - ماسة" in feed.feed.title
    assert feed.feed.link == "http://testserver/ar/regions/MA-09/"
    feed = read(client, "/en/feeds/regions/MA-06/?kind=chamber_meeting")
    assert meeting_ids(feed) == {
        m.id for m in data.meetings["MA-06"] if m.kind == "chamber_meeting"
    }

    feed = read(client, f"/en/feeds/officials/{data.wali.id}/")
    assert meeting_ids(feed) == public_ids(data, "MA-09")
    assert "Said Amzazi" in feed.feed.title
    assert client.get("/fr/feeds/regions/MA-99/").status_code == 404
    assert client.get("/fr/feeds/officials/999999/").status_code == 404


def test_entries_speak_the_pages_language(client, data):
    agadir = data.meetings["MA-09"][0]
    entry = next(
        e for e in read(client, "/ar/feeds/meetings/").entries if e.link.endswith(f"/{agadir.id}/")
    )
    assert entry.link == f"http://testserver/ar/meetings/{agadir.id}/"
    assert "سوس - ماسة" in entry.summary
    assert "عمر حجيرة" in entry.summary  # the Arabic spelling of the name on the Arabic feed
    english = read(client, "/en/feeds/meetings/")
    assert english.feed.language == "en"
    assert any("Nov. 26, 2024" in e.summary for e in english.entries)


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("region=MA-99", "region"),
        ("year=abc", "year"),
        ("date_from=2024-13-01", "date_from"),
        ("kind=party", "kind"),
        ("official=0", "official"),
        ("q=" + "x" * 500, "q"),
        ("q=a%00b", "q"),
    ],
)
def test_bad_parameters_are_a_400_naming_them(client, data, query, parameter):
    response = client.get(f"/fr/feeds/meetings/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert f"{parameter}:" in response.content.decode()
    assert client.get(f"/fr/feeds/regions/MA-09/?{query}").status_code == 400


def test_a_feed_costs_a_fixed_number_of_queries(client, data, regions):
    url = f"/fr/feeds/meetings/?official={data.minister.id}&kind=consultation"
    client.get(url)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    small = count()
    add_more_data(regions, data, 12)
    assert count() == small <= 6


def test_a_rounds_feed_lists_its_published_stops(client, regions):
    tour = Round.objects.create(slug="caravane-2025", name_fr="Caravane de l'export 2025")
    stops = [MeetingFactory(region=regions[code], round=tour) for code in ("MA-01", "MA-02")]
    MeetingFactory(region=regions["MA-03"], round=tour, status=Meeting.Status.NEEDS_REVIEW)
    MeetingFactory(region=regions["MA-04"])  # in no round
    feed = read(client, "/fr/feeds/meetings/?round=caravane-2025")
    assert meeting_ids(feed) == {m.id for m in stops}
    assert client.get("/fr/feeds/meetings/?round=no such round").status_code == 400
