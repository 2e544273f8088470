"""Downloads of exactly the filtered rows, streamed, and the registry of export formats.

`EXPORTERS` is the one list of formats: the API's `format=` choices, its OpenAPI responses and
the dispatch all read it (events/apis.py). An exporter writes a list's rows from an `ExportRows`
(events/selectors/: `MeetingExport`, `FigureExport`), which gives each row's public shape as the
JSON list shows it, so a download holds the rows and values the list shows, in the same order.
Adding a format is one `Exporter` here.

The CSV starts with a UTF-8 byte order mark: without it Excel reads the Arabic as Latin-1
mojibake. Every CSV cell goes through `csv_cell`: text that a spreadsheet would run as a
formula is neutralised, numbers in the columns declared numeric stay numbers.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from django.http import StreamingHttpResponse

CSV_BOM = "\ufeff"
# Rows joined per chunk written to the socket: fewer, larger writes (≈ 100 KB each).
ROWS_PER_CHUNK = 200
GEOJSON_MEDIA_TYPE = "application/geo+json"
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"


class _Line:
    """A file-like object whose write() returns the line, for csv.writer."""

    def write(self, value: str) -> str:
        return value


def _chunks(parts: Iterable[str]) -> Iterator[bytes]:
    buffer: list[str] = []
    for part in parts:
        buffer.append(part)
        if len(buffer) >= ROWS_PER_CHUNK:
            yield "".join(buffer).encode()
            buffer.clear()
    if buffer:
        yield "".join(buffer).encode()


# CSV formula injection (OWASP "CSV Injection"): Excel, LibreOffice and Google Sheets read a cell
# that starts with one of these as a formula (=HYPERLINK(…), +cmd|' /C calc'!A0, @SUM(…)); Excel
# folds the full-width forms to the ASCII ones. Such a text cell gets a leading apostrophe, which
# spreadsheets read as "this cell is text" and do not show.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# What a numeric column may hold as it is: an optional minus, digits, an optional decimal part.
NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def csv_cell(value: object, *, numeric: bool = False) -> object:
    """A value ready for csv.writer: genuine numbers of numeric columns as they are, any other
    value as text, with an apostrophe before a formula's first character."""
    if numeric and (
        (isinstance(value, int | float | Decimal) and not isinstance(value, bool))
        or (isinstance(value, str) and NUMBER.fullmatch(value))
    ):
        return value
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _join(items: list, fmt: Callable[[dict], str]) -> str:
    return " | ".join(fmt(item) for item in items)


def _join_known(items: list, fmt: Callable[[dict], str]) -> str:
    """The non-empty values once each, in order: a file has no URL, many sources one outlet
    (a cell of separators alone, " | ", told the reader nothing)."""
    values = [fmt(item) for item in items]
    return " | ".join(dict.fromkeys(v for v in values if v))


MEETING_CSV_HEADER = [
    "id",
    "date",
    "date_precision",
    "date_certain",
    "region_code",
    "region_name_ar",
    "region_name_fr",
    "region_name_en",
    "city",
    "longitude",
    "latitude",
    "kind",
    "title",
    "display_title",
    "programme",
    "official_ids",
    "officials",
    "figures",
    "source_urls",
    "source_outlets",
    "source_headlines",
]
MEETING_CSV_NUMERIC = frozenset({"id", "longitude", "latitude"})


def meeting_csv_row(result: dict) -> list:
    """One CSV row of a meeting's public shape; lists joined with " | " (sources' URLs,
    outlets and headlines: the known ones, each once)."""
    region = result["region"] or {}
    lon, lat = result["location"] or (None, None)
    return [
        result["id"],
        result["date"] or "",
        result["date_precision"],
        result["date_certain"],
        region.get("code", ""),
        region.get("name_ar", ""),
        region.get("name_fr", ""),
        region.get("name_en", ""),
        result["city"],
        "" if lon is None else lon,
        "" if lat is None else lat,
        result["kind"],
        result["title"],
        result.get("display_title", ""),
        result["programme"],
        _join(result["officials"], lambda o: str(o["id"])),
        _join(
            result["officials"],
            lambda o: (
                " / ".join(n for n in (o["name_ar"], o["name_latin"]) if n) + f" ({o['role_code']})"
            ),
        ),
        _join(
            result["figures"],
            lambda f: (
                f"{f['amount_mad']} MAD {f['metric']} {f['scope']}"
                + (f" {f['year']}" if f["year"] else "")
                + (" ≈" if f["approximate"] else "")
            ),
        ),
        _join_known(result["sources"], lambda s: s["url"] or ""),
        _join_known(result["sources"], lambda s: s["outlet"] or ""),
        _join_known(result["sources"], lambda s: s.get("headline") or ""),
    ]


FIGURE_CSV_HEADER = [
    "id",
    "amount_mad",
    "metric",
    "scope",
    "approximate",
    "year",
    "period",
    "region_code",
    "region_name_ar",
    "region_name_fr",
    "region_name_en",
    "meeting_id",
    "meeting_date",
    "meeting_title",
    "longitude",
    "latitude",
    "text",
]
FIGURE_CSV_NUMERIC = frozenset({"id", "amount_mad", "year", "meeting_id", "longitude", "latitude"})


def figure_csv_row(result: dict) -> list:
    region = result["region"] or {}
    meeting = result["meeting"] or {}
    lon, lat = result["location"] or (None, None)
    return [
        result["id"],
        result["amount_mad"],
        result["metric"],
        result["scope"],
        result["approximate"],
        "" if result["year"] is None else result["year"],
        result["period"],
        region.get("code", ""),
        region.get("name_ar", ""),
        region.get("name_fr", ""),
        region.get("name_en", ""),
        meeting.get("id", ""),
        meeting.get("date") or "",
        meeting.get("title", ""),
        "" if lon is None else lon,
        "" if lat is None else lat,
        result["text"],
    ]


@dataclass(frozen=True)
class Table:
    """A list as a table: its CSV columns, which of them are numbers, and how a public result
    fills a row."""

    header: list[str]
    numeric: frozenset[str]
    row: Callable[[dict], list]


MEETING_TABLE = Table(MEETING_CSV_HEADER, MEETING_CSV_NUMERIC, meeting_csv_row)
FIGURE_TABLE = Table(FIGURE_CSV_HEADER, FIGURE_CSV_NUMERIC, figure_csv_row)


class ExportRows(Protocol):
    """Every row of a filtered list, in list order, read once."""

    def results(self) -> Iterator[dict]:
        """Each row's public shape (what the JSON list shows)."""
        ...


def _csv_lines(rows: ExportRows, table: Table) -> Iterator[str]:
    """UTF-8 with BOM; the columns named numeric keep their numbers, every other cell is text
    safe from formula injection."""
    writer = csv.writer(_Line())
    numeric_mask = [name in table.numeric for name in table.header]
    yield CSV_BOM + writer.writerow(table.header)
    for result in rows.results():
        cells = table.row(result)
        yield writer.writerow(
            [csv_cell(v, numeric=n) for v, n in zip(cells, numeric_mask, strict=True)]
        )


def geojson_feature(result: dict) -> str:
    """A Point Feature (or one without geometry) whose properties are the list's result."""
    location = result.get("location")
    geometry = {"type": "Point", "coordinates": location} if location else None
    return json.dumps(
        {"type": "Feature", "id": result["id"], "geometry": geometry, "properties": result},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _geojson_parts(rows: ExportRows, table: Table) -> Iterator[str]:
    """A FeatureCollection; rows that render their own Feature text (`features()`, meetings:
    PostgreSQL renders it) are not decoded and encoded again."""
    features = getattr(rows, "features", None)
    texts = features() if features else (geojson_feature(r) for r in rows.results())
    yield '{"type":"FeatureCollection","features":['
    for i, text in enumerate(texts):
        yield ("," if i else "") + text
    yield "]}"


@dataclass(frozen=True)
class Exporter:
    """One `format=` of the list endpoints."""

    format: str
    media_type: str  # in the OpenAPI schema
    content_type: str  # of the response
    extension: str
    description: str
    write: Callable[[ExportRows, Table], Iterator[str]]

    def response(self, rows: ExportRows, *, table: Table, filename: str) -> StreamingHttpResponse:
        """The streamed download of every row, as an attachment named `filename.extension`."""
        response = StreamingHttpResponse(
            _chunks(self.write(rows, table)), content_type=self.content_type
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}.{self.extension}"'
        return response


EXPORTERS: dict[str, Exporter] = {
    exporter.format: exporter
    for exporter in (
        Exporter(
            "geojson",
            GEOJSON_MEDIA_TYPE,
            GEOJSON_MEDIA_TYPE,
            "geojson",
            "format=geojson: every filtered row as a Feature (streamed).",
            _geojson_parts,
        ),
        Exporter(
            "csv",
            "text/csv",
            CSV_MEDIA_TYPE,
            "csv",
            "format=csv: every filtered row, UTF-8 with BOM (streamed).",
            _csv_lines,
        ),
    )
}
