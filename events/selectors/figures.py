"""Reads of export figures: the public ones, their list rows, a region's series and its latest.

Public figures are those quoted at a public meeting, or entered by staff without a meeting
(`ExportFigure.objects.public()`); nothing under review reaches a chart, a table or the API.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import F, OuterRef, QuerySet, Subquery, TextField
from django.db.models.functions import Cast

from events.filters import FigureFilter, FilterValues
from events.models import ExportFigure, Metric, Scope
from events.selectors.keyset import iterate_rows
from events.selectors.sql import JSONBuildObject, X, Y
from regions.models import Region


def figure_list(*, filters: FilterValues | None = None) -> QuerySet[ExportFigure]:
    """Public figures matching `filters` (FigureFilter's cleaned values), in no order."""
    return FigureFilter.narrow(ExportFigure.objects.public(), filters)


FIGURE_ROW_FIELDS = (
    "id",
    "amount_text",
    "metric",
    "scope",
    "approximate",
    "year",
    "period",
    "region__code",
    "region__name_ar",
    "region__name_fr",
    "region__name_en",
    "meeting_id",
    "meeting__date",
    "meeting__title",
    # What the meeting's display title is composed from (events/presentation.py).
    "meeting__kind",
    "meeting__city",
    "meeting__date_precision",
    "meeting__date_certain",
    "meeting__origin",
    "meeting__staff_edited_fields",
    "meeting__region__name_ar",
    "meeting__region__name_fr",
    "meeting__region__name_en",
    "lon",
    "lat",
    "text",
)


def figure_rows(*, filters: FilterValues | None = None) -> QuerySet:
    """The list's rows (`.values()`, with `id` and `year` for the page key)."""
    return (
        figure_list(filters=filters)
        .annotate(
            amount_text=Cast("amount_mad", TextField()),
            lon=X("meeting__location"),
            lat=Y("meeting__location"),
        )
        .values(*FIGURE_ROW_FIELDS)
    )


def figure_result(row: dict, *, meeting_title: Callable[[dict], str] | None = None) -> dict:
    """A row's public shape (the API's `Figure`); `meeting_title(row)` adds the meeting's
    `display_title` (composed in the request's language by the caller)."""
    region = (
        {
            "code": row["region__code"],
            "name_ar": row["region__name_ar"],
            "name_fr": row["region__name_fr"],
            "name_en": row["region__name_en"],
        }
        if row["region__code"]
        else None
    )
    meeting = (
        {
            "id": row["meeting_id"],
            "date": row["meeting__date"].isoformat() if row["meeting__date"] else None,
            "title": row["meeting__title"],
            **({"display_title": meeting_title(row)} if meeting_title else {}),
        }
        if row["meeting_id"]
        else None
    )
    return {
        "id": row["id"],
        "amount_mad": row["amount_text"],
        "metric": row["metric"],
        "scope": row["scope"],
        "approximate": row["approximate"],
        "year": row["year"],
        "period": row["period"],
        "region": region,
        "meeting": meeting,
        "location": [round(row["lon"], 6), round(row["lat"], 6)]
        if row["lon"] is not None
        else None,
        "text": row["text"],
    }


@dataclass(frozen=True)
class FigureExport:
    """Every matching figure in list order (newest year first), for an exporter."""

    filters: FilterValues
    meeting_title: Callable[[dict], str] | None = None

    def results(self) -> Iterator[dict]:
        rows = iterate_rows(rows=figure_rows(filters=self.filters), key="year", descending=True)
        return (figure_result(row, meeting_title=self.meeting_title) for row in rows)


# --- Regional exports --------------------------------------------------------------------------


@dataclass(frozen=True)
class YearAmount:
    year: int
    amount_mad: Decimal
    approximate: bool


def region_export_series(*, region: Region) -> list[YearAmount]:
    """The region's own export figure per year (the latest quoted one for each year)."""
    rows = (
        ExportFigure.objects.public()
        .filter(region=region, metric=Metric.EXPORTS, scope=Scope.REGION, year__isnull=False)
        .order_by("year", "-id")
        .distinct("year")
        .values("year", "amount_mad", "approximate")
    )
    return [YearAmount(**row) for row in rows]


def latest_exports_by_region(*, year_max: int | None = None) -> dict[int, dict]:
    """Each region's latest regional `exports` figure (by year, then meeting date, then id),
    up to `year_max` when given, keyed by region id: {"amount_mad": "…", "year", "approximate"}.

    One correlated `LIMIT 1` per region walks the (region, metric, year) index from the top,
    instead of sorting every figure; figures without a year are not "latest".
    """
    figures = ExportFigure.objects.public().filter(
        region=OuterRef("pk"), metric=Metric.EXPORTS, scope=Scope.REGION, year__isnull=False
    )
    if year_max is not None:
        figures = figures.filter(year__lte=year_max)
    latest = figures.order_by("-year", F("meeting__date").desc(nulls_last=True), "-id").values(
        j=JSONBuildObject(
            amount_mad=Cast("amount_mad", TextField()), year="year", approximate="approximate"
        )
    )[:1]
    rows = Region.objects.annotate(latest=Subquery(latest)).values_list("id", "latest")
    return {
        pk: json.loads(latest) if isinstance(latest, str) else latest
        for pk, latest in rows
        if latest is not None
    }
