"""Merging from the change lists: pick two, choose the one kept, undo with an action."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories import MeetingFactory, OfficialFactory, ParticipationFactory

pytestmark = pytest.mark.django_db


def test_merge_two_meetings_and_undo(reviewer_client, regions):
    keep = MeetingFactory(region=regions["MA-09"])
    dup = MeetingFactory(region=regions["MA-09"], status="needs_review")
    part = ParticipationFactory(meeting=dup)
    changelist = reverse("admin:events_meeting_changelist")
    response = reviewer_client.post(
        changelist, {"action": "merge", "_selected_action": [keep.pk, dup.pk]}
    )
    assert response.status_code == 302
    confirm = response["Location"]
    page = reviewer_client.get(confirm)
    assert page.status_code == 200 and len(page.context["rows"]) == 2
    response = reviewer_client.post(
        reverse("admin:events_meeting_merge"), {"ids": f"{keep.pk},{dup.pk}", "target": keep.pk}
    )
    assert response["Location"] == reverse("admin:events_meeting_change", args=[keep.pk])
    dup.refresh_from_db()
    part.refresh_from_db()
    assert dup.merged_into == keep and part.meeting == keep

    reviewer_client.post(changelist, {"action": "unmerge", "_selected_action": [dup.pk]})
    dup.refresh_from_db()
    part.refresh_from_db()
    assert dup.merged_into is None and part.meeting == dup


def test_merge_needs_exactly_two(reviewer_client, regions):
    rows = MeetingFactory.create_batch(3, region=regions["MA-09"])
    reviewer_client.cookies["django_language"] = "en"  # the message is checked in English
    response = reviewer_client.post(
        reverse("admin:events_meeting_changelist"),
        {"action": "merge", "_selected_action": [m.pk for m in rows]},
        follow=True,
    )
    assert "exactly two" in response.content.decode()
    assert all(m.merged_into_id is None for m in rows)


def test_merge_two_officials_and_undo(reviewer_client, regions):
    keep, dup = OfficialFactory(), OfficialFactory()
    part = ParticipationFactory(official=dup, meeting=MeetingFactory(region=regions["MA-01"]))
    response = reviewer_client.post(
        reverse("admin:events_official_changelist"),
        {"action": "merge", "_selected_action": [keep.pk, dup.pk]},
    )
    assert response["Location"].startswith(reverse("admin:events_official_merge"))
    reviewer_client.post(
        reverse("admin:events_official_merge"), {"ids": f"{keep.pk},{dup.pk}", "target": keep.pk}
    )
    part.refresh_from_db()
    dup.refresh_from_db()
    assert part.official == keep and dup.merged_into == keep
    reviewer_client.post(
        reverse("admin:events_official_changelist"),
        {"action": "unmerge", "_selected_action": [dup.pk]},
    )
    part.refresh_from_db()
    assert part.official == dup


def test_editor_cannot_merge(editor_client, regions):
    a, b = MeetingFactory.create_batch(2, region=regions["MA-09"])
    response = editor_client.post(
        reverse("admin:events_meeting_merge"), {"ids": f"{a.pk},{b.pk}", "target": a.pk}
    )
    assert response.status_code == 403
    b.refresh_from_db()
    assert b.merged_into is None
