"""The scripts and styles take kinds, colours and valid filter values from the page config.

A new meeting kind is added the way a developer would (a choice, a registry entry with its
colour, a label), without touching any static file: the map's filter accepts it, the panel
and the region page show its label in its colour. A kind without a colour is a console error.
And the script keeps exactly the filter values the API accepts.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.db import models as django_models
from django.test import Client

from events import vocabularies
from events.filters import MeetingFilter
from events.models import Meeting, MeetingKind
from tests.browser.conftest import clean, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEW_KIND, NEW_LABEL, NEW_COLOUR, NEW_RGB = "roundtable", "table ronde", "#123456", "rgb(18, 52, 86)"


def kinds_vocabulary(choices, colours: dict) -> vocabularies.Vocabulary:
    return vocabularies.Vocabulary("kinds", choices, colours, required=("colour",))


def with_kinds(monkeypatch, kinds: vocabularies.Vocabulary) -> None:
    others = [v for v in vocabularies.VOCABULARIES if v.name != "kinds"]
    monkeypatch.setattr(vocabularies, "VOCABULARIES", (kinds, *others))


@pytest.fixture
def new_kind(monkeypatch, dashboard):
    """A sixth kind: the model choice (here: the choices the filter and registry read, and the
    database check) and the registry entry; nothing in static/ changes."""
    members = [(member.name, (member.value, member.label)) for member in MeetingKind]
    choices = django_models.TextChoices(
        "MeetingKind", [*members, ("ROUNDTABLE", (NEW_KIND, NEW_LABEL))]
    )
    with_kinds(
        monkeypatch,
        kinds_vocabulary(
            choices, {**vocabularies.MEETING_KINDS.extra, NEW_KIND: {"colour": NEW_COLOUR}}
        ),
    )
    kind = MeetingFilter.base_filters["kind"]
    monkeypatch.setitem(kind.extra, "choices", choices.choices)
    monkeypatch.delattr(kind, "_field", raising=False)  # the form field built from the old ones
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conname = 'meeting_kind_valid'"
        )
        [definition] = cursor.fetchone()
        cursor.execute("ALTER TABLE events_meeting DROP CONSTRAINT meeting_kind_valid")
    meeting = dashboard.meetings["MA-09"][0]
    Meeting.objects.filter(pk=meeting.pk).update(kind=NEW_KIND)
    yield meeting
    Meeting.objects.filter(kind=NEW_KIND).update(kind=MeetingKind.OTHER)
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE events_meeting ADD CONSTRAINT meeting_kind_valid {definition}")


def background(page, selector: str) -> str:
    return page.locator(selector).first.evaluate("node => getComputedStyle(node).backgroundColor")


def test_a_new_kind_reaches_the_filter_the_panel_and_the_pages(make_page, new_kind):
    watched = make_page()
    page = watched.page
    page.goto(watched.url(f"/fr/?region=MA-09&kind={NEW_KIND}"))
    watched.wait_ready()
    # The script kept the filter (its valid values are the server's) and the server selected it.
    assert f"kind={NEW_KIND}" in page.locator("#download").get_attribute("href")
    assert page.locator("#f-kind").input_value() == NEW_KIND
    item = f'#region-panel li.meeting[data-kind="{NEW_KIND}"]'
    assert page.locator("#region-panel li.meeting").count() == 1
    assert page.locator(f"{item} .kind").inner_text() == NEW_LABEL
    assert background(page, f"{item} .kind") == NEW_RGB
    assert background(page, f'#region-panel .time-axis li[data-kind="{NEW_KIND}"]') == NEW_RGB
    screenshot(watched, "new-kind-panel-fr")

    page.goto(watched.url("/fr/regions/MA-09/"))
    item = f"#meeting-{new_kind.id}"
    assert background(page, f"{item} .meeting-head .kind") == NEW_RGB
    assert background(page, f'.time-axis li[data-kind="{NEW_KIND}"]') == NEW_RGB
    # The other kinds keep the registry's colours (caravan: #d95f0e).
    assert background(page, '.time-axis li[data-kind="caravan"]') == "rgb(217, 95, 14)"
    clean(watched)


def test_a_kind_without_a_colour_is_a_console_error(make_page, dashboard, monkeypatch):
    colours = {
        k: v for k, v in vocabularies.MEETING_KINDS.extra.items() if k != MeetingKind.CARAVAN
    }
    with_kinds(monkeypatch, kinds_vocabulary(MeetingKind, colours))
    watched = make_page()
    watched.page.goto(watched.url("/fr/regions/MA-09/"))
    watched.page.wait_for_load_state("networkidle")
    assert any('"caravan" has no colour' in line for line in watched.console_errors), (
        watched.console_errors
    )


# (parameter, value): values at the edges of what the server accepts, and beyond.
EDGES = [
    ("region", "MA-12"), ("region", "MA-13"), ("region", "ma-09"),
    ("year", "1956"), ("year", "1955"), ("year", "2100"), ("year", "2101"), ("year", "+2024"),
    ("year", "2024.5"), ("year", "2024.0"), ("year", "twenty"),
    ("date_from", "2024-02-29"), ("date_from", "2023-02-29"), ("date_to", "2024-13-01"),
    ("date_to", "2024-1-5"), ("date_to", "2024-1-5x"), ("date_to", "2024-00-10"),
    ("date_from", "0999-12-31"), ("date_to", "yesterday"),
    ("kind", "caravan"), ("kind", "party"),
    ("official", "1"), ("official", "0"), ("official", "-3"), ("official", "12345678901234"),
    ("q", "x" * 200), ("q", "x" * 201), ("q", "لقاء"), ("q", "a\x00b"),
]  # fmt: skip

READ_STATE = """async (cases) => {
  const src = [...document.scripts].find((s) => s.src.includes("/js/map.js")).src;
  const { readState } = await import(src.replace("/js/map.js", "/js/state.js"));
  const query = (name, value) => `?${new URLSearchParams({ [name]: value })}`;
  return cases.map(([name, value]) => name in readState(query(name, value)).filters);
}"""


def test_the_script_keeps_exactly_the_values_the_api_accepts(make_page, dashboard):
    watched = make_page()
    watched.page.goto(watched.url("/en/"))
    watched.wait_ready()
    kept = watched.page.evaluate(READ_STATE, EDGES)
    api = Client()
    accepted = [
        api.get(f"/api/meetings/?{urlencode({name: value})}").status_code == 200
        for name, value in EDGES
    ]
    disagree = [edge for edge, k, a in zip(EDGES, kept, accepted, strict=True) if k != a]
    assert disagree == []
    assert any(accepted) and not all(accepted)
    clean(watched)


def test_links_in_the_panel_come_from_url_templates(make_page, dashboard):
    """The panel's links are the server's URLs for this language (no "MA-00" replacing)."""
    watched = make_page()
    page = watched.page
    page.goto(watched.url("/ar/?region=MA-09"))
    watched.wait_ready()
    assert page.locator("#region-panel .lead a").get_attribute("href") == "/ar/regions/MA-09/"
    meeting = dashboard.meetings["MA-09"][0]
    assert page.locator(f'#region-panel a[href="/ar/meetings/{meeting.id}/"]').count() == 1
    minister = f'#region-panel a[href="/ar/officials/{dashboard.minister.id}/"]'
    assert page.locator(minister).count() == 3
    assert re.search(r"/ar/regions/MA-09/", page.locator("#region-panel").inner_html())
    clean(watched)
