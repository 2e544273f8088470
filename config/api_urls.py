"""The open data API under /api/ (read-only).

Responses are gzipped here (the site has no GZipMiddleware): the regions GeoJSON is ≈ 300 KB
raw and ≈ 50 KB gzipped.
"""

from django.urls import path
from django.views.decorators.gzip import gzip_page
from drf_spectacular.views import SpectacularAPIView

from events import apis, apis_rounds

urlpatterns = [
    path("regions/", gzip_page(apis.RegionListApi.as_view()), name="api-region-list"),
    # Any string: the view answers its JSON 404 for a code that is not a region's, comparing it
    # with the 12 codes in memory (the code never reaches a query).
    path(
        "regions/<str:code>/",
        gzip_page(apis.RegionDetailApi.as_view()),
        name="api-region-detail",
    ),
    path("meetings/", gzip_page(apis.MeetingListApi.as_view()), name="api-meeting-list"),
    path("figures/", gzip_page(apis.FigureListApi.as_view()), name="api-figure-list"),
    path("officials/", gzip_page(apis.OfficialListApi.as_view()), name="api-official-list"),
    path("rounds/", gzip_page(apis_rounds.RoundListApi.as_view()), name="api-round-list"),
    path(
        "rounds/<slug:slug>/",
        gzip_page(apis_rounds.RoundDetailApi.as_view()),
        name="api-round-detail",
    ),
    path("stats/", gzip_page(apis.StatsApi.as_view()), name="api-stats"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", apis.ApiDocsView.as_view(), name="api-docs"),
]
