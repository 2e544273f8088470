"""The round page in Chromium, in ar/fr/en, from the demo corpus: the board of the 12 regions,
the progress, the route with numbered stops in date order and the list of stops."""

from __future__ import annotations

import json

import pytest

from events.models import Article
from events.samples import ROUNDS, sample_files
from events.services.documents import article_text_from_bytes, content_hash
from events.services.rounds import rounds_load
from events.services.steps import article_extract, article_store, article_text_fields
from tests.browser.conftest import clean, screenshot

pytestmark = pytest.mark.django_db(transaction=True)

# the Caravane de l'export 2025 of events/samples: seven stops, 14 October - 5 December 2025
CARAVAN = "caravane-export-2025"
CARAVAN_REGIONS = ["MA-01", "MA-03", "MA-02", "MA-05", "MA-07", "MA-10", "MA-11"]


@pytest.fixture
def samples(regions):
    """The demo pages through the pipeline's steps (fetch aside), published, and their rounds."""
    for path in sample_files():
        text = article_text_from_bytes(
            path.read_bytes(), url=None, content_type="text/html", declared_charset=None
        )
        article = Article.objects.create(
            source_ref=path.name,
            content_hash=content_hash(text.text),
            status=Article.Status.PROCESSING,
            **article_text_fields(text),
        )
        article_extract(article_id=article.pk)
        article_store(article_id=article.pk, publish=True)
    return rounds_load(definitions=json.loads(ROUNDS.read_text()), synthetic=True)


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_round_board_and_route(make_page, samples, language):
    watched = make_page(width=1400, height=1000)
    page = watched.page
    page.goto(watched.url(f"/{language}/rounds/"))
    assert page.locator("html").get_attribute("lang") == language
    page.locator(f"a[href='/{language}/rounds/{CARAVAN}/']").click()
    page.wait_for_selector(".leaflet-marker-icon.route-number span")
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")

    # the board: 12 regions, the 7 visited ones with their stop number, date, city and chair
    assert page.locator(".board tbody th[scope=row]").count() == 12
    visited = page.locator(".board tr.visited")
    assert visited.count() == 7
    by_region = {
        row.get_attribute("data-region"): row.locator(".stop-number").inner_text()
        for row in visited.all()
    }
    assert by_region == {code: str(n) for n, code in enumerate(CARAVAN_REGIONS, start=1)}
    assert page.locator(".board tr.not-yet").count() == 5
    first = page.locator(".board tr.visited[data-region='MA-01']")
    assert first.locator("time").get_attribute("datetime") == "2025-10-14"
    assert first.locator("td").nth(3).inner_text().strip()  # who chaired
    # the figure cited, in the one amount format of the page's language (docs/formats.md)
    amount = {"fr": "1,2 milliard MAD", "ar": "1,2 مليار درهم", "en": "1.2 billion MAD"}
    assert amount[language] in first.inner_text()
    assert first.locator("td.reports").inner_text() == "1"
    progress = page.locator(".round-progress")
    assert "7 / 12" in progress.inner_text()
    assert progress.locator("progress").get_attribute("value") == "7"

    # the route: seven numbered markers in date order, the same numbers as the list of stops
    markers = page.locator(".leaflet-marker-icon.route-number")
    assert markers.all_inner_texts() == [str(n) for n in range(1, 8)]
    assert page.locator(".leaflet-overlay-pane path").count() >= 2  # regions and the polyline
    stops = page.locator(".round-stops > li")
    assert [s.get_attribute("data-stop") for s in stops.all()] == [str(n) for n in range(1, 8)]
    dates = stops.locator("time").evaluate_all("nodes => nodes.map(n => n.dateTime)")
    assert dates == sorted(dates) and dates[0] == "2025-10-14" and dates[-1] == "2025-12-05"
    screenshot(watched, f"round_board_{language}", full_page=True)
    clean(watched)

    # a numbered stop on the map leads to its meeting
    markers.nth(6).click()
    page.wait_for_url("**/meetings/*/")
    assert page.locator("h1").count() == 1
    clean(watched)
