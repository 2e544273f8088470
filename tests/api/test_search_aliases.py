"""Public search finds what a reader types (issue 14's table): official aliases, region names in
every spelling the product knows, city names, with the admin's fold."""

from __future__ import annotations

import datetime

import pytest

from events.models import Official
from events.search import meeting_search
from tests.factories import (
    MeetingFactory,
    OfficialAliasFactory,
    OfficialFactory,
    ParticipationFactory,
)

pytestmark = pytest.mark.django_db

URL = "/api/meetings/"


@pytest.fixture
def places(regions):
    """A meeting per place, titled so that no title holds a place or a person's name."""
    hejira = OfficialFactory(name_ar="عمر حجيرة", name_latin="Omar Hejira")
    for alias in ("احجيرة", "Hjira", "Omar Hjira"):
        OfficialAliasFactory(official=hejira, alias=alias, normalized=alias.casefold())
    made = {}
    for key, code, city in [
        ("agadir", "MA-09", "Agadir"),
        ("taroudant", "MA-09", "Taroudant"),
        ("tanger", "MA-01", "Tanger"),
        ("marrakech", "MA-07", "Marrakech"),
        ("oujda", "MA-02", "Oujda"),
    ]:
        made[key] = MeetingFactory(
            region=regions[code],
            city=city,
            title="لقاء تشاوري",
            summary="",
            date=datetime.date(2024, 11, 26),
        )
    ParticipationFactory(meeting=made["oujda"], official=hejira)
    # A merged duplicate whose participation still points at it is found through the alias.
    duplicate = OfficialFactory(name_ar="ع. حجيره", name_latin="O. H.", merged_into=hejira)
    ParticipationFactory(meeting=made["taroudant"], official=duplicate)
    return made


def api_ids(client, q: str, **params) -> set[int]:
    response = client.get(URL, {"q": q, **params}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return {m["id"] for m in response.json()["results"]}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("احجيرة", {"oujda", "taroudant"}),  # an alias, not the name as stored
        ("Hjira", {"oujda", "taroudant"}),
        ("HJIRA", {"oujda", "taroudant"}),
        ("Tangier", {"tanger"}),  # the English UI's spelling of the region and the city
        ("Marrakesh", {"marrakech"}),
        ("Souss", {"agadir", "taroudant"}),  # a region's name
        ("سوس ماسة", {"agadir", "taroudant"}),
        ("أكادير", {"agadir"}),  # a city in Arabic script, stored in Latin
        ("Agadir", {"agadir"}),
        ("Fès", set()),
    ],
)
def test_api_search_finds_the_issue_queries(client, places, query, expected):
    assert api_ids(client, query) == {places[k].id for k in expected}


def test_terms_combine_person_and_place(client, places):
    assert api_ids(client, "Hjira Oriental") == {places["oujda"].id}
    assert api_ids(client, "Hjira Souss") == {places["taroudant"].id}


def test_the_map_page_filter_and_the_selector_agree(client, places):
    found = meeting_search(places["agadir"].__class__.objects.public(), "tangier")
    assert set(found.values_list("pk", flat=True)) == {places["tanger"].id}


def test_official_list_finds_aliases(client, places):
    response = client.get("/api/officials/", {"q": "احجيرة"})
    assert response.status_code == 200
    names = {o["name_latin"] for o in response.json()["results"]}
    assert names == {"Omar Hejira"}
    assert Official.objects.filter(aliases__alias__fold="احجيرة").count() == 1
