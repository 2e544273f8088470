"""axe-core on the server-rendered pages (region, meeting, official) in each language.

The map page runs it in test_map_page.py; these pages share its styles (site.css: the kind
badges, the route numbers) and its scripts (minimap.js).
"""

from __future__ import annotations

import pytest

from tests.browser.axe import assert_no_serious_violations
from tests.browser.conftest import clean

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_region_meeting_and_official_pages_pass_axe(make_page, dashboard, lang):
    watched = make_page(width=1366, height=768)
    page = watched.page
    meeting = dashboard.meetings["MA-09"][0]
    for path, ready in (
        (f"/{lang}/regions/MA-09/", "ol.meetings li.meeting"),
        (f"/{lang}/meetings/{meeting.id}/", "#meeting-map .leaflet-interactive"),
        (f"/{lang}/officials/{dashboard.minister.id}/", "#official-map .route-number"),
    ):
        page.goto(watched.url(path))
        page.wait_for_selector(ready)
        print(path)
        assert_no_serious_violations(page)
    clean(watched)
