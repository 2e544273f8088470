"""Reading regions: point lookup, and the one cached copy of their names and boundaries.

`regions` knows nothing of meetings: what the map shows per region (counts, figures) is read by
`events.selectors.regions`, on top of `region_shapes()`.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from django.contrib.gis.db.models.functions import AsGeoJSON
from django.contrib.gis.geos import Point

from regions.models import Region

# The boundary data draws some coasts roughly (Dakhla's real coordinates lie ≈ 2.5 km off its
# peninsula): a point outside every region still belongs to the nearest one within this distance.
NEAREST_REGION_MAX_KM = 10
GEOJSON_PRECISION = 5  # ≈ 1 m; more digits only add bytes
# Boundaries are drawn from the cached GeoJSON, never loaded with a page's rows (a
# full-resolution region is thousands of vertices, repeated on every joined row).
REGION_HEAVY_FIELDS = ("geom", "geom_simplified", "capital_location")
REGION_PROPERTY_FIELDS = ("code", "name_ar", "name_fr", "name_en", "capital_ar", "capital_fr")
# The boundaries change only when `load_regions` runs (which clears this copy): each process
# keeps the rendered geometry this long (seconds) instead of re-reading and re-encoding ~8,000
# vertices per request.
REGION_GEOMETRY_TTL = 600


def region_for_point(
    *, lon: float, lat: float, max_km: float = NEAREST_REGION_MAX_KM
) -> Region | None:
    """The region containing the point, else the nearest one within `max_km`, else None."""
    point = Point(lon, lat, srid=4326)
    region = Region.objects.containing(point).first()
    if region is not None:
        return region
    # Distances on the spheroid (geography), not in degrees.
    nearest = Region.objects.raw(
        """SELECT id FROM regions_region
           WHERE ST_DWithin(geom::geography, ST_GeogFromWKB(%s), %s)
           ORDER BY ST_Distance(geom::geography, ST_GeogFromWKB(%s)) LIMIT 1""",
        [bytes(point.wkb), max_km * 1000, bytes(point.wkb)],
    )
    return next(iter(nearest), None)


def region_get(*, code: str) -> Region | None:
    """A region by code, without its boundaries."""
    return Region.objects.defer(*REGION_HEAVY_FIELDS).filter(code=code).first()


def region_list() -> list[Region]:
    """The 12 regions in code order, without their boundaries."""
    return list(Region.objects.defer(*REGION_HEAVY_FIELDS).order_by("code"))


@dataclass(frozen=True)
class RegionShape:
    """A region's id, names and simplified boundary rendered as GeoJSON text."""

    id: int
    code: str
    properties: dict
    geometry_json: str


@dataclass
class _Cached:
    at: float
    shapes: list[RegionShape]
    collection: dict | None = None


_cached: _Cached | None = None


def region_shapes(*, refresh: bool = False) -> list[RegionShape]:
    """Every region's names and boundary, read once per process (REGION_GEOMETRY_TTL)."""
    global _cached
    now = time.monotonic()
    if not refresh and _cached and now - _cached.at < REGION_GEOMETRY_TTL:
        return _cached.shapes
    shapes = [
        RegionShape(
            id=row["id"],
            code=row["code"],
            properties={k: row[k] for k in REGION_PROPERTY_FIELDS},
            geometry_json=row["geometry"],
        )
        for row in Region.objects.order_by("code")
        .annotate(geometry=AsGeoJSON("geom_simplified", precision=GEOJSON_PRECISION))
        .values("id", *REGION_PROPERTY_FIELDS, "geometry")
    ]
    _cached = _Cached(now, shapes) if shapes else None
    return shapes


def region_shapes_clear() -> None:
    """Forget the copy (after `load_regions`, or a test that changes regions)."""
    global _cached
    _cached = None


def regions_feature_collection() -> dict:
    """All regions as a GeoJSON FeatureCollection of their simplified boundaries (the pages'
    maps draw it; do not change the returned dict, it is shared)."""
    shapes = region_shapes()
    if _cached is not None and _cached.collection is not None:
        return _cached.collection
    collection = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": shape.code,
                "geometry": json.loads(shape.geometry_json),
                "properties": shape.properties,
            }
            for shape in shapes
        ],
    }
    if _cached is not None:
        _cached.collection = collection
    return collection
