"""The map page answers "what matches?" in a real browser, in Arabic, French and English.

Issue 14: no junk words in any panel, a result count and empty states with a way out, visible
messages for bad URL values, the matching meetings in pages, both downloads, the legend in
view, the phone layout, figure scopes, undated meetings, keyboard and axe-core, the slider.
"""

from __future__ import annotations

import datetime
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.gis.geos import Point

from events.models import ExportFigure
from tests.browser.axe import assert_no_serious_violations, axe_violations
from tests.browser.conftest import clean
from tests.factories import ExportFigureFactory, MeetingFactory, ParticipationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path("/work/shots/sitemap")
LANGS = ["ar", "fr", "en"]
JUNK = re.compile(r"\bnull\b|\bundefined\b|\bNaN\b|\[object", re.IGNORECASE)
CODES = [f"MA-{n:02d}" for n in range(1, 13)]
# The dashboard's 7 dated meetings, 2 undated ones, one from 2003 and 2 more: 12 published.
TOTAL = 12
SEPARATOR = {"ar": "، ", "fr": ", ", "en": ", "}
COUNT_WORD = {"ar": "", "fr": "rencontres", "en": "meetings"}


def shot(watched, name: str, *, full_page: bool = False) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    watched.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


@pytest.fixture
def map_data(dashboard, regions):
    """The dashboard plus what broke the page: undated meetings, a national figure quoted at a
    regional meeting, a figure without a year, a meeting wrongly dated 2003."""
    agadir = dashboard.meetings["MA-09"][0]
    ExportFigureFactory(
        meeting=agadir,
        amount_mad=Decimal("400000000000"),
        year=2026,
        scope=ExportFigure.Scope.NATIONAL,
        approximate=True,
        text="400 مليار درهم",
    )
    ExportFigureFactory(meeting=agadir, amount_mad=Decimal("4700000"), year=None, approximate=False)
    for city in ("Inezgane", "Aït Melloul"):
        MeetingFactory(region=regions["MA-09"], date=None, city=city, title=f"{city} sans date")
    MeetingFactory(region=regions["MA-05"], date=datetime.date(2003, 5, 1), city="Beni Mellal")
    for day in (3, 4):
        MeetingFactory(region=regions["MA-03"], date=datetime.date(2024, 6, day), city="Fès")
    return dashboard


def open_map(watched, lang: str, query: str = "") -> None:
    watched.page.goto(watched.url(f"/{lang}/{query}"))
    watched.wait_ready()


def summary(page) -> str:
    return page.locator("#result-summary").inner_text()


@pytest.mark.parametrize("lang", LANGS)
def test_no_junk_in_any_region_panel(make_page, map_data, lang):
    watched = make_page(width=1366, height=768)
    page = watched.page
    open_map(watched, lang)
    for code in CODES:
        page.locator(f'a[data-select-region="{code}"]').click()
        page.wait_for_url(re.compile(rf"region={code}"))
        watched.wait_ready()
        text = page.locator("#region-panel").inner_text()
        labels = page.locator("[aria-label]").evaluate_all("n => n.map(e => e.ariaLabel).join(' ')")
        tooltips = page.locator("[title]").evaluate_all("n => n.map(e => e.title).join(' ')")
        for where, words in (("panel", text), ("labels", labels), ("titles", tooltips)):
            assert not JUNK.search(words), (code, where, JUNK.search(words).group(), words[:300])
    page.locator('a[data-select-region="MA-09"]').click()
    watched.wait_ready()
    whole = page.locator("main").inner_text()
    assert not JUNK.search(whole), JUNK.search(whole).group()
    shot(watched, f"panel-MA-09-{lang}")
    clean(watched)


@pytest.mark.parametrize("lang", LANGS)
def test_result_count_list_downloads_and_legend_in_view(make_page, map_data, lang):
    watched = make_page(width=1366, height=768)
    page = watched.page
    open_map(watched, lang)
    assert str(TOTAL) in summary(page) and COUNT_WORD[lang] in summary(page)
    # The legend is seen without scrolling on a 1366 × 768 desktop.
    box = page.locator("#legend").bounding_box()
    assert box and box["height"] > 10 and box["y"] + box["height"] <= 768
    shot(watched, f"map-desktop-{lang}")
    # Both downloads follow the filters; the GeoJSON one has the same rows.
    page.select_option("#f-year", "2024")
    page.wait_for_url(re.compile(r"year=2024"))
    watched.wait_ready()
    geojson = page.locator("#download-geojson").get_attribute("href")
    assert "format=geojson" in geojson and "year=2024" in geojson
    assert "format=csv" in page.locator("#download").get_attribute("href")
    body = page.request.get(watched.url(geojson)).body()
    assert len(json.loads(body)["features"]) == 5  # Agadir, Casablanca, Tanger, Fès ×2
    # The list of matching meetings, newest first; titles shown, pages when more than 10.
    items = page.locator("#meeting-list li.meeting")
    assert items.count() == 5
    dates = items.evaluate_all("l => l.map(i => i.dataset.date)")
    assert dates == sorted(dates, reverse=True)
    page.locator("#result-summary [data-all-years]").click()  # undated left out: include them
    page.wait_for_url(lambda url: "year=" not in url)
    watched.wait_ready()
    assert items.count() == 10
    page.locator("[data-page-next]").click()
    page.wait_for_function(
        "() => document.querySelectorAll('#meeting-list li.meeting').length === 2"
    )
    assert not page.locator("#meeting-list").inner_text().count("undefined")
    page.locator("[data-page-previous]").click()
    page.wait_for_function(
        "() => document.querySelectorAll('#meeting-list li.meeting').length === 10"
    )
    clean(watched)


@pytest.mark.parametrize(
    "query",
    ["?date_from=2025-01-01&date_to=2024-01-01", "?official=99999", "?q=zzzxqqq"],
)
def test_empty_states_have_a_way_out(make_page, map_data, query):
    watched = make_page()
    page = watched.page
    open_map(watched, "fr", query)
    empty = page.locator("#result-summary .empty-state")
    assert empty.is_visible()
    assert "Aucune rencontre" in empty.inner_text() or "No published" in empty.inner_text()
    assert page.locator("#meeting-list li.meeting").count() == 0
    if "date_from" in query:
        shot(watched, "empty-reversed-dates-fr")
    empty.locator("[data-reset-view]").click()
    page.wait_for_url(lambda url: "?" not in url)
    watched.wait_ready()
    assert str(TOTAL) in summary(page)
    clean(watched)


@pytest.mark.parametrize(
    ("query", "value"),
    [("?date_from=2024-13-45", "2024-13-45"), ("?year=abc", "abc"), ("?region=XX", "XX")],
)
def test_bad_url_values_are_said_on_the_page(make_page, map_data, query, value):
    watched = make_page()
    page = watched.page
    open_map(watched, "fr", query)
    problems = page.locator("#url-problems")
    assert problems.is_visible() and value in problems.inner_text()
    # The map is drawn with the valid filters (here: none), not blanked.
    assert page.locator("path.region").count() == 12
    assert str(TOTAL) in summary(page)
    if "date_from" in query:
        shot(watched, "bad-url-value-fr")
    problems.locator("[data-drop-invalid]").click()
    page.wait_for_function("() => document.getElementById('url-problems').hidden")
    assert value not in page.url
    clean(watched)


@pytest.mark.parametrize("lang", LANGS)
def test_phone_filters_fold_and_region_scrolls_to_panel(make_page, map_data, lang):
    watched = make_page(width=390, height=844)
    page = watched.page
    open_map(watched, lang)
    assert page.locator("#filters-toggle").is_visible()
    assert not page.locator("#filters").is_visible()
    shot(watched, f"phone-{lang}")
    page.locator("#filters-toggle").click()
    assert page.locator("#f-year").is_visible()
    page.locator("#filters-toggle").click()
    page.locator('a[data-select-region="MA-09"]').click()
    page.wait_for_url(re.compile(r"region=MA-09"))
    watched.wait_ready()
    page.wait_for_function(
        "() => Math.abs(document.getElementById('region-panel').getBoundingClientRect().top) < 100"
    )
    shot(watched, f"phone-panel-{lang}")
    clean(watched)


@pytest.mark.parametrize("lang", LANGS)
def test_scope_beside_figures_and_approximate_chart(make_page, map_data, lang):
    watched = make_page()
    page = watched.page
    open_map(watched, lang, "?region=MA-09")
    panel = page.locator("#region-panel")
    national = panel.locator(".figures .scope-national")
    assert national.count() == 1
    assert national.inner_text() == {"ar": "وطني", "fr": "national", "en": "national"}[lang]
    assert panel.locator(".figures .scope").count() == 4
    # The chart holds the regional figures only (2022, 2024), "≈" kept.
    rows = panel.locator(".exports-chart tr")
    assert rows.count() == 2
    assert panel.locator(".exports-chart").inner_text().count("≈") == 2
    assert "2026" not in panel.locator(".exports-chart").inner_text()
    # Undated meetings: said and included back with one click.
    page.select_option("#f-year", "2024")
    watched.wait_ready()
    undated = page.locator("#result-summary .undated")
    two = {"ar": "لقاءان", "fr": "2 rencontres", "en": "2 meetings"}[lang]  # Arabic dual
    assert undated.is_visible() and two in undated.inner_text()
    shot(watched, f"scope-undated-{lang}")
    clean(watched)


@pytest.mark.parametrize("lang", LANGS)
def test_keyboard_opens_and_closes_the_panel_and_axe_passes(make_page, map_data, lang):
    watched = make_page(width=1366, height=768)
    page = watched.page
    open_map(watched, lang)
    regions = page.locator("path.region[tabindex='0'][role='button']")
    assert regions.count() == 12
    name = page.locator("path.region-MA-09").get_attribute("aria-label")
    assert re.search(r"\d", name) and ("Souss" in name or "سوس" in name), name
    markers = page.locator(
        ".leaflet-marker-icon[role='button'], path.leaflet-interactive:not(.region)"
    )
    assert markers.count() >= 1
    labels = markers.evaluate_all("n => n.map(e => e.getAttribute('aria-label'))")
    for label in labels:
        assert label and SEPARATOR[lang] in label and not JUNK.search(label), label
    if lang == "ar":  # city names in Arabic script (the capitals), joined by Arabic commas
        assert any("أكادير" in label for label in labels), labels
        assert "طنجة" in page.locator("path.leaflet-interactive:not(.region)").evaluate_all(
            "n => n.map(e => e.getAttribute('aria-label')).join(' ')"
        )
    assert_no_serious_violations(page)
    page.locator("path.region-MA-09").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"region=MA-09"))
    watched.wait_ready()
    assert page.evaluate("document.getElementById('region-panel').contains(document.activeElement)")
    assert_no_serious_violations(page)
    shot(watched, f"keyboard-panel-{lang}")
    page.keyboard.press("Escape")
    page.wait_for_url(lambda url: "region=" not in url)
    watched.wait_ready()
    assert page.locator("#region-panel").is_hidden()
    assert page.evaluate("document.activeElement.classList.contains('region-MA-09')")
    page.locator("path.region-MA-06").focus()
    page.keyboard.press(" ")
    page.wait_for_url(re.compile(r"region=MA-06"))
    clean(watched)


def test_consultation_badge_contrast(make_page, map_data):
    watched = make_page()
    page = watched.page
    open_map(watched, "fr", "?region=MA-09")
    badge = page.locator("#region-panel li.kind-consultation .kind").first
    colour = badge.evaluate("e => getComputedStyle(e).color")
    assert colour != "rgb(255, 255, 255)", colour
    assert axe_violations(page, minimum="minor", rules=["color-contrast"]) == []
    clean(watched)


def test_year_slider_all_years_reset_and_play(make_page, map_data):
    watched = make_page()
    page = watched.page
    open_map(watched, "en")
    slider = page.locator("#year-range")
    # "All years" is its own position, before the first year: the last year is reachable.
    assert slider.input_value() == slider.get_attribute("min")
    assert page.locator("#year-output").inner_text() == "All years"
    last = slider.get_attribute("max")
    slider.fill(last)
    page.wait_for_url(re.compile(rf"year={last}"))
    watched.wait_ready()
    assert page.locator("#f-year").input_value() == last
    page.locator("[data-reset]").click()
    page.wait_for_url(lambda url: "year=" not in url)
    watched.wait_ready()
    assert slider.input_value() == slider.get_attribute("min")
    # Play walks the years that have meetings (2003, then 2023…), the select never blank.
    seen = []
    page.locator("[data-play]").click()
    for _ in range(40):
        value = page.locator("#f-year").input_value()
        assert value != "", seen
        if not seen or seen[-1] != value:
            seen.append(value)
        if page.locator("[data-play]").get_attribute("aria-pressed") == "false":
            break
        page.wait_for_timeout(350)
    assert seen == ["2003", "2023", "2024", "2025"], seen
    clean(watched)


# The words of /work/tr/FORMATS.md (events/presentation.py): the panel says a fact as the
# server's pages do.
AGADIR_DATE = {"ar": "26 نونبر 2024", "fr": "26 nov. 2024", "en": "26 Nov 2024"}
AGADIR_FIGURE = {"ar": "≈ 21 مليار درهم", "fr": "≈ 21 milliards MAD", "en": "≈ 21 billion MAD"}
NATIONAL = {"ar": "≈ 400 مليار درهم", "fr": "≈ 400 milliards MAD", "en": "≈ 400 billion MAD"}
SMALL = {"ar": "4,7 مليون درهم", "fr": "4,7 millions MAD", "en": "4.7 million MAD"}


@pytest.mark.parametrize("lang", LANGS)
def test_panel_formats_quotes_and_scale_per_language(make_page, map_data, lang):
    watched = make_page()
    page = watched.page
    open_map(watched, lang, "?region=MA-09")
    panel = page.locator("#region-panel")
    text = panel.inner_text()
    for expected in (AGADIR_DATE[lang], AGADIR_FIGURE[lang], NATIONAL[lang], SMALL[lang]):
        assert expected in text, (expected, text)
    # Quotes: the page's marks outside, the quote isolated inside (its own direction).
    quote = panel.locator(".figures q.quote").first
    assert quote.locator("bdi[dir='auto']").count() == 1
    opening = {"ar": "«", "fr": "« ", "en": "“"}[lang]
    assert quote.inner_text().startswith(opening)
    # Officials joined by the language's comma; the scale bar reads left to right.
    officials = panel.locator(".officials").first.inner_text()
    assert ("، " in officials) == (lang == "ar"), officials
    scale = page.locator(".leaflet-control-scale-line")
    if scale.count():
        assert scale.first.evaluate("e => getComputedStyle(e).direction") == "ltr"
    clean(watched)


def test_official_route_groups_a_city_and_leaves_undated_out(make_page, map_data, regions):
    minister = map_data.minister
    for date in (datetime.date(2025, 9, 1), None):
        meeting = MeetingFactory(
            region=regions["MA-02"], date=date, city="Oujda", location=Point(-1.909, 34.681)
        )
        ParticipationFactory(meeting=meeting, official=minister)
    watched = make_page()
    page = watched.page
    page.goto(watched.url(f"/fr/officials/{minister.id}/"))
    page.wait_for_selector("#official-map .route-number >> nth=6")
    markers = page.locator("#official-map .route-number")
    # 8 dated stops in 7 cities: one marker per city, Oujda's holding two numbers.
    assert markers.count() == 7
    oujda = [t for t in markers.all_inner_texts() if "," in t]
    assert len(oujda) == 1 and len(oujda[0].split(",")) == 2, markers.all_inner_texts()
    numbers = page.locator("ol.meetings .route-stop").all_inner_texts()
    assert sorted(int(n) for n in numbers) == list(range(1, 9))
    # The undated meeting has no number.
    undated = page.locator("ol.meetings li.meeting[data-date='']")
    assert undated.count() == 1 and undated.locator(".route-stop").count() == 0
    shot(watched, "official-route-fr", full_page=True)
    clean(watched)


def test_latest_exports_follow_the_filter(make_page, map_data):
    watched = make_page()
    page = watched.page
    open_map(watched, "en")
    cell = page.locator('tr[data-region="MA-06"] td.exports')
    assert "95 billion MAD" in cell.inner_text() and "2023" in cell.inner_text()
    # Caravans only: Casablanca-Settat has none, so no figure beside its 0 (nor a colour).
    page.select_option("#f-kind", "caravan")
    page.wait_for_url(re.compile(r"kind=caravan"))
    watched.wait_ready()
    assert page.locator('tr[data-region="MA-06"] td.count').inner_text() == "0"
    assert cell.inner_text() == "—"
    assert "billion MAD" in page.locator('tr[data-region="MA-09"] td.exports').inner_text()
    clean(watched)
