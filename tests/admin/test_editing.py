"""Editing through the admin: staff-owned fields recorded, inlines, history with revert."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from events.models import ExportFigure, Meeting, Origin, Participation
from tests.factories import (
    ExportFigureFactory,
    MeetingFactory,
    OfficialAliasFactory,
    OfficialFactory,
    ParticipationFactory,
)

pytestmark = pytest.mark.django_db

EMPTY_INLINES = {
    **{f"{p}-TOTAL_FORMS": "0" for p in ("participations", "figures", "sources")},
    **{f"{p}-INITIAL_FORMS": "0" for p in ("participations", "figures", "sources")},
}


def test_staff_add_a_meeting_with_a_participant_and_a_figure(senior_client, senior, regions):
    official = OfficialFactory()
    data = {
        "title": "Rencontre régionale",
        "kind": "consultation",
        "status": "needs_review",
        "programme": "",
        "summary": "",
        "date": "2025-03-04",
        "date_precision": "day",
        "date_certain": "on",
        "region": regions["MA-09"].pk,
        "city": "Agadir",
        "location": '{"type": "Point", "coordinates": [-9.6, 30.42]}',
        **EMPTY_INLINES,
        "participations-TOTAL_FORMS": "1",
        "participations-0-official": official.pk,
        "participations-0-role": "والي الجهة",
        "participations-0-role_code": "wali",
        "figures-TOTAL_FORMS": "1",
        "figures-0-amount_mad": "1200000000",
        "figures-0-metric": "exports",
        "figures-0-scope": "region",
        "figures-0-year": "2024",
        "figures-0-region": regions["MA-09"].pk,
        "figures-0-text": "1,2 milliard",
    }
    response = senior_client.post(reverse("admin:events_meeting_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    meeting = Meeting.objects.get(title="Rencontre régionale")
    assert meeting.origin == Origin.STAFF
    assert meeting.location.x == pytest.approx(-9.6)
    part = meeting.participations.get()
    figure = meeting.figures.get()
    assert (part.official, part.role_code, part.origin) == (official, "wali", Origin.STAFF)
    assert (figure.amount_mad, figure.origin) == (1200000000, Origin.STAFF)
    assert meeting.history.first().history_user == senior
    assert part.history.first().history_user == senior


def test_editing_an_inline_row_marks_only_its_changed_fields(senior_client, regions):
    meeting = MeetingFactory(region=regions["MA-01"])
    part = ParticipationFactory(meeting=meeting)
    figure = ExportFigureFactory(meeting=meeting)
    data = {
        "title": meeting.title,
        "kind": meeting.kind,
        "status": meeting.status,
        "programme": "",
        "summary": "",
        "date": meeting.date.isoformat(),
        "date_precision": "day",
        "date_certain": "on",
        "region": meeting.region_id,
        "city": meeting.city,
        "location": meeting.location.geojson,
        **EMPTY_INLINES,
        "participations-TOTAL_FORMS": "1",
        "participations-INITIAL_FORMS": "1",
        "participations-0-id": part.pk,
        "participations-0-meeting": meeting.pk,
        "participations-0-official": part.official_id,
        "participations-0-role": part.role,
        "participations-0-role_code": "wali",
        "figures-TOTAL_FORMS": "1",
        "figures-INITIAL_FORMS": "1",
        "figures-0-id": figure.pk,
        "figures-0-meeting": meeting.pk,
        "figures-0-amount_mad": str(figure.amount_mad),
        "figures-0-metric": figure.metric,
        "figures-0-scope": figure.scope,
        "figures-0-approximate": "on",
        "figures-0-year": "2024",
        "figures-0-region": figure.region_id,
        "figures-0-text": figure.text,
        "figures-0-DELETE": "on",
    }
    response = senior_client.post(reverse("admin:events_meeting_change", args=[meeting.pk]), data)
    assert response.status_code == 302
    part.refresh_from_db()
    meeting.refresh_from_db()
    assert part.role_code == "wali" and part.staff_edited_fields == ["role_code"]
    assert part.origin == Origin.MACHINE
    assert meeting.staff_edited_fields == []  # nothing of the meeting itself changed
    assert not ExportFigure.objects.filter(pk=figure.pk).exists()  # an editor may drop a row


def test_official_edit_and_new_alias_are_staff_owned(senior_client):
    official = OfficialFactory(name_latin="Omar Hjira")
    OfficialAliasFactory(official=official, alias="Omar Hjira", normalized="omar hjira")
    alias = official.aliases.get()
    data = {
        "name_ar": official.name_ar,
        "name_latin": "Omar Hejira",
        "aliases-TOTAL_FORMS": "2",
        "aliases-INITIAL_FORMS": "1",
        "aliases-0-id": alias.pk,
        "aliases-0-official": official.pk,
        "aliases-0-alias": alias.alias,
        "aliases-0-normalized": alias.normalized,
        "aliases-1-official": official.pk,
        "aliases-1-alias": "O. Hjira",
        "aliases-1-normalized": "o hjira",
    }
    response = senior_client.post(reverse("admin:events_official_change", args=[official.pk]), data)
    assert response.status_code == 302
    official.refresh_from_db()
    assert official.staff_edited_fields == ["name_latin"]
    assert official.aliases.get(normalized="o hjira").origin == Origin.STAFF


def test_history_shows_who_what_and_reverts(senior_client, senior, regions):
    meeting = MeetingFactory(region=regions["MA-01"], title="Titre machine")
    first = meeting.history.get()
    data = {
        "title": "Titre corrigé",
        "kind": meeting.kind,
        "status": meeting.status,
        "programme": "",
        "summary": "",
        "date": meeting.date.isoformat(),
        "date_precision": "day",
        "date_certain": "on",
        "region": meeting.region_id,
        "city": meeting.city,
        "location": meeting.location.geojson,
        **EMPTY_INLINES,
    }
    senior_client.post(reverse("admin:events_meeting_change", args=[meeting.pk]), data)
    page = senior_client.get(reverse("admin:events_meeting_history", args=[meeting.pk]))
    html = page.content.decode()
    assert senior.username in html  # who
    assert "Titre machine" in html and "Titre corrigé" in html  # the diff: old → new

    # revert: the historical version's form, saved again (through the staff service)
    revert_url = reverse("admin:events_meeting_simple_history", args=[meeting.pk, first.pk])
    form_page = senior_client.get(revert_url)
    assert form_page.status_code == 200
    form = form_page.context["adminform"].form
    assert form.initial["title"] == "Titre machine"
    response = senior_client.post(revert_url, {**data, "title": "Titre machine"})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.title == "Titre machine"
    assert "title" in meeting.staff_edited_fields  # a revert is a person's decision too
    assert meeting.history.count() == 3


def test_participation_and_figure_admins_save_through_the_service(senior_client, regions):
    part = ParticipationFactory(meeting=MeetingFactory(region=regions["MA-01"]))
    data = {
        "meeting": part.meeting_id,
        "official": part.official_id,
        "role": "رئيس الجهة",
        "role_code": "region_council_president",
        "article": "",
    }
    url = reverse("admin:events_participation_change", args=[part.pk])
    assert senior_client.post(url, data).status_code == 302
    part = Participation.objects.get(pk=part.pk)
    assert part.staff_edited_fields == ["role", "role_code"]


@pytest.mark.parametrize("who", ["viewer", "reviewer"])
def test_revert_needs_the_change_right(make_staff, regions, who):
    meeting = MeetingFactory(region=regions["MA-01"], title="Titre machine")
    first = meeting.history.get()
    meeting.title = "Titre corrigé"
    meeting.save()
    client = Client()
    client.force_login(make_staff(who))
    revert_url = reverse("admin:events_meeting_simple_history", args=[meeting.pk, first.pk])
    page = client.get(revert_url)
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    data = {
        "title": "Titre machine",
        "kind": meeting.kind,
        "status": meeting.status,
        "programme": "",
        "summary": "",
        "date": meeting.date.isoformat(),
        "date_precision": "day",
        "date_certain": "on",
        "region": meeting.region_id,
        "city": meeting.city,
        "location": meeting.location.geojson,
        **EMPTY_INLINES,
    }
    assert client.post(revert_url, data).status_code == 403
    meeting.refresh_from_db()
    assert meeting.title == "Titre corrigé"


def test_a_name_typed_in_the_admin_loses_its_bidi_controls(senior_client):
    """An override character would make a look-alike of another official's name."""
    official = OfficialFactory(name_ar="عمر حجيرة", name_latin="Omar Hejira")
    data = {
        "name_ar": "\u202eعمر حجيرة",
        "name_latin": "Omar\u2066 Hejira\u2069",
        "needs_review": "",
        "aliases-TOTAL_FORMS": "1",
        "aliases-INITIAL_FORMS": "0",
        "aliases-0-alias": "\u202dHjira",
        "aliases-0-normalized": "hjira",
    }
    url = reverse("admin:events_official_change", args=[official.pk])
    assert senior_client.post(url, data).status_code == 302
    official.refresh_from_db()
    assert (official.name_ar, official.name_latin) == ("عمر حجيرة", "Omar Hejira")
    assert list(official.aliases.values_list("alias", flat=True)) == ["Hjira"]
