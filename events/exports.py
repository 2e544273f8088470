"""CSV and GeoJSON downloads of exactly the filtered rows, streamed.

Rows come from the same selectors as the JSON list (`events.api_selectors`), shaped by the same
functions, so a download holds the rows and values the list shows, in the same order. The CSV
starts with a UTF-8 byte order mark: without it Excel reads the Arabic as Latin-1 mojibake.

Every CSV cell goes through `csv_cell`: text that a spreadsheet would run as a formula is
neutralised, numbers in the columns declared numeric stay numbers.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from decimal import Decimal

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
    "programme",
    "official_ids",
    "officials",
    "figures",
    "source_urls",
    "source_outlets",
]
MEETING_CSV_NUMERIC = frozenset({"id", "longitude", "latitude"})


def meeting_csv_row(result: dict) -> list:
    """One CSV row of a meeting's public shape; lists joined with " | "."""
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
        _join(result["sources"], lambda s: s["url"] or ""),
        _join(result["sources"], lambda s: s["outlet"] or ""),
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


def csv_response(
    *,
    results: Iterable[dict],
    header: list[str],
    row: Callable[[dict], list],
    numeric: Collection[str],
    filename: str,
) -> StreamingHttpResponse:
    """A streamed CSV download (UTF-8 with BOM) of every result; the columns named in `numeric`
    keep their numbers, every other cell is text safe from formula injection."""
    writer = csv.writer(_Line())
    numeric_mask = [name in numeric for name in header]

    def lines() -> Iterator[str]:
        yield CSV_BOM + writer.writerow(header)
        for result in results:
            cells = row(result)
            yield writer.writerow(
                [csv_cell(v, numeric=n) for v, n in zip(cells, numeric_mask, strict=True)]
            )

    response = StreamingHttpResponse(_chunks(lines()), content_type=CSV_MEDIA_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def geojson_feature(result: dict) -> str:
    """A Point Feature (or one without geometry) whose properties are the list's result."""
    location = result.get("location")
    geometry = {"type": "Point", "coordinates": location} if location else None
    return json.dumps(
        {"type": "Feature", "id": result["id"], "geometry": geometry, "properties": result},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def geojson_response(*, results: Iterable[dict], filename: str) -> StreamingHttpResponse:
    """A streamed GeoJSON FeatureCollection of every result."""

    def parts() -> Iterator[str]:
        yield '{"type":"FeatureCollection","features":['
        for i, result in enumerate(results):
            yield ("," if i else "") + geojson_feature(result)
        yield "]}"

    response = StreamingHttpResponse(_chunks(parts()), content_type=GEOJSON_MEDIA_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.geojson"'
    return response


def geojson_text_response(
    *, features: Iterable[tuple[int, str | None, str]], filename: str
) -> StreamingHttpResponse:
    """Like `geojson_response`, from (id, geometry JSON, properties JSON) rendered by the DB."""

    def parts() -> Iterator[str]:
        yield '{"type":"FeatureCollection","features":['
        for i, (pk, geometry, properties) in enumerate(features):
            yield (
                f'{"," if i else ""}{{"type":"Feature","id":{pk},'
                f'"geometry":{geometry or "null"},"properties":{properties}}}'
            )
        yield "]}"

    response = StreamingHttpResponse(_chunks(parts()), content_type=GEOJSON_MEDIA_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.geojson"'
    return response
