"""What is public is decided only with the publish right, on every path of the admin.

A meeting's `status` and `merged_into` (and an official's `merged_into`) change only through
the review services; an editor who reverts to an old version gets its facts, never its old
decision. Each path is tried by each role, through the real admin views.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from events.models import Meeting, Official
from events.services.staff import meeting_merge, meeting_set_status, official_merge
from tests.factories import MeetingFactory, OfficialFactory, ParticipationFactory

pytestmark = pytest.mark.django_db

ROLES = ["viewer", "editor", "reviewer", "superuser"]
EMPTY_INLINES = {
    **{f"{p}-TOTAL_FORMS": "0" for p in ("participations", "figures", "sources")},
    **{f"{p}-INITIAL_FORMS": "0" for p in ("participations", "figures", "sources")},
}


@pytest.fixture
def login(make_staff, admin_user):
    def client_for(role: str) -> Client:
        client = Client()
        client.force_login(admin_user if role == "superuser" else make_staff(role))
        client.cookies["django_language"] = "en"  # messages are read in English below
        return client

    return client_for


@pytest.fixture
def reviewer_user(make_staff):
    return make_staff("reviewer")


def form_data(meeting: Meeting, **changes) -> dict:
    return {
        "title": meeting.title,
        "kind": meeting.kind,
        "status": meeting.status,
        "programme": meeting.programme,
        "summary": meeting.summary,
        "date": meeting.date.isoformat(),
        "date_precision": meeting.date_precision,
        "date_certain": "on",
        "region": meeting.region_id,
        "city": meeting.city,
        "location": meeting.location.geojson,
        **EMPTY_INLINES,
        **changes,
    }


def revert_url(instance, version) -> str:
    name = f"admin:events_{instance._meta.model_name}_simple_history"
    return reverse(name, args=[instance.pk, version.history_id])


# ------------------------------------------------------------------------------- revert


@pytest.mark.parametrize(
    ("role", "code", "status"),
    [
        ("viewer", 403, "rejected"),
        ("editor", 302, "rejected"),  # the old version's facts, not its old decision
        ("reviewer", 403, "rejected"),  # reviewers decide, they do not edit
        ("superuser", 302, "published"),
    ],
)
def test_revert_restores_an_old_status_only_with_the_publish_right(
    login, reviewer_user, regions, role, code, status
):
    meeting = MeetingFactory(region=regions["MA-01"], status="published", title="Ancien titre")
    published = meeting.history.get()
    meeting_set_status(meeting=meeting, status="rejected", user=reviewer_user)
    meeting.title = "Titre corrigé"
    meeting.save()

    client = login(role)
    old = form_data(meeting, title="Ancien titre", status="published")
    response = client.post(revert_url(meeting, published), old, follow=False)
    assert response.status_code == code
    meeting.refresh_from_db()
    assert meeting.status == status
    assert meeting.title == ("Ancien titre" if code == 302 else "Titre corrigé")
    if role == "editor":
        page = client.get(response["Location"]).content.decode()
        assert "Kept as they are: review status" in page  # the editor is told why


@pytest.mark.parametrize(("role", "code"), [("editor", 302), ("superuser", 302), ("viewer", 403)])
def test_revert_never_undoes_a_merge(login, reviewer_user, regions, role, code):
    target = MeetingFactory(region=regions["MA-01"])
    duplicate = MeetingFactory(region=regions["MA-01"], title="Doublon", status="needs_review")
    before_merge = duplicate.history.get()
    part = ParticipationFactory(meeting=duplicate)
    meeting_merge(target=target, duplicate=duplicate, user=reviewer_user)

    data = form_data(duplicate, title="Doublon revu")
    response = login(role).post(revert_url(duplicate, before_merge), data)
    assert response.status_code == code
    duplicate.refresh_from_db()
    part.refresh_from_db()
    assert duplicate.merged_into == target and part.meeting == target  # still merged, whole
    assert duplicate.title == ("Doublon revu" if code == 302 else "Doublon")


def test_revert_of_an_official_keeps_its_merge(login, reviewer_user):
    target = OfficialFactory(name_latin="Omar Hejira")
    duplicate = OfficialFactory(name_latin="Omar Hjira")
    before_merge = duplicate.history.get()
    official_merge(target=target, duplicate=duplicate, user=reviewer_user)
    data = {
        "name_ar": duplicate.name_ar,
        "name_latin": "Omar Hjira (revu)",
        "needs_review": "",
        "aliases-TOTAL_FORMS": "0",
        "aliases-INITIAL_FORMS": "0",
    }
    response = login("editor").post(revert_url(duplicate, before_merge), data)
    assert response.status_code == 302
    duplicate = Official.objects.get(pk=duplicate.pk)
    assert duplicate.merged_into == target and duplicate.name_latin == "Omar Hjira (revu)"


# ------------------------------------------------------------------- change form and inlines


@pytest.mark.parametrize(
    ("role", "code", "status"),
    [
        ("viewer", 403, "rejected"),
        ("editor", 302, "rejected"),
        ("reviewer", 403, "rejected"),
        ("superuser", 302, "published"),
    ],
)
def test_change_form_and_inlines_change_status_only_with_the_publish_right(
    login, regions, role, code, status
):
    other = MeetingFactory(region=regions["MA-01"])
    meeting = MeetingFactory(region=regions["MA-01"], status="rejected")
    official = OfficialFactory()
    data = form_data(
        meeting,
        status="published",
        merged_into=other.pk,  # read-only for everyone: a forged value is ignored
        **{
            "participations-TOTAL_FORMS": "1",
            "participations-0-official": official.pk,
            "participations-0-role": "والي الجهة",
            "participations-0-role_code": "wali",
        },
    )
    response = login(role).post(reverse("admin:events_meeting_change", args=[meeting.pk]), data)
    assert response.status_code == code
    meeting.refresh_from_db()
    assert (meeting.status, meeting.merged_into_id) == (status, None)
    assert meeting.participations.filter(official=official).exists() == (code == 302)


def test_publishing_a_merged_meeting_is_a_form_error_not_a_500(login, reviewer_user, regions):
    target = MeetingFactory(region=regions["MA-01"])
    duplicate = MeetingFactory(region=regions["MA-01"], status="needs_review")
    meeting_merge(target=target, duplicate=duplicate, user=reviewer_user)
    client = login("superuser")
    url = reverse("admin:events_meeting_change", args=[duplicate.pk])
    response = client.post(url, form_data(duplicate, status="published"))
    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors
    duplicate.refresh_from_db()
    assert duplicate.status == "needs_review"


# ------------------------------------------------------------------------- bulk and one click


@pytest.mark.parametrize(("role", "allowed"), [(r, r in ("reviewer", "superuser")) for r in ROLES])
def test_bulk_actions_and_one_click_decisions_need_the_publish_right(login, regions, role, allowed):
    client = login(role)
    a, b = MeetingFactory.create_batch(2, region=regions["MA-01"], status="needs_review")
    changelist = reverse("admin:events_meeting_changelist")
    for action, expected in (("publish", "published"), ("reject", "rejected")):
        client.post(changelist, {"action": action, "_selected_action": [a.pk, b.pk]})
        statuses = set(Meeting.objects.filter(pk__in=[a.pk, b.pk]).values_list("status", flat=True))
        assert statuses == ({expected} if allowed else {"needs_review"}), action
    c = MeetingFactory(region=regions["MA-01"], status="rejected")
    client.post(changelist, {"action": "mark_for_review", "_selected_action": [c.pk]})
    c.refresh_from_db()
    assert c.status == ("needs_review" if allowed else "rejected")
    decide = reverse("admin:events_meeting_decide", args=[b.pk])
    response = client.post(decide, {"decision": "publish"})
    assert response.status_code == (302 if allowed else 403)
    b.refresh_from_db()
    assert b.status == ("published" if allowed else "needs_review")


# ----------------------------------------------------------------------------- merge, unmerge


@pytest.mark.parametrize(("role", "allowed"), [(r, r in ("reviewer", "superuser")) for r in ROLES])
def test_merge_and_unmerge_need_the_publish_right(login, regions, role, allowed):
    client = login(role)
    target = MeetingFactory(region=regions["MA-01"])
    duplicate = MeetingFactory(region=regions["MA-01"], status="published")
    merge_url = reverse("admin:events_meeting_merge")
    ids = f"{target.pk},{duplicate.pk}"
    response = client.post(merge_url, {"ids": ids, "target": target.pk})
    assert response.status_code == (302 if allowed else 403)
    duplicate.refresh_from_db()
    assert duplicate.merged_into_id == (target.pk if allowed else None)
    if not allowed:  # for the unmerge below, merged by a reviewer
        duplicate.merged_into = target
        duplicate.save()
    changelist = reverse("admin:events_meeting_changelist")
    client.post(changelist, {"action": "unmerge", "_selected_action": [duplicate.pk]})
    duplicate.refresh_from_db()
    assert duplicate.merged_into_id == (None if allowed else target.pk)


def test_the_merge_right_alone_neither_merges_nor_unmerges(make_staff, regions):
    """Merging hides a published meeting, unmerging shows it again: a publish decision."""
    user = make_staff()
    user.user_permissions.set(
        Permission.objects.filter(codename__in=["view_meeting", "merge_meeting"])
    )
    client = Client()
    client.force_login(user)
    target = MeetingFactory(region=regions["MA-01"])
    duplicate = MeetingFactory(region=regions["MA-01"], status="published")
    page = client.get(reverse("admin:events_meeting_changelist")).content.decode()
    assert 'value="merge"' not in page and 'value="unmerge"' not in page
    response = client.post(
        reverse("admin:events_meeting_merge"),
        {"ids": f"{target.pk},{duplicate.pk}", "target": target.pk},
    )
    assert response.status_code == 403
    duplicate.refresh_from_db()
    assert duplicate.merged_into_id is None
