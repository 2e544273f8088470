"""A staff member's day in a real browser: log in, enter a meeting with a map click, add a
participant and a figure, publish it from the review queue, and find it on the public map."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from events.models import Meeting, Origin
from tests.admin.conftest import PASSWORD, groups_ensure
from tests.browser.conftest import clean, screenshot
from tests.factories import ArticleFactory, MeetingFactory, MeetingSourceFactory, OfficialFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Remember each Leaflet map django-leaflet creates, to turn a place into a pixel to click.
REMEMBER_MAPS = """
window.__maps = [];
window.addEventListener("map:init", (e) => window.__maps.push(e.detail.map));
"""
AGADIR = (30.42, -9.60)  # lat, lon: inside Souss-Massa (MA-09)
TITLE = "Rencontre régionale de l'export à Agadir"


def _select2(page, select_id: str, typed: str, choice: str) -> None:
    """Pick `choice` in an admin autocomplete (select2) widget by typing `typed`."""
    page.locator(f"#{select_id} + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(typed)
    page.locator(".select2-results__option", has_text=choice).first.click()


@pytest.fixture
def staff(db):
    groups_ensure()
    user = get_user_model().objects.create_user(username="samira", password=PASSWORD, is_staff=True)
    user.groups.set(Group.objects.filter(name__in=["editor", "reviewer"]))
    return user


def test_staff_enters_reviews_and_publishes_a_meeting(make_page, regions, staff):
    official = OfficialFactory(name_ar="عمر حجيرة", name_latin="Omar Hejira")
    watched = make_page()
    page = watched.page
    page.context.add_cookies([{"name": "django_language", "value": "fr", "url": watched.origin}])
    page.add_init_script(REMEMBER_MAPS)

    # Log in.
    page.goto(watched.url("/admin/"))
    page.fill("#id_username", staff.username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#user-tools")
    assert page.locator("html").get_attribute("lang") == "fr"

    # A new meeting: the facts, then the place by clicking the map.
    page.goto(watched.url("/admin/events/meeting/add/"))
    page.fill("#id_title", TITLE)
    page.select_option("#id_kind", "consultation")
    page.fill("#id_date", "04/03/2025")
    _select2(page, "id_region", "souss", "Souss-Massa")
    page.fill("#id_city", "Agadir")
    page.wait_for_selector("#id_location-map[data-regions='12']")  # the regions overlay
    page.locator("#id_location-map .leaflet-draw-draw-marker").click()
    x, y = page.evaluate(
        "([lat, lon]) => { const p = window.__maps[0].latLngToContainerPoint([lat, lon]);"
        " return [p.x, p.y]; }",
        list(AGADIR),
    )
    page.locator("#id_location-map").click(position={"x": x, "y": y})
    assert '"Point"' in page.locator("#id_location").input_value()

    # A participant (autocomplete on officials, Arabic spelling typed without the hamza forms)
    page.locator("#participations-group .add-row a").click()
    _select2(page, "id_participations-0-official", "حجيره", "عمر حجيرة")
    page.fill("#id_participations-0-role", "كاتب الدولة المكلف بالتجارة الخارجية")
    page.select_option("#id_participations-0-role_code", "secretary_of_state")
    # and a figure.
    page.locator("#figures-group .add-row a").click()
    page.fill("#id_figures-0-amount_mad", "5000000000")
    page.select_option("#id_figures-0-metric", "exports")
    page.select_option("#id_figures-0-scope", "region")
    page.fill("#id_figures-0-year", "2024")
    screenshot(watched, "admin-meeting-form-fr", full_page=True)
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")

    meeting = Meeting.objects.get(title=TITLE)
    assert meeting.origin == Origin.STAFF and meeting.status == "needs_review"
    assert meeting.region.code == "MA-09"
    assert meeting.region.geom.contains(meeting.location)
    assert meeting.location.y == pytest.approx(AGADIR[0], abs=0.1)
    assert list(meeting.participations.values_list("official", flat=True)) == [official.pk]
    figure = meeting.figures.get()
    assert figure.amount_mad == 5_000_000_000
    assert figure.region == meeting.region  # a regional figure left blank: the meeting's

    # Publish it from the review queue, one click.
    page.goto(watched.url("/admin/events/meeting/review/"))
    item = page.locator(f"#meeting-{meeting.pk}")
    assert "Omar Hejira" in item.inner_text()
    item.locator("button[value=publish]").click()
    page.wait_for_selector(".messagelist .success")
    meeting.refresh_from_db()
    assert meeting.status == "published"
    assert meeting in Meeting.objects.published()

    # The history says who did it.
    page.goto(watched.url(f"/admin/events/meeting/{meeting.pk}/history/"))
    assert staff.username in page.locator("#change-history").inner_text()

    # The public map shows it in the region's timeline.
    page.goto(watched.url("/fr/?region=MA-09"))
    page.wait_for_selector("body[data-map-state='ready']", timeout=15_000)
    panel = page.locator("#region-panel")
    panel.locator("li.meeting").first.wait_for()
    assert TITLE in panel.inner_text()
    screenshot(watched, "public-map-after-publish-fr")
    clean(watched)


def test_admin_in_arabic_is_right_to_left_with_a_working_map(make_page, regions, staff):
    watched = make_page()
    page = watched.page
    page.context.add_cookies([{"name": "django_language", "value": "ar", "url": watched.origin}])
    page.goto(watched.url("/admin/login/"))
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.fill("#id_username", staff.username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#user-tools")
    page.goto(watched.url("/admin/events/meeting/add/"))
    page.wait_for_selector("#id_location-map[data-regions='12']")
    # The map keeps Leaflet's left-to-right layout inside the mirrored page.
    direction = page.locator("#id_location-map").evaluate("e => getComputedStyle(e).direction")
    assert direction == "ltr"
    assert page.locator("body").evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.locator("#id_location-map path").count() == 12
    screenshot(watched, "admin-meeting-form-ar", full_page=True)
    assert re.search(r"[\u0600-\u06ff]", page.locator("#content h1").inner_text())
    clean(watched)


def test_review_page_shows_facts_beside_highlighted_words(make_page, regions, staff):
    text = "أشرف والي جهة سوس ماسة يوم الثلاثاء 26 نونبر 2024 بأكادير على لقاء تشاوري حول التصدير."
    words = "يوم الثلاثاء 26 نونبر 2024"
    start = text.index(words)
    meeting = MeetingFactory(
        region=regions["MA-09"],
        status="needs_review",
        title="لقاء أكادير",
        warnings=[{"code": "year_inferred", "field": "meeting.date", "message": "année déduite"}],
    )
    MeetingSourceFactory(
        meeting=meeting,
        article=ArticleFactory(text=text),
        evidence={"date": {"start": start, "end": start + len(words), "text": words}},
    )
    watched = make_page()
    page = watched.page
    watched.sign_in(staff.username, language="fr")
    page.goto(watched.url(f"/admin/events/meeting/{meeting.pk}/review/"))
    assert page.locator(".article-text mark").inner_text() == words
    # The warning in the staff's language (events/messages.py), not its code.
    assert page.locator("ul.warnings").inner_text().startswith("année déduite")
    screenshot(watched, "admin-review-fr", full_page=True)
    page.locator("button[value=reject]").click()
    page.wait_for_selector(".messagelist .success")
    meeting.refresh_from_db()
    assert meeting.status == "rejected"
    clean(watched)


@pytest.mark.worker
def test_add_articles_page_follows_the_worker_without_reloading(
    make_page, regions, staff, celery_worker
):
    fixtures = Path(__file__).resolve().parent.parent / "events" / "fixtures"
    watched = make_page()
    page = watched.page
    watched.sign_in(staff.username, language="fr")
    page.goto(watched.url("/admin/events/article/add-articles/"))
    page.set_input_files(
        "#id_files", [str(fixtures / "oriental_ar.txt"), str(fixtures / "binary.bin")]
    )
    page.click("input[type=submit]")
    table = page.locator("#articles-status")
    table.wait_for()
    # Count the page loads: the status must change through the JSON view, not by reloading.
    page.evaluate("window.__sameDocument = true")
    page.wait_for_selector("#articles-status[data-finished='true']", timeout=90_000)
    assert page.evaluate("window.__sameDocument") is True
    rows = {
        tr.locator("td").first.inner_text(): tr.locator(".status").get_attribute("class")
        for tr in table.locator("tbody tr").all()
    }
    assert any("status-failed" in c for name, c in rows.items() if name == "binary.bin")
    assert any("status-done" in c for name, c in rows.items() if name != "binary.bin")
    assert table.locator(".meetings a").count() == 1  # the meeting it made, linked
    screenshot(watched, "admin-add-articles-fr", full_page=True)
    clean(watched)
