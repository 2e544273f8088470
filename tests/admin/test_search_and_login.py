"""Accent- and letter-variant-blind search; login lockout; production cookie settings."""

from __future__ import annotations

import importlib

import pytest
from django.test import Client
from django.urls import reverse

from config.security import client_ip
from events.models import Meeting, Official
from tests.admin.conftest import PASSWORD
from tests.factories import MeetingFactory, OfficialFactory, ParticipationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Réunion à Fès-Meknès", "fes-meknes"),  # accents ignored
        ("Concertation régionale", "CONCERTATION REGIONALE"),  # case
        ("لقاء تشاوري بإقليم الحسيمة", "باقليم"),  # hamza under alif
        ("مدينة الداخلة", "الداخله"),  # ta marbuta typed as ha
        ("مستشفى جديد", "مستشفي"),  # alif maqsura typed as ya
        ("الجِهَةُ الشرقية", "الجهة"),  # harakat in the stored text
        ("منتدى ٢٠٢٤", "2024"),  # Arabic-Indic digits
        ("قافلة ڭلميم", "كلميم"),  # Moroccan gaf
        ("لقاء تشاوري", "التشاوري"),  # typed with the definite article, written without
        ("اللقاء التشاوري", "التشاوري"),  # and with it
    ],
)
def test_meeting_search_folds_accents_and_arabic_variants(senior_client, regions, stored, typed):
    wanted = MeetingFactory(region=regions["MA-01"], title=stored)
    MeetingFactory(region=regions["MA-01"], title="Autre chose")
    response = senior_client.get(reverse("admin:events_meeting_changelist"), {"q": typed})
    assert [m.pk for m in response.context["cl"].result_list] == [wanted.pk]


def test_meeting_search_reaches_participants_without_duplicates(senior_client, regions):
    meeting = MeetingFactory(region=regions["MA-01"])
    ParticipationFactory(meeting=meeting, official=OfficialFactory(name_ar="عمر حجيرة"))
    ParticipationFactory(meeting=meeting, official=OfficialFactory(name_ar="عمر الحجيرة"))
    response = senior_client.get(reverse("admin:events_meeting_changelist"), {"q": "حجيره"})
    assert [m.pk for m in response.context["cl"].result_list] == [meeting.pk]


def test_fold_lookup_is_usable_in_code(regions):
    OfficialFactory(name_latin="Hélène Bénaïssa")
    assert Official.objects.filter(name_latin__fold="benaissa").count() == 1
    assert Meeting.objects.filter(title__fold="%").count() == 0  # no LIKE wildcards
    assert Official.objects.filter(name_latin__fold="ال").count() == 0  # not emptied


def test_login_locks_out_after_repeated_failures(make_staff, settings):
    user = make_staff("editor")
    client = Client()
    client.cookies["django_language"] = "en"  # the lockout message is checked in English
    url = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(url, {"username": user.username, "password": "wrong"})
        assert response.status_code == 200  # the form again, with an error
    response = client.post(url, {"username": user.username, "password": "wrong"})
    assert response.status_code == 429  # the last allowed failure locks
    response = client.post(url, {"username": user.username, "password": PASSWORD})
    assert response.status_code == 429  # locked out: even the right password is refused now
    assert "Too many failed logins" in response.content.decode()
    other = Client(REMOTE_ADDR="10.0.0.9")  # the same person from another address may sign in
    response = other.post(url, {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302


def test_a_successful_login_resets_the_count(make_staff, settings):
    user = make_staff("editor")
    client = Client()
    client.cookies["django_language"] = "en"  # the lockout message is checked in English
    url = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post(url, {"username": user.username, "password": "wrong"})
    assert client.post(url, {"username": user.username, "password": PASSWORD}).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post(url, {"username": user.username, "password": "wrong"})
    assert client.post(url, {"username": user.username, "password": PASSWORD}).status_code == 302


def test_production_cookies_are_secure(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    monkeypatch.setenv("ALLOWED_HOSTS", "jihat.example.ma")
    production = importlib.import_module("config.settings.production")
    production = importlib.reload(production)
    assert production.SESSION_COOKIE_SECURE and production.CSRF_COOKIE_SECURE
    assert production.SESSION_COOKIE_HTTPONLY
    assert production.SECURE_SSL_REDIRECT and production.SECURE_HSTS_SECONDS > 0
    assert production.SESSION_COOKIE_AGE <= 12 * 3600
    assert production.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
    assert production.AUTHENTICATION_BACKENDS[0] == "events.services.staff.StaffLoginBackend"


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.1"),  # no proxy trusted: the header is the client's word
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "6.6.6.6, 203.0.113.9", "203.0.113.9"),  # a forged left part is ignored
        (2, "203.0.113.9, 198.51.100.2", "203.0.113.9"),
        (2, "203.0.113.9", "10.0.0.1"),  # fewer hops than proxies: do not trust it
    ],
)
def test_client_ip_behind_trusted_proxies(rf, settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = rf.get("/admin/login/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected
