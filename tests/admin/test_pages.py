"""Every admin page staff use renders, in Arabic (RTL), French and English."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories import (
    ArticleFactory,
    ExportFigureFactory,
    MeetingFactory,
    MeetingSourceFactory,
    OfficialAliasFactory,
    OfficialFactory,
    ParticipationFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(regions):
    meeting = MeetingFactory(
        region=regions["MA-09"],
        status="needs_review",
        warnings=[{"code": "weekday_mismatch", "field": "meeting.date", "message": "lundi ≠ 25"}],
    )
    part = ParticipationFactory(meeting=meeting)
    figure = ExportFigureFactory(meeting=meeting)
    source = MeetingSourceFactory(meeting=meeting, article=ArticleFactory(outlet="hespress"))
    alias = OfficialAliasFactory(official=part.official)
    return {
        "meeting": meeting,
        "part": part,
        "figure": figure,
        "source": source,
        "alias": alias,
        "feed": SourceFactory(),
        "region": regions["MA-09"],
    }


@pytest.mark.parametrize(("lang", "direction"), [("ar", "rtl"), ("fr", "ltr"), ("en", "ltr")])
def test_admin_speaks_three_languages(senior_client, data, lang, direction):
    senior_client.cookies["django_language"] = lang
    html = senior_client.get("/admin/").content.decode()
    assert f'dir="{direction}"' in html
    assert ("admin/css/rtl.css" in html) == (direction == "rtl")
    assert f'lang="{lang}"' in html
    # the language switch posts to Django's set_language view
    assert 'action="/i18n/setlang/"' in html and 'value="ar"' in html


def test_language_switch_changes_the_admin(senior_client, data):
    response = senior_client.post("/i18n/setlang/", {"language": "fr", "next": "/admin/"})
    assert response.status_code == 302
    html = senior_client.get("/admin/").content.decode()
    assert 'lang="fr"' in html and "Déconnexion" in html


def _pages(data):
    m, p, f, s = data["meeting"], data["part"], data["figure"], data["source"]
    return [
        reverse("admin:index"),
        reverse("admin:events_meeting_changelist"),
        reverse("admin:events_meeting_add"),
        reverse("admin:events_meeting_change", args=[m.pk]),
        reverse("admin:events_meeting_history", args=[m.pk]),
        reverse("admin:events_meeting_review"),
        reverse("admin:events_meeting_review_one", args=[m.pk]),
        reverse("admin:events_official_changelist"),
        reverse("admin:events_official_add"),
        reverse("admin:events_official_change", args=[p.official.pk]),
        reverse("admin:events_official_history", args=[p.official.pk]),
        reverse("admin:events_participation_changelist"),
        reverse("admin:events_participation_change", args=[p.pk]),
        reverse("admin:events_participation_history", args=[p.pk]),
        reverse("admin:events_exportfigure_changelist"),
        reverse("admin:events_exportfigure_change", args=[f.pk]),
        reverse("admin:events_exportfigure_history", args=[f.pk]),
        reverse("admin:events_article_changelist"),
        reverse("admin:events_article_change", args=[s.article.pk]),
        reverse("admin:events_article_submit"),
        reverse("admin:events_source_changelist"),
        reverse("admin:events_source_change", args=[data["feed"].pk]),
        reverse("admin:regions_region_changelist"),
        reverse("admin:regions_region_change", args=[data["region"].pk]),
    ]


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_page_renders_for_a_senior_staff_member(senior_client, data, lang):
    senior_client.cookies["django_language"] = lang
    for url in _pages(data):
        response = senior_client.get(url)
        assert response.status_code == 200, url


def test_meeting_form_has_a_map_widget_with_the_regions_overlay(senior_client, data):
    html = senior_client.get(reverse("admin:events_meeting_add")).content.decode()
    assert "leaflet/leaflet.js" in html and "leaflet/draw/leaflet.draw.js" in html
    assert "admin_extra/regions_overlay.js" in html
    assert 'name="location"' in html
    assert "tile.openstreetmap" not in html and "unpkg.com" not in html
    # inlines: participants (official autocomplete), figures, sources
    assert 'name="participations-TOTAL_FORMS"' in html
    assert 'name="figures-TOTAL_FORMS"' in html
    assert 'name="sources-TOTAL_FORMS"' in html
    assert "admin-autocomplete" in html


def test_change_form_shows_evidence_and_warnings_read_only(senior_client, data):
    data["part"].evidence_text = "كاتب الدولة"
    data["part"].save()
    url = reverse("admin:events_meeting_change", args=[data["meeting"].pk])
    html = senior_client.get(url).content.decode()
    # The warning in words (events/messages.py), not its code.
    assert "class='warning-code'" in html and "weekday_mismatch" not in html
    assert "<q class='evidence' dir='auto'>كاتب الدولة</q>" in html
    assert 'name="warnings"' not in html  # read-only


def test_meeting_list_filters(senior_client, data, regions):
    other = MeetingFactory(region=regions["MA-01"], date="2023-05-02", kind="caravan")
    url = reverse("admin:events_meeting_changelist")

    def listed(**params):
        response = senior_client.get(url, params)
        assert response.status_code == 200
        return {m.pk for m in response.context["cl"].result_list}

    m = data["meeting"]
    assert listed() == {m.pk, other.pk}
    assert listed(region__id__exact=regions["MA-01"].pk) == {other.pk}
    assert listed(year="2023") == {other.pk}
    assert listed(kind__exact="caravan") == {other.pk}
    assert listed(status__exact="needs_review") == {m.pk}
    assert listed(has_warnings="yes") == {m.pk}
    assert listed(has_warnings="no") == {other.pk}
    assert listed(outlet="hespress") == {m.pk}
    assert listed(merged="no") == {m.pk, other.pk}
    assert listed(date__year="2024") == {m.pk}  # date hierarchy


def test_official_autocomplete_offers_people_not_merged_away(senior_client, data):
    official = data["part"].official

    OfficialFactory(name_latin=official.name_latin + " bis", merged_into=official)
    response = senior_client.get(
        "/admin/autocomplete/",
        {
            "term": official.name_latin,
            "app_label": "events",
            "model_name": "participation",
            "field_name": "official",
        },
    )
    assert response.status_code == 200
    assert [r["id"] for r in response.json()["results"]] == [str(official.pk)]


def test_article_add_goes_to_the_add_articles_page(senior_client):
    response = senior_client.get(reverse("admin:events_article_add"))
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:events_article_submit")
