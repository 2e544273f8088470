"""The server-rendered pages as a reader sees them in Chromium, in ar/fr/en (issue 14): titles
composed from the facts, sources as outlet · date · headline (never a file name, isolated in
<bdi>), every figure's scope, the undated group's label, no junk text, axe-core clean.
Screenshots go to /work/shots/sitedata/ (or $JIHAT_SHOTS) for a person to look at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from events.models import Meeting
from regions.selectors import region_shapes
from tests.browser.axe import assert_no_serious_violations
from tests.browser.conftest import clean
from tests.dashboard.agadir import agadir_meeting
from tests.factories import (
    MeetingFactory,
    OfficialFactory,
    ParticipationFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(os.environ.get("JIHAT_SHOTS", "/work/shots/sitedata"))
JUNK = ("null", "undefined", "NaN", "[object")

EXPECTED = {
    "fr": {
        "title": "Consultation régionale · Agadir · 26 nov. 2024",
        "national": "national",
        "region": "région",
        "undated": "date inconnue",
        "amount": "≈ 400 milliards MAD",
    },
    "ar": {
        "title": "لقاء تشاوري جهوي · أكادير · 26 نونبر 2024",
        "national": "وطني",
        "region": "جهة",
        "undated": "تاريخ غير معروف",
        "amount": "≈ 400 مليار درهم",
    },
    "en": {
        "title": "Regional consultation · Agadir · 26 Nov 2024",
        "national": "national",
        "region": "region",
        "undated": "date unknown",
        "amount": "≈ 400 billion MAD",
    },
}


@pytest.fixture
def world(regions):
    region_shapes(refresh=True)
    minister = OfficialFactory(name_ar="عمر حجيرة", name_latin="Omar Hejira")
    meeting = agadir_meeting(regions, minister)
    undated = MeetingFactory(
        region=regions["MA-09"], city="Tiznit", date=None, status=Meeting.Status.PUBLISHED
    )
    ParticipationFactory(meeting=undated, official=minister)
    return {"meeting": meeting, "official": minister}


def _no_junk(text: str, where: str) -> None:
    for word in JUNK:
        assert word not in text, (where, word)


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_meeting_region_and_official_pages(make_page, world, lang):
    SHOTS.mkdir(parents=True, exist_ok=True)
    want = EXPECTED[lang]
    watched = make_page(width=1366, height=768)
    page = watched.page
    meeting, official = world["meeting"], world["official"]

    # The meeting page.
    page.goto(watched.url(f"/{lang}/meetings/{meeting.id}/"))
    page.wait_for_selector("#meeting-map .leaflet-interactive")
    assert page.locator("h1").inner_text() == want["title"]
    body = page.locator("main").inner_text()
    _no_junk(body, "meeting")
    assert "000_701aae43d5ba29a1" not in body and "Home »" not in body
    if lang == "ar":  # the city in Arabic script, an Arabic comma before the region
        assert "أكادير، سوس - ماسة" in body
    sources = page.locator(".sources-list > li")
    assert sources.count() == 2
    first = sources.nth(0).inner_text()
    assert "Maroc24" in first and "Agadir: Rencontre autour du programme" in first
    assert "- Maroc24" not in first
    link = sources.nth(0).locator("a[href='https://news.example.ma/a/1']")
    assert link.count() == 1
    second = sources.nth(1)
    assert "زنقة 20" in second.inner_text()
    assert second.locator("a").count() == 0  # a file-only source: no link, no file name
    # Each part is isolated: a Latin outlet keeps its direction inside Arabic text.
    assert sources.nth(0).locator("bdi.outlet").count() == 1
    figures = page.locator("#figures ~ ul.figures > li, section ul.figures > li")
    assert figures.count() == 2
    national = page.locator('li[data-scope="national"]')
    assert want["amount"] in national.inner_text()
    assert national.locator(".scope").inner_text() == want["national"]
    assert page.locator('li[data-scope="region"] .scope').inner_text() == want["region"]
    assert_no_serious_violations(page)
    page.screenshot(path=str(SHOTS / f"meeting-{lang}.png"), full_page=True)

    # The region page.
    page.goto(watched.url(f"/{lang}/regions/MA-09/"))
    page.wait_for_selector("ol.meetings li.meeting")
    body = page.locator("main").inner_text()
    _no_junk(body, "region")
    assert want["title"] in body
    assert "000_701aae43d5ba29a1" not in body
    assert page.locator("li.year-mark.undated").inner_text() == want["undated"]
    assert page.locator(f"#meeting-{meeting.id} .scope").count() == 2
    assert_no_serious_violations(page)
    page.screenshot(path=str(SHOTS / f"region-{lang}.png"), full_page=True)

    # The official page: the undated meeting under its labelled group, not "?".
    page.goto(watched.url(f"/{lang}/officials/{official.id}/"))
    page.wait_for_selector("ol.meetings li.meeting")
    body = page.locator("main").inner_text()
    _no_junk(body, "official")
    marks = page.locator("li.year-mark").all_inner_texts()
    assert "?" not in marks and want["undated"] in marks
    assert_no_serious_violations(page)
    page.screenshot(path=str(SHOTS / f"official-{lang}.png"), full_page=True)
    clean(watched)


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_the_404_page_looks_like_the_product(make_page, world, lang):
    watched = make_page(width=1366, height=768)
    page = watched.page
    response = page.goto(watched.url(f"/{lang}/meetings/999999/"))
    assert response.status == 404
    assert page.locator("header.site-header").is_visible()
    assert page.locator("html").get_attribute("lang") == lang
    assert_no_serious_violations(page)
    page.screenshot(path=str(SHOTS / f"404-{lang}.png"))
    # The document's own 404 is logged by Chromium as a failed load; nothing else may be.
    watched.console_errors = [e for e in watched.console_errors if "404 (Not Found)" not in e]
    clean(watched)
