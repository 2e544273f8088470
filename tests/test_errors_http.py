"""Errors look like the product, and HEAD answers like GET (issue 14): our own 404 and 500 in
the page's language with the site header, API messages in the Accept-Language language (English
when none is sent), HEAD without a body on every page."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import path

from config import urls as project_urls
from events.models import Meeting
from tests.factories import MeetingFactory, OfficialFactory, ParticipationFactory

pytestmark = pytest.mark.django_db


def _boom(request):
    raise RuntimeError("a bug")


# The project's URLs plus one view that fails, for the 500 page.
urlpatterns = [*project_urls.urlpatterns, path("fr/boom/", _boom), path("api/boom/", _boom)]
handler404 = project_urls.handler404
handler500 = project_urls.handler500


@pytest.mark.parametrize(
    ("lang", "heading", "back"),
    [
        ("fr", "Page introuvable", "Retour à la carte"),
        ("ar", "الصفحة غير موجودة", None),
        ("en", "Page not found", "Back to the map"),
    ],
)
def test_404_is_ours_in_the_page_language_with_the_site_header(client, lang, heading, back):
    response = client.get(f"/{lang}/meetings/999999/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert 'class="site-header"' in html
    assert heading in html
    assert back is None or back in html
    assert "URLconf" not in html and "Using the URLconf" not in html  # not Django's debug page


def test_unknown_page_is_our_404(client):
    response = client.get("/en/no/such/page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.urls("tests.test_errors_http")
def test_500_is_ours_with_the_site_header():
    client = Client(raise_request_exception=False)
    response = client.get("/fr/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert 'class="site-header"' in html and '<html lang="fr"' in html
    assert "Erreur du serveur" in html
    api = client.get("/api/boom/")
    assert api.status_code == 500 and api.json() == {"detail": "Server error"}


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ({}, "No region has this code."),
        ({"HTTP_ACCEPT_LANGUAGE": "fr-FR,fr;q=0.9"}, "Aucune région n'a ce code."),
        ({"HTTP_ACCEPT_LANGUAGE": "ar"}, "لا توجد جهة بهذا الرمز."),
        ({"HTTP_ACCEPT_LANGUAGE": "de-DE"}, "No region has this code."),
    ],
)
def test_api_errors_follow_accept_language_and_default_to_english(
    client, regions, header, expected
):
    response = client.get("/api/regions/MA-99/", **header)
    assert response.status_code == 404
    assert response.json() == {"detail": expected}


def test_api_validation_messages_default_to_english_even_with_the_site_cookie(client):
    client.cookies["django_language"] = "ar"
    response = client.get("/api/meetings/", {"cursor": "not-a-cursor"})
    assert response.status_code == 400
    assert response.json() == {"cursor": ["Invalid cursor."]}
    response = client.get("/api/meetings/", {"cursor": "x"}, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.json() == {"cursor": ["Curseur invalide."]}


def test_unknown_api_path_is_a_json_404_in_english(client):
    response = client.get("/api/nowhere/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_head_answers_like_get_without_a_body_on_every_page(client, regions):
    meeting = MeetingFactory(region=regions["MA-09"], status=Meeting.Status.PUBLISHED)
    official = OfficialFactory()
    ParticipationFactory(meeting=meeting, official=official)
    pages = [
        "/fr/",
        "/ar/regions/MA-09/",
        f"/en/meetings/{meeting.id}/",
        f"/fr/officials/{official.id}/",
        "/fr/places.json",
        "/fr/jsi18n/",
        "/api/meetings/",
        "/api/regions/MA-09/",
    ]
    for url in pages:
        got = client.get(url)
        head = client.head(url)
        assert head.status_code == got.status_code == 200, url
        assert head["Content-Type"] == got["Content-Type"], url
        assert head.content == b"", url
    assert client.post("/fr/").status_code in (403, 405)
