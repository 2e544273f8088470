"""Hostile text in every field a page renders shows as text and never runs (issue 13).

Every text field of a meeting, official, participation, figure, article, source link and
region holds a payload that, if it ran, would push its field's name onto `window.__xss`:
an `<img onerror>`, a `"><svg onload>` that breaks out of an attribute, and `javascript:`
URLs. Each public page (map with its panel, markers and every tooltip opened, region,
meeting, official) and each admin page that shows them (lists, change pages, review queue and
page, history and revert form, merge) is opened in Chromium. A test fails when a payload ran,
when the browser blocked one (a CSP violation: the page tried), when a link points at anything
but http(s), or when the field is not on the page at all (so that the test proves something).
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.gis.geos import Point

from events.models import Meeting
from events.templatetags.links import http_url
from regions.selectors import region_shapes, region_shapes_clear
from tests.admin.conftest import PASSWORD
from tests.browser.conftest import clean, screenshot
from tests.factories import (
    ArticleFactory,
    ExportFigureFactory,
    MeetingFactory,
    MeetingSourceFactory,
    OfficialFactory,
    ParticipationFactory,
)
from tests.security.test_links import SAFE, UNSAFE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Before the page's own scripts: the flag the payloads set, and each Leaflet map, so that the
# test can open every tooltip.
INIT = """
window.__xss = [];
window.__maps = [];
window.addEventListener("map:init", (e) => window.__maps.push(e.detail.map));
"""
OPEN_TOOLTIPS = """() => {
  let opened = 0;
  for (const map of window.__maps) {
    map.eachLayer((layer) => {
      if (layer.getTooltip && layer.getTooltip()) { layer.openTooltip(); opened += 1; }
    });
  }
  return opened;
}"""
# Every link's target, as the browser resolved it: a javascript: URL stays javascript:.
LINK_PROTOCOLS = "links => links.map(a => a.protocol)"


def payload(field: str) -> str:
    """Markup that reports `field` if it ever runs (short: the city column holds 120)."""
    return f"<img src=x onerror=__xss.push('{field}')>\"><svg onload=__xss.push('{field}')>"


def shown(field: str) -> str:
    """What the page's text holds when the payload is shown as text."""
    return f"onerror=__xss.push('{field}')"


def js_url(field: str) -> str:
    return f"javascript:__xss.push('{field}')"


class Hostile:
    """The rows made by the `hostile` fixture."""

    def __init__(self, **rows):
        self.__dict__.update(rows)


@pytest.fixture
def hostile(regions):
    """Two published meetings (MA-09, MA-01), one waiting for review, every text hostile."""
    souss, tanger = regions["MA-09"], regions["MA-01"]
    souss.name_fr, souss.name_en, souss.name_ar = (
        payload("region_fr"),
        payload("region_en"),
        payload("region_ar"),
    )
    souss.save()
    official = OfficialFactory(name_ar=payload("name_ar"), name_latin=payload("name_latin"))
    quote_city, quote_date = payload("quote_city"), payload("quote_date")
    text = f"{payload('article_text')} {quote_city} {quote_date}"
    article = ArticleFactory(
        url=js_url("article_url"),
        outlet=payload("outlet"),
        title=payload("article_title"),
        source_ref=payload("source_ref"),
        text=text,
    )
    meeting = MeetingFactory(
        region=souss,
        city=payload("city"),
        # A title a staff member wrote is the one the pages show (else they compose one).
        title=payload("title"),
        staff_edited_fields=["title"],
        summary=payload("summary"),
        programme=payload("programme"),
        location=Point(-9.598, 30.427, srid=4326),
        date=datetime.date(2024, 11, 26),
    )
    evidence = {
        "city": {
            "start": text.index(quote_city),
            "end": text.index(quote_city) + len(quote_city),
            "text": quote_city,
        },
        "date": {
            "start": text.index(quote_date),
            "end": text.index(quote_date) + len(quote_date),
            "text": quote_date,
        },
    }
    MeetingSourceFactory(
        meeting=meeting, article=article, evidence=evidence, match_reason=payload("match_reason")
    )
    ParticipationFactory(
        meeting=meeting,
        official=official,
        article=article,
        role=payload("role"),
        role_code="other",
        name_as_written=payload("name_as_written"),
        evidence_text=payload("evidence_official"),
    )
    ExportFigureFactory(
        meeting=meeting,
        article=article,
        text=payload("figure_text"),
        evidence_text=payload("evidence_figure"),
        period=payload("period"),
    )
    second = MeetingFactory(
        region=tanger,
        city=payload("city2"),
        title=payload("title2"),
        staff_edited_fields=["title"],
        location=Point(-5.834, 35.76, srid=4326),
        date=datetime.date(2025, 2, 1),
    )
    ParticipationFactory(meeting=second, official=official, role=payload("role2"))
    review = MeetingFactory(
        region=souss,
        status=Meeting.Status.NEEDS_REVIEW,
        title=payload("review_title"),
        city=payload("review_city"),
        warnings=[{"code": "conflicting_report", "field": "city", "message": payload("warning")}],
    )
    MeetingSourceFactory(meeting=review, article=article, evidence=evidence)
    region_shapes(refresh=True)
    yield Hostile(meeting=meeting, second=second, review=review, official=official, article=article)
    # The region names are cached per process; later tests must not see these.
    region_shapes_clear()


def open_page(make_page, path: str):
    watched = make_page()
    watched.page.add_init_script(INIT)
    watched.page.goto(watched.url(path))
    return watched


def page_text(watched) -> str:
    """The page's visible text plus the text of Leaflet's tooltips."""
    return watched.page.evaluate(
        "() => document.body.innerText + ' ' + [...document.querySelectorAll('.leaflet-tooltip')]"
        ".map(t => t.textContent).join(' ')"
    )


def assert_inert(watched, fields: list[str]) -> None:
    """No payload ran, each field is on the page as text, every link is http(s) or internal."""
    page = watched.page
    page.wait_for_load_state("load")
    page.wait_for_timeout(200)  # an <img onerror> fires after its (failed) request
    assert page.evaluate("window.__xss") == []
    text = page_text(watched)
    missing = [f for f in fields if shown(f) not in text]
    assert missing == [], f"fields not shown on {page.url}: {missing}"
    protocols = set(page.locator("a[href]").evaluate_all(LINK_PROTOCOLS))
    assert protocols <= {"http:", "https:"}, protocols
    # Broken-out markup would leave elements; the payload's tags never become elements.
    assert page.locator("main img[src='x'], main svg[onload], #content img[src='x']").count() == 0
    # The <img src=x> of an escaped payload is never requested; a 404 for it means it was parsed.
    clean(watched)


PUBLIC_MEETING_FIELDS = ["city", "title", "summary", "programme", "quote_city", "quote_date"]


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_map_page_panel_and_tooltips(make_page, hostile, lang):
    watched = open_page(make_page, f"/{lang}/")
    page = watched.page
    watched.wait_ready()
    # Every meeting place is a marker with its city in the tooltip; regions have their names.
    assert page.evaluate(OPEN_TOOLTIPS) >= 12 + 2
    region_field = {"ar": "region_ar", "fr": "region_fr", "en": "region_en"}[lang]
    assert_inert(watched, ["city", "city2", region_field])
    # The official's name is a choice of the filter (a <select>, whose text is not visible).
    options = page.locator("#f-official option").all_text_contents()
    assert any(shown("name_latin" if lang != "ar" else "name_ar") in o for o in options)

    # Select the region: the panel lists its meeting with every field, markers for its meetings.
    page.locator("path.region-MA-09").click()
    page.wait_for_url(re.compile(r"region=MA-09"))
    watched.wait_ready()
    page.locator("path.region-MA-09").hover()  # the sticky tooltip, as a reader opens it
    assert page.evaluate(OPEN_TOOLTIPS) >= 12 + 1
    name = "name_ar" if lang == "ar" else "name_latin"
    assert_inert(watched, ["title", "city", "figure_text", "article_title", name, region_field])
    # The source whose stored URL is javascript: is shown as text, not as a link.
    assert page.locator("#region-panel .sources a").count() == 0
    screenshot(watched, f"hostile-map-panel-{lang}")


def test_region_page(make_page, hostile):
    watched = open_page(make_page, "/fr/regions/MA-09/")
    # (Sources show outlet · date · headline, never the file name: source_ref is admin-only.)
    assert_inert(
        watched, ["region_fr", "title", "city", "name_latin", "figure_text", "article_title"]
    )


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_meeting_page(make_page, hostile, lang):
    watched = open_page(make_page, f"/{lang}/meetings/{hostile.meeting.pk}/")
    page = watched.page
    page.wait_for_selector("#meeting-map .leaflet-tooltip")  # permanent: the city, at once
    fields = [
        *PUBLIC_MEETING_FIELDS,
        "region_" + lang,
        "name_ar",
        "name_latin",
        "role",
        "evidence_official",
        "evidence_figure",
        "article_title",
        "outlet",
    ]
    assert_inert(watched, fields)
    screenshot(watched, f"hostile-meeting-{lang}", full_page=True)


def test_official_page(make_page, hostile):
    watched = open_page(make_page, f"/fr/officials/{hostile.official.pk}/")
    page = watched.page
    page.wait_for_selector("#official-map .route-number")
    assert page.evaluate(OPEN_TOOLTIPS) == 2  # the two stops of the route
    assert_inert(watched, ["name_ar", "name_latin", "role", "role2", "title", "title2", "city"])


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(
        username="root", password=PASSWORD, email="root@example.ma"
    )


def test_admin_pages(make_page, hostile, superuser):
    watched = make_page()
    page = watched.page
    page.add_init_script(INIT)
    watched.sign_in(superuser.username, language="fr")

    meeting, review, official = hostile.meeting, hostile.review, hostile.official
    history = meeting.history.order_by("history_date").first()
    figure = meeting.figures.get()
    participation = meeting.participations.get()
    pages = {
        "/admin/events/meeting/": ["title", "city"],
        f"/admin/events/meeting/{meeting.pk}/change/": ["outlet"],
        "/admin/events/meeting/review/": ["review_title", "warning", "quote_city"],
        f"/admin/events/meeting/{review.pk}/review/": ["article_text", "quote_city", "outlet"],
        f"/admin/events/meeting/{meeting.pk}/history/": [],
        f"/admin/events/meeting/{meeting.pk}/history/{history.history_id}/": [],
        f"/admin/events/meeting/merge/?ids={meeting.pk},{hostile.second.pk}": ["city", "city2"],
        "/admin/events/official/": ["name_ar", "name_latin"],
        f"/admin/events/official/{official.pk}/change/": [],
        f"/admin/events/official/{official.pk}/history/": [],
        "/admin/events/participation/": ["name_ar"],
        f"/admin/events/participation/{participation.pk}/change/": ["evidence_official"],
        "/admin/events/exportfigure/": [],
        f"/admin/events/exportfigure/{figure.pk}/change/": ["evidence_figure"],
        "/admin/events/article/": ["article_title", "outlet"],
        f"/admin/events/article/{hostile.article.pk}/change/": [],
        f"/admin/regions/region/{meeting.region_id}/change/": [],
        "/admin/regions/region/": ["region_fr"],
    }
    for path, fields in pages.items():
        page.goto(watched.url(path))
        assert_inert(watched, fields)
        # Change pages keep the hostile values in their inputs, unchanged, as text.
        if path.endswith("/change/"):
            values = page.locator("input[type=text], textarea").evaluate_all(
                "fields => fields.map(f => f.value).join(' ')"
            )
            assert "__xss.push(" in values, path
        if path == f"/admin/events/meeting/{meeting.pk}/change/":
            page.wait_for_selector("#id_location-map.leaflet-container")
            screenshot(watched, "hostile-admin-meeting-change", full_page=True)


def test_js_link_helper_agrees_with_the_template_filter(make_page, regions):
    """static/js/dom.js `httpUrl` and the `http_url` filter accept and refuse the same URLs."""
    watched = make_page()
    watched.page.goto(watched.url("/fr/regions/MA-09/"))
    cases = [u for u in SAFE + UNSAFE if isinstance(u, str)]
    results = watched.page.evaluate(
        "cases => import('/static/js/dom.js').then(m => cases.map(m.httpUrl))", cases
    )
    for url, result in zip(cases, results, strict=True):
        assert (result is not None) == bool(http_url(url)), url
    clean(watched)
