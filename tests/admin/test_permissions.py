"""What viewer, editor, reviewer and anonymous visitors may and may not do."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.test import Client
from django.urls import NoReverseMatch, reverse

from events.models import Meeting
from tests.factories import MeetingFactory, OfficialFactory

pytestmark = pytest.mark.django_db


def test_the_migration_made_three_groups():
    groups = {
        g.name: {f"{p.content_type.app_label}.{p.codename}" for p in g.permissions.all()}
        for g in Group.objects.prefetch_related("permissions__content_type")
    }
    assert set(groups) >= {"viewer", "editor", "reviewer"}
    assert all(p.split(".")[1].startswith("view_") for p in groups["viewer"])
    assert "events.change_meeting" in groups["editor"]
    assert "events.publish_meeting" not in groups["editor"]
    assert {"events.publish_meeting", "events.merge_meeting", "events.merge_official"} <= groups[
        "reviewer"
    ]
    assert "events.change_meeting" not in groups["reviewer"]
    assert "events.delete_meeting" not in groups["editor"] | groups["reviewer"]


@pytest.fixture
def meeting(regions):
    return MeetingFactory(region=regions["MA-09"], status="needs_review", title="Avant")


def _post_change(client, meeting, **changes):
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
        **{f"{p}-TOTAL_FORMS": "0" for p in ("participations", "figures", "sources")},
        **{f"{p}-INITIAL_FORMS": "0" for p in ("participations", "figures", "sources")},
        **changes,
    }
    return client.post(reverse("admin:events_meeting_change", args=[meeting.pk]), data)


def _action(client, action, *meetings):
    return client.post(
        reverse("admin:events_meeting_changelist"),
        {"action": action, "_selected_action": [m.pk for m in meetings]},
    )


def test_anonymous_gets_no_admin(client, meeting):
    for url in [
        "/admin/",
        reverse("admin:events_meeting_changelist"),
        reverse("admin:events_meeting_review"),
        reverse("admin:events_meeting_change", args=[meeting.pk]),
        reverse("admin:events_article_submit"),
        reverse("admin:events_article_status"),
    ]:
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url
    response = client.post(
        reverse("admin:events_meeting_decide", args=[meeting.pk]), {"decision": "publish"}
    )
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    meeting.refresh_from_db()
    assert meeting.status == "needs_review"


def test_a_user_not_marked_staff_gets_no_admin(make_staff, meeting):
    client = Client()
    client.force_login(make_staff("editor", "reviewer", is_staff=False))
    response = client.get(reverse("admin:events_meeting_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def _body(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8-sig")
    return response.content.decode()


def test_anonymous_sees_no_unpublished_meeting(client, regions):
    published = MeetingFactory(region=regions["MA-01"], title="Publiée")
    hidden = [
        MeetingFactory(region=regions["MA-01"], status=s, title=f"Cachée {s}")
        for s in ("needs_review", "rejected")
    ]
    hidden.append(
        MeetingFactory(region=regions["MA-01"], merged_into=published, title="Cachée fusionnée")
    )

    assert list(Meeting.objects.visible_to(AnonymousUser())) == [published]
    assert list(Meeting.objects.published()) == [published]
    # The public API lists the published meeting and none of the others.
    body = client.get("/api/meetings/").content.decode()
    assert published.title in body
    for meeting in hidden:
        assert meeting.title not in body
    for url in [
        "/fr/",
        "/regions.geojson",
        "/api/figures/",
        "/api/stats/",
        "/api/meetings/?format=csv",
        "/api/meetings/?format=geojson",
        "/api/figures/?format=csv",
        "/api/officials/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        body = _body(response)
        for meeting in hidden:
            assert meeting.title not in body, url
    exported = _body(client.get("/api/meetings/?format=csv"))
    assert published.title in exported  # the export is not empty: the check above means it
    # A hidden meeting's public page (when the dashboard has one) does not exist for anonymous;
    # a merged one may send the visitor on to the published meeting it was merged into.
    try:
        target_url = reverse("meeting-detail", kwargs={"pk": published.pk})
    except NoReverseMatch:
        return
    for meeting in hidden:
        response = client.get(reverse("meeting-detail", kwargs={"pk": meeting.pk}))
        if meeting.merged_into_id:
            assert response.status_code == 404 or response["Location"] == target_url
        else:
            assert response.status_code == 404


def test_viewer_reads_but_changes_nothing(viewer_client, meeting):
    assert viewer_client.get(reverse("admin:events_meeting_changelist")).status_code == 200
    assert viewer_client.get(reverse("admin:events_meeting_review")).status_code == 200
    change_url = reverse("admin:events_meeting_change", args=[meeting.pk])
    html = viewer_client.get(change_url).content.decode()
    assert 'name="_save"' not in html  # view-only form
    assert viewer_client.get(reverse("admin:events_meeting_add")).status_code == 403
    assert _post_change(viewer_client, meeting, title="Pirate").status_code == 403
    assert viewer_client.get(reverse("admin:events_article_submit")).status_code == 403
    response = viewer_client.post(
        reverse("admin:events_meeting_decide", args=[meeting.pk]), {"decision": "publish"}
    )
    assert response.status_code == 403
    # no bulk actions offered, and a forged one changes nothing
    page = viewer_client.get(reverse("admin:events_meeting_changelist")).content.decode()
    assert 'value="publish"' not in page
    _action(viewer_client, "publish", meeting)
    meeting.refresh_from_db()
    assert (meeting.title, meeting.status) == ("Avant", "needs_review")
    # history readable, revert not offered
    history = viewer_client.get(reverse("admin:events_meeting_history", args=[meeting.pk]))
    assert history.status_code == 200


def test_editor_corrects_but_does_not_publish(editor_client, meeting):
    response = _post_change(editor_client, meeting, title="Après", status="published")
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.title == "Après"
    assert meeting.status == "needs_review"  # status is read-only for editors
    assert "title" in meeting.staff_edited_fields
    page = editor_client.get(reverse("admin:events_meeting_changelist")).content.decode()
    assert 'value="publish"' not in page and 'value="merge"' not in page
    _action(editor_client, "publish", meeting)
    meeting.refresh_from_db()
    assert meeting.status == "needs_review"
    response = editor_client.post(
        reverse("admin:events_meeting_decide", args=[meeting.pk]), {"decision": "publish"}
    )
    assert response.status_code == 403
    assert editor_client.get(reverse("admin:events_meeting_merge")).status_code == 403
    assert (
        editor_client.post(
            reverse("admin:events_meeting_delete", args=[meeting.pk]), {"post": "yes"}
        ).status_code
        == 403
    )


def test_reviewer_publishes_rejects_merges_but_does_not_edit(reviewer_client, meeting, regions):
    other = MeetingFactory(region=regions["MA-09"], status="needs_review")
    page = reviewer_client.get(reverse("admin:events_meeting_changelist")).content.decode()
    for action in ("publish", "reject", "mark_for_review", "merge", "unmerge"):
        assert f'value="{action}"' in page
    assert _post_change(reviewer_client, meeting, title="Réécrite").status_code == 403
    _action(reviewer_client, "publish", meeting)
    _action(reviewer_client, "reject", other)
    meeting.refresh_from_db()
    other.refresh_from_db()
    assert (meeting.status, other.status) == ("published", "rejected")
    _action(reviewer_client, "mark_for_review", meeting, other)
    assert set(Meeting.objects.values_list("status", flat=True)) == {"needs_review"}
    official = OfficialFactory()
    response = reviewer_client.get(reverse("admin:events_official_change", args=[official.pk]))
    assert 'name="_save"' not in response.content.decode()


def test_superuser_has_the_review_permissions(admin_user):
    assert admin_user.has_perm("events.publish_meeting")
    assert admin_user.has_perm("events.merge_official")
