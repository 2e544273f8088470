"""Reads for the public pages: a fixed number of queries per page, whatever the amount of data.

Every function starts from `Meeting.objects.published()`: what the public may see. Figures and
participations are only reached through published meetings (or, for a region's own export
series, figures not tied to any meeting), so nothing under review leaks onto a page.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import (
    Avg,
    Count,
    Exists,
    F,
    FloatField,
    Func,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
)

from events.api_selectors import latest_exports_by_region, meeting_counts_by_region
from events.models import (
    ExportFigure,
    Meeting,
    MeetingSource,
    Metric,
    Official,
    Participation,
    Scope,
)
from regions.models import Region

# Boundaries are drawn from the cached GeoJSON endpoints, never loaded with a page's rows
# (a full-resolution region is thousands of vertices, repeated on every joined row).
REGION_HEAVY_FIELDS = ("geom", "geom_simplified", "capital_location")


def meeting_public_queryset() -> QuerySet[Meeting]:
    """Published meetings, oldest first (a timeline), undated ones last."""
    return (
        Meeting.objects.published()
        .select_related("region")
        .defer(*(f"region__{name}" for name in REGION_HEAVY_FIELDS))
        .order_by(F("date").asc(nulls_last=True), "id")
    )


def _public_figures() -> QuerySet[ExportFigure]:
    """Figures the public may see: quoted in a published meeting, or tied to no meeting."""
    published = Meeting.objects.published().values("id")
    return ExportFigure.objects.filter(Q(meeting__isnull=True) | Q(meeting__in=published))


def _with_details(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """Meetings with their officials, figures and source articles: three extra queries."""
    return meetings.prefetch_related(
        Prefetch(
            "participations",
            queryset=Participation.objects.select_related("official").order_by("id"),
        ),
        Prefetch("figures", queryset=ExportFigure.objects.order_by("-year", "id")),
        Prefetch(
            "sources",
            queryset=MeetingSource.objects.select_related("article").order_by(
                F("article__published").asc(nulls_last=True), "id"
            ),
        ),
    )


@dataclass(frozen=True)
class YearAmount:
    year: int
    amount_mad: Decimal
    approximate: bool


def region_export_series(*, region: Region) -> list[YearAmount]:
    """The region's own export figure per year (the latest quoted one for each year)."""
    rows = (
        _public_figures()
        .filter(region=region, metric=Metric.EXPORTS, scope=Scope.REGION, year__isnull=False)
        .order_by("year", "-id")
        .distinct("year")
        .values("year", "amount_mad", "approximate")
    )
    return [YearAmount(**row) for row in rows]


def region_latest_exports(*, year: int | None = None) -> dict[int, YearAmount]:
    """Each region's latest export figure (up to `year` when given), keyed by region id.

    The API's selector decides what "latest" means, so the map's table and /api/regions/ agree.
    """
    return {
        region_id: YearAmount(latest["year"], Decimal(latest["amount_mad"]), latest["approximate"])
        for region_id, latest in latest_exports_by_region(year_max=year).items()
    }


@dataclass
class RegionRow:
    region: Region
    meeting_count: int
    latest_export: YearAmount | None


def region_table(*, meetings: QuerySet[Meeting], year: int | None = None) -> list[RegionRow]:
    """The 12 regions with how many of `meetings` each holds: the map's accessible twin."""
    counts = meeting_counts_by_region(meetings=meetings)
    exports = region_latest_exports(year=year)
    return [
        RegionRow(region, counts.get(region.pk, 0), exports.get(region.pk))
        for region in Region.objects.defer(*REGION_HEAVY_FIELDS)
    ]


@dataclass(frozen=True)
class AxisPoint:
    id: int
    date: datetime.date
    kind: str


@dataclass
class RegionTimeline:
    region: Region
    meetings: list[Meeting]  # the page's slice, with details
    points: list[AxisPoint]  # every matching dated meeting, for the time axis
    total: int
    exports: list[YearAmount]


def region_timeline(
    *, region: Region, meetings: QuerySet[Meeting], offset: int = 0, limit: int | None = None
) -> RegionTimeline:
    """The region's meetings (already filtered by the caller) in date order.

    Details (people, figures, sources) for the `offset:offset+limit` slice only; the time axis
    gets every meeting's date and kind from one light query.
    """
    in_region = meetings.filter(region=region)
    points = [
        AxisPoint(pk, date, kind)
        for pk, date, kind in in_region.filter(date__isnull=False).values_list("id", "date", "kind")
    ]
    total = in_region.count()
    end = None if limit is None else offset + limit
    rows = list(_with_details(in_region)[offset:end])
    return RegionTimeline(region, rows, points, total, region_export_series(region=region))


def meeting_get(*, meeting_id: int) -> Meeting | None:
    """A published meeting with everything its page shows, or None."""
    return _with_details(meeting_public_queryset().filter(id=meeting_id)).first()


def meeting_merged_target(*, meeting_id: int) -> int | None:
    """Where a merged meeting now lives, when that meeting is public (for a redirect)."""
    return (
        Meeting.objects.filter(id=meeting_id, merged_into__in=Meeting.objects.published())
        .values_list("merged_into_id", flat=True)
        .first()
    )


@dataclass
class OfficialPage:
    official: Official
    participations: list[Participation]
    roles: list[tuple[str, str]]  # (role_code label, role as written), first seen first


def official_get(*, official_id: int) -> Official | None:
    return Official.objects.filter(id=official_id).first()


def official_page(*, official: Official) -> OfficialPage:
    """The official's published meetings in date order (a tour) and the roles they held."""
    participations = list(
        Participation.objects.filter(
            official=official, meeting__in=Meeting.objects.published().values("id")
        )
        .select_related("meeting__region")
        .defer(*(f"meeting__region__{name}" for name in REGION_HEAVY_FIELDS))
        .order_by(F("meeting__date").asc(nulls_last=True), "meeting_id")
    )
    return OfficialPage(official, participations, _roles(participations))


def _roles(participations: Iterable[Participation]) -> list[tuple[str, str]]:
    seen: dict[tuple[str, str], None] = {}
    for p in participations:
        seen.setdefault((str(p.get_role_code_display()), p.role), None)
    return list(seen)


def official_choices() -> list[tuple[int, str]]:
    """Officials who took part in a published meeting, for the filter's drop-down."""
    in_published = Participation.objects.filter(
        official=OuterRef("pk"), meeting__status="published", meeting__merged_into__isnull=True
    )
    rows = (
        Official.objects.filter(Exists(in_published), merged_into__isnull=True)
        .order_by("name_latin", "name_ar", "id")
        .values_list("id", "name_ar", "name_latin")
    )
    return [(pk, " · ".join(n for n in (latin, ar) if n)) for pk, ar, latin in rows]


def meeting_years() -> list[int]:
    """Years with at least one published meeting (the slider's range)."""
    return sorted(
        {
            d.year
            for d in Meeting.objects.published().filter(date__isnull=False).dates("date", "year")
        }
    )


def meeting_city_points(*, meetings: QuerySet[Meeting]) -> list[dict]:
    """One point per (region, city) with how many of `meetings` took place there.

    The map's markers without sending every meeting: a few hundred places at most, one query.
    """
    rows = (
        meetings.order_by()
        .filter(location__isnull=False, region__isnull=False)
        .values("region__code", "city")
        .annotate(
            n=Count("id"),
            lon=Avg(Func(F("location"), function="ST_X", output_field=FloatField())),
            lat=Avg(Func(F("location"), function="ST_Y", output_field=FloatField())),
        )
        .order_by("region__code", "city")
    )
    return [
        {
            "region": row["region__code"],
            "city": row["city"],
            "count": row["n"],
            "location": [round(row["lon"], 5), round(row["lat"], 5)],
        }
        for row in rows
    ]
