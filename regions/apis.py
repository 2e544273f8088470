"""Regions for the open data API: simplified boundaries with counts for the current filters."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.request import Request

from events import api_selectors
from events.apis import (
    ERROR_RESPONSE,
    THROTTLED_RESPONSE,
    PublicApi,
    filters_year_max,
    filterset_parameters,
    validated_filter,
)
from events.exports import GEOJSON_MEDIA_TYPE
from events.filters import MeetingFilter

_LATEST_EXPORT = {
    "type": "object",
    "nullable": True,
    "required": ["amount_mad", "year", "approximate"],
    "properties": {
        "amount_mad": {"type": "string", "format": "decimal", "example": "5000000000.00"},
        "year": {"type": "integer", "nullable": True},
        "approximate": {"type": "boolean"},
    },
}
_FEATURE = {
    "type": "object",
    "required": ["type", "id", "geometry", "properties"],
    "properties": {
        "type": {"type": "string", "enum": ["Feature"]},
        "id": {"type": "string", "example": "MA-09"},
        "geometry": {
            "type": "object",
            "description": "MultiPolygon, simplified as one coverage (shared borders), 5 decimals.",
        },
        "properties": {
            "type": "object",
            "required": [
                "code",
                "name_ar",
                "name_fr",
                "name_en",
                "capital_ar",
                "capital_fr",
                "meeting_count",
                "latest_export",
            ],
            "properties": {
                "code": {"type": "string"},
                "name_ar": {"type": "string"},
                "name_fr": {"type": "string"},
                "name_en": {"type": "string"},
                "capital_ar": {"type": "string"},
                "capital_fr": {"type": "string"},
                "meeting_count": {"type": "integer", "minimum": 0},
                "latest_export": _LATEST_EXPORT,
            },
        },
    },
}
_COLLECTION = {
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"type": "string", "enum": ["FeatureCollection"]},
        "features": {"type": "array", "items": _FEATURE},
    },
}
_REGION_FILTERS = [p for p in filterset_parameters(MeetingFilter) if p.name != "region"]


def _features(request: Request, codes: list[str] | None = None) -> list[str]:
    """Each region's Feature; counts of the public meetings that match the request's filters."""
    filterset, meetings = validated_filter(
        MeetingFilter, request, api_selectors.meeting_public_queryset()
    )
    counts = api_selectors.meeting_counts_by_region(meetings=meetings)
    exports = api_selectors.latest_exports_by_region(
        year_max=filters_year_max(filterset.form.cleaned_data)
    )
    return [
        api_selectors.region_feature(
            region, meeting_count=counts.get(region.id, 0), latest_export=exports.get(region.id)
        )
        for region in api_selectors.region_static_features()
        if codes is None or region.code in codes
    ]


class RegionListApi(PublicApi):
    """The 12 regions as GeoJSON with `meeting_count` for the filters and the latest exports."""

    @extend_schema(
        operation_id="regions_list",
        parameters=_REGION_FILTERS,
        responses={
            (200, GEOJSON_MEDIA_TYPE): OpenApiResponse(response=_COLLECTION),
            400: ERROR_RESPONSE,
            429: THROTTLED_RESPONSE,
        },
        description=(
            "`latest_export`: the latest regional-scope `exports` figure of the region (by "
            "year, then meeting date); with `year` or `date_to`, the latest up to that year."
        ),
    )
    def get(self, request: Request) -> HttpResponse:
        body = '{"type":"FeatureCollection","features":[' + ",".join(_features(request)) + "]}"
        return HttpResponse(body, content_type=GEOJSON_MEDIA_TYPE)


class RegionDetailApi(PublicApi):
    """One region as a GeoJSON Feature (404 for an unknown code)."""

    @extend_schema(
        operation_id="regions_retrieve",
        parameters=[
            OpenApiParameter(
                "code",
                type={"type": "string", "pattern": r"^MA-\d{2}$"},
                location=OpenApiParameter.PATH,
                description="ISO 3166-2:MA code, MA-01 … MA-12",
            ),
            *_REGION_FILTERS,
        ],
        responses={
            (200, GEOJSON_MEDIA_TYPE): OpenApiResponse(response=_FEATURE),
            400: ERROR_RESPONSE,
            404: OpenApiResponse(
                response={"type": "object", "properties": {"detail": {"type": "string"}}},
                description="No region has this code.",
            ),
            429: THROTTLED_RESPONSE,
        },
    )
    def get(self, request: Request, code: str) -> HttpResponse:
        if code not in {r.code for r in api_selectors.region_static_features()}:
            raise Http404("No region has this code.")
        features = _features(request, codes=[code])
        return HttpResponse(features[0], content_type=GEOJSON_MEDIA_TYPE)
