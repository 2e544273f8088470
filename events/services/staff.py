"""What staff do in the admin: record their edits, decide what goes public, merge and unmerge.

The admin classes stay declarative and call these functions. Three rules live here:

- Every field a person saves is added to `staff_edited_fields` (rows a person creates get
  `origin="staff"`), so ingestion (events/services/meeting_store.py) never overwrites it.
- What is public is decided only with the publish right: a meeting's `status` and
  `merged_into` change through `meeting_set_status`, `meeting_merge` and `meeting_unmerge`,
  which need it, and through `staff_edit_save` never without it, however the row was built
  (change form, inline, History → Revert of an old version).
- Merges are reversible. Moved participations and figures carry a history change reason naming
  the merge (`merge meeting 12 into 7`), so `meeting_unmerge` finds exactly the rows to move back;
  sources and aliases are copied onto the target and the duplicate keeps its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from axes.backends import AxesStandaloneBackend
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import CharField, QuerySet, TextField
from django.utils.translation import gettext as _

from events.models import (
    Article,
    ArticleStatus,
    ExportFigure,
    Meeting,
    MeetingSource,
    MeetingStatus,
    Official,
    OfficialAlias,
    Origin,
    Participation,
    Scope,
    StaffEditable,
)
from events.services.documents import strip_bidi_controls
from events.services.submission import article_submit_file

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
    from django.http import HttpRequest

    User = AbstractBaseUser | AnonymousUser

# Custom permissions, created as Permission rows by migration events/0002_staff_groups.
PERM_PUBLISH_MEETING = "events.publish_meeting"
PERM_MERGE_MEETING = "events.merge_meeting"
PERM_MERGE_OFFICIAL = "events.merge_official"

# Bookkeeping columns: never "a fact a person set", so never listed in staff_edited_fields.
NOT_STAFF_FACTS = frozenset(
    {"id", "origin", "staff_edited_fields", "created_at", "updated_at", "confidence", "merged_into"}
)

Editable = TypeVar("Editable", bound=StaffEditable)


class StaffLoginBackend(AxesStandaloneBackend):
    """django-axes lockout for every login that comes with a request (the admin's form).

    Axes refuses calls without a request; those (the test client's `login()`, shell scripts)
    cannot be brute-forced over HTTP, so they are left to ModelBackend instead of failing.
    """

    def authenticate(self, request: HttpRequest | None, *args, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, *args, **kwargs)


# --------------------------------------------------------------------------------- staff edits


def _fact_fields(model: type[StaffEditable]) -> set[str]:
    return {
        f.name for f in model._meta.concrete_fields if f.editable and f.name not in NOT_STAFF_FACTS
    }


def _stored(instance: StaffEditable) -> StaffEditable | None:
    """The row as it is in the database (None for a new one)."""
    if instance.pk is None or instance._state.adding:
        return None
    return type(instance)._base_manager.filter(pk=instance.pk).first()


def _differs(instance, stored, name: str) -> bool:
    attname = type(instance)._meta.get_field(name).attname
    return getattr(stored, attname) != getattr(instance, attname)


def _differing_fields(instance: StaffEditable, stored: StaffEditable | None) -> set[str]:
    """Fields whose value differs from the stored row (a revert form has no changed_data)."""
    if stored is None:
        return set()
    return {name for name in _fact_fields(type(instance)) if _differs(instance, stored, name)}


def _typed_text_cleaned(instance) -> None:
    """Names, titles and every other text a person typed, without bidi override and isolate
    characters (look-alike officials; see events/services/documents.py)."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, CharField | TextField) and field.editable:
            value = getattr(instance, field.attname)
            if isinstance(value, str):
                setattr(instance, field.attname, strip_bidi_controls(value))


# -------------------------------------------------------------------------- review fields


# What a new row holds in the review fields: nobody creates a row that is already decided.
REVIEW_FIELD_DEFAULTS = {"merged_into_id": None, "status": MeetingStatus.NEEDS_REVIEW}


def can_publish(user: User | None) -> bool:
    """The right to decide what is public: review status, merges."""
    return _has(user, PERM_PUBLISH_MEETING)


def can_merge_meetings(user: User | None) -> bool:
    """Merging hides a meeting and unmerging shows it again: the merge and the publish right."""
    return _has(user, PERM_MERGE_MEETING) and can_publish(user)


def review_fields_keep(*, instance: StaffEditable, user: User | None) -> list[str]:
    """Put back, from the stored row, what an edit by `user` may not change; return their names.

    `merged_into` of a meeting or an official only changes through the merge services (which
    move participations and figures with it); a meeting's `status` only with the publish right.
    A revert to an old version thus restores its facts, never an old decision.
    """
    stored = _stored(instance)
    kept = []
    names = []
    if isinstance(instance, Meeting | Official):
        names.append("merged_into_id")
    if isinstance(instance, Meeting) and not can_publish(user):
        names.append("status")
    for attname in names:
        before = getattr(stored, attname) if stored else REVIEW_FIELD_DEFAULTS[attname]
        if getattr(instance, attname) != before:
            setattr(instance, attname, before)
            kept.append(attname.removesuffix("_id"))
    return kept


def _check_review_fields(instance: StaffEditable, stored, user: User | None) -> None:
    """Refuse an edit that would change what is public without the right to decide it."""
    if not isinstance(instance, Meeting | Official):
        return
    new_merge = instance.merged_into_id is not None if stored is None else None
    if new_merge or (stored is not None and _differs(instance, stored, "merged_into")):
        raise ValidationError(_("Merges are made and undone with the Merge actions only."))
    if not isinstance(instance, Meeting):
        return
    changed = (
        instance.status != MeetingStatus.NEEDS_REVIEW
        if stored is None
        else _differs(instance, stored, "status")
    )
    if changed:
        if not can_publish(user):
            raise PermissionDenied(PERM_PUBLISH_MEETING)
        meeting_status_check(meeting=instance, status=instance.status)


def meeting_status_check(*, meeting: Meeting, status: str) -> None:
    """The review decisions that are never possible, whoever makes them."""
    if status not in MeetingStatus.values:
        raise ValidationError(_("Unknown review status: %(status)s") % {"status": status})
    if status == MeetingStatus.PUBLISHED and meeting.merged_into_id is not None:
        raise ValidationError(_("A merged meeting cannot be published; publish its target."))


def staff_edit_save(
    *,
    instance: Editable,
    changed_fields: Iterable[str] = (),
    user: User | None = None,
    reason: str = "",
) -> Editable:
    """Save a row a person edited, marking what they set as staff-owned.

    A new row becomes `origin=staff` (machines then leave it alone entirely); an existing one
    adds the changed fact fields to `staff_edited_fields`. A change of a meeting's status
    needs the publish right (PermissionDenied); merges are not made here (ValidationError).
    """
    facts = _fact_fields(type(instance))
    stored = _stored(instance)
    if stored is None:
        instance.origin = Origin.STAFF
    _check_review_fields(instance, stored, user)
    _typed_text_cleaned(instance)
    if isinstance(instance, ExportFigure):
        _figure_default_region(instance)
    touched = (set(changed_fields) & facts) | _differing_fields(instance, stored)
    instance.staff_edited_fields = sorted(set(instance.staff_edited_fields) | touched)
    _attribute(instance, user=user, reason=reason)
    instance.save()
    return instance


def _figure_default_region(figure: ExportFigure) -> None:
    """A regional figure typed into a meeting is about that meeting's region unless told."""
    if figure.scope == Scope.REGION and figure.region_id is None and figure.meeting_id:
        figure.region_id = figure.meeting.region_id


def alias_staff_save(*, alias: OfficialAlias) -> OfficialAlias:
    """Save a spelling a person typed; its origin says so."""
    if alias.pk is None:
        alias.origin = Origin.STAFF
    alias.alias = strip_bidi_controls(alias.alias)
    alias.normalized = strip_bidi_controls(alias.normalized)
    alias.save()
    return alias


def _attribute(instance, *, user: User | None, reason: str = "") -> None:
    """Who and why, for django-simple-history (outside a request there is no middleware)."""
    if user is not None and getattr(user, "is_authenticated", False):
        instance._history_user = user
    if reason:
        instance._change_reason = reason[:100]


# ---------------------------------------------------------------------------------- sources

# The match reason of an article a person attached to a meeting (not the matcher's choice).
STAFF_ATTACHED = "attached by staff"


def meeting_attach_files(
    *, meeting: Meeting, files: Iterable[tuple[str, bytes]], user: User
) -> list[Article]:
    """Send uploaded source files to ingestion and attach each readable one to the meeting.

    The pipeline then extracts the article as usual; a file it cannot read comes back as a
    failed Article with the reason, and is not attached.
    """
    _require(user, "events.add_article")
    articles = []
    for name, data in files:
        article = article_submit_file(name=name, data=data).article
        if article.status != ArticleStatus.FAILED:
            MeetingSource.objects.get_or_create(
                meeting=meeting, article=article, defaults={"match_reason": STAFF_ATTACHED}
            )
        articles.append(article)
    return articles


# ----------------------------------------------------------------------------------- review


def _has(user: User | None, perm: str) -> bool:
    return bool(user and user.is_active and user.is_staff and user.has_perm(perm))


def _require(user: User, perm: str) -> None:
    if not _has(user, perm):
        raise PermissionDenied(perm)


def meeting_set_status(*, meeting: Meeting, status: str, user: User) -> Meeting:
    """Publish, reject or send back one meeting; the decision is a staff-owned field."""
    _require(user, PERM_PUBLISH_MEETING)
    meeting_status_check(meeting=meeting, status=status)
    if meeting.status == status:
        return meeting
    meeting.status = status
    return staff_edit_save(instance=meeting, changed_fields=["status"], user=user)


def meeting_bulk_set_status(*, meetings: QuerySet[Meeting], status: str, user: User) -> int:
    """`meeting_set_status` for each selected meeting (one history record each); returns count."""
    _require(user, PERM_PUBLISH_MEETING)
    changed = 0
    # By primary key: the admin's queryset may be DISTINCT (search), which FOR UPDATE refuses.
    pks = list(meetings.values_list("pk", flat=True))
    with transaction.atomic():
        selected = Meeting.objects.select_for_update().filter(pk__in=pks, merged_into__isnull=True)
        for meeting in selected:
            if meeting.status != status:
                meeting_set_status(meeting=meeting, status=status, user=user)
                changed += 1
    return changed


# ----------------------------------------------------------------------------------- merges


@dataclass(frozen=True)
class MergeResult:
    moved: int  # participations and figures now on the target
    linked: int  # sources or aliases copied onto the target
    kept: int  # rows left on the duplicate because the target already has the same fact


def _merge_tag(kind: str, duplicate_id: int, target_id: int) -> str:
    return f"merge {kind} {duplicate_id} into {target_id}"


def _unmerge_tag(kind: str, duplicate_id: int, target_id: int) -> str:
    return f"unmerge {kind} {duplicate_id} from {target_id}"


def _check_merge(target, duplicate) -> None:
    if target.pk == duplicate.pk:
        raise ValidationError(_("Choose two different rows to merge."))
    if target.merged_into_id is not None:
        raise ValidationError(_("The row to keep is itself merged into another one."))
    if duplicate.merged_into_id is not None:
        raise ValidationError(_("This row is already merged."))


def _merge_time(model, *, duplicate_id: int, tag: str):
    record = (
        model.history.filter(id=duplicate_id, history_change_reason=tag)
        .order_by("-history_date")
        .first()
    )
    if record is None:
        raise ValidationError(_("No merge record found to undo."))
    return record.history_date


def _move(rows: Iterable, *, field: str, to, user: User, reason: str) -> int:
    moved = 0
    for row in rows:
        setattr(row, field, to)
        _attribute(row, user=user, reason=reason)
        row.save()
        moved += 1
    return moved


def meeting_merge(*, target: Meeting, duplicate: Meeting, user: User) -> MergeResult:
    """Fold `duplicate` into `target`: same event reported twice. Reversible by meeting_unmerge.

    Participations and figures move to the target unless the target already has them (same
    official; same metric, scope and amount); the duplicate's article links are copied, so every
    source stays attached to the surviving meeting. The duplicate is kept with `merged_into` set.
    Hiding a meeting this way is a decision about what is public: it needs the publish right too.
    """
    _require(user, PERM_MERGE_MEETING)
    _require(user, PERM_PUBLISH_MEETING)
    _check_merge(target, duplicate)
    tag = _merge_tag("meeting", duplicate.pk, target.pk)
    with transaction.atomic():
        duplicate.merged_into = target
        _attribute(duplicate, user=user, reason=tag)
        duplicate.save()

        have = set(target.participations.values_list("official_id", flat=True))
        parts = list(duplicate.participations.all())
        movable = [p for p in parts if p.official_id not in have]
        moved = _move(movable, field="meeting", to=target, user=user, reason=tag)

        figure_key = ("metric", "scope", "amount_mad")
        have_figures = set(target.figures.values_list(*figure_key))
        figures = list(duplicate.figures.all())
        movable_figures = [
            f for f in figures if (f.metric, f.scope, f.amount_mad) not in have_figures
        ]
        moved += _move(movable_figures, field="meeting", to=target, user=user, reason=tag)

        have_articles = set(target.sources.values_list("article_id", flat=True))
        linked = 0
        for source in duplicate.sources.exclude(article_id__in=have_articles):
            MeetingSource.objects.create(
                meeting=target,
                article_id=source.article_id,
                evidence=source.evidence,
                match_reason=tag,
            )
            linked += 1
    kept = len(parts) - len(movable) + len(figures) - len(movable_figures)
    return MergeResult(moved=moved, linked=linked, kept=kept)


def meeting_unmerge(*, duplicate: Meeting, user: User) -> Meeting:
    """Undo `meeting_merge`: moved rows go back, copied links go, the duplicate returns (public
    again if it was published), so it needs the publish right too."""
    _require(user, PERM_MERGE_MEETING)
    _require(user, PERM_PUBLISH_MEETING)
    target = duplicate.merged_into
    if target is None:
        raise ValidationError(_("This meeting is not merged."))
    tag = _merge_tag("meeting", duplicate.pk, target.pk)
    undo = _unmerge_tag("meeting", duplicate.pk, target.pk)
    with transaction.atomic():
        since = _merge_time(Meeting, duplicate_id=duplicate.pk, tag=tag)
        for model in (Participation, ExportFigure):
            ids = model.history.filter(
                history_change_reason=tag, history_date__gte=since
            ).values_list("id", flat=True)
            rows = model.objects.filter(pk__in=list(ids), meeting=target)
            _move(rows, field="meeting", to=duplicate, user=user, reason=undo)
        MeetingSource.objects.filter(meeting=target, match_reason=tag).delete()
        duplicate.merged_into = None
        _attribute(duplicate, user=user, reason=undo)
        duplicate.save()
    return duplicate


def official_merge(*, target: Official, duplicate: Official, user: User) -> MergeResult:
    """Fold `duplicate` into `target`: one person under two records. Reversible.

    Participations move (unless the target already took part in that meeting); aliases are
    copied, and the duplicate keeps its own, so ingestion (which follows `merged_into`) and
    the target both know every spelling.
    """
    _require(user, PERM_MERGE_OFFICIAL)
    _check_merge(target, duplicate)
    tag = _merge_tag("official", duplicate.pk, target.pk)
    with transaction.atomic():
        duplicate.merged_into = target
        _attribute(duplicate, user=user, reason=tag)
        duplicate.save()

        busy = set(target.participations.values_list("meeting_id", flat=True))
        parts = list(duplicate.participations.all())
        movable = [p for p in parts if p.meeting_id not in busy]
        moved = _move(movable, field="official", to=target, user=user, reason=tag)

        have = set(target.aliases.values_list("normalized", flat=True))
        linked = 0
        for alias in duplicate.aliases.exclude(normalized__in=have):
            OfficialAlias.objects.create(
                official=target,
                alias=alias.alias,
                normalized=alias.normalized,
                origin=alias.origin,
            )
            linked += 1
    return MergeResult(moved=moved, linked=linked, kept=len(parts) - len(movable))


def official_unmerge(*, duplicate: Official, user: User) -> Official:
    """Undo `official_merge`: participations go back, the aliases it copied are removed."""
    _require(user, PERM_MERGE_OFFICIAL)
    target = duplicate.merged_into
    if target is None:
        raise ValidationError(_("This official is not merged."))
    tag = _merge_tag("official", duplicate.pk, target.pk)
    undo = _unmerge_tag("official", duplicate.pk, target.pk)
    with transaction.atomic():
        since = _merge_time(Official, duplicate_id=duplicate.pk, tag=tag)
        ids = Participation.history.filter(
            history_change_reason=tag, history_date__gte=since
        ).values_list("id", flat=True)
        rows = Participation.objects.filter(pk__in=list(ids), official=target)
        _move(rows, field="official", to=duplicate, user=user, reason=undo)
        # The copies are the target's aliases for the duplicate's spellings made by the merge
        # (saved after the duplicate's history record); older ones were the target's own.
        OfficialAlias.objects.filter(
            official=target,
            normalized__in=duplicate.aliases.values("normalized"),
            created_at__gte=since,
        ).delete()
        duplicate.merged_into = None
        _attribute(duplicate, user=user, reason=undo)
        duplicate.save()
    return duplicate
