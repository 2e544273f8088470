"""/api/rounds/ (list and detail) and the `round=` filter of /api/meetings/ and its exports."""

from __future__ import annotations

import csv
import datetime
import io
import json

import pytest

from events.models import Meeting, Round
from events.services.rounds import round_regions_default
from tests.factories import MeetingFactory, OfficialFactory

pytestmark = pytest.mark.django_db

D = datetime.date


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def tour(regions):
    """A public round with three published stops and a hidden one, a proposed round, others."""
    lead = OfficialFactory(name_ar="عمر حجيرة", name_latin="Omar Hejira")
    round_ = Round.objects.create(
        slug="caravane-2025",
        name_ar="قافلة التصدير 2025",
        name_fr="Caravane de l'export 2025",
        name_en="Export Caravan 2025",
        programme="export_caravan",
        kind=Meeting.Kind.CARAVAN,
        start=D(2025, 10, 14),
        lead_official=lead,
    )
    round_.regions.set([regions[c] for c in ("MA-01", "MA-02", "MA-03", "MA-05")])
    stops = [
        MeetingFactory(region=regions[code], date=date, round=round_, stop_number=n)
        for code, date, n in (
            ("MA-03", D(2025, 10, 16), 2),
            ("MA-01", D(2025, 10, 14), 1),
            ("MA-02", D(2025, 10, 22), 4),
        )
    ]
    MeetingFactory(
        region=regions["MA-05"], date=D(2025, 10, 30), round=round_, status="needs_review"
    )
    proposed = Round.objects.create(slug="proposed", name_fr="Proposée", is_proposal=True)
    round_regions_default(round_=proposed)
    MeetingFactory(region=regions["MA-06"], date=D(2025, 10, 20), round=proposed)
    MeetingFactory(region=regions["MA-07"], date=D(2025, 10, 21))
    return round_, stops


def test_round_list_shows_public_rounds_only(client, tour):
    response = client.get("/api/rounds/")
    assert response.status_code == 200
    [row] = response.json()["results"]
    assert row["slug"] == "caravane-2025"
    assert (row["name_ar"], row["name_fr"], row["name_en"]) == (
        "قافلة التصدير 2025",
        "Caravane de l'export 2025",
        "Export Caravan 2025",
    )
    assert row["programme"] == "export_caravan" and row["kind"] == "caravan"
    assert row["lead_official"]["name_latin"] == "Omar Hejira"
    assert row["expected_regions"] == ["MA-01", "MA-02", "MA-03", "MA-05"]
    assert row["visited_count"] == 3  # the stop waiting for review is not public


def test_round_detail_numbers_the_stops_in_date_order(client, tour):
    response = client.get("/api/rounds/caravane-2025/")
    assert response.status_code == 200
    data = response.json()
    got = [(s["number"], s["reported_number"], s["region"]) for s in data["stops"]]
    assert got == [(1, 1, "MA-01"), (2, 2, "MA-03"), (3, 4, "MA-02")]
    assert client.get("/api/rounds/proposed/").status_code == 404
    assert client.get("/api/rounds/nope/").status_code == 404


def test_meetings_round_filter(client, tour):
    _, stops = tour
    response = client.get("/api/meetings/", {"round": "caravane-2025"})
    assert response.status_code == 200
    assert {m["id"] for m in response.json()["results"]} == {m.pk for m in stops}
    # a proposed round is not public: its meetings are not reachable through it
    assert client.get("/api/meetings/", {"round": "proposed"}).json()["results"] == []
    assert client.get("/api/meetings/", {"round": "unknown"}).json()["results"] == []
    bad = client.get("/api/meetings/", {"round": "not a slug"})
    assert bad.status_code == 400 and "round" in bad.json()
    # combined with another filter
    one = client.get("/api/meetings/", {"round": "caravane-2025", "region": "MA-03"}).json()
    assert [m["id"] for m in one["results"]] == [stops[0].pk]


def test_round_filter_in_the_exports(client, tour):
    _, stops = tour
    csv_response = client.get("/api/meetings/", {"round": "caravane-2025", "format": "csv"})
    assert csv_response.status_code == 200
    assert "caravane-2025" in csv_response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(body(csv_response).decode("utf-8-sig"))))
    assert sorted(int(r["id"]) for r in rows) == sorted(m.pk for m in stops)
    geo = client.get("/api/meetings/", {"round": "caravane-2025", "format": "geojson"})
    assert geo.status_code == 200
    features = json.loads(body(geo))["features"]
    assert sorted(f["id"] for f in features) == sorted(m.pk for m in stops)


def test_round_filter_in_the_schema(client):
    schema = client.get("/api/schema/", {"format": "json"}).json()
    params = {p["name"]: p for p in schema["paths"]["/api/meetings/"]["get"]["parameters"]}
    assert params["round"]["schema"]["pattern"] == "^[-a-zA-Z0-9_]+$"
    assert "/api/rounds/{slug}/" in schema["paths"]


@pytest.mark.parametrize(
    ("lang", "date", "city"),
    [
        ("fr", "14 oct. 2025", "Tanger"),
        ("ar", "14 أكتوبر 2025", "طنجة"),
        ("en", "14 Oct 2025", "Tangier"),
    ],
)
def test_the_board_shows_each_stop_date_and_city_in_the_page_language(
    client, tour, lang, date, city
):
    html = client.get(f"/{lang}/rounds/caravane-2025/").content.decode()
    # the board row, the list of stops and the round's start: one date format per language
    assert html.count(f">{date}</time>") == 3, html
    assert f">{city}</a>" in html
