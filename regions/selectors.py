"""Reading regions: point lookup and the GeoJSON the map draws."""

from __future__ import annotations

import json

from django.contrib.gis.db.models.functions import AsGeoJSON
from django.contrib.gis.geos import Point
from django.core.cache import cache

from regions.models import Region

# The boundary data draws some coasts roughly (Dakhla's real coordinates lie ≈ 2.5 km off its
# peninsula): a point outside every region still belongs to the nearest one within this distance.
NEAREST_REGION_MAX_KM = 10
GEOJSON_PRECISION = 5  # ≈ 1 m; more digits only add bytes
GEOJSON_CACHE_KEY = "regions:geojson:v1"


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


def regions_feature_collection() -> dict:
    """All regions as a GeoJSON FeatureCollection of their simplified boundaries."""
    cached = cache.get(GEOJSON_CACHE_KEY)
    if cached is not None:
        return cached
    rows = Region.objects.annotate(
        geojson=AsGeoJSON("geom_simplified", precision=GEOJSON_PRECISION)
    ).values("code", "name_ar", "name_fr", "name_en", "capital_ar", "capital_fr", "geojson")
    features = [
        {
            "type": "Feature",
            "id": row["code"],
            "geometry": json.loads(row.pop("geojson")),
            "properties": row,
        }
        for row in rows
    ]
    collection = {"type": "FeatureCollection", "features": features}
    if features:
        cache.set(GEOJSON_CACHE_KEY, collection, 3600)
    return collection
