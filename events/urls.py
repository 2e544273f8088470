"""Public pages under /<lang>/: the map, regions' timelines, meetings, officials."""

from django.urls import path
from django.views.i18n import JavaScriptCatalog

import config.converters  # noqa: F401 -- registers <region:…>
from events import views, views_rounds

urlpatterns = [
    path("", views.home, name="home"),
    path("regions/<region:code>/", views.region_detail, name="region-detail"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting-detail"),
    path("officials/<int:pk>/", views.official_detail, name="official-detail"),
    path("rounds/", views_rounds.round_list, name="round-list"),
    path("rounds/<slug:slug>/", views_rounds.round_detail, name="round-detail"),
    # Meeting places with counts for the map's markers (an aggregate, not every meeting).
    path("places.json", views.city_points, name="city-points"),
    # The strings of static/js/ in the page's language (djangojs domain, locale/*/djangojs.po).
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
]
