"""/api/meetings/: filters, order, cursor pages, exports of exactly the listed rows, no leaks."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.db import connection

from events.apis import PublicAnonThrottle
from events.extraction import fold_search as fold
from tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db

URL = "/api/meetings/"


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def all_pages(client, params: dict, page_size: int = 2) -> list[dict]:
    """Every result, following `next` links."""
    results = []
    response = client.get(URL, {**params, "page_size": page_size})
    assert response.status_code == 200, response.content
    while True:
        data = response.json()
        assert len(data["results"]) <= page_size
        results += data["results"]
        if not data["next"]:
            return results
        response = client.get(data["next"])
        assert response.status_code == 200


FILTER_COMBINATIONS = [
    {},
    {"region": "MA-09"},
    {"region": "MA-09", "year": "2024"},
    {"year": "2024", "kind": "consultation"},
    {"date_from": "2023-01-01", "date_to": "2024-06-30"},
    {"q": "الاستثمار"},
    {"q": "export"},
    {"region": "MA-06", "ordering": "date"},
    {"ordering": "date"},
    {"region": "MA-12"},
]


def test_result_shape(client, world):
    response = client.get(URL, {"region": "MA-06", "year": "2024"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["previous"] is None and data["next"] is None
    [m] = data["results"]
    assert list(m) == [
        "id", "date", "date_precision", "date_certain", "region", "city", "city_label",
        "location", "kind", "title", "display_title", "programme", "officials", "figures",
        "sources",
    ]  # fmt: skip
    assert m["region"] == {
        "code": "MA-06",
        "name_ar": "الدار البيضاء - سطات",
        "name_fr": "Casablanca-Settat",
        "name_en": "Casablanca-Settat",
    }
    assert m["date"] == "2024-11-26"
    assert len(m["location"]) == 2 and -18 < m["location"][0] < 0
    # The duplicate official (merged into Alami) is shown as Alami.
    assert sorted(o["name_latin"] for o in m["officials"]) == ["Fatima Bennani", "Mohamed Alami"]
    assert set(m["officials"][0]) == {"id", "name_ar", "name_latin", "role", "role_code"}
    assert {f["amount_mad"] for f in m["figures"]} == {"120000000000.00", "1000000.00"}
    assert list(m["figures"][0]) == ["amount_mad", "metric", "scope", "approximate", "year", "text"]
    assert list(m["sources"][0]) == ["id", "url", "outlet", "title", "headline", "published"]


@pytest.mark.parametrize("params", FILTER_COMBINATIONS)
def test_filters_select_the_public_meetings_that_match(client, world, params):
    results = all_pages(client, params)
    ids = [r["id"] for r in results]
    assert len(ids) == len(set(ids)), "a meeting repeated across pages"
    expected = [
        m
        for m in world.public
        if (not params.get("region") or m.region.code == params["region"])
        and (not params.get("year") or (m.date and m.date.year == int(params["year"])))
        and (not params.get("kind") or m.kind == params["kind"])
        and (not params.get("date_from") or (m.date and m.date.isoformat() >= params["date_from"]))
        and (not params.get("date_to") or (m.date and m.date.isoformat() <= params["date_to"]))
        and (
            not params.get("q")
            or fold(params["q"]) in fold(f"{m.title} {m.summary} {m.city}")
            or any(
                fold(params["q"]) in fold(f"{p.official.name_ar} {p.official.name_latin}")
                for p in m.participations.all()
            )
        )
    ]
    assert sorted(ids) == sorted(m.pk for m in expected)
    # Order: by date (NULL ranks above every date, as in PostgreSQL), then id.
    descending = params.get("ordering", "-date") == "-date"
    keys = [((r["date"] is None), r["date"] or "", r["id"]) for r in results]
    assert keys == sorted(keys, reverse=descending)


@pytest.mark.parametrize("params", FILTER_COMBINATIONS)
def test_csv_and_geojson_hold_exactly_the_listed_rows(client, world, params):
    listed = all_pages(client, params, page_size=3)

    response = client.get(URL, {**params, "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    raw = body(response)
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [int(r["id"]) for r in rows] == [m["id"] for m in listed]
    for row, m in zip(rows, listed, strict=True):
        assert row["title"] == m["title"]
        assert row["date"] == (m["date"] or "")
        assert row["region_code"] == (m["region"]["code"] if m["region"] else "")
        assert row["official_ids"] == " | ".join(str(o["id"]) for o in m["officials"])
        urls = [s["url"] for s in m["sources"] if s["url"]]
        assert row["source_urls"] == " | ".join(dict.fromkeys(urls))
        assert row["display_title"] == m["display_title"]
        assert row["source_headlines"] == " | ".join(
            dict.fromkeys(s["headline"] for s in m["sources"] if s["headline"])
        )
        assert row["source_urls"].strip(" |") == row["source_urls"]

    response = client.get(URL, {**params, "format": "geojson"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    collection = json.loads(body(response))
    assert collection["type"] == "FeatureCollection"
    assert [f["properties"] for f in collection["features"]] == listed
    for feature in collection["features"]:
        assert feature["id"] == feature["properties"]["id"]
        assert feature["geometry"] == {
            "type": "Point",
            "coordinates": feature["properties"]["location"],
        }


def test_previous_pages_walk_back_to_the_start(client, world):
    forward = []
    pages = []
    response = client.get(URL, {"page_size": 3})
    while True:
        data = response.json()
        pages.append([r["id"] for r in data["results"]])
        forward += data["results"]
        if not data["next"]:
            break
        response = client.get(data["next"])
    assert pages[0] and len(pages) >= 3
    assert data["previous"]
    back = [[r["id"] for r in data["results"]]]
    while data["previous"]:
        data = client.get(data["previous"]).json()
        back.append([r["id"] for r in data["results"]])
    assert back[::-1] == pages


def test_anonymous_users_never_see_hidden_meetings(client, world):
    hidden = {m.pk for m in world.hidden}
    for params in [*FILTER_COMBINATIONS, {"q": "zzhidden"}, {"q": "Hidden Person"}]:
        ids = {r["id"] for r in all_pages(client, params, page_size=50)}
        assert not ids & hidden
        for fmt in ("csv", "geojson"):
            exported = body(client.get(URL, {**params, "format": fmt}))
            assert b"zzhidden" not in exported
            assert b"Hidden Person" not in exported
            assert b"999000000000" not in exported


def test_staff_sees_the_same_public_api(admin_client, client, world):
    assert admin_client.get(URL).json() == client.get(URL).json()


def test_official_filter_includes_people_merged_into_them(client, world):
    alami = world.public[0].participations.get().official
    ids = {r["id"] for r in all_pages(client, {"official": alami.pk}, page_size=50)}
    # Alami's own meetings (even positions) plus meeting 3, where his merged duplicate sat.
    assert ids == {world.public[i].pk for i in (0, 2, 3, 4, 6)}


def test_q_ignores_arabic_letter_variants_and_accents(client, world):
    for q in ["الإستثمار", "الاستثمار", "الأستثمار", "EVALUATION", "évaluation", "العلمى"]:
        ids = {r["id"] for r in all_pages(client, {"q": q}, page_size=50)}
        assert ids, q


def test_python_and_sql_fold_agree(db):
    samples = ["الإستثمار", "مُحَمَّد", "فاطمة العلمى", "Évaluation À Fès", "گلميم", "ڤيلا"]
    with connection.cursor() as cursor:
        for text in samples:
            cursor.execute("SELECT jihat_fold(%s)", [text])
            assert cursor.fetchone()[0] == fold(text), text


@pytest.mark.parametrize(
    "params",
    [
        {"region": "MA-13"},
        {"region": "ma-09"},
        {"year": "abc"},
        {"year": "2024.5"},
        {"year": "1900"},
        {"year": "99999999999999999999"},
        {"date_from": "2024-13-01"},
        {"date_to": "yesterday"},
        {"kind": "party"},
        {"official": "-1"},
        {"official": "x"},
        {"official": "99999999999999999999999"},
        {"q": "x" * 201},
        {"q": "a\x00b"},
        {"ordering": "title"},
        {"format": "xlsx"},
        {"cursor": "not-a-cursor"},
        {"cursor": "WyJ4IiwxLDBd"},  # ["x", 1, 0]: not a date
        {"page_size": "0"},
        {"page_size": "100000"},
    ],
)
def test_bad_parameters_give_400_with_a_json_error(client, world, params):
    response = client.get(URL, params)
    assert response.status_code == 400, response.content
    errors = response.json()
    assert set(errors) == set(params)
    # The same on the other endpoints that take these filters.
    if set(params) & {"region", "year", "date_from", "date_to", "kind", "official", "q"}:
        assert client.get("/api/stats/", params).status_code == 400
        if "region" not in params:
            assert client.get("/api/regions/", params).status_code == 400


def test_unchanged_data_answers_304(client, world):
    first = client.get(URL, {"region": "MA-09"}, HTTP_ACCEPT_ENCODING="gzip")
    etag = first["ETag"]
    assert etag
    again = client.get(URL, {"region": "MA-09"}, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    other = client.get(URL, {"region": "MA-06"}, HTTP_IF_NONE_MATCH=etag)
    assert other.status_code == 200


def test_cors_allows_any_origin_to_read(client, world):
    response = client.get(URL, HTTP_ORIGIN="https://example.org")
    assert response["Access-Control-Allow-Origin"] in ("*", "https://example.org")


def test_anonymous_clients_are_throttled(client, world, monkeypatch):
    monkeypatch.setattr(PublicAnonThrottle, "rate", "3/minute")
    codes = [client.get("/api/stats/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


@pytest.mark.parametrize(("lang", "label"), [("ar", "تارودانت"), ("fr", "Taroudant")])
def test_a_meetings_city_comes_in_the_requests_language(client, regions, lang, label):
    """Any city the gazetteer knows, not only a region's capital (the panel and tooltips show
    `city_label`)."""
    MeetingFactory(region=regions["MA-09"], city="Taroudant")
    [m] = client.get("/api/meetings/", HTTP_ACCEPT_LANGUAGE=lang).json()["results"]
    assert (m["city"], m["city_label"]) == ("Taroudant", label)
