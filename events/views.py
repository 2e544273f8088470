"""Public pages: the map, a region's timeline, a meeting, an official (thin: selectors read,
events/presentation.py formats).

Filters arrive in the query string with the API's names and meaning (`MeetingFilter`): a value
that does not parse drops its own filter, never a server error, and the page says which
filters are active.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from events.filters import MeetingFilter
from events.presentation import (
    FILTER_LABELS,
    active_filters,
    api_language,
    city_label,
    decorate_meetings,
    export_bars,
    format_mad,
    query_string,
    time_axis,
)
from events.selectors import meetings, officials, regions
from events.vocabularies import vocabulary
from regions.selectors import region_get

# What the map page colours regions by (`?measure=`); the first is the default.
MEASURES = ("count", "exports")
# Meetings with full details per region page; the time axis above shows all of them.
REGION_PAGE_SIZE = 50


def page_filters(request: HttpRequest, *, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    """The query string's valid meeting filters (a bad value drops only its own), minus `drop`."""
    filters = MeetingFilter.clean(request.GET, strict=False)
    return {k: v for k, v in filters.items() if k not in drop}


def _without(filters: Mapping[str, Any], name: str) -> dict[str, Any]:
    return {k: v for k, v in filters.items() if k != name}


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """The map page: a choropleth, its accessible table and the filters, all in the URL."""
    filters = page_filters(request)
    measure = request.GET.get("measure")
    measure = measure if measure in MEASURES else MEASURES[0]
    # The table counts every region, so the region filter only selects one (the side panel).
    rows = regions.region_table(filters=_without(filters, "region"))
    for row in rows:
        row.export_display = (
            format_mad(row.latest_export.amount_mad, approximate=row.latest_export.approximate)
            if row.latest_export
            else ""
        )
    years = meetings.meeting_years()
    people = officials.official_choices()
    kinds = {code: term["label"] for code, term in vocabulary("kinds").config().items()}
    names = {
        "region": {row.region.code: row.region.name for row in rows},
        "kind": kinds,
        "official": dict(people),
    }
    map_config = {
        "api": {
            "regions": reverse("api-region-list"),
            "meetings": reverse("api-meeting-list"),
            "stats": reverse("api-stats"),
            "places": reverse("city-points"),
        },
        # Each filter's valid values, from the definition the server validates with.
        "filters": MeetingFilter.parameter_schemas(),
        "filterLabels": {name: str(label) for name, label in FILTER_LABELS.items()},
        "measures": MEASURES,
        "years": years,
    }
    context = {
        "rows": rows,
        "filters": filters,
        "measure": measure,
        "years": years,
        "officials": people,
        "kinds": list(kinds.items()),
        "active_filters": active_filters(filters, names=names),
        "download_url": reverse("api-meeting-list") + "?" + _download_query(filters),
        "map_config": map_config,
        "selected": filters.get("region"),
        "slider_year": filters.get("year") or (years[-1] if years else None),
        "region_query": _region_link_query(filters, measure),
    }
    return render(request, "home.html", context)


def _region_link_query(filters: Mapping[str, Any], measure: str) -> str:
    """The current query string minus the region, ready for `region=…` to be appended."""
    extra = {"measure": measure} if measure != MEASURES[0] else {}
    base = query_string({**filters, **extra}, drop=("region",))
    return f"{base}&" if base else ""


def _download_query(filters: Mapping[str, Any]) -> str:
    base = query_string(filters)
    return f"{base}&format=csv" if base else "format=csv"


@require_safe
def region_detail(request: HttpRequest, code: str) -> HttpResponse:
    region = region_get(code=code)
    if region is None:
        raise Http404
    filters = page_filters(request, drop=("region",))  # the page is about this region
    page_number = _page_number(request)
    timeline = regions.region_timeline(
        region=region,
        filters=filters,
        offset=(page_number - 1) * REGION_PAGE_SIZE,
        limit=REGION_PAGE_SIZE,
    )
    pages = max(1, -(-timeline.total // REGION_PAGE_SIZE))
    if page_number > pages:
        page_number = pages
        timeline = regions.region_timeline(
            region=region,
            filters=filters,
            offset=(pages - 1) * REGION_PAGE_SIZE,
            limit=REGION_PAGE_SIZE,
        )
    decorate_meetings(timeline.meetings)
    base = query_string(filters)

    def page_url(number: int) -> str:
        query = "&".join(q for q in (base, f"page={number}" if number > 1 else "") if q)
        return f"?{query}" if query else request.path

    def href(index: int, point) -> str:
        number = index // REGION_PAGE_SIZE + 1
        anchor = f"#meeting-{point.id}"
        return anchor if number == page_number else page_url(number) + anchor

    context = {
        "region": region,
        "timeline": timeline,
        "axis": time_axis(timeline.points, href=href),
        "bars": export_bars(timeline.exports),
        "filters": filters,
        "map_url": reverse("home") + "?" + query_string({**filters, "region": code}),
        # Undated meetings a year or date range leaves out, and the link that brings them back.
        "undated_excluded": meetings.meeting_undated_excluded(filters={**filters, "region": code}),
        "undated_url": request.path
        + (f"?{q}" if (q := query_string(filters, drop=meetings.DATE_FILTERS)) else ""),
        "page_number": page_number,
        "pages": pages,
        "previous_url": page_url(page_number - 1) if page_number > 1 else None,
        "next_url": page_url(page_number + 1) if page_number < pages else None,
    }
    return render(request, "events/region_detail.html", context)


def _page_number(request: HttpRequest) -> int:
    """`?page=` as a positive integer; anything else is the first page."""
    value = request.GET.get("page", "")
    return int(value) if value.isdigit() and 0 < len(value) < 7 and int(value) > 0 else 1


def _meeting_evidence(meeting) -> dict[str, list[dict]]:
    """Quoted words per field ("date", "city", …) across the meeting's source articles."""
    by_field: dict[str, list[dict]] = {}
    for link in meeting.sources.all():
        for name, quote in (link.evidence or {}).items():
            if isinstance(quote, dict) and quote.get("text"):
                by_field.setdefault(name, []).append(
                    {"text": quote["text"], "article": link.article}
                )
    return by_field


@require_safe
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = meetings.meeting_get(meeting_id=pk)
    if meeting is None:
        target = meetings.meeting_merged_target(meeting_id=pk)
        if target is not None:
            return redirect("meeting-detail", pk=target, permanent=True)
        raise Http404(_("No published meeting with this number."))
    decorate_meetings([meeting])
    field_labels = {
        "date": _("date"),
        "city": _("city"),
        "region": _("region"),
        "kind": _("kind"),
        "title": _("title"),
        "programme": _("programme"),
        "location": _("location"),
    }
    for link in meeting.sources.all():
        link.quotes = [
            (field_labels.get(name, name), quote["text"])
            for name, quote in (link.evidence or {}).items()
            if isinstance(quote, dict) and quote.get("text")
        ]
    map_data = {
        "location": list(meeting.location.coords) if meeting.location else None,
        "label": city_label(meeting.city) or (meeting.region.name if meeting.region_id else ""),
        "regionCode": meeting.region.code if meeting.region_id else None,
    }
    context = {
        "meeting": meeting,
        "evidence": _meeting_evidence(meeting),
        "map_data": map_data,
    }
    return render(request, "events/meeting_detail.html", context)


@require_safe
def official_detail(request: HttpRequest, pk: int) -> HttpResponse:
    official = officials.official_get(official_id=pk)
    if official is None:
        raise Http404
    if official.merged_into_id:
        return redirect("official-detail", pk=official.merged_into_id, permanent=True)
    page = officials.official_page(official=official)
    if not page.participations:
        # Officials appear in public only through published meetings.
        raise Http404(_("No published meeting for this official."))
    stops = [p.meeting for p in page.participations]
    decorate_meetings(stops, details=False)
    route = [
        {
            "id": m.id,
            "lonlat": list(m.location.coords),
            "label": city_label(m.city) or (m.region.name if m.region_id else ""),
            "date": m.date.isoformat() if m.date else None,
            "url": reverse("meeting-detail", args=[m.id]),
        }
        for m in stops
        if m.location
    ]
    context = {
        "official": official,
        "page": page,
        "axis": time_axis(stops),
        "map_data": {"route": route},
    }
    return render(request, "events/official_detail.html", context)


@require_safe
def city_points(request: HttpRequest) -> JsonResponse:
    """Meeting places matching the filters (minus region) with their counts: the map's markers."""
    filters = page_filters(request, drop=("region",))
    points = meetings.meeting_city_points(filters=filters)
    for point in points:  # the name in the page's language ("أكادير"), for tooltips
        point["label"] = city_label(point["city"])
    return JsonResponse(
        {"results": points},
        json_dumps_params={"ensure_ascii": False},
    )


# --- Error pages (config/urls.py handler404/handler500) ----------------------------------------

logger = logging.getLogger(__name__)


def _is_api(request: HttpRequest) -> bool:
    return request.path_info.startswith("/api/")


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Our 404 in the page's language with the site header; JSON under /api/ (in the
    Accept-Language language, English when none is sent, as the API answers)."""
    if _is_api(request):
        with translation.override(api_language(request)):
            return JsonResponse({"detail": _("Not found.")}, status=404)
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    """Our 500 with the site header; plain text when even the page cannot be drawn (a broken
    template or database must not turn the error page into a second error)."""
    if _is_api(request):
        with translation.override(api_language(request)):
            return JsonResponse({"detail": _("Server error")}, status=500)
    try:
        return HttpResponseServerError(loader.render_to_string("500.html", request=request))
    except Exception:
        logger.exception("the 500 page could not be rendered")
        return HttpResponseServerError(_("Server error"), content_type="text/plain")
