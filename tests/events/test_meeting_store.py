"""The meeting store (events/services/meeting_store.py) on a real extraction, in-process.

A value the extractor gives outside the model's vocabularies is stored as "other", and said:
a warning on the meeting for the reviewer, a warning line in the worker's log.
"""

from __future__ import annotations

import logging

import pytest

from events.extraction.calibration import unconfident_facts
from events.models import Article, Meeting
from events.services import steps
from events.services.documents import content_hash
from tests.events.news_server import FIXTURES

pytestmark = pytest.mark.django_db


def _extracted_article() -> Article:
    text = (FIXTURES / "oriental_ar.txt").read_text(encoding="utf-8")
    article = Article.objects.create(
        source_ref="oriental_ar.txt",
        text=text,
        title=text.split("\n", 1)[0],
        content_hash=content_hash(text),
    )
    assert steps.article_extract(article_id=article.pk)
    article.refresh_from_db()
    return article


def test_a_known_extraction_is_stored_without_vocabulary_warnings(regions, settings):
    settings.JIHAT_AUTO_PUBLISH = True
    article = _extracted_article()
    assert steps.article_store(article_id=article.pk).result == "new"
    meeting = Meeting.objects.get()
    assert meeting.kind == "consultation" and meeting.warnings == []
    # Auto-published only when calibration calls every fact confident (tests/events/
    # test_proposals.py tries both sides of the threshold).
    confident = not unconfident_facts(article.extraction)
    assert meeting.status == ("published" if confident else "needs_review")


def test_an_unknown_value_from_the_extractor_is_a_recorded_warning(regions, settings, caplog):
    settings.JIHAT_AUTO_PUBLISH = True  # every fact of this article is confident
    article = _extracted_article()
    extraction = article.extraction
    extraction["meeting"]["kind"] = "summit"
    extraction["officials"][0]["role_code"] = "king"
    extraction["officials"][1]["role_code"] = "emir"
    extraction["figures"][0]["metric"] = "gdp"
    extraction["figures"][0]["scope"] = "planet"
    Article.objects.filter(pk=article.pk).update(extraction=extraction)

    with caplog.at_level(logging.WARNING, logger="events.services.meeting_store"):
        assert steps.article_store(article_id=article.pk).result == "new"

    meeting = Meeting.objects.get()
    # Stored as "other", which the database accepts …
    assert meeting.kind == "other"
    assert sorted(meeting.participations.values_list("role_code", flat=True)) == ["other", "other"]
    assert list(meeting.figures.values_list("metric", "scope")) == [("other", "other")]
    # … and said, once per field, naming the values and the article.
    unknown = {w["field"]: w for w in meeting.warnings if w["code"] == "unknown_value"}
    assert set(unknown) == {
        "meeting.kind",
        "participation.role_code",
        "figure.metric",
        "figure.scope",
    }
    assert unknown["participation.role_code"]["values"] == ["emir", "king"]
    assert unknown["meeting.kind"]["article"] == article.pk
    assert "summit" in unknown["meeting.kind"]["message"]
    # A meeting with a problem waits for a reviewer, even when auto-publish is on.
    assert meeting.status == Meeting.Status.NEEDS_REVIEW
    logged = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("summit" in line for line in logged), logged
