"""The 12 regions: loading, validity, and placing each capital in its region."""

import ast
import gzip
import json
from pathlib import Path

import pytest
from django.contrib.gis.geos import Point
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction

from regions.data import REGION_INFO
from regions.models import Region
from regions.selectors import region_for_point, regions_feature_collection

pytestmark = pytest.mark.django_db

# Real coordinates (lon, lat) of each region's capital, independent of regions/data.py.
CAPITALS = {
    "Tanger": ((-5.8128, 35.7673), "MA-01"),
    "Oujda": ((-1.9076, 34.6867), "MA-02"),
    "Fès": ((-4.9998, 34.0181), "MA-03"),
    "Rabat": ((-6.8326, 34.0132), "MA-04"),
    "Béni Mellal": ((-6.3600, 32.3394), "MA-05"),
    "Casablanca": ((-7.6114, 33.5883), "MA-06"),
    "Marrakech": ((-8.0089, 31.6295), "MA-07"),
    "Errachidia": ((-4.4266, 31.9314), "MA-08"),
    "Agadir": ((-9.5982, 30.4202), "MA-09"),
    "Guelmim": ((-10.0573, 28.9870), "MA-10"),
    "Laâyoune": ((-13.2016, 27.1253), "MA-11"),
    # Lies ≈ 2.5 km off the roughly drawn peninsula: placed by the nearest-region rule.
    "Dakhla": ((-15.9500, 23.7000), "MA-12"),
}


def test_load_regions_command_loads_twelve_valid_regions_idempotently():
    call_command("load_regions")
    call_command("load_regions")  # a second run updates in place
    assert Region.objects.count() == 12
    assert sorted(Region.objects.values_list("code", flat=True)) == sorted(REGION_INFO)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM regions_region "
            "WHERE ST_IsValid(geom) AND ST_IsValid(geom_simplified) AND ST_SRID(geom) = 4326"
        )
        assert cursor.fetchone()[0] == 12


def test_every_region_has_names_in_three_languages(regions):
    souss = regions["MA-09"]
    assert (souss.name_fr, souss.name_en) == ("Souss-Massa", "Souss-Massa")
    assert "سوس" in souss.name_ar
    assert all(
        r.name_ar and r.name_fr and r.name_en and r.area_km2 > 1000 for r in regions.values()
    )


@pytest.mark.parametrize("city", sorted(CAPITALS))
def test_capital_is_placed_in_its_region(regions, city):
    (lon, lat), code = CAPITALS[city]
    region = region_for_point(lon=lon, lat=lat)
    assert region is not None and region.code == code


def test_dakhla_lies_outside_the_drawn_polygon_but_within_the_nearest_rule(regions):
    (lon, lat), _ = CAPITALS["Dakhla"]
    assert not Region.objects.containing(Point(lon, lat, srid=4326)).exists()
    assert region_for_point(lon=lon, lat=lat, max_km=1) is None


def test_point_far_at_sea_has_no_region(regions):
    assert region_for_point(lon=-25.0, lat=30.0) is None


def test_simplified_borders_stay_shared(regions):
    """Neighbours simplified as one coverage: no visible gaps or overlaps between them."""
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT coalesce(sum(ST_Area(ST_Intersection(a.geom_simplified, b.geom_simplified)
                                        ::geography)), 0) / 1e6
               FROM regions_region a JOIN regions_region b
                 ON a.id < b.id AND ST_Intersects(a.geom_simplified, b.geom_simplified)"""
        )
        overlap_km2 = cursor.fetchone()[0]
        # Gaps: area of the union's holes that the full-resolution union does not have.
        cursor.execute(
            """SELECT ST_Area(ST_Difference(ST_Union(geom), ST_Union(geom_simplified))::geography)
                      / 1e6, ST_Area(ST_Union(geom)::geography) / 1e6 FROM regions_region"""
        )
        uncovered_km2, total_km2 = cursor.fetchone()
    assert overlap_km2 < 5, overlap_km2  # a few slivers, no visible overlaps
    # Coasts move by up to the tolerance; inland borders must not open (that would be far more).
    assert uncovered_km2 < total_km2 * 0.005, (uncovered_km2, total_km2)


def test_map_geojson_is_small_and_complete(regions):
    collection = regions_feature_collection()
    assert [f["id"] for f in collection["features"]] == sorted(REGION_INFO)
    size = len(gzip.compress(json.dumps(collection).encode()))
    assert size < 150_000, size


def test_duplicate_region_code_is_rejected_by_the_database(regions):
    existing = regions["MA-01"]
    existing.pk = None
    with pytest.raises(IntegrityError), transaction.atomic():
        existing.save()


def test_region_code_must_be_iso(regions):
    with connection.cursor() as cursor, pytest.raises(IntegrityError), transaction.atomic():
        cursor.execute("UPDATE regions_region SET code = 'MA-13' WHERE code = 'MA-12'")


def test_regions_imports_nothing_from_events():
    """regions is a leaf: pages and APIs that count meetings live in events."""
    found = []
    for path in (Path(__file__).resolve().parents[2] / "regions").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            found += [(path.name, n) for n in names if n == "events" or n.startswith("events.")]
    assert found == []
