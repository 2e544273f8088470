"""events/services/staff.py: staff edits recorded, review decisions, reversible merges."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError

from events.models import ExportFigure, Meeting, MeetingSource, Official, OfficialAlias, Origin
from events.services.staff import (
    alias_staff_save,
    meeting_bulk_set_status,
    meeting_merge,
    meeting_set_status,
    meeting_unmerge,
    official_merge,
    official_unmerge,
    review_fields_keep,
    staff_edit_save,
)
from tests.factories import (
    ArticleFactory,
    ExportFigureFactory,
    MeetingFactory,
    MeetingSourceFactory,
    OfficialAliasFactory,
    OfficialFactory,
    ParticipationFactory,
)

pytestmark = pytest.mark.django_db


def test_staff_edit_marks_changed_facts_and_keeps_earlier_ones(regions, editor):
    meeting = MeetingFactory(region=regions["MA-01"], staff_edited_fields=["city"])
    meeting.title = "Corrigé"
    meeting.summary = "nouveau résumé"
    staff_edit_save(instance=meeting, changed_fields=["title"], user=editor)
    meeting.refresh_from_db()
    # title from the form, summary from the diff with the stored row, city kept from before
    assert meeting.staff_edited_fields == ["city", "summary", "title"]
    assert meeting.origin == Origin.MACHINE
    assert meeting.history.first().history_user == editor


def test_staff_edit_ignores_bookkeeping_fields(regions, editor):
    meeting = MeetingFactory(region=regions["MA-01"])
    staff_edit_save(
        instance=meeting, changed_fields=["origin", "confidence", "updated_at"], user=editor
    )
    assert meeting.staff_edited_fields == []


def test_a_row_created_by_staff_has_origin_staff(regions, editor):
    meeting = staff_edit_save(
        instance=Meeting(region=regions["MA-09"], city="Agadir", kind="consultation"),
        changed_fields=["region", "city", "kind"],
        user=editor,
    )
    assert meeting.origin == Origin.STAFF
    assert meeting.is_staff_owned("date")  # staff-made: machines leave every field alone
    assert meeting.status == Meeting.Status.NEEDS_REVIEW


def test_publish_needs_the_publish_permission(regions, editor, reviewer):
    meeting = MeetingFactory(region=regions["MA-01"], status="needs_review")
    with pytest.raises(PermissionDenied):
        meeting_set_status(meeting=meeting, status="published", user=editor)
    meeting_set_status(meeting=meeting, status="published", user=reviewer)
    meeting.refresh_from_db()
    assert meeting.status == "published"
    assert "status" in meeting.staff_edited_fields  # ingestion must not undo the decision
    assert meeting.history.first().history_user == reviewer


def test_bulk_status_skips_merged_meetings_and_counts(regions, reviewer):
    a, b = MeetingFactory.create_batch(2, region=regions["MA-01"], status="needs_review")
    merged = MeetingFactory(region=regions["MA-01"], status="needs_review", merged_into=a)
    count = meeting_bulk_set_status(
        meetings=Meeting.objects.all(), status="published", user=reviewer
    )
    assert count == 2
    merged.refresh_from_db()
    assert merged.status == "needs_review"
    assert set(Meeting.objects.published()) == {a, b}


def test_a_merged_meeting_cannot_be_published(regions, reviewer):
    target = MeetingFactory(region=regions["MA-01"])
    dup = MeetingFactory(region=regions["MA-01"], status="needs_review", merged_into=target)
    with pytest.raises(ValidationError):
        meeting_set_status(meeting=dup, status="published", user=reviewer)


def test_meeting_merge_moves_facts_links_sources_and_unmerge_restores(regions, reviewer):
    region = regions["MA-09"]
    target = MeetingFactory(region=region)
    dup = MeetingFactory(region=region, status="needs_review")
    shared_person = OfficialFactory()
    ParticipationFactory(meeting=target, official=shared_person)
    kept_part = ParticipationFactory(meeting=dup, official=shared_person)  # target has them
    moved_part = ParticipationFactory(meeting=dup)
    ExportFigureFactory(meeting=target, amount_mad=Decimal("100"))
    same_figure = ExportFigureFactory(meeting=dup, amount_mad=Decimal("100"))
    moved_figure = ExportFigureFactory(meeting=dup, amount_mad=Decimal("200"))
    both = ArticleFactory()
    MeetingSourceFactory(meeting=target, article=both)
    MeetingSourceFactory(meeting=dup, article=both)
    only_dup = MeetingSourceFactory(
        meeting=dup, evidence={"date": {"start": 0, "end": 3, "text": "abc"}}
    )

    result = meeting_merge(target=target, duplicate=dup, user=reviewer)

    assert (result.moved, result.linked, result.kept) == (2, 1, 2)
    dup.refresh_from_db()
    assert dup.merged_into == target
    assert set(target.participations.values_list("pk", flat=True)) >= {moved_part.pk}
    assert set(target.figures.all()) >= {moved_figure}
    assert set(target.articles.all()) == {both, only_dup.article}  # every source kept
    copied = target.sources.get(article=only_dup.article)
    assert copied.evidence == only_dup.evidence
    assert set(dup.participations.all()) == {kept_part}
    assert set(dup.figures.all()) == {same_figure}
    assert dup not in Meeting.objects.published()

    meeting_unmerge(duplicate=dup, user=reviewer)

    dup.refresh_from_db()
    assert dup.merged_into is None
    assert set(dup.participations.all()) == {kept_part, moved_part}
    assert set(dup.figures.all()) == {same_figure, moved_figure}
    assert set(target.articles.all()) == {both}
    assert MeetingSource.objects.filter(meeting=dup).count() == 2
    reasons = list(dup.history.values_list("history_change_reason", flat=True)[:2])
    assert reasons == [
        f"unmerge meeting {dup.pk} from {target.pk}",
        f"merge meeting {dup.pk} into {target.pk}",
    ]


def test_merge_twice_and_undo_the_second_time(regions, reviewer):
    target = MeetingFactory(region=regions["MA-09"])
    dup = MeetingFactory(region=regions["MA-09"])
    part = ParticipationFactory(meeting=dup)
    for _ in range(2):
        meeting_merge(target=target, duplicate=dup, user=reviewer)
        part.refresh_from_db()
        assert part.meeting == target
        meeting_unmerge(duplicate=dup, user=reviewer)
        part.refresh_from_db()
        assert part.meeting == dup


def test_merge_refuses_bad_pairs_and_needs_permission(regions, editor, reviewer):
    a = MeetingFactory(region=regions["MA-01"])
    b = MeetingFactory(region=regions["MA-01"])
    with pytest.raises(PermissionDenied):
        meeting_merge(target=a, duplicate=b, user=editor)
    with pytest.raises(ValidationError):
        meeting_merge(target=a, duplicate=a, user=reviewer)
    meeting_merge(target=a, duplicate=b, user=reviewer)
    c = MeetingFactory(region=regions["MA-01"])
    with pytest.raises(ValidationError):
        meeting_merge(target=b, duplicate=c, user=reviewer)  # b is merged away
    with pytest.raises(ValidationError):
        meeting_unmerge(duplicate=c, user=reviewer)  # c is not merged


def test_official_merge_copies_aliases_moves_participations_and_undoes(regions, reviewer):
    target = OfficialFactory(name_latin="Omar Hejira")
    dup = OfficialFactory(name_latin="Omar Hjira", needs_review=True)
    OfficialAliasFactory(official=target, alias="عمر حجيرة", normalized="عمر حجيره")
    OfficialAliasFactory(official=dup, alias="عمر حجيرة", normalized="عمر حجيره")
    OfficialAliasFactory(official=dup, alias="Omar Hjira", normalized="omar hjira")
    meeting_a = MeetingFactory(region=regions["MA-01"])
    meeting_b = MeetingFactory(region=regions["MA-02"])
    ParticipationFactory(meeting=meeting_a, official=target)
    clash = ParticipationFactory(meeting=meeting_a, official=dup)
    moved = ParticipationFactory(meeting=meeting_b, official=dup)

    result = official_merge(target=target, duplicate=dup, user=reviewer)

    assert (result.moved, result.linked, result.kept) == (1, 1, 1)
    assert set(target.aliases.values_list("normalized", flat=True)) == {"عمر حجيره", "omar hjira"}
    assert dup.aliases.count() == 2  # the duplicate keeps its spellings (ingestion follows it)
    moved.refresh_from_db()
    assert moved.official == target
    dup.refresh_from_db()
    assert dup.merged_into == target

    official_unmerge(duplicate=dup, user=reviewer)

    moved.refresh_from_db()
    clash.refresh_from_db()
    assert moved.official == dup and clash.official == dup
    assert list(target.aliases.values_list("normalized", flat=True)) == ["عمر حجيره"]
    assert Official.objects.get(pk=dup.pk).merged_into is None
    assert OfficialAlias.objects.filter(official=dup).count() == 2


def test_figure_and_participation_history_names_the_merge(regions, reviewer):
    target = MeetingFactory(region=regions["MA-01"])
    dup = MeetingFactory(region=regions["MA-01"])
    figure = ExportFigureFactory(meeting=dup)
    meeting_merge(target=target, duplicate=dup, user=reviewer)
    record = ExportFigure.history.filter(id=figure.pk).first()
    assert record.history_change_reason == f"merge meeting {dup.pk} into {target.pk}"
    assert record.history_user == reviewer


def test_a_regional_figure_entered_in_a_meeting_gets_its_region(regions, editor):
    meeting = MeetingFactory(region=regions["MA-09"])
    figure = staff_edit_save(
        instance=ExportFigure(
            meeting=meeting, amount_mad=Decimal(1), metric="exports", scope="region"
        ),
        user=editor,
    )
    assert figure.region == regions["MA-09"]
    national = staff_edit_save(
        instance=ExportFigure(
            meeting=meeting, amount_mad=Decimal(2), metric="exports", scope="national"
        ),
        user=editor,
    )
    assert national.region is None


# --- issue 13: what is public is decided with the publish right only --------------------------


def test_an_edit_changes_the_status_only_with_the_publish_right(regions, editor, senior):
    meeting = MeetingFactory(region=regions["MA-01"], status="rejected")
    meeting.status = "published"  # as a revert of an old version builds it
    with pytest.raises(PermissionDenied):
        staff_edit_save(instance=meeting, user=editor)
    with pytest.raises(PermissionDenied):
        staff_edit_save(instance=meeting, user=None)  # no user, no right
    assert Meeting.objects.get(pk=meeting.pk).status == "rejected"
    staff_edit_save(instance=meeting, user=senior)
    assert Meeting.objects.get(pk=meeting.pk).status == "published"
    with pytest.raises(PermissionDenied):  # nor is a row created already decided
        staff_edit_save(instance=Meeting(region=regions["MA-01"], status="published"), user=editor)


def test_an_edit_never_merges_or_unmerges(regions, admin_user, reviewer):
    target = MeetingFactory(region=regions["MA-01"])
    meeting = MeetingFactory(region=regions["MA-01"])
    meeting.merged_into = target
    with pytest.raises(ValidationError):
        staff_edit_save(instance=meeting, user=admin_user)
    duplicate = OfficialFactory()
    official_merge(target=OfficialFactory(), duplicate=duplicate, user=reviewer)
    duplicate.merged_into = None
    with pytest.raises(ValidationError):
        staff_edit_save(instance=duplicate, user=admin_user)


def test_review_fields_keep_puts_back_what_the_user_may_not_change(regions, editor, admin_user):
    target = MeetingFactory(region=regions["MA-01"])
    stored = MeetingFactory(region=regions["MA-01"], status="rejected", merged_into=target)
    old = Meeting.objects.get(pk=stored.pk)
    old.status, old.merged_into, old.title = "published", None, "Ancien"
    assert review_fields_keep(instance=old, user=editor) == ["merged_into", "status"]
    assert (old.status, old.merged_into_id, old.title) == ("rejected", target.pk, "Ancien")
    old.status, old.merged_into = "needs_review", None
    assert review_fields_keep(instance=old, user=admin_user) == ["merged_into"]
    assert old.status == "needs_review"  # a superuser may decide


def test_merge_and_unmerge_of_meetings_need_the_publish_right_too(regions, make_staff):
    merger = make_staff()
    merger.user_permissions.set(Permission.objects.filter(codename="merge_meeting"))
    a, b = MeetingFactory.create_batch(2, region=regions["MA-01"])
    with pytest.raises(PermissionDenied):
        meeting_merge(target=a, duplicate=b, user=merger)
    b.merged_into = a
    b.save()
    with pytest.raises(PermissionDenied):
        meeting_unmerge(duplicate=b, user=merger)


def test_names_and_titles_typed_by_staff_lose_bidi_controls(regions, editor):
    official = staff_edit_save(
        instance=Official(name_ar="عمر\u202e حجيرة", name_latin="\u2066Omar Hejira\u2069"),
        user=editor,
    )
    assert (official.name_ar, official.name_latin) == ("عمر حجيرة", "Omar Hejira")
    meeting = MeetingFactory(region=regions["MA-01"])
    meeting.title = "لقاء\u202b تشاوري"
    meeting.city = "\u202dOujda"
    staff_edit_save(instance=meeting, user=editor)
    meeting.refresh_from_db()
    assert (meeting.title, meeting.city) == ("لقاء تشاوري", "Oujda")
    alias = alias_staff_save(
        alias=OfficialAlias(official=official, alias="\u2067Hjira\u2069", normalized="hjira")
    )
    assert alias.alias == "Hjira"
