"""The public pages through the Django test client: status codes, what the public may see,
filters from the query string, languages, and a constant number of queries per page."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Meeting
from tests.factories import (
    ExportFigureFactory,
    MeetingFactory,
    MeetingSourceFactory,
    OfficialFactory,
    ParticipationFactory,
)

pytestmark = pytest.mark.django_db


def html_of(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def row_count(html: str, code: str) -> int:
    """The meeting count the map page's table shows for a region."""
    match = re.search(
        rf'<tr data-region="{code}".*?<td class="num count">(\d+)</td>', html, flags=re.S
    )
    assert match, code
    return int(match.group(1))


# --- Map page -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_map_page_lists_the_12_regions_with_published_counts(client, data, lang):
    html = html_of(client.get(f"/{lang}/"))
    assert html.count('<tr data-region="MA-') == 12
    assert row_count(html, "MA-09") == 3  # the unpublished and the merged meeting are not counted
    assert row_count(html, "MA-06") == 2
    assert row_count(html, "MA-05") == 0
    assert 'id="map-config"' in html and 'type="module"' in html
    assert "Réunion non publiée" not in html


def test_map_page_filters_come_from_the_query_string(client, data):
    html = html_of(client.get("/fr/?year=2024&kind=consultation"))
    assert row_count(html, "MA-09") == 1
    assert row_count(html, "MA-06") == 1
    assert row_count(html, "MA-02") == 0
    assert '<option value="2024" selected>' in html
    assert '<option value="consultation" selected>' in html
    # The download carries the filters; the region links keep them.
    assert 'href="/api/meetings/?year=2024&amp;kind=consultation&amp;format=csv"' in html
    assert 'href="?year=2024&amp;kind=consultation&amp;region=MA-09"' in html


def test_map_page_official_and_text_filters(client, data):
    html = html_of(client.get(f"/en/?official={data.wali.id}"))
    assert row_count(html, "MA-09") == 3 and row_count(html, "MA-06") == 0
    html = html_of(client.get("/en/?q=Tiznit"))
    assert row_count(html, "MA-09") == 1 and row_count(html, "MA-01") == 0


def test_map_page_shows_latest_export_and_hides_unpublished_figures(client, data):
    html = html_of(client.get("/en/"))
    row = re.search(r'<tr data-region="MA-09".*?</tr>', html, flags=re.S).group(0)
    assert "21 billion MAD" in row and "(2024)" in row
    assert "99 billion" not in html  # quoted only at the meeting under review


@pytest.mark.parametrize(
    "query",
    [
        "year=abc",
        "year=99999999999999999999",
        "year=1800",
        "region=MA-99",
        "region=<script>",
        "official=-3",
        "official=abc",
        "official=99999999999999999999999",
        "date_from=2024-13-45&date_to=yesterday",
        "kind=party",
        "measure=rainbow",
        "q=" + "x" * 500,
        "q=%00",
        "page=x&ordering=drop+table",
        "year=2024&year=2025",
    ],
)
def test_bad_query_strings_never_break_the_pages(client, data, query):
    assert client.get(f"/fr/?{query}").status_code == 200
    assert client.get(f"/fr/regions/MA-09/?{query}").status_code == 200


def test_region_selected_in_url_is_marked_in_the_table(client, data):
    html = html_of(client.get("/ar/?region=MA-09"))
    assert '<tr data-region="MA-09" aria-current="true">' in html
    assert 'id="region-panel"' in html and 'id="region-panel" aria-live="polite" hidden' not in html


def test_language_switcher_keeps_the_path_and_query(client, data):
    html = html_of(client.get("/fr/regions/MA-09/?year=2024"))
    assert 'name="next" type="hidden" value="/regions/MA-09/?year=2024"' in html
    response = client.post(
        "/i18n/setlang/", {"language": "ar", "next": "/regions/MA-09/?year=2024"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/ar/regions/MA-09/?year=2024"
    assert response.status_code == 200 and 'dir="rtl"' in response.content.decode()


# --- Region timeline ------------------------------------------------------------------------


def test_region_page_lists_published_meetings_in_date_order(client, data):
    html = html_of(client.get("/en/regions/MA-09/"))
    positions = [html.index(f'id="meeting-{m.id}"') for m in data.meetings["MA-09"]]
    dates = [m.date for m in data.meetings["MA-09"]]
    assert [p for _, p in sorted(zip(dates, positions, strict=True))] == sorted(positions)
    for hidden in data.hidden:
        assert f'id="meeting-{hidden.id}"' not in html
    assert "Souss-Massa" in html
    assert "≈" in html and 'class="date uncertain"' in html  # Tiznit's date is uncertain
    assert "https://news.example.ma/article/" in html  # links to the source articles
    assert f'href="/en/officials/{data.minister.id}/"' in html
    # The export chart: 2022 and 2024, not the unpublished meeting's figure.
    assert "18.5 billion MAD" in html and "21 billion MAD" in html and "99 billion" not in html


def test_region_page_applies_the_map_filters(client, data):
    html = html_of(client.get("/fr/regions/MA-09/?year=2024"))
    assert f'id="meeting-{data.meetings["MA-09"][0].id}"' in html
    assert f'id="meeting-{data.meetings["MA-09"][1].id}"' not in html


@pytest.mark.parametrize("code", ["MA-13", "MA-00", "XX", "ma-09"])
def test_unknown_region_is_404(client, data, code):
    assert client.get(f"/fr/regions/{code}/").status_code == 404


def test_region_page_in_arabic_is_rtl_with_arabic_names(client, data):
    html = html_of(client.get("/ar/regions/MA-09/"))
    assert 'dir="rtl"' in html and 'lang="ar"' in html
    assert "سوس - ماسة" in html and "عمر حجيرة" in html


# --- Meeting page ---------------------------------------------------------------------------


def test_meeting_page_shows_facts_people_figures_and_evidence(client, data):
    meeting = data.meetings["MA-09"][0]
    html = html_of(client.get(f"/fr/meetings/{meeting.id}/"))
    # The title is composed from the facts (the machine's title was the article's first line).
    assert "Consultation régionale · Agadir · 26 nov. 2024" in html
    assert "Agadir" in html and "Souss-Massa" in html
    assert f'href="/fr/officials/{data.wali.id}/"' in html
    assert "Said Amzazi" in html and "سعيد أمزازي" in html
    assert "كاتب الدولة عمر حجيرة" in html  # the words the participation came from
    assert "يوم 26" in html and "بمدينة Agadir" in html  # evidence quoted per field
    assert 'id="meeting-map"' in html and 'id="mini-map-data"' in html
    assert re.search(r"21\s+milliards", html)


def test_unpublished_meeting_is_404_and_merged_one_redirects(client, data):
    hidden, merged = data.hidden
    assert client.get(f"/fr/meetings/{hidden.id}/").status_code == 404
    response = client.get(f"/fr/meetings/{merged.id}/")
    assert response.status_code == 301
    assert response["Location"] == f"/fr/meetings/{merged.merged_into_id}/"
    assert client.get("/fr/meetings/999999999/").status_code == 404
    assert client.get("/fr/meetings/99999999999999999999999/").status_code == 404


# --- Official page --------------------------------------------------------------------------


def test_official_page_names_roles_and_route_in_date_order(client, data):
    html = html_of(client.get(f"/en/officials/{data.minister.id}/"))
    assert "عمر حجيرة" in html and "Omar Hejira" in html
    assert "secretary of state" in html
    all_meetings = sorted((m for ms in data.meetings.values() for m in ms), key=lambda m: m.date)
    positions = [html.index(f'id="meeting-{m.id}"') for m in all_meetings]
    assert positions == sorted(positions)
    route = re.search(r'id="mini-map-data" type="application/json">(.*?)</script>', html).group(1)
    assert route.count('"lonlat"') == 7


def test_official_without_public_meeting_is_404(client, data):
    nobody = OfficialFactory()
    ParticipationFactory(meeting=data.hidden[0], official=nobody)
    assert client.get(f"/fr/officials/{nobody.id}/").status_code == 404
    assert client.get("/fr/officials/999999999/").status_code == 404


def test_merged_official_redirects(client, data):
    duplicate = OfficialFactory(merged_into=data.minister)
    response = client.get(f"/fr/officials/{duplicate.id}/")
    assert response.status_code == 301
    assert response["Location"] == f"/fr/officials/{data.minister.id}/"


# --- Queries: constant whatever the amount of data -------------------------------------------


def add_more_data(regions, data, n: int) -> None:
    """n more published meetings in each of three regions, each with people, figures, sources."""
    for code in ("MA-09", "MA-06", "MA-03"):
        for i in range(n):
            meeting = MeetingFactory(
                region=regions[code], date=datetime.date(2020 + i % 5, 1 + i % 12, 1 + i)
            )
            MeetingSourceFactory(meeting=meeting, evidence={"date": {"text": "x"}})
            MeetingSourceFactory(meeting=meeting)
            ParticipationFactory(meeting=meeting, official=data.minister)
            ParticipationFactory(meeting=meeting)
            ExportFigureFactory(meeting=meeting, amount_mad=Decimal(10**9 + i), year=2015 + i)


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


PAGES = [
    "/fr/",
    "/fr/?year=2024&kind=consultation",
    "/ar/regions/MA-09/",
    "/en/regions/MA-06/?year=2024",
    "MEETING",
    "OFFICIAL",
    "/fr/places.json?kind=consultation",
]


def test_queries_per_page_do_not_grow_with_the_data(client, regions, data):
    meeting = data.meetings["MA-09"][0]
    urls = [
        f"/fr/meetings/{meeting.id}/"
        if u == "MEETING"
        else f"/fr/officials/{data.minister.id}/"
        if u == "OFFICIAL"
        else u
        for u in PAGES
    ]
    for url in urls:
        client.get(url)  # warm caches (sessions, content types)
    small = {url: count_queries(client, url) for url in urls}
    add_more_data(regions, data, 12)
    # The shown meeting gains people, figures and sources too.
    for _ in range(4):
        ParticipationFactory(meeting=meeting)
        MeetingSourceFactory(meeting=meeting)
    assert Meeting.objects.published().count() > 40
    large = {url: count_queries(client, url) for url in urls}
    assert small == large
    assert max(large.values()) <= 10, large


# --- Meeting places (the map's markers) ------------------------------------------------------


def test_time_axis_draws_one_point_per_kind_where_meetings_share_a_pixel(client, regions):
    for _ in range(120):  # a busy region: many meetings on the same day
        MeetingFactory(region=regions["MA-06"], date=datetime.date(2024, 3, 1))
    MeetingFactory(region=regions["MA-06"], date=datetime.date(2025, 3, 1))
    MeetingFactory(region=regions["MA-06"], date=datetime.date(2025, 3, 1), kind="caravan")
    page = html_of(client.get("/en/regions/MA-06/"))
    assert page.count('<li class="kind-consultation"') == 2
    assert page.count('<li class="kind-caravan"') == 1
    assert "122 published meetings" in page


def test_places_aggregate_published_meetings_by_city(client, data):
    response = client.get("/fr/places.json")
    assert response.status_code == 200
    places = {(p["region"], p["city"]): p for p in response.json()["results"]}
    assert len(places) == 7  # one per seed city; the hidden meetings add nothing
    agadir = places[("MA-09", "Agadir")]
    assert agadir["count"] == 1 and agadir["location"] == [-9.598, 30.427]
    filtered = client.get("/fr/places.json?year=2023&region=MA-01").json()["results"]
    assert {p["city"] for p in filtered} == {"Taroudant", "Oujda"}  # region is ignored here
    assert client.get("/fr/places.json?year=abc&official=x").status_code == 200


def test_region_page_pages_its_details_but_axes_every_meeting(client, regions):
    for day in range(55):
        MeetingFactory(
            region=regions["MA-03"], date=datetime.date(2024, 1, 1) + datetime.timedelta(day)
        )
    first = html_of(client.get("/en/regions/MA-03/"))
    assert first.count('<li class="meeting ') == 50
    assert first.count('<li class="kind-consultation"') == 55  # the time axis shows them all
    assert "55 published meetings" in first
    assert 'href="?page=2#meeting-' in first and 'rel="next"' in first
    second = html_of(client.get("/en/regions/MA-03/?page=2"))
    assert second.count('<li class="meeting ') == 5 and 'rel="prev"' in second
    assert html_of(client.get("/en/regions/MA-03/?page=99")).count('<li class="meeting ') == 5
    for bad in ("0", "-1", "x", "9" * 30):
        assert (
            html_of(client.get(f"/en/regions/MA-03/?page={bad}")).count('<li class="meeting ') == 50
        )
