"""Issue 15 § 4: warnings, match reasons and failure reasons are stored as codes with
parameters and put in words in the reader's language by one catalogue (events/messages.py);
old rows in plain English are shown as they are. Every model reads as a name, amounts are
localized, and the history speaks the staff's language."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import translation

from events import messages as catalogue
from events.admin_views import history_value
from events.models import Article, Meeting, MeetingProposal, Round, RoundProposal
from events.services.meeting_store import _match_reason
from events.services.staff import staff_edit_save
from tests.factories import (
    ArticleFactory,
    ExportFigureFactory,
    MeetingFactory,
    MeetingSourceFactory,
    OfficialAliasFactory,
    ParticipationFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db

CONFLICT = {
    "code": "conflicting_report",
    "field": "meeting.city",
    "article": 12,
    "params": {
        "field": "meeting.city",
        "new": "Ouarzazate",
        "current": "Errachidia",
        "owner": "first_report",
    },
    "message": "Article 12 gives city = Ouarzazate; kept the first report's value Errachidia.",
}


def test_a_coded_warning_is_written_in_the_readers_language():
    with translation.override("fr"):
        text = catalogue.warning_text(CONFLICT)
        assert text == "L'article 12 donne ville = Ouarzazate ; conservé : Errachidia."
        assert catalogue.warning_code_label("conflicting_report") == "rapport divergent"
    with translation.override("ar"):
        assert "Ouarzazate" in catalogue.warning_text(CONFLICT)
        assert "gives" not in catalogue.warning_text(CONFLICT)


def test_extractor_codes_without_parameters_and_old_plain_rows():
    weekday = {
        "code": "weekday_mismatch",
        "field": "meeting.date",
        "message": "The text names a Monday",
    }
    with translation.override("fr"):
        assert "jour de la semaine" in catalogue.warning_text(weekday)
        old = {"code": "something_old", "message": "An old English warning."}
        assert catalogue.warning_text(old) == "An old English warning."
    with translation.override("en"):  # English keeps the extractor's detail
        assert catalogue.warning_text(weekday) == "The text names a Monday"


def test_match_reasons_are_codes_rendered_per_language(regions):
    stored = _match_reason(regions["MA-08"], None, "consultation", 2)
    assert catalogue.decode(stored) == (
        "same_region",
        {"days": None, "kind": "consultation", "region": "MA-08", "shared": 2},
    )
    with translation.override("fr"):
        text = catalogue.match_reason_text(stored)
        assert "même région" in text and "2 responsables en commun" in text
        assert "MA-08" not in text  # the region by its name
        assert catalogue.match_reason_text("new meeting") == "premier article : nouvelle rencontre"
        assert catalogue.match_reason_text("a reason from long ago") == "a reason from long ago"


FAILURES = [
    ("empty: there is no text", "empty", "Le fichier ou la page est vide."),
    ("too large: 7.0 MB (limit 5 MB)", "too_large", "Dépasse la limite de 5 Mo."),
    (
        "TransientFetchError: network error fetching https://x.ma/a: [Errno 111] refused",
        "network",
        "Le réseau a échoué",
    ),
    ("unreachable: no connection to http://127.0.0.1:9", "unreachable", "n'a pas pu être joint"),
    ("HTTP 404 from https://x.ma/a", "http_status", "404"),
    ("no article: only 12 characters of text (at least 200)", "too_short", "12"),
]


@pytest.mark.parametrize(("raw", "code", "french"), FAILURES)
def test_failure_reasons_have_a_code_and_a_sentence(raw, code, french):
    assert catalogue.failure_code(raw) == code
    with translation.override("fr"):
        assert french in catalogue.failure_text(raw)
        assert "Errno" not in catalogue.failure_text(raw)


def test_failed_articles_are_filtered_by_reason_in_sql():
    for raw, _code, _fr in FAILURES:
        ArticleFactory(status="failed", error=raw, content_hash=None)
    ArticleFactory(status="failed", error="Something nobody foresaw", content_hash=None)
    for _raw, code, _fr in FAILURES:
        assert Article.objects.filter(catalogue.failure_q(code)).count() == 1, code
    [other] = Article.objects.filter(catalogue.failure_q("other"))
    assert other.error == "Something nobody foresaw"


def test_every_model_reads_as_a_name(regions):
    meeting = MeetingFactory(region=regions["MA-08"])
    rows = [
        meeting,
        MeetingSourceFactory(meeting=meeting),
        ParticipationFactory(meeting=meeting),
        ExportFigureFactory(meeting=meeting),
        OfficialAliasFactory(),
        SourceFactory(),
        regions["MA-08"],
        MeetingProposal.objects.create(meeting=meeting, article=ArticleFactory()),
        (tour := Round.objects.create(slug="tour-2025", name_fr="Tournée 2025")),
        RoundProposal.objects.create(meeting=meeting, round=tour),
    ]
    for row in rows:
        assert "object (" not in str(row), type(row)
    models = {type(r) for r in rows} | {Article}
    ours = {m for m in apps.get_models() if m._meta.app_label in ("events", "regions")}
    assert {m for m in ours if not m.__name__.startswith("Historical")} <= models | {
        apps.get_model("events", "Official")
    }


def test_the_meeting_page_in_french_has_no_raw_codes_and_localized_amounts(senior_client, regions):
    meeting = MeetingFactory(region=regions["MA-08"], warnings=[CONFLICT])
    source = MeetingSourceFactory(
        meeting=meeting, match_reason=_match_reason(regions["MA-08"], 0, "consultation", 1)
    )
    ExportFigureFactory(meeting=meeting, amount_mad=Decimal("7770000000"))
    senior_client.cookies["django_language"] = "fr"
    html = senior_client.get(reverse("admin:events_meeting_change", args=[meeting.pk])).content
    html = html.decode()
    assert "rapport divergent" in html and "conflicting_report" not in html
    assert "même région" in html and '"code"' not in html
    assert "MeetingSource object" not in html and str(source.article) in html
    figures = senior_client.get(reverse("admin:events_exportfigure_changelist")).content.decode()
    assert "7,770,000,000" not in figures and "770" in figures


def test_the_history_is_readable_in_arabic_and_french(senior, senior_client, regions):
    meeting = MeetingFactory(region=regions["MA-08"], status="needs_review", title="Avant")
    meeting.title, meeting.status = "Après", Meeting.Status.PUBLISHED
    meeting.warnings = [CONFLICT]
    staff_edit_save(instance=meeting, changed_fields=["title", "status", "warnings"], user=senior)
    url = reverse("admin:events_meeting_history", args=[meeting.pk])
    for language, published in (("fr", "publié"), ("ar", "منشور")):
        senior_client.cookies["django_language"] = language
        html = senior_client.get(url).content.decode()
        raw_texts = ("needs_review", "[title]", "[{", "None", "CHANGES", "Changes", "conflicting")
        for raw in raw_texts:
            assert raw not in html, (language, raw)
        assert published in html.lower(), language
    version = meeting.history.order_by("history_id").first()
    senior_client.cookies["django_language"] = "fr"
    form = senior_client.get(
        reverse("admin:events_meeting_simple_history", args=[meeting.pk, version.history_id])
    ).content.decode()
    crumbs = form.split('class="breadcrumbs"')[1].split("</div>")[0]
    assert "Historical" not in crumbs and "Events" not in crumbs and "Rencontres" in crumbs


def test_a_date_in_the_history_is_localized():
    field = Meeting._meta.get_field("date")
    with translation.override("fr"):
        assert history_value(field, datetime.date(2026, 11, 17)) == "17 novembre 2026"
    with translation.override("ar"):
        value = history_value(field, datetime.date(2026, 11, 17))
        assert "2026" in value and "November" not in value and "-11-" not in value
