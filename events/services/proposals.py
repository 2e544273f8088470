"""A reviewer's decision on a proposal: what a later report would change on a published meeting.

The meeting store (meeting_store.meeting_hold_report) holds such a report as a
`MeetingProposal` instead of changing what the public sees. Here a person with the publish
right accepts its facts one by one or all at once, or rejects them:

- A meeting field goes through `staff_edit_save` (the field becomes staff-owned, the meeting's
  history names the reviewer and the proposal). A new official or figure is stored as the machine
  found it (origin machine, its evidence), with the reviewer and the proposal in its history.
- Accepting any fact attaches the article as a source too: the accepted facts quote it.
- A fact already decided is left as it is; the proposal is pending while any fact is, then
  accepted (at least one fact accepted) or rejected.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.contrib.gis.geos import Point
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import (
    Meeting,
    MeetingProposal,
    MeetingSource,
    Participation,
    ProposalStatus,
)
from events.services.meeting_store import figure_upsert
from events.services.staff import (
    PERM_PUBLISH_MEETING,
    can_publish,
    staff_edit_save,
)

if TYPE_CHECKING:
    from events.services.staff import User

SOURCE = "source"


def proposal_accept(
    *, proposal: MeetingProposal, user: User, keys: Iterable[str] | None = None
) -> MeetingProposal:
    """Apply the proposal's pending facts named by `keys` (all of them when None)."""
    _require_publish(user)
    with transaction.atomic():
        proposal = _locked(proposal)
        meeting = Meeting.objects.select_for_update().get(pk=proposal.meeting_id)
        if meeting.merged_into_id is not None:
            raise ValidationError(
                _("This meeting was merged into another one; decide on that meeting instead.")
            )
        pending = [f for f in proposal.facts if f.get("status") == ProposalStatus.PENDING]
        wanted = {f["key"] for f in pending} if keys is None else set(keys)
        chosen = [f for f in pending if f["key"] in wanted]
        if any(f["key"] != SOURCE for f in chosen):  # the accepted facts quote this article
            chosen += [f for f in pending if f["key"] == SOURCE and f not in chosen]
        if not chosen:
            return proposal
        reason = f"proposal {proposal.pk} (article {proposal.article_id}) accepted"
        fields: list[str] = []
        for fact in chosen:
            fields += _apply(fact, proposal=proposal, meeting=meeting, user=user, reason=reason)
        if fields:
            staff_edit_save(instance=meeting, changed_fields=fields, user=user, reason=reason)
        _decide(proposal, [f["key"] for f in chosen], ProposalStatus.ACCEPTED, user)
    return proposal


def proposal_reject(
    *, proposal: MeetingProposal, user: User, keys: Iterable[str] | None = None
) -> MeetingProposal:
    """Turn down the proposal's pending facts named by `keys` (all of them when None)."""
    _require_publish(user)
    with transaction.atomic():
        proposal = _locked(proposal)
        pending = [f["key"] for f in proposal.facts if f.get("status") == ProposalStatus.PENDING]
        chosen = pending if keys is None else [k for k in pending if k in set(keys)]
        _decide(proposal, chosen, ProposalStatus.REJECTED, user)
    return proposal


# ---------------------------------------------------------------------------------- helpers


def _require_publish(user: User) -> None:
    """What the public sees is decided only with the publish right (events/services/staff.py)."""
    if not can_publish(user):
        raise PermissionDenied(PERM_PUBLISH_MEETING)


def _locked(proposal: MeetingProposal) -> MeetingProposal:
    return MeetingProposal.objects.select_for_update().get(pk=proposal.pk)


def _decide(proposal: MeetingProposal, keys: list[str], status: str, user: User) -> None:
    """Mark the facts decided, then the proposal when none is left pending."""
    now = timezone.now()
    for fact in proposal.facts:
        if fact["key"] in keys and fact.get("status") == ProposalStatus.PENDING:
            fact.update(status=status, decided_by=user.pk, decided_at=now.isoformat())
    states = {f.get("status") for f in proposal.facts}
    if ProposalStatus.PENDING not in states:
        accepted = ProposalStatus.ACCEPTED in states
        proposal.status = ProposalStatus.ACCEPTED if accepted else ProposalStatus.REJECTED
    proposal.decided_by, proposal.decided_at = user, now
    proposal.save()


def _apply(
    fact: dict[str, Any], *, proposal: MeetingProposal, meeting: Meeting, user: User, reason: str
) -> list[str]:
    """Apply one fact; return the meeting fields it set (saved together by the caller)."""
    values = fact.get("values") or {}
    kind = fact.get("kind")
    if kind == "meeting":
        return _set_meeting_fields(meeting, values)
    if kind == "participation":
        _add_participation(meeting, proposal, values, user=user, reason=reason)
    elif kind == "role":
        part = Participation.objects.filter(pk=values.get("participation_id")).first()
        if part is not None and not part.role:  # a person may have filled it since
            part.role = values.get("role", "")
            changed = ["role"]
            if not part.is_staff_owned("role_code"):
                part.role_code = values.get("role_code", part.role_code)
                changed.append("role_code")
            staff_edit_save(instance=part, changed_fields=changed, user=user, reason=reason)
    elif kind == "figure":
        known = list(meeting.figures.only("meeting_id", "metric", "scope", "amount_mad"))
        figure_upsert(
            meeting=meeting,
            article=proposal.article,
            figure=values,
            known=known,
            user=user,
            reason=reason,
        )
    elif kind == SOURCE:
        MeetingSource.objects.get_or_create(
            meeting=meeting,
            article_id=proposal.article_id,
            defaults={
                "evidence": values.get("evidence") or {},
                "match_reason": (values.get("match_reason") or "")[:300],
            },
        )
    return []


def _set_meeting_fields(meeting: Meeting, values: dict[str, Any]) -> list[str]:
    """Put a proposed meeting fact on the (unsaved) meeting."""
    fields = []
    for name, value in values.items():
        if name == "date":
            value = datetime.date.fromisoformat(value) if value else None
        elif name == "location":
            value = Point(*value, srid=4326) if value else None
        setattr(meeting, name, value)
        fields.append(name)
    return fields


def _add_participation(
    meeting: Meeting, proposal: MeetingProposal, values: dict[str, Any], *, user: User, reason: str
) -> None:
    """The official the report named, as the machine found them (unless already there)."""
    official_id = values["official_id"]
    if Participation.objects.filter(meeting=meeting, official_id=official_id).exists():
        return
    fields = {k: v for k, v in values.items() if k in _PARTICIPATION_FIELDS}
    row = Participation(meeting=meeting, article_id=proposal.article_id, **fields)
    row._history_user = user
    row._change_reason = reason[:100]
    row.save()


_PARTICIPATION_FIELDS = {
    "official_id",
    "role",
    "role_code",
    "evidence_text",
    "evidence_start",
    "evidence_end",
    "name_as_written",
    "matched_alias",
    "confidence",
}
