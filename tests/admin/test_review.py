"""The review queue: facts next to their evidence, highlighted words, one-click decisions."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from events.admin_views import Quote, text_highlight
from events.models import Meeting
from tests.factories import (
    ArticleFactory,
    ExportFigureFactory,
    MeetingFactory,
    MeetingSourceFactory,
    ParticipationFactory,
)

pytestmark = pytest.mark.django_db

TEXT = "أشرف والي جهة سوس ماسة يوم الثلاثاء 26 نونبر 2024 بأكادير على لقاء تشاوري."


@pytest.fixture
def waiting(regions):
    meeting = MeetingFactory(
        region=regions["MA-09"],
        status="needs_review",
        city="أكادير",
        warnings=[{"code": "year_inferred", "field": "meeting.date", "message": "year guessed"}],
    )
    article = ArticleFactory(text=TEXT, title="لقاء تشاوري بأكادير")
    start = TEXT.index("يوم الثلاثاء")
    date_words = "يوم الثلاثاء 26 نونبر 2024"
    MeetingSourceFactory(
        meeting=meeting,
        article=article,
        evidence={
            "date": {"start": start, "end": start + len(date_words), "text": date_words},
            # offsets off by a few characters: found again by searching for the words
            "city": {"start": 3, "end": 9, "text": "بأكادير"},
        },
    )
    ParticipationFactory(
        meeting=meeting,
        article=article,
        evidence_text="والي جهة سوس ماسة",
        evidence_start=TEXT.index("والي"),
        evidence_end=TEXT.index("والي") + 17,
    )
    ExportFigureFactory(
        meeting=meeting,
        article=article,
        evidence_text="خمسة ملايير درهم",
        evidence_start=0,
        evidence_end=4,
    )  # words not in the text
    return meeting


def test_highlight_uses_offsets_then_search_and_reports_the_rest():
    text = "abc def ghi"
    segments, unplaced = text_highlight(
        text=text,
        marks=[
            ("date", Quote(1, "def", 4, 7)),
            ("city", Quote(1, "ghi", 0, 3)),  # stale offsets
            ("kind", Quote(1, "de", 4, 6)),  # overlaps date: joined
            ("figure", Quote(1, "xyz", None, None)),
        ],
    )
    assert [(s.text, s.mark) for s in segments] == [
        ("abc ", ""),
        ("def", "kind · date"),
        (" ", ""),
        ("ghi", "city"),
    ]
    assert unplaced == [("figure", "xyz")]


def test_queue_lists_waiting_meetings_with_facts_evidence_and_warnings(
    reviewer_client, waiting, regions
):
    MeetingFactory(region=regions["MA-01"], title="Déjà publiée")
    response = reviewer_client.get(reverse("admin:events_meeting_review"))
    html = response.content.decode()
    assert [m.pk for m, _ in response.context["items"]] == [waiting.pk]
    assert "Déjà publiée" not in html
    assert 'class="warning-code"' in html and "year_inferred" not in html  # in words
    assert '<q class="evidence" dir="auto">يوم الثلاثاء 26 نونبر 2024</q>' in html
    assert 'value="publish"' in html and 'value="reject"' in html
    assert reverse("admin:events_meeting_change", args=[waiting.pk]) not in html  # no edit right


def test_review_page_highlights_the_quoted_words_in_the_article(senior_client, waiting):
    html = senior_client.get(reverse("admin:events_meeting_review_one", args=[waiting.pk]))
    html = html.content.decode()
    assert re.search(r'<mark title="[^"]+">يوم الثلاثاء 26 نونبر 2024</mark>', html)
    assert ">بأكادير</mark>" in html
    assert ">والي جهة سوس ماسة</mark>" in html
    assert "خمسة ملايير درهم" in html and 'class="unplaced"' in html
    assert 'dir="rtl" lang="ar"' in html
    assert reverse("admin:events_meeting_change", args=[waiting.pk]) in html  # edit link


def test_article_text_is_escaped(senior_client, regions):
    meeting = MeetingFactory(region=regions["MA-01"], status="needs_review")
    MeetingSourceFactory(
        meeting=meeting,
        article=ArticleFactory(text="<script>x()</script> ok"),
        evidence={"title": {"start": 21, "end": 23, "text": "ok"}},
    )
    html = senior_client.get(reverse("admin:events_meeting_review_one", args=[meeting.pk]))
    assert "<script>x()</script>" not in html.content.decode()
    assert "&lt;script&gt;" in html.content.decode()


def test_one_click_publish_then_next(reviewer_client, waiting, regions):
    second = MeetingFactory(region=regions["MA-01"], status="needs_review")
    url = reverse("admin:events_meeting_decide", args=[waiting.pk])
    response = reviewer_client.post(url, {"decision": "publish", "then": "next"})
    assert response["Location"] == reverse("admin:events_meeting_review_one", args=[second.pk])
    waiting.refresh_from_db()
    assert waiting.status == "published" and waiting in Meeting.objects.published()
    response = reviewer_client.post(
        reverse("admin:events_meeting_decide", args=[second.pk]), {"decision": "reject"}
    )
    assert response["Location"] == reverse("admin:events_meeting_review")
    second.refresh_from_db()
    assert second.status == "rejected"
    assert reviewer_client.get(reverse("admin:events_meeting_review")).context["items"] == []


def test_decide_refuses_get_and_unknown_decisions(reviewer_client, waiting):
    url = reverse("admin:events_meeting_decide", args=[waiting.pk])
    assert reviewer_client.get(url).status_code == 405
    reviewer_client.post(url, {"decision": "delete"})
    waiting.refresh_from_db()
    assert waiting.status == "needs_review"
