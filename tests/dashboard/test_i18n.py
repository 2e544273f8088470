"""Translations are compiled and reach both the templates and the JavaScript catalogue."""

import html
import json

import pytest

from tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Consultations régionales sur l'export"),
        ("ar", "المشاورات الجهوية حول التصدير"),
        ("en", "Regional export consultations"),
    ],
)
def test_map_page_is_translated(client, regions, lang, text):
    assert text in client.get(f"/{lang}/").content.decode()


@pytest.mark.parametrize(("lang", "text"), [("fr", "Toutes les années"), ("ar", "كل السنوات")])
def test_javascript_catalogue_is_translated(client, lang, text):
    response = client.get(f"/{lang}/jsi18n/")
    assert response.status_code == 200
    assert json.dumps(text) in response.content.decode()  # the catalogue is JSON, ASCII-escaped


def test_meeting_kinds_are_translated_on_public_pages(client, regions):
    meeting = MeetingFactory(region=regions["MA-09"], kind="evaluation_forum")
    assert "منتدى تقييمي" in client.get(f"/ar/meetings/{meeting.id}/").content.decode()
    french = html.unescape(client.get(f"/fr/meetings/{meeting.id}/").content.decode())
    assert "forum d'évaluation" in french
