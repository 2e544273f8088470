"""What the public sees per region: meeting counts, latest export, boundary, timeline, stats.

Names and boundaries come from `regions.selectors` (one cached copy per process); counts and
figures from the meeting and figure selectors with the request's filters, so the map's table,
/api/regions/ and /api/stats/ agree with /api/meetings/.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, F, QuerySet, TextField
from django.db.models.functions import Cast, ExtractYear

from events.filters import FilterValues, region_id_of, year_max
from events.models import ExportFigure, Meeting, Metric, Scope
from events.selectors.figures import (
    YearAmount,
    latest_exports_by_region,
    region_export_series,
)
from events.selectors.meetings import (
    in_date_order,
    meeting_counts_by_region,
    meeting_list,
    with_details,
)
from regions.models import Region
from regions.selectors import RegionShape, region_list, region_shapes

# --- The map's table and /api/regions/ ---------------------------------------------------------


@dataclass
class RegionRow:
    region: Region
    meeting_count: int
    latest_export: YearAmount | None


def region_table(*, filters: FilterValues | None = None) -> list[RegionRow]:
    """The 12 regions with how many matching meetings each holds and its latest export figure
    as of the filters' last year: the map's accessible twin."""
    filters = filters or {}
    counts = meeting_counts_by_region(filters=filters)
    exports = {
        region_id: YearAmount(latest["year"], Decimal(latest["amount_mad"]), latest["approximate"])
        for region_id, latest in latest_exports_by_region(year_max=year_max(filters)).items()
    }
    return [
        RegionRow(region, counts.get(region.pk, 0), exports.get(region.pk))
        for region in region_list()
    ]


def region_codes() -> set[str]:
    """The codes of the regions there are (compared in memory: a code never reaches a query)."""
    return {shape.code for shape in region_shapes()}


def _feature(region: RegionShape, *, meeting_count: int, latest_export: dict | None) -> str:
    """One GeoJSON Feature, serialised around the geometry rendered once."""
    properties = {
        **region.properties,
        "meeting_count": meeting_count,
        "latest_export": latest_export,
    }
    return (
        f'{{"type":"Feature","id":{json.dumps(region.code)},'
        f'"geometry":{region.geometry_json},'
        f'"properties":{json.dumps(properties, ensure_ascii=False, separators=(",", ":"))}}}'
    )


def region_features(
    *, filters: FilterValues | None = None, codes: set[str] | None = None
) -> list[str]:
    """Each region's (or each of `codes`') GeoJSON Feature as text, with the count of matching
    meetings and the latest export figure as of the filters' last year."""
    filters = filters or {}
    counts = meeting_counts_by_region(filters=filters)
    exports = latest_exports_by_region(year_max=year_max(filters))
    return [
        _feature(
            region, meeting_count=counts.get(region.id, 0), latest_export=exports.get(region.id)
        )
        for region in region_shapes()
        if codes is None or region.code in codes
    ]


# --- A region's page --------------------------------------------------------------------------


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
    *,
    region: Region,
    filters: FilterValues | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> RegionTimeline:
    """The region's matching meetings in date order (`filters` without a region of its own).

    Details (people, figures, sources) for the `offset:offset+limit` slice only; the time axis
    gets every meeting's date and kind from one light query.
    """
    in_region: QuerySet[Meeting] = in_date_order(meeting_list(filters=filters)).filter(
        region=region
    )
    points = [
        AxisPoint(pk, date, kind)
        for pk, date, kind in in_region.filter(date__isnull=False).values_list("id", "date", "kind")
    ]
    total = in_region.count()
    end = None if limit is None else offset + limit
    rows = list(with_details(in_region)[offset:end])
    return RegionTimeline(region, rows, points, total, region_export_series(region=region))


# --- /api/stats/ --------------------------------------------------------------------------------


def stats_rows(*, filters: FilterValues | None = None) -> list[dict]:
    """Per region and year: matching public meetings, and the regional exports figure (the
    latest quoted, by meeting date) of the filters' region and years."""
    filters = filters or {}
    codes = {shape.id: shape.code for shape in region_shapes()}
    counts = [
        (codes.get(region_id), y, n)
        for region_id, y, n in meeting_list(filters=filters)
        .order_by()
        .annotate(y=ExtractYear("date"))
        .values_list("region_id", "y")
        .annotate(n=Count("*"))
    ]
    figures = ExportFigure.objects.public().filter(
        metric=Metric.EXPORTS, scope=Scope.REGION, region__isnull=False, year__isnull=False
    )
    if filters.get("region"):
        figures = figures.filter(region_id=region_id_of(filters["region"]))
    if filters.get("year"):
        figures = figures.filter(year=filters["year"])
    if filters.get("date_from"):
        figures = figures.filter(year__gte=filters["date_from"].year)
    if filters.get("date_to"):
        figures = figures.filter(year__lte=filters["date_to"].year)
    exports = {
        (codes.get(r["region_id"]), r["year"]): r["amount_text"]
        for r in figures.order_by(
            "region_id", "year", F("meeting__date").desc(nulls_last=True), "-id"
        )
        .distinct("region_id", "year")
        .annotate(amount_text=Cast("amount_mad", TextField()))
        .values("region_id", "year", "amount_text")
    }
    table: dict[tuple, dict] = {}
    for code, y, n in counts:
        table[(code, y)] = {"region": code, "year": y, "meetings": n, "exports_mad": None}
    for (code, y), amount in exports.items():
        row = table.setdefault(
            (code, y), {"region": code, "year": y, "meetings": 0, "exports_mad": None}
        )
        row["exports_mad"] = amount

    def sort_key(item):
        (code, y), _row = item
        return (code is None, code or "", y is None, y or 0)

    return [row for _key, row in sorted(table.items(), key=sort_key)]
