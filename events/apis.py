"""The open data API: read-only, public, published meetings only.

One class per operation: validate the query (nested `FilterSerializer` for paging/format, the
shared filter set of events/filters.py for the data filters), call a selector with the cleaned
filters, return the rows. Bad query parameters give 400 with `{field: [messages]}`, never 500.

The `OutputSerializer`s describe the responses in the OpenAPI schema; the rows themselves are
shaped by the selectors (events/selectors/: plain dicts, nested lists built by PostgreSQL)
because running 50-500 nested rows through DRF fields costs more than the query itself, and the
exports must produce the very same values for 100,000 rows. Export formats come from the
registry in events/exports.py.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from typing import Any

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseNotModified
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation
from django.utils.http import parse_etags
from django.utils.text import slugify
from django.utils.translation import gettext as _
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_serializer,
)
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.utils.urls import replace_query_param
from rest_framework.views import APIView

from config.security import client_ip
from events import exports, presentation
from events.filters import FigureFilter, InvalidFilters, MeetingFilter, OfficialFilter, _BaseFilter
from events.models import DatePrecision, MeetingKind, Metric, RoleCode, Scope
from events.selectors import figures, keyset, meetings, officials, regions

# --- Shared behaviour -----------------------------------------------------------------------


class PublicAnonThrottle(AnonRateThrottle):
    """Per-address limit for anonymous clients (the API has no other kind).

    The rate is settings.JIHAT_API_ANON_RATE (None turns it off, as the benchmark does to
    measure the server rather than the limiter). The counter lives in the default cache, so it
    is per process unless CACHES points at Redis.
    """

    scope = "anon"
    rate = settings.JIHAT_API_ANON_RATE

    def get_ident(self, request: Request) -> str:
        """The address the login lockout counts (config.security.client_ip, which reads
        TRUSTED_PROXY_COUNT), not DRF's default, which takes X-Forwarded-For as the client
        wrote it: a random one per request got 1300 of 1300 requests past 600/minute."""
        return client_ip(request) or ""


class QueryFormatNegotiation(BaseContentNegotiation):
    """JSON always: `?format=` selects an export here, not a DRF renderer."""

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None


def _etag_matches(header: str, etag: str) -> bool:
    """Weak comparison (RFC 9110 §13.1.2): gzip turns our ETag into W/"…"."""
    if not header:
        return False
    if header.strip() == "*":
        return True
    bare = etag.removeprefix("W/")
    return any(t.removeprefix("W/") == bare for t in parse_etags(header))


class PublicApi(APIView):
    """Anonymous, read-only; answers conditional GETs with 304 when the body is unchanged.

    The ETag is a hash of the body, so it is right even after deletions or `update()` calls
    that a Last-Modified date (max of `updated_at`) would miss.
    """

    authentication_classes: list = []
    throttle_classes = [PublicAnonThrottle]
    content_negotiation_class = QueryFormatNegotiation

    def initial(self, request, *args, **kwargs):
        """Messages (400s, 404s, 429s) and display fields in `api_language`."""
        translation.activate(presentation.api_language(request))
        super().initial(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.streaming
        ):
            if hasattr(response, "render") and not getattr(response, "is_rendered", True):
                response.render()
            etag = f'"{hashlib.blake2b(response.content, digest_size=16).hexdigest()}"'
            response["ETag"] = etag
            response["Cache-Control"] = "public, no-cache"
            if _etag_matches(request.headers.get("If-None-Match", ""), etag):
                not_modified = HttpResponseNotModified()
                not_modified["ETag"] = etag
                not_modified["Cache-Control"] = "public, no-cache"
                for header in ("Vary", "Access-Control-Allow-Origin"):
                    if header in response:
                        not_modified[header] = response[header]
                return not_modified
        return response


def validated_filters(filter_class: type[_BaseFilter], request: Request) -> dict[str, Any]:
    """The query's cleaned filter values, or a 400 naming each bad parameter."""
    try:
        return filter_class.clean(request.query_params, strict=True)
    except InvalidFilters as exc:
        raise ValidationError(exc.errors) from exc


def validated_params(serializer_class: type[serializers.Serializer], request: Request) -> dict:
    serializer = serializer_class(data=request.query_params)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


def filterset_parameters(filter_class: type[_BaseFilter]) -> list[OpenApiParameter]:
    """OpenAPI query parameters from a filter set, so the schema cannot drift from it."""
    return [
        OpenApiParameter(
            name,
            type=schema,
            location=OpenApiParameter.QUERY,
            description=str(filter_class.base_filters[name].label),
        )
        for name, schema in filter_class.parameter_schemas().items()
    ]


def _filename(prefix: str, request: Request, names: list[str]) -> str:
    """`jihat-meetings-MA-09-2024` from the filters present."""
    parts = [prefix]
    for name in names:
        value = request.query_params.get(name)
        if value:
            parts.append(slugify(value)[:30] or name)
    return "-".join(parts)


ERROR_RESPONSE = OpenApiResponse(
    response={
        "type": "object",
        "additionalProperties": {"type": "array", "items": {"type": "string"}},
    },
    description="Invalid query parameters: each parameter with its messages.",
)
THROTTLED_RESPONSE = OpenApiResponse(
    response={"type": "object", "properties": {"detail": {"type": "string"}}},
    description="Too many requests from this address.",
)


class RegionRefSerializer(serializers.Serializer):
    code = serializers.CharField()
    name_ar = serializers.CharField()
    name_fr = serializers.CharField()
    name_en = serializers.CharField()


def _page_payload(request: Request, page: keyset.Page, results: list) -> dict:
    url = request.build_absolute_uri()
    return {
        "next": replace_query_param(url, "cursor", page.next.encode()) if page.next else None,
        "previous": replace_query_param(url, "cursor", page.previous.encode())
        if page.previous
        else None,
        "results": results,
    }


def _raw_page_response(
    request: Request, page: keyset.Page, results: list[str], *, undated_excluded: int = 0
):
    """The page as JSON text around results that PostgreSQL already rendered."""
    links = _page_payload(request, page, [])
    body = (
        f'{{"next":{json.dumps(links["next"])},"previous":{json.dumps(links["previous"])},'
        f'"undated_excluded":{int(undated_excluded)},'
        f'"results":[{",".join(results)}]}}'
    )
    return HttpResponse(body, content_type="application/json")


def _decode_cursor(value: str | None, *, key_type) -> keyset.Cursor | None:
    if not value:
        return None
    try:
        return keyset.Cursor.decode(value, key_type=key_type)
    except keyset.InvalidCursor as exc:
        raise ValidationError({"cursor": [_("Invalid cursor.")]}) from exc


class PageParamsSerializer(serializers.Serializer):
    """Cursor pagination, shared by every list endpoint."""

    cursor = serializers.CharField(required=False, max_length=200)
    page_size = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=keyset.PAGE_SIZE_MAX,
        default=keyset.PAGE_SIZE_DEFAULT,
    )


class ListParamsSerializer(PageParamsSerializer):
    format = serializers.ChoiceField(
        choices=["json", *exports.EXPORTERS], required=False, default="json"
    )


def _paged_list_schema(
    name: str, item: serializers.Serializer, **extra: serializers.Field
) -> serializers.Serializer:
    return type(
        name,
        (serializers.Serializer,),
        {
            "next": serializers.URLField(allow_null=True),
            "previous": serializers.URLField(allow_null=True),
            **extra,
            "results": item,
        },
    )()


def _feature_collection(feature: dict) -> dict:
    """The schema of a GeoJSON FeatureCollection of `feature`s."""
    return {
        "type": "object",
        "required": ["type", "features"],
        "properties": {
            "type": {"type": "string", "enum": ["FeatureCollection"]},
            "features": {"type": "array", "items": feature},
        },
    }


_GEOJSON_COLLECTION = _feature_collection({"type": "object"})


def _list_responses(paged: serializers.Serializer) -> dict:
    geojson = {exports.GEOJSON_MEDIA_TYPE: _GEOJSON_COLLECTION}
    return {
        (200, "application/json"): paged,
        **{
            (200, exporter.media_type): OpenApiResponse(
                response=geojson.get(exporter.media_type, OpenApiTypes.STR),
                description=exporter.description,
            )
            for exporter in exports.EXPORTERS.values()
        },
        400: ERROR_RESPONSE,
        429: THROTTLED_RESPONSE,
    }


# --- Meetings -------------------------------------------------------------------------------


class MeetingListApi(PublicApi):
    """Published meetings: the map's filters, ordering, cursor pages, GeoJSON and CSV."""

    class FilterSerializer(ListParamsSerializer):
        ordering = serializers.ChoiceField(
            choices=["date", "-date"], required=False, default="-date"
        )

    @extend_schema_serializer(component_name="Meeting")
    class OutputSerializer(serializers.Serializer):
        @extend_schema_serializer(component_name="MeetingOfficial")
        class OfficialSerializer(serializers.Serializer):
            id = serializers.IntegerField()
            name_ar = serializers.CharField()
            name_latin = serializers.CharField()
            role = serializers.CharField()
            role_code = serializers.ChoiceField(choices=RoleCode.choices)

        @extend_schema_serializer(component_name="MeetingFigure")
        class FigureSerializer(serializers.Serializer):
            amount_mad = serializers.DecimalField(max_digits=20, decimal_places=2)
            metric = serializers.ChoiceField(choices=Metric.choices)
            scope = serializers.ChoiceField(choices=Scope.choices)
            approximate = serializers.BooleanField()
            year = serializers.IntegerField(allow_null=True)
            text = serializers.CharField()

        @extend_schema_serializer(component_name="MeetingSource")
        class SourceSerializer(serializers.Serializer):
            id = serializers.IntegerField()
            url = serializers.URLField(allow_null=True)
            outlet = serializers.CharField()
            title = serializers.CharField()
            headline = serializers.CharField(
                help_text="The article's headline without site furniture (breadcrumbs, "
                "outlet names, bylines); the lead's first words when it has none."
            )
            published = serializers.DateField(allow_null=True)

        id = serializers.IntegerField()
        date = serializers.DateField(allow_null=True)
        date_precision = serializers.ChoiceField(choices=DatePrecision.choices)
        date_certain = serializers.BooleanField()
        region = RegionRefSerializer(allow_null=True)
        city = serializers.CharField()
        city_label = serializers.CharField(
            help_text="The city in the request's language (أكادير, Agadir), else as written."
        )
        location = serializers.ListField(
            child=serializers.FloatField(), min_length=2, max_length=2, allow_null=True
        )
        kind = serializers.ChoiceField(choices=MeetingKind.choices)
        title = serializers.CharField()
        display_title = serializers.CharField(
            help_text="Kind · city (or region) · date in the request's language; a title "
            "written by staff as it is."
        )
        programme = serializers.CharField()
        officials = OfficialSerializer(many=True)
        figures = FigureSerializer(many=True)
        sources = SourceSerializer(many=True)

    @extend_schema(
        operation_id="meetings_list",
        parameters=[*filterset_parameters(MeetingFilter), FilterSerializer],
        responses=_list_responses(
            _paged_list_schema(
                "MeetingPage",
                OutputSerializer(many=True),
                undated_excluded=serializers.IntegerField(
                    help_text="Undated meetings matching the other filters that `year`, "
                    "`date_from` or `date_to` leave out (0 without a date filter)."
                ),
            )
        ),
        description=(
            "Published meetings. "
            + " and ".join(f"`format={name}`" for name in exports.EXPORTERS)
            + " return every filtered row (no pages); `cursor` comes from `next`/`previous`."
        ),
    )
    def get(self, request: Request) -> HttpResponse:
        params = validated_params(self.FilterSerializer, request)
        filters = validated_filters(MeetingFilter, request)
        cursor = _decode_cursor(params.get("cursor"), key_type=datetime.date)
        descending = params["ordering"] == "-date"
        if params["format"] != "json":
            return exports.EXPORTERS[params["format"]].response(
                meetings.MeetingExport(
                    filters=filters, descending=descending, shape=presentation.meeting_json
                ),
                table=exports.MEETING_TABLE,
                filename=_filename("jihat-meetings", request, list(MeetingFilter.base_filters)),
            )
        page = keyset.keyset_page(
            rows=meetings.meeting_rows(filters=filters),
            key="date",
            descending=descending,
            cursor=cursor,
            size=params["page_size"],
        )
        results = [presentation.meeting_json(r["json"], r["facts_json"]) for r in page.rows]
        undated = meetings.meeting_undated_excluded(filters=filters)
        return _raw_page_response(request, page, results, undated_excluded=undated)


# --- Figures --------------------------------------------------------------------------------


class FigureListApi(PublicApi):
    """Amounts quoted at public meetings (or entered by staff), newest year first."""

    class FilterSerializer(ListParamsSerializer):
        pass

    @extend_schema_serializer(component_name="Figure")
    class OutputSerializer(serializers.Serializer):
        @extend_schema_serializer(component_name="FigureMeeting")
        class MeetingRefSerializer(serializers.Serializer):
            id = serializers.IntegerField()
            date = serializers.DateField(allow_null=True)
            title = serializers.CharField()
            display_title = serializers.CharField(help_text="As the meeting's `display_title`.")

        id = serializers.IntegerField()
        amount_mad = serializers.DecimalField(max_digits=20, decimal_places=2)
        metric = serializers.ChoiceField(choices=Metric.choices)
        scope = serializers.ChoiceField(choices=Scope.choices)
        approximate = serializers.BooleanField()
        year = serializers.IntegerField(allow_null=True)
        period = serializers.CharField()
        region = RegionRefSerializer(allow_null=True)
        meeting = MeetingRefSerializer(allow_null=True)
        location = serializers.ListField(
            child=serializers.FloatField(), min_length=2, max_length=2, allow_null=True
        )
        text = serializers.CharField()

    @extend_schema(
        operation_id="figures_list",
        parameters=[*filterset_parameters(FigureFilter), FilterSerializer],
        responses=_list_responses(_paged_list_schema("FigurePage", OutputSerializer(many=True))),
    )
    def get(self, request: Request) -> HttpResponse:
        params = validated_params(self.FilterSerializer, request)
        filters = validated_filters(FigureFilter, request)
        cursor = _decode_cursor(params.get("cursor"), key_type=int)
        if params["format"] != "json":
            return exports.EXPORTERS[params["format"]].response(
                figures.FigureExport(
                    filters=filters, meeting_title=presentation.figure_meeting_title
                ),
                table=exports.FIGURE_TABLE,
                filename=_filename("jihat-figures", request, list(FigureFilter.base_filters)),
            )
        page = keyset.keyset_page(
            rows=figures.figure_rows(filters=filters),
            key="year",
            descending=True,
            cursor=cursor,
            size=params["page_size"],
        )
        title = presentation.figure_meeting_title
        results = [figures.figure_result(r, meeting_title=title) for r in page.rows]
        return Response(_page_payload(request, page, results))


# --- Officials ------------------------------------------------------------------------------


class OfficialListApi(PublicApi):
    """People who took part in public meetings, with how many."""

    class FilterSerializer(PageParamsSerializer):
        pass

    @extend_schema_serializer(component_name="Official")
    class OutputSerializer(serializers.Serializer):
        id = serializers.IntegerField()
        name_ar = serializers.CharField()
        name_latin = serializers.CharField()
        meeting_count = serializers.IntegerField()

    @extend_schema(
        operation_id="officials_list",
        parameters=[*filterset_parameters(OfficialFilter), FilterSerializer],
        responses={
            200: _paged_list_schema("OfficialPage", OutputSerializer(many=True)),
            400: ERROR_RESPONSE,
            429: THROTTLED_RESPONSE,
        },
    )
    def get(self, request: Request) -> HttpResponse:
        params = validated_params(self.FilterSerializer, request)
        filters = validated_filters(OfficialFilter, request)
        cursor = _decode_cursor(params.get("cursor"), key_type=None)
        page = keyset.keyset_page(
            rows=officials.official_rows(filters=filters),
            key=None,
            descending=False,
            cursor=cursor,
            size=params["page_size"],
        )
        return Response(_page_payload(request, page, page.rows))


# --- Regions -------------------------------------------------------------------------------

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
_COLLECTION = _feature_collection(_FEATURE)
_REGION_FILTERS = [p for p in filterset_parameters(MeetingFilter) if p.name != "region"]


class RegionListApi(PublicApi):
    """The 12 regions as GeoJSON with `meeting_count` for the filters and the latest exports."""

    @extend_schema(
        operation_id="regions_list",
        parameters=_REGION_FILTERS,
        responses={
            (200, exports.GEOJSON_MEDIA_TYPE): OpenApiResponse(response=_COLLECTION),
            400: ERROR_RESPONSE,
            429: THROTTLED_RESPONSE,
        },
        description=(
            "`latest_export`: the latest regional-scope `exports` figure of the region (by "
            "year, then meeting date); with `year` or `date_to`, the latest up to that year."
        ),
    )
    def get(self, request: Request) -> HttpResponse:
        features = regions.region_features(filters=validated_filters(MeetingFilter, request))
        body = '{"type":"FeatureCollection","features":[' + ",".join(features) + "]}"
        return HttpResponse(body, content_type=exports.GEOJSON_MEDIA_TYPE)


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
            (200, exports.GEOJSON_MEDIA_TYPE): OpenApiResponse(response=_FEATURE),
            400: ERROR_RESPONSE,
            404: OpenApiResponse(
                response={"type": "object", "properties": {"detail": {"type": "string"}}},
                description="No region has this code.",
            ),
            429: THROTTLED_RESPONSE,
        },
    )
    def get(self, request: Request, code: str) -> HttpResponse:
        if code not in regions.region_codes():
            raise Http404(_("No region has this code."))
        filters = validated_filters(MeetingFilter, request)
        [feature] = regions.region_features(filters=filters, codes={code})
        return HttpResponse(feature, content_type=exports.GEOJSON_MEDIA_TYPE)


# --- Statistics -----------------------------------------------------------------------------


class StatsApi(PublicApi):
    """Per region and year: public meetings matching the filters and the exports figure."""

    @extend_schema_serializer(component_name="StatsRow")
    class OutputSerializer(serializers.Serializer):
        region = serializers.CharField(allow_null=True)
        year = serializers.IntegerField(allow_null=True)
        meetings = serializers.IntegerField()
        exports_mad = serializers.DecimalField(max_digits=20, decimal_places=2, allow_null=True)

    @extend_schema(
        operation_id="stats_list",
        parameters=filterset_parameters(MeetingFilter),
        responses={
            200: type(
                "StatsResponse",
                (serializers.Serializer,),
                {"results": OutputSerializer(many=True)},
            )(),
            400: ERROR_RESPONSE,
            429: THROTTLED_RESPONSE,
        },
        description=(
            "`exports_mad`: the region's latest regional-scope `exports` figure for that year "
            "(by meeting date); years with a figure but no matching meeting have meetings = 0."
        ),
    )
    def get(self, request: Request) -> HttpResponse:
        filters = validated_filters(MeetingFilter, request)
        return Response({"results": regions.stats_rows(filters=filters)})


# --- Documentation --------------------------------------------------------------------------

_DOCS_TEMPLATE = """{% load static %}<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="{% static 'css/api_docs.css' %}"></head><body>
<h1>{{ title }} <small>{{ version }}</small></h1>
<p>Read-only open data on Morocco's regional export consultations: published meetings only.
Machine-readable schema: <a href="{{ schema_url }}">{{ schema_url }}</a> (OpenAPI 3,
<a href="{{ schema_url }}?format=json">JSON</a>). Lists are cursor-paginated
(<code>next</code>/<code>previous</code>). Downloads of every filtered row:
{% for exporter in exporters %}<code>{{ exporter.description }}</code>
{% if not forloop.last %}; {% endif %}{% endfor %}.
Responses carry an ETag (send <code>If-None-Match</code> to get 304); anonymous clients are
rate-limited.</p>
{% for op in operations %}
<h2 id="{{ op.id }}"><span class="m">{{ op.method }}</span> <code>{{ op.path }}</code></h2>
<p>{{ op.description|linebreaksbr }}</p>
{% if op.example %}<p>Example: <a href="{{ op.example }}">{{ op.example }}</a></p>{% endif %}
{% if op.parameters %}<table><tr><th>parameter</th><th>in</th><th>type</th><th>about</th></tr>
{% for p in op.parameters %}<tr><td><code>{{ p.name }}</code></td><td>{{ p.in }}</td>
<td>{{ p.type }}</td><td>{{ p.description }}</td></tr>{% endfor %}</table>{% endif %}
<p>Responses: {% for r in op.responses %}<code>{{ r }}</code> {% endfor %}</p>
{% endfor %}
</body></html>
"""

_EXAMPLES = {
    "/api/regions/": "/api/regions/?year=2024",
    "/api/regions/{code}/": "/api/regions/MA-09/",
    "/api/meetings/": "/api/meetings/?region=MA-09&year=2024",
    "/api/figures/": "/api/figures/?region=MA-09&metric=exports",
    "/api/officials/": "/api/officials/?region=MA-09",
    "/api/stats/": "/api/stats/?year=2024",
}


def _param_type(schema: dict) -> str:
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    text = schema.get("format") or schema.get("type", "")
    if "minimum" in schema or "maximum" in schema:
        text += f" {schema.get('minimum', '')}–{schema.get('maximum', '')}"
    return text


class ApiDocsView(APIView):
    """Human-readable docs built from our own OpenAPI schema.

    drf-spectacular's Swagger UI and Redoc pages load their JavaScript from a CDN (the
    sidecar package that serves them locally is not installed), so this page is plain HTML.
    """

    authentication_classes: list = []
    throttle_classes = [PublicAnonThrottle]
    schema = None  # not part of the API it documents
    _html: str | None = None

    def get(self, request: Request) -> HttpResponse:
        if ApiDocsView._html is None:
            spec = SchemaGenerator().get_schema(request=None, public=True)
            operations = []
            for path_, methods in spec["paths"].items():
                for method, op in methods.items():
                    operations.append(
                        {
                            "id": op.get("operationId", ""),
                            "method": method.upper(),
                            "path": path_,
                            "description": op.get("description", ""),
                            "example": _EXAMPLES.get(path_),
                            "parameters": [
                                {
                                    "name": p["name"],
                                    "in": p["in"],
                                    "type": _param_type(p.get("schema", {})),
                                    "description": p.get("description", ""),
                                }
                                for p in op.get("parameters", [])
                            ],
                            "responses": sorted(
                                f"{status} {' '.join(r.get('content', {}))}".strip()
                                for status, r in op.get("responses", {}).items()
                            ),
                        }
                    )
            ApiDocsView._html = Template(_DOCS_TEMPLATE).render(
                Context(
                    {
                        "title": spec["info"]["title"],
                        "version": spec["info"]["version"],
                        "schema_url": reverse("api-schema"),
                        "operations": operations,
                        "exporters": list(exports.EXPORTERS.values()),
                    }
                )
            )
        return HttpResponse(ApiDocsView._html, content_type="text/html; charset=utf-8")
