"""/api/regions/, /api/stats/, /api/figures/, /api/officials/: shapes, filters, no leaks."""

from __future__ import annotations

import gzip
import json

import pytest

pytestmark = pytest.mark.django_db


def features_by_code(response) -> dict:
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/geo+json"
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection"
    return {f["id"]: f for f in data["features"]}


def test_regions_collection(client, world):
    features = features_by_code(client.get("/api/regions/"))
    assert sorted(features) == [f"MA-{i:02d}" for i in range(1, 13)]
    souss = features["MA-09"]
    assert souss["geometry"]["type"] == "MultiPolygon"
    props = souss["properties"]
    assert list(props) == [
        "code", "name_ar", "name_fr", "name_en", "capital_ar", "capital_fr",
        "meeting_count", "latest_export",
    ]  # fmt: skip
    assert props["code"] == "MA-09" and props["name_fr"] == "Souss-Massa"
    # 3 planned + 4 same-day meetings are public in MA-09; the 3 hidden ones are not counted.
    assert props["meeting_count"] == 7
    # The hidden meetings' 2025 figure is not the latest: the public 2024 one is.
    assert props["latest_export"] == {
        "amount_mad": "5000000000.00",
        "year": 2024,
        "approximate": True,
    }
    assert features["MA-12"]["properties"]["meeting_count"] == 0
    assert features["MA-12"]["properties"]["latest_export"] is None
    # 5 decimals at most.
    ring = souss["geometry"]["coordinates"][0][0]
    assert all(len(str(c).split(".")[-1]) <= 5 for point in ring for c in point)


def test_region_counts_follow_the_filters(client, world):
    features = features_by_code(client.get("/api/regions/", {"year": 2023}))
    assert features["MA-09"]["properties"]["meeting_count"] == 1
    assert features["MA-06"]["properties"]["meeting_count"] == 0
    # Latest exports figure as of 2023.
    assert features["MA-09"]["properties"]["latest_export"]["amount_mad"] == "4500000000.00"
    features = features_by_code(client.get("/api/regions/", {"kind": "caravan", "q": "agadir"}))
    assert features["MA-09"]["properties"]["meeting_count"] == 1


def test_regions_geojson_is_small_gzipped(client, world):
    response = client.get("/api/regions/", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert len(response.content) <= 150 * 1024
    assert json.loads(gzip.decompress(response.content))["type"] == "FeatureCollection"


def test_region_detail_and_404(client, world):
    response = client.get("/api/regions/MA-09/")
    assert response.status_code == 200
    feature = json.loads(response.content)
    assert feature["type"] == "Feature" and feature["id"] == "MA-09"
    assert feature["properties"]["meeting_count"] == 7
    for code in ["MA-13", "XX", "ma-09"]:
        response = client.get(f"/api/regions/{code}/")
        assert response.status_code == 404
        assert response.json() == {"detail": "No region has this code."}


def test_stats_per_region_per_year(client, world):
    response = client.get("/api/stats/")
    assert response.status_code == 200
    rows = {(r["region"], r["year"]): r for r in response.json()["results"]}
    assert rows[("MA-09", 2024)] == {
        "region": "MA-09",
        "year": 2024,
        "meetings": 6,
        "exports_mad": "5000000000.00",
    }
    assert rows[("MA-09", 2023)]["meetings"] == 1
    assert rows[("MA-09", 2023)]["exports_mad"] == "4500000000.00"
    assert rows[("MA-06", 2023)] == {
        "region": "MA-06",
        "year": 2023,
        "meetings": 0,
        "exports_mad": "120000000000.00",
    }
    assert rows[("MA-01", None)]["meetings"] == 1  # the undated meeting
    assert ("MA-09", 2025) not in rows  # only hidden meetings carry 2025
    assert sum(r["meetings"] for r in rows.values()) == len(world.public)
    filtered = client.get("/api/stats/", {"region": "MA-09", "kind": "consultation"}).json()
    assert {(r["region"], r["year"], r["meetings"]) for r in filtered["results"]} == {
        ("MA-09", 2024, 5),
        ("MA-09", 2023, 0),
    }


def test_figures_filters_and_exports(client, world):
    data = client.get("/api/figures/", {"region": "MA-09", "metric": "exports"}).json()
    amounts = [r["amount_mad"] for r in data["results"]]
    assert amounts == ["5000000000.00", "4500000000.00"]  # newest year first; hidden excluded
    first = data["results"][0]
    assert first["meeting"]["id"] == world.public[0].pk and first["region"]["code"] == "MA-09"
    assert client.get("/api/figures/", {"scope": "national"}).json()["results"] == []
    csv_body = b"".join(client.get("/api/figures/", {"format": "csv"}).streaming_content)
    assert csv_body.startswith("\ufeff".encode())
    assert b"999000000000" not in csv_body
    assert len(csv_body.decode("utf-8-sig").strip().splitlines()) == 1 + 4
    geo = json.loads(b"".join(client.get("/api/figures/", {"format": "geojson"}).streaming_content))
    listed = client.get("/api/figures/").json()["results"]
    assert [f["properties"] for f in geo["features"]] == listed
    assert client.get("/api/figures/", {"metric": "gold"}).status_code == 400


def test_officials_are_people_of_public_meetings(client, world):
    data = client.get("/api/officials/").json()
    names = {r["name_latin"]: r for r in data["results"]}
    # The hidden meetings' participant and the merged duplicate are not listed.
    assert set(names) == {"Mohamed Alami", "Fatima Bennani"}
    assert names["Mohamed Alami"]["meeting_count"] == 5  # 4 own + 1 through the duplicate
    assert client.get("/api/officials/", {"q": "بنانى"}).json()["results"][0]["name_latin"] == (
        "Fatima Bennani"
    )
    assert len(client.get("/api/officials/", {"region": "MA-06"}).json()["results"]) == 2
    assert client.get("/api/officials/", {"region": "MA-12"}).json()["results"] == []


def test_schema_and_docs_are_served_locally(client, world):
    schema = client.get("/api/schema/", {"format": "json"})
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    for path in ["/api/regions/", "/api/regions/{code}/", "/api/meetings/", "/api/figures/",
                 "/api/officials/", "/api/stats/"]:  # fmt: skip
        assert path in paths
    params = {p["name"] for p in paths["/api/meetings/"]["get"]["parameters"]}
    assert params >= {"region", "year", "date_from", "date_to", "kind", "official", "q",
                      "ordering", "format", "cursor"}  # fmt: skip
    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "/api/meetings/" in html and "date_from" in html
    assert "cdn" not in html.lower() and "<script" not in html.lower()
