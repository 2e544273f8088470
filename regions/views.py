"""Public pages about regions (thin: selectors do the work)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from events import selectors
from events.models import MeetingKind, RoleCode
from events.views import (
    FILTER_NAMES,
    cleaned_filters,
    filter_meetings,
    format_mad,
    query_string,
)
from regions.selectors import regions_feature_collection

# The API of issue 5 (a public contract): per-region aggregates, meetings, yearly stats.
API_REGIONS = "/api/regions/"
API_MEETINGS = "/api/meetings/"
API_STATS = "/api/stats/"
MEASURES = ("count", "exports")


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """The map page: a choropleth, its accessible table and the filters, all in the URL."""
    filters = cleaned_filters(request)
    measure = request.GET.get("measure")
    measure = measure if measure in MEASURES else MEASURES[0]
    # The table counts every region, so the region filter only selects one (the side panel).
    meetings = filter_meetings(
        selectors.meeting_public_queryset(), {k: v for k, v in filters.items() if k != "region"}
    )
    # As the API: with a year or an end date, the latest export figure up to that year.
    year_max = min(
        (y for y in (filters.get("year"), getattr(filters.get("date_to"), "year", None)) if y),
        default=None,
    )
    rows = selectors.region_table(meetings=meetings, year=year_max)
    for row in rows:
        row.export_display = (
            format_mad(row.latest_export.amount_mad, approximate=row.latest_export.approximate)
            if row.latest_export
            else ""
        )
    years = selectors.meeting_years()
    officials = selectors.official_choices()
    kinds = dict(MeetingKind.choices)
    active = _active_filters(filters, rows, officials, kinds)
    sample = reverse("region-detail", args=["MA-00"])
    map_config = {
        "lang": request.LANGUAGE_CODE,
        "api": {
            "regions": API_REGIONS,
            "meetings": API_MEETINGS,
            "stats": API_STATS,
            "places": reverse("city-points"),
        },
        "filterNames": FILTER_NAMES,
        "years": years,
        "kinds": {k: str(v) for k, v in kinds.items()},
        "roles": {k: str(v) for k, v in RoleCode.choices},
        "urls": {
            "region": sample,
            "meeting": reverse("meeting-detail", args=[0]),
            "official": reverse("official-detail", args=[0]),
        },
    }
    context = {
        "rows": rows,
        "filters": filters,
        "measure": measure,
        "years": years,
        "officials": officials,
        "kinds": MeetingKind.choices,
        "active_filters": active,
        "download_url": API_MEETINGS + "?" + _download_query(filters),
        "map_config": map_config,
        "selected": filters.get("region"),
        "slider_year": filters.get("year") or (years[-1] if years else None),
        "region_query": _region_link_query(filters, measure),
    }
    return render(request, "home.html", context)


def _region_link_query(filters: dict, measure: str) -> str:
    """The current query string minus the region, ready for `region=…` to be appended."""
    extra = {"measure": measure} if measure != MEASURES[0] else {}
    base = query_string(filters | extra, drop=("region",))
    return f"{base}&" if base else ""


def _download_query(filters: dict) -> str:
    base = query_string(filters)
    return f"{base}&format=csv" if base else "format=csv"


def _active_filters(filters, rows, officials, kinds) -> list[tuple[str, str]]:
    """(label, value) of each active filter, shown above the map and on the printed page."""
    names = {row.region.code: row.region.name for row in rows}
    labels = {
        "region": _("Region"),
        "year": _("Year"),
        "date_from": _("From"),
        "date_to": _("To"),
        "kind": _("Kind"),
        "official": _("Official"),
        "q": _("Search"),
    }
    values = {
        "region": lambda v: names.get(v, v),
        "kind": lambda v: str(kinds.get(v, v)),
        "official": lambda v: dict(officials).get(v, str(v)),
    }
    return [
        (labels[name], values.get(name, str)(filters[name]))
        for name in FILTER_NAMES
        if name in filters
    ]


@require_GET
def regions_geojson(request: HttpRequest) -> JsonResponse:
    return JsonResponse(regions_feature_collection(), json_dumps_params={"ensure_ascii": False})
