"""URLs: the public site under a language prefix (/ar/, /fr/, /en/); admin and API without.

Each app owns its URL module: `events/urls.py` (public pages), `config/api_urls.py` (/api/).
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
    path("", region_views.home, name="home"),
    path("", include("events.urls")),
    prefix_default_language=True,
)
