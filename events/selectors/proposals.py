"""Reads of proposals: what later reports would change on published meetings, for reviewers.

Nothing here is public: the pages and the API read meetings through `.public()` only, and a
proposal reaches them only when a reviewer accepts it (events/services/proposals.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from events.models import Meeting, MeetingProposal, Metric, ProposalStatus, Scope
from events.presentation import format_mad


def proposal_pending_list() -> QuerySet[MeetingProposal]:
    """Proposals waiting for a reviewer, oldest first, with their meeting and article."""
    return (
        MeetingProposal.objects.filter(status=ProposalStatus.PENDING)
        .select_related("meeting", "meeting__region", "article")
        .order_by("created_at", "id")
    )


def proposal_pending_count(*, meeting_id: int | None = None) -> int:
    """How many proposals wait for a reviewer (on one meeting, when given)."""
    pending = MeetingProposal.objects.filter(status=ProposalStatus.PENDING)
    if meeting_id is not None:
        pending = pending.filter(meeting_id=meeting_id)
    return pending.count()


def meetings_with_pending_proposals() -> QuerySet[Meeting]:
    """Meetings some report would change, each with `pending_proposals`, its count."""
    pending = MeetingProposal.objects.filter(meeting=OuterRef("pk"), status=ProposalStatus.PENDING)
    return (
        Meeting.objects.filter(Exists(pending))
        .annotate(
            pending_proposals=Count("proposals", filter=Q(proposals__status=ProposalStatus.PENDING))
        )
        .order_by("id")
    )


@dataclass(frozen=True)
class ProposedFact:
    """One line of the review: the value now, the value proposed, the words behind it."""

    key: str
    kind: str
    label: str
    current: str | None
    proposed: str
    evidence: str
    confidence: float | None
    change: str  # "add" or "change"
    status: str
    staff_owned: bool


def proposal_facts(*, proposal: MeetingProposal) -> list[ProposedFact]:
    """The proposal's facts in the order stored (meeting fields, officials, figures, source),
    each beside the meeting's value now (a person may have changed it since)."""
    meeting = proposal.meeting
    return [_fact(raw, _current(meeting, raw)) for raw in proposal.facts or []]


def _current(meeting: Meeting, raw: dict[str, Any]) -> str | None:
    """The meeting's value of a proposed meeting field now; the stored one for other facts."""
    field = raw.get("field")
    if raw.get("kind") != "meeting" or not field:
        return raw.get("current")
    value = getattr(meeting, field, None)
    if value in (None, ""):
        return None
    if field == "date":
        return f"{value.isoformat()}{'' if meeting.date_certain else ' ≈'}"
    if field == "location":
        return f"{value.y:.5f}, {value.x:.5f}"
    if field == "kind":
        return meeting.get_kind_display()
    return str(value)


def _figure_text(values: dict[str, Any]) -> str:
    """A proposed figure as the pages word it, in the reader's language (metric, scope, year)."""
    try:
        amount = Decimal(str(values.get("amount_mad")))
    except ArithmeticError:
        return str(values.get("text", ""))
    metric = Metric(values["metric"]).label if values.get("metric") in Metric.values else ""
    scope = Scope(values["scope"]).label if values.get("scope") in Scope.values else ""
    about = ", ".join(str(part) for part in (metric, scope, values.get("year")) if part)
    text = format_mad(amount, approximate=bool(values.get("approximate")))
    return f"{text} ({about})" if about else text


def _fact(raw: dict[str, Any], current: str | None) -> ProposedFact:
    evidence = raw.get("evidence") or {}
    if raw.get("kind") == "figure" and isinstance(raw.get("values"), dict):
        raw = {**raw, "proposed": _figure_text(raw["values"])}
    return ProposedFact(
        key=str(raw.get("key", "")),
        kind=str(raw.get("kind", "")),
        label=str(raw.get("label", "")),
        current=current,
        proposed=str(raw.get("proposed", "")),
        evidence=str(evidence.get("text", "")) if isinstance(evidence, dict) else "",
        confidence=raw.get("confidence"),
        change=str(raw.get("change", "add")),
        status=str(raw.get("status", ProposalStatus.PENDING)),
        staff_owned=bool(raw.get("staff_owned")),
    )
