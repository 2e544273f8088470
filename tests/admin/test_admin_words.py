"""Issue 15 § 4: no English app name and no ungrouped amount in a French or Arabic admin."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories import ExportFigureFactory, MeetingFactory

pytestmark = pytest.mark.django_db

NBSP = "\xa0"


@pytest.mark.parametrize(
    ("lang", "lockout"), [("fr", "Verrouillage des connexions"), ("ar", "قفل تسجيل الدخول")]
)
def test_the_login_lockout_app_is_named_in_the_staff_language(admin_client, lang, lockout):
    admin_client.cookies["django_language"] = lang
    html = admin_client.get(reverse("admin:index")).content.decode()
    assert lockout in html
    assert ">Axes<" not in html and ">AXES<" not in html


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_amounts_are_grouped_by_thousands_in_french_and_arabic(admin_client, regions, lang):
    meeting = MeetingFactory(region=regions["MA-08"])
    ExportFigureFactory(meeting=meeting, amount_mad=7_770_000_000)
    admin_client.cookies["django_language"] = lang
    html = admin_client.get(reverse("admin:events_meeting_change", args=[meeting.pk])).content
    assert f"7{NBSP}770{NBSP}000{NBSP}000".encode() in html
    assert b"7770000000 " not in html and b"7,770,000,000" not in html
