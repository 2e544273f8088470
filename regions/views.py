"""Public pages about regions (thin: selectors do the work)."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from regions.models import Region
from regions.selectors import regions_feature_collection


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    regions = Region.objects.only("code", "name_ar", "name_fr", "name_en")
    map_config = {"regionsUrl": reverse("regions-geojson")}
    return render(request, "home.html", {"regions": regions, "map_config": map_config})


@require_GET
def regions_geojson(request: HttpRequest) -> JsonResponse:
    return JsonResponse(regions_feature_collection(), json_dumps_params={"ensure_ascii": False})
