"""The pages keep working under the Content-Security-Policy (issue 13).

Every browser test fails on a violation (tests/browser/conftest.py); these open the pages the
other tests do not: the API docs, the admin's login, add-articles and region pages (the region's
MultiPolygon map widget), and check that django-leaflet's maps, whose inline scripts
templates/leaflet/ replaced, are drawn and editable.
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from tests.admin.conftest import PASSWORD
from tests.browser.conftest import clean, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_api_docs(make_page):
    watched = make_page()
    watched.page.goto(watched.url("/api/docs/"))
    assert watched.page.locator("h2").count() >= 6
    # The stylesheet applies (it was an inline <style> block).
    width = watched.page.evaluate("getComputedStyle(document.body).maxWidth")
    assert width != "none"
    clean(watched)


def test_admin_login_add_articles_and_region_map_widget(make_page, regions):
    get_user_model().objects.create_superuser(username="root", password=PASSWORD, email="r@e.ma")
    watched = make_page()
    page = watched.page
    watched.sign_in("root")

    page.goto(watched.url("/admin/events/article/add-articles/"))
    assert page.locator("form input[type=submit]").count() == 1

    # The meeting's point widget: its marker icons come from Leaflet's static folder (guessed
    # from leaflet.css, the folder is wrong under the production's hashed static names).
    page.goto(watched.url("/admin/events/meeting/add/"))
    page.wait_for_selector("#id_location-map.leaflet-container")
    assert page.evaluate("L.Icon.Default.imagePath") == "/static/leaflet/images/"

    # A region's boundary in django-leaflet's admin widget, with the draw toolbar.
    region = regions["MA-09"]
    page.goto(watched.url(f"/admin/regions/region/{region.pk}/change/"))
    page.wait_for_selector(".leaflet-container .leaflet-draw-toolbar")
    assert page.locator(".leaflet-container path.leaflet-interactive").count() >= 1
    screenshot(watched, "admin-region-widget")
    clean(watched)
