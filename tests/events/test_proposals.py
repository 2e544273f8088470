"""New machine facts on a published meeting wait for a reviewer (issue 15 § 1).

What the public sees (API, CSV, GeoJSON, pages) changes only when a person with the publish
right accepts a proposal, unless JIHAT_AUTO_PUBLISH covers every fact by calibrated confidence.
"""

from __future__ import annotations

import io
import json

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from events.extraction.calibration import PUBLISH_THRESHOLD
from events.models import Article, Meeting, MeetingProposal, MeetingSource, Official
from events.selectors.proposals import (
    meetings_with_pending_proposals,
    proposal_pending_count,
    proposal_pending_list,
)
from events.services import steps
from events.services.proposals import proposal_accept, proposal_reject
from events.services.staff import meeting_set_status
from tests.events.news_server import FIXTURES
from tests.events.proposal_data import (
    NEW_FIGURE_KEY,
    NEW_OFFICIAL,
    SECOND_AR,
    UNDATED_AR,
    confident,
    extracted,
    public_urls,
    public_version,
    staff,
    stored,
)

HIGH = min(1.0, round(PUBLISH_THRESHOLD + 0.04, 3))


def ingest(*paths: str) -> str:
    out = io.StringIO()
    call_command("ingest", *paths, "--no-progress", "--timeout", "120", stdout=out)
    return out.getvalue()


def published_meeting(reviewer) -> Meeting:
    stored(UNDATED_AR, "undated.txt")
    meeting = Meeting.objects.get()
    assert meeting.date is None
    return meeting_set_status(meeting=meeting, status="published", user=reviewer)


def api_meeting(meeting: Meeting) -> dict:
    rows = json.loads(Client().get("/api/meetings/").content)["results"]
    return next(row for row in rows if row["id"] == meeting.pk)


# ------------------------------------------------------------------- through the real worker


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_second_report_changes_nothing_public_until_a_reviewer_accepts(
    celery_worker, regions, tmp_path
):
    reviewer = staff("viewer", "reviewer")
    (tmp_path / "undated.txt").write_text(UNDATED_AR, encoding="utf-8")
    (tmp_path / "second.txt").write_text(SECOND_AR, encoding="utf-8")
    assert "1 new" in ingest(str(tmp_path / "undated.txt"))
    meeting = meeting_set_status(meeting=Meeting.objects.get(), status="published", user=reviewer)
    urls = public_urls(meeting)
    before = public_version(urls)

    assert "1 merged" in ingest(str(tmp_path / "second.txt"))

    # Byte for byte, every public answer is what it was; the new person has no public page.
    assert public_version(urls) == before
    newcomer = Official.objects.get(name_ar=NEW_OFFICIAL)
    assert Client().get(f"/fr/officials/{newcomer.pk}/").status_code == 404
    second = Article.objects.get(source_ref__endswith="second.txt")
    assert second.status == Article.Status.DONE
    assert not MeetingSource.objects.filter(article=second).exists()
    # The reviewer finds it: one pending proposal, beside the current values, with evidence.
    proposal = proposal_pending_list().get()
    assert (proposal.meeting_id, proposal.article_id) == (meeting.pk, second.pk)
    assert list(meetings_with_pending_proposals()) == [meeting]
    assert proposal_pending_count() == 1
    facts = {fact["key"]: fact for fact in proposal.facts}
    assert {"meeting.date", f"official:{newcomer.pk}", NEW_FIGURE_KEY, "source"} <= set(facts)
    assert facts["meeting.date"]["current"] is None
    assert facts["meeting.date"]["proposed"].startswith("2025-03-13")
    assert facts["meeting.date"]["evidence"]["text"] == "الخميس 13 مارس 2025"
    assert facts[NEW_FIGURE_KEY]["evidence"]["text"] == "1,2 مليار درهم"

    client = Client()
    client.force_login(reviewer)
    url = reverse("admin:events_meetingproposal_change", args=[proposal.pk])
    assert client.post(url, {"decision": "accept_all"}).status_code == 302

    after = public_version(urls)
    changed = {u for u in urls if after[u] != before[u]}
    assert {"/api/meetings/", f"/fr/meetings/{meeting.pk}/", "/fr/regions/MA-02/"} <= changed
    row = api_meeting(meeting)
    assert row["date"] == "2025-03-13"
    assert NEW_OFFICIAL in {o["name_ar"] for o in row["officials"]}
    assert "1200000000.00" in {f["amount_mad"] for f in row["figures"]}
    assert second.pk in {s["id"] for s in row["sources"]}
    page = Client().get(f"/fr/meetings/{meeting.pk}/").content.decode()
    assert NEW_OFFICIAL in page and "1,2 مليار درهم" in page
    assert Client().get(f"/fr/officials/{newcomer.pk}/").status_code == 200
    proposal.refresh_from_db()
    assert proposal.status == "accepted" and proposal.decided_by == reviewer
    # The history says who accepted what, and from which article.
    record = Meeting.history.filter(id=meeting.pk).latest("history_date")
    assert record.history_user == reviewer and f"proposal {proposal.pk}" in (
        record.history_change_reason or ""
    )
    assert proposal_pending_count() == 0


# ------------------------------------------------------------------------------- in-process


@pytest.mark.django_db
def test_a_report_that_only_repeats_known_facts_adds_its_source_without_review(regions):
    reviewer = staff("reviewer")
    stored((FIXTURES / "oriental_ar.txt").read_text(encoding="utf-8"), "ar.txt")
    meeting = meeting_set_status(meeting=Meeting.objects.get(), status="published", user=reviewer)
    french = stored((FIXTURES / "oriental_fr.txt").read_text(encoding="utf-8"), "fr.txt")
    assert not MeetingProposal.objects.exists()
    assert meeting.sources.filter(article=french).exists()
    assert french.pk in {s["id"] for s in api_meeting(meeting)["sources"]}


@pytest.mark.django_db
def test_a_rejected_proposal_leaves_the_public_version_as_it_was(regions):
    reviewer = staff("viewer", "reviewer")
    meeting = published_meeting(reviewer)
    urls = public_urls(meeting)
    before = public_version(urls)
    second = stored(SECOND_AR, "second.txt")
    proposal = MeetingProposal.objects.get()
    proposal_reject(proposal=proposal, user=reviewer)
    proposal.refresh_from_db()
    assert proposal.status == "rejected" and {f["status"] for f in proposal.facts} == {"rejected"}
    assert public_version(urls) == before
    meeting.refresh_from_db()
    assert meeting.date is None and not meeting.sources.filter(article=second).exists()
    assert proposal_accept(proposal=proposal, user=reviewer).status == "rejected"  # decided


@pytest.mark.django_db
def test_facts_are_accepted_one_by_one(regions):
    reviewer = staff("reviewer")
    meeting = published_meeting(reviewer)
    second = stored(SECOND_AR, "second.txt")
    proposal = MeetingProposal.objects.get()

    proposal_accept(proposal=proposal, user=reviewer, keys=[NEW_FIGURE_KEY])
    proposal.refresh_from_db()
    assert proposal.status == "pending"
    states = {f["key"]: f["status"] for f in proposal.facts}
    assert states[NEW_FIGURE_KEY] == states["source"] == "accepted"  # the figure quotes it
    assert states["meeting.date"] == "pending"
    row = api_meeting(meeting)
    assert "1200000000.00" in {f["amount_mad"] for f in row["figures"]}
    assert row["date"] is None and NEW_OFFICIAL not in {o["name_ar"] for o in row["officials"]}
    assert second.pk in {s["id"] for s in row["sources"]}
    figure = meeting.figures.get(metric="investment")
    assert figure.origin == "machine" and figure.evidence_text == "1,2 مليار درهم"
    assert figure.history.latest("history_date").history_user == reviewer

    proposal_accept(proposal=proposal, user=reviewer, keys=["meeting.date"])
    meeting.refresh_from_db()
    assert str(meeting.date) == "2025-03-13" and "date" in meeting.staff_edited_fields
    proposal_reject(proposal=proposal, user=reviewer)
    proposal.refresh_from_db()
    assert proposal.status == "accepted"  # partly: the rest was turned down
    assert NEW_OFFICIAL not in {o["name_ar"] for o in api_meeting(meeting)["officials"]}


@pytest.mark.django_db
def test_without_the_publish_right_nobody_accepts_or_rejects(regions):
    reviewer = staff("reviewer")
    published_meeting(reviewer)
    stored(SECOND_AR, "second.txt")
    proposal = MeetingProposal.objects.get()
    for user in (staff("editor"), staff("viewer")):
        with pytest.raises(PermissionDenied):
            proposal_accept(proposal=proposal, user=user)
        with pytest.raises(PermissionDenied):
            proposal_reject(proposal=proposal, user=user)
    proposal.refresh_from_db()
    assert proposal.status == "pending"


@pytest.mark.django_db
def test_a_redelivered_store_task_proposes_nothing_twice(regions):
    reviewer = staff("reviewer")
    published_meeting(reviewer)
    second = stored(SECOND_AR, "second.txt")
    Article.objects.filter(pk=second.pk).update(status=Article.Status.PROCESSING)
    steps.article_store(article_id=second.pk)
    assert MeetingProposal.objects.count() == 1


@pytest.mark.django_db
def test_an_unpublished_meeting_takes_a_second_report_at_once(regions):
    stored(UNDATED_AR, "undated.txt")
    stored(SECOND_AR, "second.txt")
    meeting = Meeting.objects.get()
    assert meeting.status == "needs_review" and str(meeting.date) == "2025-03-13"
    assert meeting.participations.filter(official__name_ar=NEW_OFFICIAL).exists()
    assert not MeetingProposal.objects.exists()


# ---------------------------------------------------------------- calibrated auto-publish


@pytest.mark.django_db
@pytest.mark.parametrize(("low", "status"), [("", "published"), ("meeting.date", "needs_review")])
def test_auto_publish_takes_a_new_meeting_only_when_every_fact_is_confident(
    regions, settings, low, status
):
    settings.JIHAT_AUTO_PUBLISH = True
    article = extracted(SECOND_AR, "second.txt")
    steps_store(article, confident(article.extraction, HIGH, low=low))
    assert Meeting.objects.get().status == status


@pytest.mark.django_db
def test_auto_publish_waits_for_review_when_the_report_has_a_warning(regions, settings):
    settings.JIHAT_AUTO_PUBLISH = True
    article = extracted(SECOND_AR, "second.txt")
    changes = confident(article.extraction, HIGH)
    warning = {"code": "year_inferred", "field": "meeting.date", "message": "year guessed"}
    steps_store(article, {**changes, "warnings": [warning]})
    assert Meeting.objects.get().status == "needs_review"


@pytest.mark.django_db
@pytest.mark.parametrize(("low", "held"), [("", False), ("officials[0]", True)])
def test_auto_publish_applies_a_proposal_only_when_its_facts_are_confident(
    regions, settings, low, held
):
    """officials[0] of the second report is the new official: a fact the proposal concerns."""
    reviewer = staff("reviewer")
    meeting = published_meeting(reviewer)
    settings.JIHAT_AUTO_PUBLISH = True
    article = extracted(SECOND_AR, "second.txt")
    assert article.extraction["officials"][0]["name"] == NEW_OFFICIAL
    steps_store(article, confident(article.extraction, HIGH, low=low))
    assert MeetingProposal.objects.exists() is held
    row = api_meeting(meeting)
    assert (NEW_OFFICIAL in {o["name_ar"] for o in row["officials"]}) is not held
    assert (row["date"] == "2025-03-13") is not held


@pytest.mark.django_db
def test_auto_publish_never_changes_a_published_value(regions, settings):
    """Another city for a published meeting is a disagreement: a person decides, however sure.

    (Same day, so the report is about this meeting: on another day another city is another
    meeting, see tests/events/test_meeting_match.py.)"""
    reviewer = staff("reviewer")
    meeting = published_meeting(reviewer)
    settings.JIHAT_AUTO_PUBLISH = True
    article = extracted(SECOND_AR.replace("بوجدة", "بالناظور", 1), "nador.txt")
    changes = confident(article.extraction, HIGH)
    changes["meeting"] = {**changes["meeting"], "city": "Nador"}
    Meeting.objects.filter(pk=meeting.pk).update(date=changes["meeting"]["date"])
    steps_store(article, changes)
    proposal = MeetingProposal.objects.get()
    city = next(f for f in proposal.facts if f["key"] == "meeting.city")
    assert (city["current"], city["proposed"], city["change"]) == ("Oujda", "Nador", "change")
    assert any(w["code"] == "conflicting_report" for w in proposal.warnings)
    assert api_meeting(meeting)["city"] == "Oujda"


def steps_store(article: Article, changes: dict) -> None:
    Article.objects.filter(pk=article.pk).update(extraction={**article.extraction, **changes})
    assert steps.article_store(article_id=article.pk) is not None
