"""Public pages: a region's timeline, a meeting, an official (thin: selectors do the reads).

Filters arrive in the query string with the same names as the API's (`region`, `year`,
`date_from`, `date_to`, `kind`, `official`, `q`): a value that does not parse is ignored, never
a server error, and the page says which filters are active.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from django import forms
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET

from events import selectors
from events.filters import MeetingFilter
from events.models import EARLIEST_DATE, LATEST_DATE, Meeting, MeetingKind
from regions.models import REGION_CODE_REGEX, Region

if TYPE_CHECKING:
    from events.selectors import YearAmount

FILTER_NAMES = ("region", "year", "date_from", "date_to", "kind", "official", "q")


class MeetingFilterForm(forms.Form):
    """The dashboard's filters; invalid values are dropped one by one (see `cleaned_filters`)."""

    region = forms.RegexField(regex=REGION_CODE_REGEX, required=False, label=gettext_lazy("Region"))
    year = forms.IntegerField(
        required=False,
        min_value=EARLIEST_DATE.year,
        max_value=LATEST_DATE.year,
        label=gettext_lazy("Year"),
    )
    date_from = forms.DateField(required=False, label=gettext_lazy("From"))
    date_to = forms.DateField(required=False, label=gettext_lazy("To"))
    kind = forms.ChoiceField(
        choices=[("", gettext_lazy("All kinds")), *MeetingKind.choices],
        required=False,
        label=gettext_lazy("Kind"),
    )
    official = forms.IntegerField(
        required=False, min_value=1, max_value=2**63 - 1, label=gettext_lazy("Official")
    )
    q = forms.CharField(required=False, max_length=200, strip=True, label=gettext_lazy("Search"))


def cleaned_filters(request: HttpRequest) -> dict:
    """The valid, non-empty filters of the query string; a bad value only drops its own filter."""
    form = MeetingFilterForm(request.GET)
    form.is_valid()
    return {k: v for k, v in form.cleaned_data.items() if v not in (None, "")}


def filter_meetings(meetings: QuerySet[Meeting], filters: dict) -> QuerySet[Meeting]:
    """Apply the shared filters through the API's `MeetingFilter`: the pages and the API agree."""
    data = {
        k: v.isoformat() if isinstance(v, datetime.date) else str(v) for k, v in filters.items()
    }
    return MeetingFilter(data=data, queryset=meetings).qs


def query_string(filters: dict, *, drop: tuple[str, ...] = ()) -> str:
    """The filters back as a query string (dates in ISO form), without the names in `drop`."""
    pairs = {
        k: v.isoformat() if isinstance(v, datetime.date) else v
        for k, v in filters.items()
        if k not in drop
    }
    return urlencode(pairs)


def format_mad(amount: Decimal | None, *, approximate: bool = False) -> str:
    """A dirham amount as people read it: "5 billion MAD", "≈ 120 million MAD"."""
    if amount is None:
        return ""
    if amount >= 1_000_000_000:
        n = amount / Decimal(1_000_000_000)
        text = ngettext("%(n)s billion MAD", "%(n)s billion MAD", int(n)) % {"n": _number(n)}
    elif amount >= 1_000_000:
        n = amount / Decimal(1_000_000)
        text = ngettext("%(n)s million MAD", "%(n)s million MAD", int(n)) % {"n": _number(n)}
    else:
        text = _("%(n)s MAD") % {"n": number_format(amount, 0, use_l10n=True, force_grouping=True)}
    return f"≈ {text}" if approximate else text


def _number(n: Decimal) -> str:
    places = 0 if n == n.to_integral_value() else (1 if n >= 10 else 2)
    return number_format(round(n, places), places, use_l10n=True, force_grouping=True)


@dataclass
class Bar:
    year: int
    percent: float
    label: str


def export_bars(series: list[YearAmount]) -> list[Bar]:
    """Bars of a small chart: each year's amount as a share of the largest."""
    top = max((point.amount_mad for point in series), default=Decimal(0))
    return [
        Bar(
            point.year,
            round(float(point.amount_mad / top) * 100, 1) if top else 0.0,
            format_mad(point.amount_mad, approximate=point.approximate),
        )
        for point in series
    ]


@dataclass
class Axis:
    points: list[tuple[int, datetime.date, str, str, float]]  # id, date, kind, href, percent
    first_year: int
    last_year: int


# Points closer than this (in % of the axis) share a pixel on any screen: one per kind is
# drawn, so a region with thousands of meetings still sends a light page.
AXIS_STEP_PERCENT = 0.5


def time_axis(points: list, *, href=lambda index, point: f"#meeting-{point.id}") -> Axis | None:
    """Where the dated meetings sit on a time axis from the first date to the last (0-100).

    `points` have `id`, `date` and `kind` (meetings or selectors.AxisPoint), in date order; of
    meetings of one kind within AXIS_STEP_PERCENT of each other, the first stands for all.
    """
    dated = [p for p in points if p.date]
    if not dated:
        return None
    first, last = dated[0].date, dated[-1].date
    span = (last - first).days
    drawn, seen = [], set()
    for i, p in enumerate(dated):
        percent = round((p.date - first).days / span * 100, 2) if span else 50.0
        key = (round(percent / AXIS_STEP_PERCENT), p.kind)
        if key not in seen:
            seen.add(key)
            drawn.append((p.id, p.date, p.kind, href(i, p), percent))
    return Axis(drawn, first.year, last.year)


def _decorate(meetings: list[Meeting]) -> None:
    """Attach display strings for figures (formatting needs the active language)."""
    for meeting in meetings:
        for figure in meeting.figures.all():
            figure.display = format_mad(figure.amount_mad, approximate=figure.approximate)


def _region_or_404(code: str) -> Region:
    return get_object_or_404(
        Region.objects.defer("geom", "geom_simplified", "capital_location"), code=code
    )


# Meetings with full details per region page; the time axis above shows all of them.
REGION_PAGE_SIZE = 50


@require_GET
def region_detail(request: HttpRequest, code: str) -> HttpResponse:
    region = _region_or_404(code)
    filters = cleaned_filters(request)
    filters.pop("region", None)  # the page is about this region
    page_number = _page_number(request)
    meetings = filter_meetings(selectors.meeting_public_queryset(), filters)
    timeline = selectors.region_timeline(
        region=region,
        meetings=meetings,
        offset=(page_number - 1) * REGION_PAGE_SIZE,
        limit=REGION_PAGE_SIZE,
    )
    pages = max(1, -(-timeline.total // REGION_PAGE_SIZE))
    if page_number > pages:
        page_number = pages
        timeline = selectors.region_timeline(
            region=region,
            meetings=meetings,
            offset=(pages - 1) * REGION_PAGE_SIZE,
            limit=REGION_PAGE_SIZE,
        )
    _decorate(timeline.meetings)
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


def _meeting_evidence(meeting: Meeting) -> dict[str, list[dict]]:
    """Quoted words per field ("date", "city", …) across the meeting's source articles."""
    by_field: dict[str, list[dict]] = {}
    for link in meeting.sources.all():
        for name, quote in (link.evidence or {}).items():
            if isinstance(quote, dict) and quote.get("text"):
                by_field.setdefault(name, []).append(
                    {"text": quote["text"], "article": link.article}
                )
    return by_field


@require_GET
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = selectors.meeting_get(meeting_id=pk)
    if meeting is None:
        target = selectors.meeting_merged_target(meeting_id=pk)
        if target is not None:
            return redirect("meeting-detail", pk=target, permanent=True)
        raise Http404(_("No published meeting with this number."))
    _decorate([meeting])
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
        "label": meeting.city or (meeting.region.name if meeting.region_id else ""),
        "regionCode": meeting.region.code if meeting.region_id else None,
        "regionsUrl": reverse("regions-geojson"),
    }
    context = {
        "meeting": meeting,
        "evidence": _meeting_evidence(meeting),
        "map_data": map_data,
    }
    return render(request, "events/meeting_detail.html", context)


@require_GET
def official_detail(request: HttpRequest, pk: int) -> HttpResponse:
    official = selectors.official_get(official_id=pk)
    if official is None:
        raise Http404
    if official.merged_into_id:
        return redirect("official-detail", pk=official.merged_into_id, permanent=True)
    page = selectors.official_page(official=official)
    if not page.participations:
        # Officials appear in public only through published meetings.
        raise Http404(_("No published meeting for this official."))
    meetings = [p.meeting for p in page.participations]
    route = [
        {
            "id": m.id,
            "lonlat": list(m.location.coords),
            "label": m.city or (m.region.name if m.region_id else ""),
            "date": m.date.isoformat() if m.date else None,
            "url": reverse("meeting-detail", args=[m.id]),
        }
        for m in meetings
        if m.location
    ]
    context = {
        "official": official,
        "page": page,
        "axis": time_axis(meetings),
        "map_data": {"route": route, "regionsUrl": reverse("regions-geojson")},
    }
    return render(request, "events/official_detail.html", context)


@require_GET
def city_points(request: HttpRequest) -> JsonResponse:
    """Meeting places matching the filters (minus region) with their counts: the map's markers."""
    filters = cleaned_filters(request)
    filters.pop("region", None)
    meetings = filter_meetings(selectors.meeting_public_queryset(), filters)
    return JsonResponse(
        {"results": selectors.meeting_city_points(meetings=meetings)},
        json_dumps_params={"ensure_ascii": False},
    )
