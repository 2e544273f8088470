"""Reads of meetings: what the public may see, filtered, shaped for a page, a list or an export.

Every read starts from `Meeting.objects.public()` and narrows it with `MeetingFilter` values
(`filters=`, cleaned by the caller): the map, the region pages, the API and its exports hold the
same meetings for the same parameters. A page costs a fixed number of queries, and a list one
query whatever the data size: a meeting's officials, figures and sources come back as JSON
built by PostgreSQL, not as N extra queries.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.db.models import Avg, Count, F, OuterRef, Prefetch, QuerySet, Subquery, TextField
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce

from events.filters import FilterValues, MeetingFilter
from events.models import (
    Article,
    ExportFigure,
    Meeting,
    MeetingSource,
    Official,
    Participation,
)
from events.selectors.keyset import iterate_rows
from events.selectors.sql import X, Y
from regions.models import Region
from regions.selectors import REGION_HEAVY_FIELDS


def meeting_list(*, filters: FilterValues | None = None) -> QuerySet[Meeting]:
    """Public meetings matching `filters` (MeetingFilter's cleaned values), in no order."""
    return MeetingFilter.narrow(Meeting.objects.public(), filters)


def in_date_order(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """Oldest first (a timeline), undated last, with the region's names but not its shape."""
    return (
        meetings.select_related("region")
        .defer(*(f"region__{name}" for name in REGION_HEAVY_FIELDS))
        .order_by(F("date").asc(nulls_last=True), "id")
    )


def with_details(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
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


def meeting_get(*, meeting_id: int) -> Meeting | None:
    """A public meeting with everything its page shows, or None."""
    return with_details(in_date_order(Meeting.objects.public().filter(id=meeting_id))).first()


def meeting_merged_target(*, meeting_id: int) -> int | None:
    """Where a merged meeting now lives, when that meeting is public (for a redirect)."""
    return (
        Meeting.objects.filter(id=meeting_id, merged_into__in=Meeting.objects.public())
        .values_list("merged_into_id", flat=True)
        .first()
    )


DATE_FILTERS = ("year", "date_from", "date_to")


def meeting_undated_excluded(*, filters: FilterValues | None = None) -> int:
    """How many undated public meetings match every filter but the date ones: what a year or
    a date range leaves out (a meeting without a date is in no year). 0 without a date filter."""
    filters = filters or {}
    if not any(filters.get(name) for name in DATE_FILTERS):
        return 0
    rest = {k: v for k, v in filters.items() if k not in DATE_FILTERS}
    return meeting_list(filters=rest).filter(date__isnull=True).order_by().count()


def meeting_years() -> list[int]:
    """Years with at least one public meeting (the slider's range)."""
    dated = Meeting.objects.public().filter(date__isnull=False)
    return sorted({d.year for d in dated.dates("date", "year")})


def meeting_city_points(*, filters: FilterValues | None = None) -> list[dict]:
    """One point per (region, city) with how many matching meetings took place there.

    The map's markers without sending every meeting: a few hundred places at most, one query.
    """
    rows = (
        meeting_list(filters=filters)
        .order_by()
        .filter(location__isnull=False, region__isnull=False)
        .values("region__code", "city")
        .annotate(n=Count("id"), lon=Avg(X("location")), lat=Avg(Y("location")))
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


def meeting_counts_by_region(*, filters: FilterValues | None = None) -> dict[int, int]:
    """Matching meetings per region id (no join: grouped on the meeting table's own column,
    an index-only scan of migration 0003's partial index)."""
    return dict(
        meeting_list(filters=filters)
        .order_by()
        .filter(region__isnull=False)
        .values_list("region_id")
        .annotate(n=Count("*"))
        .values_list("region_id", "n")
    )


# --- The public shape: list, GeoJSON and CSV ---------------------------------------------------


def _meeting_json_sql() -> tuple[str, str]:
    """SQL of a meeting's public JSON and of its GeoJSON point, over the outer meetings table.

    Written as SQL, not ORM expressions: Django re-resolved the ~60-node expression tree on
    every request (≈ 15 ms, 6x the query itself at 100,000 meetings); RawSQL costs nothing.
    Key order is the documented one (`json`, not `jsonb`, keeps it).
    """
    m = Meeting._meta.db_table
    t = {
        "region": Region._meta.db_table,
        "participation": Participation._meta.db_table,
        "official": Official._meta.db_table,
        "figure": ExportFigure._meta.db_table,
        "link": MeetingSource._meta.db_table,
        "article": Article._meta.db_table,
    }
    lon_lat = (
        f"json_build_array(round(ST_X({m}.location)::numeric, 6)::float8, "
        f"round(ST_Y({m}.location)::numeric, 6)::float8)"
    )
    meeting = f"""json_build_object(
        'id', {m}.id, 'date', {m}.date, 'date_precision', {m}.date_precision,
        'date_certain', {m}.date_certain,
        'region', (SELECT json_build_object('code', r.code, 'name_ar', r.name_ar,
                                            'name_fr', r.name_fr, 'name_en', r.name_en)
                   FROM {t["region"]} r WHERE r.id = {m}.region_id),
        'city', {m}.city,
        'location', CASE WHEN {m}.location IS NULL THEN NULL ELSE {lon_lat} END,
        'kind', {m}.kind, 'title', {m}.title, 'programme', {m}.programme,
        'officials', array_to_json(ARRAY(
            SELECT json_build_object('id', o.id, 'name_ar', o.name_ar,
                                     'name_latin', o.name_latin, 'role', p.role,
                                     'role_code', p.role_code)
            FROM {t["participation"]} p
            JOIN {t["official"]} o0 ON o0.id = p.official_id
            JOIN {t["official"]} o ON o.id = COALESCE(o0.merged_into_id, o0.id)
            WHERE p.meeting_id = {m}.id ORDER BY p.id)),
        'figures', array_to_json(ARRAY(
            SELECT json_build_object('amount_mad', f.amount_mad::text, 'metric', f.metric,
                                     'scope', f.scope, 'approximate', f.approximate,
                                     'year', f.year, 'text', f.text)
            FROM {t["figure"]} f WHERE f.meeting_id = {m}.id ORDER BY f.id)),
        'sources', array_to_json(ARRAY(
            SELECT json_build_object('id', a.id, 'url', a.url, 'outlet', a.outlet,
                                     'title', a.title, 'published', a.published)
            FROM {t["link"]} s JOIN {t["article"]} a ON a.id = s.article_id
            WHERE s.meeting_id = {m}.id ORDER BY a.published, a.id))
    )::text"""
    return meeting, _point_sql(m, lon_lat)


def _point_sql(m: str, lon_lat: str) -> str:
    return (
        f"(CASE WHEN {m}.location IS NULL THEN NULL "
        f"ELSE json_build_object('type', 'Point', 'coordinates', {lon_lat}) END)::text"
    )


# Characters of an article's text read for its headline (events/extraction/headline.py reads
# the first lines only; a page run into one line is cut to its first words anyway).
LEAD_CHARS = 1500


def _display_facts_sql() -> str:
    """SQL of what the display fields are composed from, beside the public JSON: the title when
    staff own it, and per source (in the JSON's order) its stored title, outlet and opening.

    The titles are composed in Python, in the request's language (events/presentation.py
    `meeting_json`); the public JSON's text stays exactly what PostgreSQL rendered.
    """
    m = Meeting._meta.db_table
    link, article = MeetingSource._meta.db_table, Article._meta.db_table
    return f"""json_build_object(
        'staff_title', CASE WHEN {m}.origin = 'staff' OR 'title' = ANY({m}.staff_edited_fields)
                       THEN {m}.title END,
        'sources', array_to_json(ARRAY(
            SELECT json_build_object('id', a.id, 'title', a.title, 'outlet', a.outlet,
                                     'lead', left(a.text, {LEAD_CHARS}))
            FROM {link} s JOIN {article} a ON a.id = s.article_id
            WHERE s.meeting_id = {m}.id ORDER BY a.published, a.id))
    )::text"""


MEETING_FACTS_SQL = _display_facts_sql()


MEETING_JSON_SQL, MEETING_POINT_SQL = _meeting_json_sql()


def meeting_rows(*, filters: FilterValues | None = None) -> QuerySet:
    """Per matching meeting: `id`, `date` (the page key) and `json`, its public shape as JSON
    text, `geometry_json`, its GeoJSON point, and `facts_json`, what its display title and its
    sources' headlines are composed from (`shape` below, events/presentation.py).

    PostgreSQL builds the whole object, nested lists included, in the one query: the list,
    the GeoJSON and the CSV exports all use this text, so they cannot disagree, and Python
    only joins strings (endpoint time stays close to database time).
    """
    return (
        meeting_list(filters=filters)
        .annotate(
            json=RawSQL(MEETING_JSON_SQL, (), output_field=TextField()),
            geometry_json=RawSQL(MEETING_POINT_SQL, (), output_field=TextField()),
            facts_json=RawSQL(MEETING_FACTS_SQL, (), output_field=TextField()),
        )
        .values("id", "date", "json", "geometry_json", "facts_json")
    )


@dataclass(frozen=True)
class MeetingExport:
    """Every matching meeting in list order, for an exporter (events/exports.py)."""

    filters: FilterValues
    descending: bool
    # (json, facts_json) -> the JSON text a reader gets (display fields added); None: as stored.
    shape: Callable[[str, str], str] | None = None

    def _text(self, row: dict) -> str:
        return self.shape(row["json"], row["facts_json"]) if self.shape else row["json"]

    def _rows(self) -> Iterator[dict]:
        rows = meeting_rows(filters=self.filters)
        return iterate_rows(rows=rows, key="date", descending=self.descending)

    def results(self) -> Iterator[dict]:
        """Each meeting's public shape, as the list shows it."""
        return (json.loads(self._text(row)) for row in self._rows())

    def features(self) -> Iterator[str]:
        """Each meeting as a GeoJSON Feature, assembled around the text PostgreSQL rendered."""
        for row in self._rows():
            yield (
                f'{{"type":"Feature","id":{row["id"]},'
                f'"geometry":{row["geometry_json"] or "null"},"properties":{self._text(row)}}}'
            )


# --- Feeds: newly published meetings -----------------------------------------------------------


def meeting_published_at() -> Coalesce:
    """When a meeting became public: its first change-history row with status "published"
    (django-simple-history writes one on every save, staff's and the pipeline's alike).

    The model keeps no publish timestamp; a row created before its history was kept (or by a
    bulk insert, which writes none) falls back to `created_at`, the closest thing it has.
    """
    first_published = (
        Meeting.history.filter(id=OuterRef("pk"), status=Meeting.Status.PUBLISHED)
        .order_by("history_date")
        .values("history_date")[:1]
    )
    return Coalesce(Subquery(first_published), F("created_at"))


def meeting_feed_items(*, filters: FilterValues | None = None, limit: int) -> list[Meeting]:
    """The `limit` matching public meetings published last, newest first, with their people
    and figures (`published_at` annotated): a feed's entries, in four queries."""
    rows = (
        meeting_list(filters=filters)
        .annotate(published_at=meeting_published_at())
        .select_related("region")
        .defer(*(f"region__{name}" for name in REGION_HEAVY_FIELDS))
        .prefetch_related(
            Prefetch(
                "participations",
                queryset=Participation.objects.select_related("official").order_by("id"),
            ),
            Prefetch("figures", queryset=ExportFigure.objects.order_by("-year", "id")),
        )
        .order_by("-published_at", "-id")
    )
    return list(rows[:limit])
