"""The public dashboard in a real browser: map, region panel, filters, slider, history, RTL."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import SCREENSHOTS, clean, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REGION_NAMES = {"ar": "سوس - ماسة", "fr": "Souss-Massa", "en": "Souss-Massa"}


def table_count(page, code: str) -> int:
    return int(page.locator(f'tr[data-region="{code}"] td.count').inner_text())


def panel_dates(page) -> list[str]:
    return page.locator("#region-panel li.meeting").evaluate_all(
        "items => items.map(item => item.dataset.date)"
    )


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_map_and_region_timeline_in_each_language(make_page, dashboard, lang):
    watched = make_page()
    page = watched.page
    page.goto(watched.url(f"/{lang}/"))
    watched.wait_ready()
    assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert page.locator("path.region").count() == 12
    assert page.locator("#regions-map").get_attribute("data-regions") == "12"
    assert table_count(page, "MA-09") == 3 and table_count(page, "MA-06") == 2
    assert page.locator("#legend li").count() >= 2
    assert REGION_NAMES[lang] in page.locator(".region-list").inner_text()
    screenshot(watched, f"map-{lang}")

    # Clicking the region on the map selects it: URL, panel with its timeline in date order.
    page.locator("path.region-MA-09").click()
    page.wait_for_url(re.compile(r"[?&]region=MA-09"))
    watched.wait_ready()
    panel = page.locator("#region-panel")
    assert panel.is_visible()
    assert REGION_NAMES[lang] in panel.locator("h2").inner_text()
    dates = panel_dates(page)
    assert dates == sorted(dates) and len(dates) == 3
    assert panel.locator("time.date.uncertain").count() == 1
    assert panel.locator('a[href^="https://news.example.ma/article/"]').count() == 3
    assert page.locator("#region-panel .exports-chart tr").count() == 2
    # The selected region's meetings are the markers (clustered when close together).
    assert page.locator(".leaflet-interactive.region").count() == 12
    assert (
        page.locator(".leaflet-marker-pane > *, path.leaflet-interactive:not(.region)").count() >= 1
    )
    screenshot(watched, f"timeline-panel-{lang}")

    # The region's own page: the same story, server-rendered.
    page.locator("#region-panel .lead a").click()
    page.wait_for_url(re.compile(rf"/{lang}/regions/MA-09/"))
    items = page.locator("ol.meetings li.meeting").evaluate_all("l => l.map(i => i.dataset.date)")
    assert items == sorted(items) and len(items) == 3
    screenshot(watched, f"region-page-{lang}", full_page=True)
    clean(watched)


def test_year_filter_and_slider_change_the_counts(make_page, dashboard):
    watched = make_page()
    page = watched.page
    page.goto(watched.url("/en/"))
    watched.wait_ready()
    assert table_count(page, "MA-09") == 3 and table_count(page, "MA-02") == 1

    page.select_option("#f-year", "2024")
    page.wait_for_url(re.compile(r"year=2024"))
    watched.wait_ready()
    assert table_count(page, "MA-09") == 1 and table_count(page, "MA-02") == 0
    assert "year=2024" in page.locator("#download").get_attribute("href")

    # The slider: one step back to 2023.
    page.locator("#year-range").focus()
    page.keyboard.press("ArrowLeft")
    page.wait_for_url(re.compile(r"year=2023"))
    watched.wait_ready()
    assert page.locator("#year-output").inner_text() == "2023"
    assert page.locator("#f-year").input_value() == "2023"
    assert table_count(page, "MA-02") == 1 and table_count(page, "MA-06") == 0

    # Play animates through the years and stops on the last one.
    page.locator("[data-play]").click()
    page.wait_for_url(re.compile(r"year=2025"), timeout=10_000)
    page.wait_for_selector("[data-play][aria-pressed='false']")
    watched.wait_ready()
    assert table_count(page, "MA-06") == 1 and table_count(page, "MA-02") == 0
    # The exports colouring: the legend switches to amounts.
    page.locator('input[name="measure-choice"][value="exports"]').check()
    page.wait_for_url(re.compile(r"measure=exports"))
    assert "MAD" in page.locator("#legend").inner_text()
    clean(watched)


def test_reload_restores_the_view_and_back_forward_work(make_page, dashboard):
    watched = make_page()
    page = watched.page
    page.goto(watched.url("/fr/"))
    watched.wait_ready()
    page.locator('a[data-select-region="MA-09"]').click()
    page.wait_for_url(re.compile(r"\?region=MA-09$"))
    watched.wait_ready()
    assert len(panel_dates(page)) == 3
    page.select_option("#f-kind", "consultation")
    page.wait_for_url(re.compile(r"region=MA-09&kind=consultation"))
    watched.wait_ready()
    assert len(panel_dates(page)) == 1

    page.reload()
    watched.wait_ready()
    assert page.locator("#f-kind").input_value() == "consultation"
    assert page.locator("#region-panel").is_visible() and len(panel_dates(page)) == 1
    assert page.locator('tr[data-region="MA-09"]').get_attribute("aria-current") == "true"

    page.go_back()
    page.wait_for_url(re.compile(r"\?region=MA-09$"))
    watched.wait_ready()
    assert page.locator("#f-kind").input_value() == ""
    assert len(panel_dates(page)) == 3
    page.go_back()
    page.wait_for_url(re.compile(r"/fr/$"))
    watched.wait_ready()
    assert page.locator("#region-panel").is_hidden()
    page.go_forward()
    page.wait_for_url(re.compile(r"\?region=MA-09$"))
    watched.wait_ready()
    assert page.locator("#region-panel").is_visible()
    # The language switcher keeps this view.
    page.locator('.languages button[value="ar"]').click()
    page.wait_for_url(re.compile(r"/ar/\?region=MA-09$"))
    watched.wait_ready()
    assert "سوس - ماسة" in page.locator("#region-panel h2").inner_text()
    clean(watched)


def test_arabic_page_is_mirrored(make_page, dashboard):
    watched = make_page()
    page = watched.page
    page.goto(watched.url("/ar/?region=MA-09"))
    watched.wait_ready()
    assert page.locator("html").get_attribute("dir") == "rtl"
    box = page.locator("#regions-map").bounding_box()
    zoom = page.locator(".leaflet-control-zoom").bounding_box()
    assert zoom["x"] > box["x"] + box["width"] / 2  # Leaflet's controls moved to the right
    side = page.locator("aside.side").bounding_box()
    assert side["x"] < box["x"]  # the table sits at the inline start: left in Arabic
    assert "سوس - ماسة" in page.locator(".region-list").inner_text()
    assert "الجهة" in page.locator("#filters").inner_text()
    clean(watched)


def test_meeting_and_official_pages_draw_their_maps(make_page, dashboard):
    watched = make_page()
    page = watched.page
    meeting = dashboard.meetings["MA-09"][0]
    page.goto(watched.url(f"/ar/meetings/{meeting.id}/"))
    page.wait_for_selector("#meeting-map .leaflet-tooltip")
    assert page.locator("#meeting-map path").count() == 13  # 12 regions and the place
    # The place in the page's language: Arabic script on an Arabic page (issue 14).
    assert "أكادير" in page.locator("#meeting-map .leaflet-tooltip").inner_text()
    screenshot(watched, "meeting-ar", full_page=True)
    page.goto(watched.url(f"/fr/officials/{dashboard.minister.id}/"))
    page.wait_for_selector("#official-map .route-number >> nth=6")
    assert page.locator("#official-map .route-number").count() == 7
    screenshot(watched, "official-fr", full_page=True)
    clean(watched)


def test_phone_sized_screen(make_page, dashboard):
    watched = make_page(width=390, height=844)
    page = watched.page
    page.goto(watched.url("/fr/?year=2024"))
    watched.wait_ready()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scroll
    map_box = page.locator("#regions-map").bounding_box()
    table_box = page.locator(".region-list").bounding_box()
    assert table_box["y"] > map_box["y"] + map_box["height"]  # one column: the table below
    screenshot(watched, "map-phone-fr", full_page=True)
    clean(watched)


def test_printing_the_map_gives_one_page_with_legend_and_filters(make_page, dashboard):
    watched = make_page()
    page = watched.page
    page.goto(watched.url("/fr/?year=2024&kind=consultation"))
    watched.wait_ready()
    page.emulate_media(media="print")
    assert page.locator("#filters").is_hidden()
    assert page.locator("#legend").is_visible() and page.locator("#regions-map").is_visible()
    active = page.locator("#active-filters").inner_text()
    assert "2024" in active and "consultation" in active
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    (SCREENSHOTS.parent / "print-map-fr.pdf").write_bytes(pdf)
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1
    clean(watched)
