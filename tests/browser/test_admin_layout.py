"""Issue 15 §§ 2 and 4 in a real browser, in French and Arabic at 1366 × 768: the meetings list
and the meeting edit page fit the screen; the map widget opens at the region's extent with the
regions drawn and a click places or moves the point; the start page and the history speak the
staff's language. Screenshots go to JIHAT_SHOTS (default test-artifacts/screenshots)."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from events.models import Meeting
from events.services.meeting_store import _match_reason
from events.services.staff import staff_edit_save
from tests.admin.conftest import PASSWORD, groups_ensure
from tests.browser.conftest import SCREENSHOTS, clean
from tests.factories import (
    ArticleFactory,
    ExportFigureFactory,
    MeetingFactory,
    MeetingSourceFactory,
    OfficialFactory,
    ParticipationFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTH, HEIGHT = 1366, 768
SHOTS = Path(os.environ.get("JIHAT_SHOTS", SCREENSHOTS))
REMEMBER_MAPS = """
window.__maps = [];
window.addEventListener("map:init", (e) => window.__maps.push(e.detail.map));
"""
EVIDENCE = (
    "أشرف كاتب الدولة المكلف بالتجارة الخارجية، السيد عمر حجيرة، يوم الثلاثاء 26 نونبر 2024 "
    "بمدينة الرشيدية على لقاء تواصلي جهوي حول آفاق التصدير لفائدة المقاولات الصغرى والمتوسطة"
)


@pytest.fixture
def staff(db):
    groups_ensure()
    user = get_user_model().objects.create_user(username="samira", password=PASSWORD, is_staff=True)
    user.groups.set(Group.objects.filter(name__in=["editor", "reviewer"]))
    return user


@pytest.fixture
def meeting(regions, staff):
    region = regions["MA-08"]
    for n in range(12):
        MeetingFactory(region=region, status="needs_review", title=f"Rencontre régionale {n} " * 3)
    found = MeetingFactory(
        region=region,
        status="needs_review",
        title="Rencontre régionale de l'export à Errachidia avec les exportateurs de la région",
        warnings=[
            {
                "code": "conflicting_report",
                "field": "meeting.city",
                "article": 1,
                "params": {"field": "meeting.city", "new": "Ouarzazate", "current": "Errachidia"},
                "message": "Article 1 gives city = Ouarzazate; kept the first report's value.",
            }
        ],
    )
    for n in range(2):
        article = ArticleFactory(outlet="Hespress", title=EVIDENCE[:120], text=f"{EVIDENCE} {n}")
        MeetingSourceFactory(
            meeting=found,
            article=article,
            match_reason=_match_reason(region, 0, "consultation", 1),
            evidence={"date": {"start": 0, "end": 20, "text": EVIDENCE[:20]}},
        )
    ParticipationFactory(
        meeting=found,
        official=OfficialFactory(name_ar="عمر حجيرة", name_latin="Omar Hejira"),
        evidence_text=EVIDENCE,
        name_as_written="السيد عمر حجيرة كاتب الدولة المكلف بالتجارة الخارجية",
    )
    ExportFigureFactory(
        meeting=found, amount_mad=Decimal("7770000000"), text=EVIDENCE, evidence_text=EVIDENCE
    )
    found.status, found.title = Meeting.Status.PUBLISHED, found.title + " (corrigé)"
    staff_edit_save(instance=found, changed_fields=["status", "title"], user=staff)
    return found


def _sign_in(make_page, staff, language: str):
    watched = make_page(width=WIDTH, height=HEIGHT)
    page = watched.page
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": watched.origin}]
    )
    page.add_init_script(REMEMBER_MAPS)
    page.goto(watched.url("/admin/login/"))
    page.fill("#id_username", staff.username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#user-tools")
    return watched


def _width(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


def _shot(page, name: str, *, full_page: bool = False) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_list_and_the_edit_page_fit_1366_pixels(make_page, staff, meeting, language):
    watched = _sign_in(make_page, staff, language)
    page = watched.page

    page.goto(watched.url("/admin/events/meeting/"))
    assert _width(page) <= WIDTH, f"meetings list is {_width(page)} px wide"
    # Every column of the list is on screen, the last one included.
    last = page.locator("#result_list thead th").last.bounding_box()
    assert last["x"] >= 0 and last["x"] + last["width"] <= WIDTH
    _shot(page, f"admin-meetings-list-{language}")

    page.goto(watched.url(f"/admin/events/meeting/{meeting.pk}/change/"))
    page.wait_for_selector("#id_location-map[data-regions='12']")
    assert _width(page) <= WIDTH, f"meeting edit page is {_width(page)} px wide"
    for group in ("#participations-group", "#figures-group", "#sources-group"):
        box = page.locator(group).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= WIDTH, group
    # Localized amounts, warnings and match reasons in words.
    html = page.content()
    assert "7,770,000,000" not in html and "conflicting_report" not in html
    assert "MeetingSource object" not in html
    _shot(page, f"admin-meeting-edit-{language}", full_page=True)
    clean(watched)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_map_opens_on_the_region_and_a_click_moves_the_point(
    make_page, staff, meeting, regions, language
):
    watched = _sign_in(make_page, staff, language)
    page = watched.page
    page.goto(watched.url(f"/admin/events/meeting/{meeting.pk}/change/"))
    page.wait_for_selector("#id_location-map[data-regions='12']")
    page.wait_for_timeout(300)
    region = regions["MA-08"].geom.extent  # (xmin, ymin, xmax, ymax)
    view = page.evaluate(
        "() => { const b = window.__maps[0].getBounds();"
        " return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; }"
    )
    # The whole region is in view, and not much more (not zoomed on the point, not the world).
    assert view[0] <= region[0] + 0.1 and view[2] >= region[2] - 0.1, (view, region)
    assert view[2] - view[0] < 4 * (region[2] - region[0]), (view, region)
    # Translated Leaflet.draw tools.
    title = page.locator("#id_location-map .leaflet-draw-draw-marker").get_attribute("title")
    assert title != "Draw a marker"
    # A plain click places the point, no tool picked first; a second click moves it.
    target = [31.2, -4.9]  # lat, lon inside Drâa-Tafilalet
    x, y = page.evaluate(
        "([lat, lon]) => { const p = window.__maps[0].latLngToContainerPoint([lat, lon]);"
        " return [p.x, p.y]; }",
        target,
    )
    page.locator("#id_location-map").click(position={"x": x, "y": y})
    stored = page.locator("#id_location").input_value()
    lon, lat = json.loads(stored)["coordinates"]
    assert (lat, lon) == (pytest.approx(31.2, abs=0.05), pytest.approx(-4.9, abs=0.05)), stored
    page.locator("#id_location-map").click(position={"x": x + 40, "y": y})
    moved = page.locator("#id_location").input_value()
    assert moved != stored and moved.count('"Point"') == 1, moved
    assert page.locator("#id_location-map .leaflet-marker-icon").count() == 1
    clean(watched)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_start_page_and_the_history_in_the_staffs_language(make_page, staff, meeting, language):
    watched = _sign_in(make_page, staff, language)
    page = watched.page
    page.goto(watched.url("/admin/"))
    counts = page.locator("#staff-dashboard .dashboard-count")
    assert counts.count() >= 5
    assert _width(page) <= WIDTH
    _shot(page, f"admin-dashboard-{language}")
    page.locator("#staff-dashboard [data-key='review'] a").click()
    assert "status__exact=needs_review" in page.url

    page.goto(watched.url(f"/admin/events/meeting/{meeting.pk}/history/"))
    text = page.locator("#change-history").inner_text()
    for raw in ("needs_review", "[title]", "None", "Changes", "CHANGES"):
        assert raw not in text, raw
    assert _width(page) <= WIDTH
    _shot(page, f"admin-history-{language}", full_page=True)
    page.locator("#change-history tbody a").last.click()
    crumbs = page.locator(".breadcrumbs").inner_text()
    assert "Historical" not in crumbs and "Events" not in crumbs
    clean(watched)
