"""The regions' boundaries for the pages' maps (the map page's counts are events' business)."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from regions.selectors import regions_feature_collection


@require_GET
def regions_geojson(request: HttpRequest) -> JsonResponse:
    return JsonResponse(regions_feature_collection(), json_dumps_params={"ensure_ascii": False})
