"""Reads for the open data API: public querysets, list rows, keyset pages and aggregates.

Each list is one SQL query whatever the data size: a meeting's officials, figures and sources
come back as JSON arrays built by PostgreSQL (correlated subqueries), not as N extra queries
or prefetches, and pages are keyset ("cursor") pages that read only the rows they return.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.contrib.gis.db.models.functions import AsGeoJSON
from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import (
    Case,
    Count,
    DecimalField,
    Exists,
    F,
    FloatField,
    Func,
    IntegerField,
    JSONField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, ExtractYear

from events.filters import region_id_of
from events.models import (
    Article,
    ExportFigure,
    Meeting,
    MeetingSource,
    MeetingStatus,
    Metric,
    Official,
    Participation,
)
from events.models import Scope as FigureScope
from regions.models import Region
from regions.selectors import GEOJSON_PRECISION

# Rows fetched per round trip when an export streams every filtered row (measured on 100,000
# meetings: 2,000 keeps memory under 20 MB and the export within 10 % of one big fetch).
EXPORT_CHUNK_SIZE = 2000
PAGE_SIZE_DEFAULT = 50
PAGE_SIZE_MAX = 500
# The region boundaries change only when `load_regions` runs: each process keeps the rendered
# geometry this long (seconds) instead of re-reading and re-encoding ~8,000 vertices per request.
REGION_GEOMETRY_TTL = 600


class InvalidCursor(ValueError):
    """A `cursor` parameter that this API did not produce."""


# --- Public rows ----------------------------------------------------------------------------


def meeting_public_queryset() -> QuerySet[Meeting]:
    """What anyone may read: published meetings that were not merged into another."""
    return Meeting.objects.published()


def figure_public_queryset() -> QuerySet[ExportFigure]:
    """Figures quoted at a public meeting, or entered without a meeting."""
    # Conditions on the joined meeting (not `meeting__in=…`): a nested loop by primary key.
    return ExportFigure.objects.filter(
        Q(meeting__isnull=True)
        | Q(meeting__status=MeetingStatus.PUBLISHED, meeting__merged_into__isnull=True)
    )


def official_public_queryset() -> QuerySet[Official]:
    """People who took part in at least one public meeting (merged duplicates hidden)."""
    took_part = Participation.objects.filter(
        official=OuterRef("pk"), meeting__in=meeting_public_queryset()
    )
    return Official.objects.filter(merged_into__isnull=True).filter(Exists(took_part))


class _X(Func):
    function = "ST_X"
    output_field = FloatField()


class _Y(Func):
    function = "ST_Y"
    output_field = FloatField()


def _canonical_official(field: str) -> Case:
    """A participant's field from the person they were merged into, if they were."""
    return Case(
        When(official__merged_into__isnull=False, then=F(f"official__merged_into__{field}")),
        default=F(f"official__{field}"),
    )


class JSONBuildObject(Func):
    """`json_build_object(k, v, …)`: JSON (not jsonb) keeps the keys in the documented order."""

    function = "json_build_object"
    # Not JSONField: psycopg already decodes `json` values, JSONField would decode them again.
    output_field = TextField()

    def __init__(self, **fields) -> None:
        args = []
        for key, value in fields.items():
            args += [Value(key), F(value) if isinstance(value, str) else value]
        super().__init__(*args)


class _Numeric(Func):
    template = "(%(expressions)s)::numeric"
    output_field = DecimalField()


class _Float(Func):
    """float8 prints the shortest exact form: -15.957, not -15.957000."""

    template = "(%(expressions)s)::float8"
    output_field = FloatField()


class _ArrayToJSON(Func):
    function = "array_to_json"
    output_field = JSONField()


def _json_array(queryset: QuerySet, **fields) -> Func:
    """A correlated list of JSON objects, `[]` when empty."""
    return _ArrayToJSON(ArraySubquery(queryset.values(j=JSONBuildObject(**fields))))


def _lon_lat(field: str) -> Case:
    """`[lon, lat]` rounded to 6 decimals (≈ 0.1 m), or null."""
    return Case(
        When(
            **{f"{field}__isnull": False},
            then=Func(
                _Float(Func(_Numeric(_X(field)), Value(6), function="round")),
                _Float(Func(_Numeric(_Y(field)), Value(6), function="round")),
                function="json_build_array",
            ),
        ),
        default=None,
        output_field=JSONField(),
    )


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
    point = (
        f"(CASE WHEN {m}.location IS NULL THEN NULL "
        f"ELSE json_build_object('type', 'Point', 'coordinates', {lon_lat}) END)::text"
    )
    return meeting, point


MEETING_JSON_SQL, MEETING_POINT_SQL = _meeting_json_sql()


def meeting_rows(*, queryset: QuerySet[Meeting]) -> QuerySet:
    """Per meeting: `id`, `date` (the page key) and `json`, its public shape as JSON text.

    PostgreSQL builds the whole object, nested lists included, in the one query: the list,
    the GeoJSON and the CSV exports all use this text, so they cannot disagree, and Python
    only joins strings (endpoint time stays close to database time).
    """
    return queryset.annotate(
        json=RawSQL(MEETING_JSON_SQL, (), output_field=TextField()),
        geometry_json=RawSQL(MEETING_POINT_SQL, (), output_field=TextField()),
    ).values("id", "date", "json", "geometry_json")


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
    "lon",
    "lat",
    "text",
)


def figure_rows(*, queryset: QuerySet[ExportFigure]) -> QuerySet:
    return queryset.annotate(
        amount_text=Cast("amount_mad", TextField()),
        lon=_X("meeting__location"),
        lat=_Y("meeting__location"),
    ).values(*FIGURE_ROW_FIELDS)


def figure_result(row: dict) -> dict:
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


def official_rows(*, queryset: QuerySet[Official]) -> QuerySet:
    public_participations = Participation.objects.filter(
        Q(official=OuterRef("pk")) | Q(official__merged_into=OuterRef("pk")),
        meeting__in=meeting_public_queryset(),
    )
    # COUNT as a plain function, not an aggregate: no GROUP BY, one row per outer official.
    count = Subquery(
        public_participations.order_by().values(n=Func(F("id"), function="COUNT")),
        output_field=IntegerField(),
    )
    return queryset.annotate(meeting_count=count).values(
        "id", "name_ar", "name_latin", "meeting_count"
    )


# --- Keyset pages ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Cursor:
    """A position (key value, id) and whether the page runs before it (previous) or after."""

    key: Any
    id: int
    before: bool

    def encode(self) -> str:
        key = self.key.isoformat() if isinstance(self.key, datetime.date) else self.key
        raw = json.dumps([key, self.id, int(self.before)], separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, value: str, *, key_type: type | None) -> Cursor:
        try:
            raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
            key, pk, before = json.loads(raw)
            if not isinstance(pk, int) or isinstance(pk, bool) or before not in (0, 1):
                raise InvalidCursor(value)
            if key is not None:
                if key_type is datetime.date:
                    key = datetime.date.fromisoformat(key)
                elif (
                    key_type is int and not (isinstance(key, int) and not isinstance(key, bool))
                ) or key_type is None:
                    raise InvalidCursor(value)
        except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
            raise InvalidCursor(value) from exc
        if not -(2**63) <= pk < 2**63:
            raise InvalidCursor(value)
        return cls(key=key, id=pk, before=bool(before))


@dataclass(frozen=True)
class Page:
    rows: list[dict]
    next: Cursor | None
    previous: Cursor | None


def _after(key: str | None, position: Cursor, *, descending: bool) -> Q:
    """Rows after `position` in the order (key, id), NULL keys ranking above every value.

    That is PostgreSQL's own NULL order, so the (status, …, date) indexes serve the ORDER BY.
    The redundant `key <= value` bound lets the index, not a filter, skip the earlier rows.
    """
    pk_after = Q(id__lt=position.id) if descending else Q(id__gt=position.id)
    if key is None:
        return pk_after
    k0 = position.key
    if k0 is None:
        if descending:
            return Q(**{f"{key}__isnull": False}) | (Q(**{f"{key}__isnull": True}) & pk_after)
        return Q(**{f"{key}__isnull": True}) & pk_after
    if descending:
        return Q(**{f"{key}__lte": k0}) & (Q(**{f"{key}__lt": k0}) | pk_after)
    return Q(**{f"{key}__gt": k0}) | Q(**{f"{key}__isnull": True}) | (Q(**{key: k0}) & pk_after)


def _order(key: str | None, *, descending: bool) -> list:
    sign = "-" if descending else ""
    return [f"{sign}{key}", f"{sign}id"] if key else [f"{sign}id"]


def keyset_page(
    *,
    rows: QuerySet,
    key: str | None,
    key_field: str | None = None,
    descending: bool,
    cursor: Cursor | None,
    size: int,
) -> Page:
    """One page of `rows` (a `.values()` queryset holding `id` and `key_field`) in one query."""
    key_field = key_field or key
    backwards = cursor is not None and cursor.before
    order_descending = descending != backwards
    qs = rows
    if cursor is not None:
        qs = qs.filter(_after(key, cursor, descending=order_descending))
    fetched = list(qs.order_by(*_order(key, descending=order_descending))[: size + 1])
    more = len(fetched) > size
    page = fetched[:size]
    if backwards:
        page.reverse()

    def position(row: dict, *, before: bool) -> Cursor:
        return Cursor(key=row[key_field] if key else None, id=row["id"], before=before)

    if not page:
        return Page(rows=[], next=None, previous=None)
    has_next = more if not backwards else True
    has_previous = (cursor is not None) if not backwards else more
    return Page(
        rows=page,
        next=position(page[-1], before=False) if has_next else None,
        previous=position(page[0], before=True) if has_previous else None,
    )


def iterate_rows(*, rows: QuerySet, key: str | None, descending: bool) -> Iterator[dict]:
    """Every row in page order, streamed from a server-side cursor (for exports)."""
    return rows.order_by(*_order(key, descending=descending)).iterator(chunk_size=EXPORT_CHUNK_SIZE)


# --- Regions, statistics --------------------------------------------------------------------


@dataclass(frozen=True)
class _RegionStatic:
    id: int
    code: str
    properties: dict
    geometry_json: str


_region_static: tuple[float, list[_RegionStatic]] | None = None


def region_static_features(*, refresh: bool = False) -> list[_RegionStatic]:
    """Names and rendered simplified boundary of each region, kept per process."""
    global _region_static
    now = time.monotonic()
    if not refresh and _region_static and now - _region_static[0] < REGION_GEOMETRY_TTL:
        return _region_static[1]
    regions = [
        _RegionStatic(
            id=r["id"],
            code=r["code"],
            properties={k: r[k] for k in REGION_PROPERTY_FIELDS},
            geometry_json=r["geometry"],
        )
        for r in Region.objects.order_by("code")
        .annotate(geometry=AsGeoJSON("geom_simplified", precision=GEOJSON_PRECISION))
        .values("id", *REGION_PROPERTY_FIELDS, "geometry")
    ]
    if regions:
        _region_static = (now, regions)
    return regions


REGION_PROPERTY_FIELDS = ("code", "name_ar", "name_fr", "name_en", "capital_ar", "capital_fr")


def meeting_counts_by_region(*, meetings: QuerySet[Meeting]) -> dict[int, int]:
    """Meetings per region id (no join: grouped on the meeting table's own column)."""
    return dict(
        meetings.order_by()
        .filter(region__isnull=False)
        .values_list("region_id")
        .annotate(n=Count("*"))
        .values_list("region_id", "n")
    )


def latest_exports_by_region(*, year_max: int | None = None) -> dict[int, dict]:
    """Each region's latest regional `exports` figure (by year, then meeting date, then id).

    One correlated `LIMIT 1` per region walks the (region, metric, year) index from the top,
    instead of sorting every figure; figures without a year are not "latest".
    """
    figures = figure_public_queryset().filter(
        region=OuterRef("pk"), metric=Metric.EXPORTS, scope=FigureScope.REGION, year__isnull=False
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


def region_feature(region: _RegionStatic, *, meeting_count: int, latest_export) -> str:
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


def stats_rows(
    *, meetings: QuerySet[Meeting], region: str | None, year: int | None, year_range=None
) -> list[dict]:
    """Per region and year: public meetings matching the filters and the exports figure."""
    codes = {r.id: r.code for r in region_static_features()}
    counts = [
        (codes.get(region_id), y, n)
        for region_id, y, n in meetings.order_by()
        .annotate(y=ExtractYear("date"))
        .values_list("region_id", "y")
        .annotate(n=Count("*"))
    ]
    figures = figure_public_queryset().filter(
        metric=Metric.EXPORTS,
        scope=FigureScope.REGION,
        region__isnull=False,
        year__isnull=False,
    )
    if region:
        figures = figures.filter(region_id=region_id_of(region))
    if year:
        figures = figures.filter(year=year)
    if year_range:
        low, high = year_range
        if low:
            figures = figures.filter(year__gte=low)
        if high:
            figures = figures.filter(year__lte=high)
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
