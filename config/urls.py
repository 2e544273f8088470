"""URLs: the public site under a language prefix (/ar/, /fr/, /en/); admin and API without.

`events/urls.py` holds the public pages (the map included), `config/api_urls.py` the API under
/api/; `regions` serves only its boundaries (/regions.geojson).
"""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from config import security
from regions import views as region_views

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/", include("config.api_urls")),
    path("regions.geojson", region_views.regions_geojson, name="regions-geojson"),
    # Where browsers report Content-Security-Policy violations (settings.CSP_DIRECTIVES).
    path("csp-report/", security.csp_report, name="csp-report"),
]

urlpatterns += i18n_patterns(
    path("", include("events.urls")),
    # Atom feeds of newly published meetings (events/feeds.py).
    path("feeds/", include("events.feeds")),
    prefix_default_language=True,
)

# Our own error pages, in the page's language with the site header (JSON under /api/).
handler404 = "events.views.page_not_found"
handler500 = "events.views.server_error"
