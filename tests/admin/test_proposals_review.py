"""The review of a proposal in the admin: each fact beside the current value and its evidence,
accept some, accept all or reject; only with the publish right."""

from __future__ import annotations

import pytest
from django.urls import reverse

from events.models import Meeting, MeetingProposal
from events.services.staff import meeting_set_status
from tests.events.proposal_data import NEW_FIGURE_KEY, NEW_OFFICIAL, SECOND_AR, UNDATED_AR, stored

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposal(regions, reviewer) -> MeetingProposal:
    stored(UNDATED_AR, "undated.txt")
    meeting_set_status(meeting=Meeting.objects.get(), status="published", user=reviewer)
    stored(SECOND_AR, "second.txt")
    return MeetingProposal.objects.get()


def review_url(proposal: MeetingProposal) -> str:
    return reverse("admin:events_meetingproposal_change", args=[proposal.pk])


def test_the_review_shows_each_fact_beside_the_current_value_and_its_evidence(
    reviewer_client, proposal
):
    reviewer_client.cookies["django_language"] = "en"
    html = reviewer_client.get(review_url(proposal)).content.decode()
    for words in ("current value", "proposed value", "Accept selected", "Accept all", "Reject"):
        assert words in html
    assert "2025-03-13" in html and "الخميس 13 مارس 2025" in html  # the date and its words
    assert NEW_OFFICIAL in html and "1,2 مليار درهم" in html
    assert f'name="fact" value="{NEW_FIGURE_KEY}"' in html
    assert html.count('name="fact"') == len(proposal.facts)


def test_the_proposals_list_is_the_standard_changelist(reviewer_client, proposal):
    response = reviewer_client.get(reverse("admin:events_meetingproposal_changelist"))
    assert response.status_code == 200
    assert str(proposal) in response.content.decode()


def test_the_meeting_page_links_to_its_pending_proposals(senior_client, proposal):
    senior_client.cookies["django_language"] = "en"
    url = reverse("admin:events_meeting_change", args=[proposal.meeting_id])
    html = senior_client.get(url).content.decode()
    assert "1 pending proposal" in html
    assert f"meeting__id__exact={proposal.meeting_id}" in html
    listed = senior_client.get(
        reverse("admin:events_meetingproposal_changelist")
        + f"?meeting__id__exact={proposal.meeting_id}&status__exact=pending"
    )
    assert listed.status_code == 200 and str(proposal) in listed.content.decode()


def test_accept_the_ticked_facts_then_reject_the_rest(reviewer_client, proposal):
    url = review_url(proposal)
    assert (
        reviewer_client.post(url, {"decision": "accept", "fact": [NEW_FIGURE_KEY]}).status_code
        == 302
    )
    proposal.refresh_from_db()
    states = {f["key"]: f["status"] for f in proposal.facts}
    assert states[NEW_FIGURE_KEY] == "accepted" and states["meeting.date"] == "pending"
    assert proposal.meeting.figures.filter(metric="investment").exists()
    assert reviewer_client.post(url, {"decision": "reject"}).status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == "accepted"
    assert {f["status"] for f in proposal.facts} == {"accepted", "rejected"}
    assert proposal.meeting.date is None


def test_an_editor_without_the_publish_right_cannot_decide(editor_client, proposal):
    editor_client.cookies["django_language"] = "en"
    html = editor_client.get(review_url(proposal)).content.decode()
    assert "Accept all" not in html and 'name="fact"' not in html
    for decision in ("accept_all", "reject"):
        assert editor_client.post(review_url(proposal), {"decision": decision}).status_code == 403
    proposal.refresh_from_db()
    assert proposal.status == "pending"
    assert not proposal.meeting.participations.filter(official__name_ar=NEW_OFFICIAL).exists()


def test_proposals_are_neither_added_nor_deleted_by_hand(reviewer_client, proposal):
    assert reviewer_client.get(reverse("admin:events_meetingproposal_add")).status_code == 403
    delete = reverse("admin:events_meetingproposal_delete", args=[proposal.pk])
    assert reviewer_client.post(delete, {"post": "yes"}).status_code == 403
    assert MeetingProposal.objects.filter(pk=proposal.pk).exists()
