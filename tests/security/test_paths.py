"""Hostile path parameters, query strings, cookies and forms: a 404 or a 400, never a 500.

`/ar/regions/%00/` was a 500 (the NUL byte reached PostgreSQL). Every URL pattern of the site
(public pages, API, admin, with every parameter) is walked here with hostile values, signed
out and signed in as a superuser.
"""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation

from events.models import Meeting
from tests.dashboard.data import build_dashboard_data

pytestmark = pytest.mark.django_db

HOSTILE = [
    "%00",
    "a%00b",
    "MA-0%00",
    "x" * 5000,
    "9" * 5000,
    "99999999999999999999999",
    "-1",
    "0",
    "%D8%AC%D9%87%D8%A9",  # non-ASCII (جهة)
    "%E2%80%AEMA-09",  # a right-to-left override
    "%FF%FE",  # not UTF-8
    "..%2F..%2Fetc%2Fpasswd",
    "..",
    "%2e%2e",
    "MA-13",
    "MA-00",
    "ma-09",
    "MA-9",
    "1e3",
    "%20",
]


def routes(patterns, prefix: str = ""):
    """Every URL pattern as a route string (path() and re_path() alike)."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from routes(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


PARAMETER = re.compile(
    r"<(?:\w+:)?\w+>"  # path() converters
    r"|\(\?P<\w+>[^()]*(?:\([^()]*\))?[^()]*\)"  # re_path() named groups
    r"|\([^?][^()]*\)"  # re_path() unnamed groups
)


def hostile_paths(value: str) -> list[tuple[str, str]]:
    """(route, path) for each route with a parameter, every parameter set to `value`."""
    found = []
    with translation.override("ar"):  # the language prefix of the public pages: /ar/
        all_routes = list(routes(get_resolver().url_patterns))
    for route in all_routes:
        if not PARAMETER.search(route):
            continue
        path = PARAMETER.sub(value, route)
        path = "/" + path.replace("^", "").replace("$", "").replace("\\", "")
        found.append((route, path))
    return found


def test_every_parametrised_route_is_walked():
    walked = {route for route, _ in hostile_paths("x")}
    # Public pages, the API and each admin's object and history views are in the walk.
    for expected in [
        "ar/regions/<region:code>/",
        "ar/meetings/<int:pk>/",
        "ar/officials/<int:pk>/",
        "api/regions/<str:code>/",
        "admin/events/meeting/<path:object_id>/change/",
        "admin/events/meeting/<path:object_id>/history/",
        "admin/events/meeting/<int:pk>/review/",
    ]:
        assert expected in walked
    assert any("history/([^/]+)" in route for route in walked)  # simple_history's revert form


@pytest.fixture
def clients(regions, admin_user):
    build_dashboard_data(regions)
    anonymous = Client(raise_request_exception=False)
    admin = Client(raise_request_exception=False)
    admin.force_login(admin_user)
    return {"anonymous": anonymous, "superuser": admin}


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_path_parameters_are_never_a_server_error(clients, value):
    errors = []
    for who, http in clients.items():
        for route, path in hostile_paths(value):
            status = http.get(path).status_code
            public = not route.startswith("admin/")
            if status >= 500 or (public and status != 404):
                errors.append((who, route, status))
    assert errors == [], errors


@pytest.mark.parametrize(
    "path",
    ["/ar/regions/%00/", "/api/regions/%00/", "/fr/regions/MA-13/", "/api/regions/MA-99/"],
)
def test_bad_region_codes_are_404(client, regions, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("code", ["%00", "MA-13", "XX", "ma-09", "x" * 5000])
def test_the_api_answers_a_bad_region_code_in_json(client, regions, code):
    response = client.get(f"/api/regions/{code}/")
    assert response.status_code == 404
    assert response.json() == {"detail": "No region has this code."}


PAGES = ["/ar/", "/fr/regions/MA-09/", "/fr/places.json"]
API = ["/api/meetings/", "/api/figures/", "/api/officials/", "/api/stats/", "/api/regions/"]
ADMIN_LISTS = [
    "/admin/events/meeting/",
    "/admin/events/article/",
    "/admin/events/official/",
    "/admin/events/exportfigure/",
    "/admin/events/participation/",
    "/admin/events/source/",
    "/admin/events/meeting/review/",
    "/admin/regions/region/",
]
# Every name a page, the API or an admin list reads from its query string (admin list filters
# included), and one no page knows.
QUERY_NAMES = [
    "q",
    "region",
    "year",
    "date_from",
    "kind",
    "official",
    "metric",
    "scope",
    "format",
    "cursor",
    "ordering",
    "page",
    "measure",
    "status__exact",
    "kind__exact",
    "origin__exact",
    "language__exact",
    "language",
    "region__id__exact",
    "o",
    "p",
    "unknown",
]


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_nul_in_the_query_string(clients, name):
    """Pages drop the value, the API says which parameter is wrong, the admin answers 400."""
    for http in clients.values():
        for path in PAGES:
            assert http.get(f"{path}?{name}=a%00b").status_code == 200, (path, name)
        for path in API:
            response = http.get(f"{path}?{name}=a%00b")
            assert response.status_code in (200, 400), (path, name)
            if response.status_code == 400:
                assert name in response.json(), (path, name)
    admin = clients["superuser"]
    for path in ADMIN_LISTS:
        assert admin.get(f"{path}?{name}=a%00b").status_code == 400, (path, name)
        assert admin.get(f"{path}?a%00={name}").status_code == 400, (path, name)


def test_a_cookie_holding_nul_is_ignored(regions):
    http = Client(raise_request_exception=False)
    http.cookies["sessionid"] = "abcdefgh\x00ijklmnop"
    assert http.get("/admin/").status_code == 302  # to the login page, as with no session
    assert http.get("/fr/").status_code == 200


def test_nul_in_an_admin_form_is_a_form_error_and_stores_nothing(clients):
    admin = clients["superuser"]
    meeting = Meeting.objects.filter(status="published").first()
    response = admin.get(f"/admin/events/meeting/{meeting.pk}/change/")
    assert response.status_code == 200
    response = admin.post(
        f"/admin/events/meeting/{meeting.pk}/change/", {"title": "a\x00b", "city": "x\x00"}
    )
    assert response.status_code == 200
    assert "errornote" in response.content.decode()
    meeting.refresh_from_db()
    assert "\x00" not in meeting.title
