"""One search fold: fold_search's table of cases run through its three users.

`events.extraction.FOLD_CASES` goes through the SQL function `jihat_fold` (in the real
database), public search (`q`, through the meeting selector) and the admin's `__fold` lookup;
every character of the SQL function's domain goes through the database and fold_search; the
migration's frozen function is what events/fold_sql.py generates from fold_search today.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from django.db import connection
from django.db.models import F

from events import fold_sql
from events.extraction import FOLD_CASES, fold_search
from events.models import Meeting, Official
from events.selectors.meetings import meeting_list
from events.selectors.officials import official_list
from tests.factories import MeetingFactory, OfficialFactory, ParticipationFactory

pytestmark = pytest.mark.django_db

MIGRATIONS = Path(__file__).resolve().parents[2] / "events" / "migrations"


def sql_fold(texts: list[str]) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT jihat_fold(t) FROM unnest(%s::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n",
            [texts],
        )
        return [row[0] for row in cursor.fetchall()]


@pytest.mark.parametrize(("raw", "key"), FOLD_CASES)
def test_sql_function_folds_each_case_as_fold_search(raw, key):
    assert sql_fold([raw, key]) == [key, key]


def test_sql_function_folds_every_character_of_its_domain_as_fold_search():
    # Between letters, so that a character folded into a space is seen (not trimmed).
    texts = [f"a{char}a" for char in fold_sql.domain_chars()]
    wrong = [
        (f"U+{ord(text[1]):04X}", got, fold_search(text))
        for text, got in zip(texts, sql_fold(texts), strict=True)
        if got != fold_search(text)
    ]
    assert wrong == []


def test_sql_function_folds_whole_texts_as_fold_search():
    """Runs of spaces and marks, characters whose key folds further, and mixed scripts."""
    texts = [
        " ".join(raw for raw, _key in FOLD_CASES),
        "\t\u2028 Æ ẞ ǽ \ufbea \u00a0\u00a0 ﷺ …  \n",
        "  ",
        "اجتماع\u200b  تشاوري ــ Réunion À FÈS ٢٠٢٤",
    ]
    assert sql_fold(texts) == [fold_search(text) for text in texts]


@pytest.mark.parametrize(("raw", "key"), FOLD_CASES)
def test_public_search_finds_each_case_by_its_key_and_as_written(regions, raw, key):
    # No region: the cases include place names ("طنجة"), which also find a region's meetings.
    wanted = MeetingFactory(region=None, title=f"x {raw} y", city="", summary="")
    MeetingFactory(region=None, title="Autre chose", city="", summary="")
    for typed in (key, raw):
        found = set(meeting_list(filters={"q": typed}).values_list("pk", flat=True))
        assert found == {wanted.pk}, typed


@pytest.mark.parametrize(("raw", "key"), FOLD_CASES)
def test_admin_lookup_finds_each_case_by_its_key_and_as_written(regions, raw, key):
    wanted = MeetingFactory(region=regions["MA-01"], title=f"x {raw} y")
    MeetingFactory(region=regions["MA-01"], title="Autre chose")
    for typed in (key, raw):
        found = set(Meeting.objects.filter(title__fold=typed).values_list("pk", flat=True))
        assert found == {wanted.pk}, typed


def test_official_search_and_admin_lookup_agree(regions):
    """The API's official search (`q`) and the admin's find the same people."""
    meeting = MeetingFactory(region=regions["MA-01"])
    wanted = OfficialFactory(name_ar="رئيس مؤسسة", name_latin="Benaïssa")
    other = OfficialFactory(name_ar="شخص آخر", name_latin="Other")
    for person in (wanted, other):
        ParticipationFactory(meeting=meeting, official=person)
    for typed in ("رييس موسسه", "BENAISSA", "مؤسسة"):
        public = set(official_list(filters={"q": typed}).values_list("pk", flat=True))
        staff = Official.objects.filter(name_ar__fold=typed) | Official.objects.filter(
            name_latin__fold=typed
        )
        assert public == set(staff.values_list("pk", flat=True)) == {wanted.pk}, typed


def test_admin_lookup_folds_an_expression_in_sql(regions):
    meeting = MeetingFactory(region=regions["MA-01"], title="Réunion à Fès", city="FES")
    assert list(Meeting.objects.filter(title__fold=F("city")).values_list("pk", flat=True)) == [
        meeting.pk
    ]


def test_latest_migration_holds_the_function_fold_search_gives_today():
    """When fold_search changes, a new migration must carry `python -m events.fold_sql`."""
    frozen = None
    for path in sorted(MIGRATIONS.glob("[0-9]*.py")):
        module = importlib.import_module(f"events.migrations.{path.stem}")
        frozen = getattr(module, "FOLD_FUNCTION", frozen)
    assert frozen == fold_sql.function_sql(), (
        "fold_search no longer folds as the last migration's jihat_fold: add a migration "
        "with the output of `.venv/bin/python -m events.fold_sql`"
    )
