"""Rounds: a meeting's round signals, the machine's proposal of its round, the staff's decision.

- `meeting_round_signals_update` keeps on the meeting what its reports say of its round: the
  programme family, the tour flag and the stop number as reported, with its words. Two reports
  that number the stop differently ("sixth" and "seventh") give a `stop_number_conflict` warning.
- `round_propose_for_meeting` scores the rounds a meeting may belong to (programme words, kind,
  date window, lead official, stop number, a region not yet visited) and keeps the best one as a
  pending `RoundProposal`; `rounds_propose_new` proposes a new round for meetings of one
  programme that cluster in time without one.
- Staff decide: `round_proposal_confirm` (optionally to another round: "change") or
  `round_proposal_refuse`. A confirmed round is staff-owned on the meeting (`round` in
  `staff_edited_fields`), and the meeting's kind follows the round's (a presentation tour stays a
  presentation even when one outlet calls a stop "تشاوري"), unless a person set the kind.
- `round_refresh` keeps a round's dates and status in step with its meetings, and warns
  (`stop_order_conflict`) where the reported stop number disagrees with the order of the dates.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from events.extraction.programmes import FAMILY_BY_KEY
from events.models import (
    Meeting,
    MeetingSource,
    Official,
    Participation,
    Programme,
    Round,
    RoundProposal,
    RoundStatus,
)
from events.selectors.rounds import round_stop_order
from events.services.officials import alias_index, official_by_spelling
from regions.models import Region

if TYPE_CHECKING:
    from django.contrib.auth.models import User

# A stop may come a little before a round's announced start or after its last stop so far.
WINDOW_DAYS = 30
# A round with a start and no end: its stops come within four months (the longest press tour,
# the 2024-2025 roadmap consultations, ran from late November to February).
OPEN_END_DAYS = 120
# The score a round needs to be proposed: e.g. its programme's words (3) and its dates (2), or
# its dates (2) and its lead official (2).
MIN_SCORE = 4.0
# Meetings of one programme family closer than this in time make one cluster (a new round)...
CLUSTER_GAP_DAYS = 30
# ... when they are at least this many, in as many regions.
MIN_CLUSTER = 3
# A round whose last stop is this old is done, even when no report said "the last stop".
QUIET_DAYS = 90


@dataclass(frozen=True)
class RoundSignals:
    """What a meeting's reports say of its round."""

    programme_key: str = ""
    programme_words: bool = False  # the family was named by its own words, not only the kind
    tour: bool = False
    stop_number: int | None = None
    stop_last: bool = False
    stop_evidence: dict[str, Any] = field(default_factory=dict)
    numbers: dict[int, list[int]] = field(default_factory=dict)  # number → articles giving it


@dataclass(frozen=True)
class Candidate:
    round: Round
    score: float
    reason: str


def meeting_round_signals(*, meeting: Meeting) -> RoundSignals:
    """The round signals of the meeting's reports, read from their extractions."""
    rows = MeetingSource.objects.filter(meeting=meeting).values_list(
        "article_id", "article__extraction"
    )
    words: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    tour = last = False
    numbers: dict[int, list[int]] = {}
    best: tuple[float, int, dict[str, Any]] | None = None
    for article_id, data in rows.order_by("article_id"):
        found = (data or {}).get("meeting") or {}
        key = found.get("programme_key")
        if key in Programme.values:
            (words if found.get("programme_basis") == "words" else by_kind)[key] += 1
        tour = tour or bool(found.get("tour"))
        last = last or bool(found.get("stop_last"))
        number = found.get("stop_number")
        if isinstance(number, int) and 1 <= number <= 99:
            numbers.setdefault(number, []).append(article_id)
            confidence = float(found.get("stop_confidence") or 0)
            if best is None or confidence > best[0]:
                evidence = {**(found.get("stop_evidence") or {}), "article": article_id}
                best = (confidence, number, evidence)
    counted = words or by_kind
    key = counted.most_common(1)[0][0] if counted else ""
    if best is not None and len(numbers) > 1:
        # the number most reports give; on a tie, the surest report's
        top = max(numbers, key=lambda n: (len(numbers[n]), n == best[1]))
        if top != best[1]:
            best = (0.0, top, {"article": numbers[top][0]})
    return RoundSignals(
        programme_key=key,
        programme_words=bool(words),
        tour=tour or best is not None,
        stop_number=best[1] if best else None,
        stop_last=last,
        stop_evidence=best[2] if best else {},
        numbers=numbers,
    )


def meeting_round_signals_update(*, meeting: Meeting) -> RoundSignals:
    """Keep the signals on the meeting (never a field a person set); warn on differing numbers."""
    signals = meeting_round_signals(meeting=meeting)
    values = {
        "programme_key": signals.programme_key,
        "tour": signals.tour,
        "stop_number": signals.stop_number,
        "stop_last": signals.stop_last,
        "stop_evidence": signals.stop_evidence,
    }
    changed = []
    for name, value in values.items():
        if name == "stop_evidence" and meeting.is_staff_owned("stop_number"):
            continue
        if not meeting.is_staff_owned(name) and getattr(meeting, name) != value:
            setattr(meeting, name, value)
            changed.append(name)
    warnings = [w for w in meeting.warnings or [] if w.get("code") != "stop_number_conflict"]
    if len(signals.numbers) > 1:
        said = "; ".join(
            f"{n} (article {', '.join(map(str, ids))})"
            for n, ids in sorted(signals.numbers.items())
        )
        warnings.append(
            {
                "code": "stop_number_conflict",
                "field": "meeting.stop_number",
                "message": f"The reports number this stop differently: {said}.",
            }
        )
    if warnings != (meeting.warnings or []):
        meeting.warnings = warnings
        changed.append("warnings")
    if changed:
        meeting.save(update_fields=[*changed, "updated_at"])
    return signals


def _window(round_: Round) -> tuple[datetime.date | None, datetime.date | None]:
    """The dates a round's stops may have (None: open on that side)."""
    start, end = round_.start, round_.end
    if start and not end:
        end = start + datetime.timedelta(days=OPEN_END_DAYS)
    pad = datetime.timedelta(days=WINDOW_DAYS)
    return (start - pad if start else None, end + pad if end else None)


def _programme_score(signals: RoundSignals, round_: Round) -> float | None:
    """The programme's part of the score; None when the text names another programme."""
    if not (signals.programme_key and round_.programme):
        return 0.0
    if signals.programme_key == round_.programme:
        return 3.0 if signals.programme_words else 2.0
    return None if signals.programme_words else 0.0


def _date_score(meeting: Meeting, signals: RoundSignals, round_: Round) -> float | None:
    """The dates' part: 2 inside the round's dates, 1 near them; None outside the window."""
    low, high = _window(round_)
    if meeting.date is None:
        # no date and only the kind's programme: nothing ties it to this round
        return 0.0 if signals.programme_words else None
    if (low and meeting.date < low) or (high and meeting.date > high):
        return None
    # after the stop a report called the last one: less likely (round_refresh then warns)
    last = round_.meetings.filter(stop_last=True, date__lt=meeting.date).exclude(pk=meeting.pk)
    penalty = 1.0 if last.exists() else 0.0
    after_start = not round_.start or meeting.date >= round_.start
    before_end = not round_.end or meeting.date <= round_.end
    return (2.0 if after_start and before_end else 1.0) - penalty


def _stop_score(meeting: Meeting, signals: RoundSignals, round_: Round) -> tuple[float, list[str]]:
    """The region's and the stop number's part: a region not yet visited, a number in order."""
    score, why = 0.0, []
    others = round_.meetings.filter(merged_into__isnull=True).exclude(pk=meeting.pk)
    expected = [r.pk for r in round_.regions.all()]
    if meeting.region_id and others.filter(region_id=meeting.region_id).exists():
        score, why = score - 2.0, [*why, "region already visited"]
    elif meeting.region_id and (not expected or meeting.region_id in expected):
        score, why = score + 1.0, [*why, "expected region"]
    in_order = signals.stop_number and meeting.date
    if in_order and others.filter(date__lt=meeting.date).count() + 1 == signals.stop_number:
        score, why = score + 1.0, [*why, f"stop {signals.stop_number} in date order"]
    return score, why


def round_candidates(*, meeting: Meeting, signals: RoundSignals | None = None) -> list[Candidate]:
    """The rounds this meeting may be a stop of, best first, each with its score and why.

    Programme words 3 (its kind's programme 2), kind 1, dates 2 (near them 1), lead official 2,
    tour 1, expected region 1 (-2 when the round was there already), stop number in order 1.
    """
    signals = signals or meeting_round_signals(meeting=meeting)
    refused = RoundProposal.objects.filter(meeting=meeting, decision=RoundProposal.Decision.REFUSED)
    rounds = Round.objects.exclude(pk__in=refused.values("round_id")).prefetch_related("regions")
    officials = set(meeting.participations.values_list("official_id", flat=True))
    out: list[Candidate] = []
    for round_ in rounds:
        programme = _programme_score(signals, round_)
        dates = _date_score(meeting, signals, round_)
        if programme is None or dates is None:
            continue
        parts = {
            "programme": programme,
            "kind": 1.0 if meeting.kind == round_.kind else 0.0,
            "dates": dates,
            "lead official": 2.0 if round_.lead_official_id in officials else 0.0,
            "tour": 1.0 if signals.tour else 0.0,
        }
        stop, stop_why = _stop_score(meeting, signals, round_)
        score = sum(parts.values()) + stop
        if score >= MIN_SCORE:
            why = [name for name, value in parts.items() if value] + stop_why
            out.append(Candidate(round_, score, ", ".join(why)))
    out.sort(key=lambda c: (-c.score, -(c.round.start or datetime.date.min).toordinal()))
    return out


def round_propose_for_meeting(*, meeting: Meeting) -> RoundProposal | None:
    """Keep the best round for a meeting without one as a pending proposal (once per round)."""
    if meeting.round_id or meeting.is_staff_owned("round") or meeting.merged_into_id:
        return None
    candidates = round_candidates(meeting=meeting)
    if not candidates:
        return None
    best = candidates[0]
    proposal, created = RoundProposal.objects.get_or_create(
        meeting=meeting,
        round=best.round,
        defaults={"score": best.score, "reason": best.reason[:500]},
    )
    pending = not created and proposal.decision == RoundProposal.Decision.PENDING
    if pending and (proposal.score, proposal.reason) != (best.score, best.reason[:500]):
        proposal.score, proposal.reason = best.score, best.reason[:500]
        proposal.save(update_fields=["score", "reason"])
    return proposal


def meeting_rounds_after_report(*, meeting: Meeting) -> None:
    """After a report is stored: its signals, then a proposal, or its round's stop order."""
    meeting_round_signals_update(meeting=meeting)
    if meeting.round_id:
        round_refresh(round_=meeting.round)
    else:
        round_propose_for_meeting(meeting=meeting)


@transaction.atomic
def round_proposal_confirm(
    *, proposal: RoundProposal, user: User | None = None, round_: Round | None = None
) -> Meeting:
    """Staff confirm a proposal, or put the meeting into `round_` instead ("change")."""
    target = round_ or proposal.round
    if target.pk != proposal.round_id:
        proposal.decision = RoundProposal.Decision.REFUSED
        proposal.decided_at = timezone.now()
        proposal.save(update_fields=["decision", "decided_at"])
        proposal, _ = RoundProposal.objects.get_or_create(
            meeting=proposal.meeting, round=target, defaults={"reason": "chosen by staff"}
        )
    meeting = meeting_round_set(meeting=proposal.meeting, round_=target, user=user)
    now = timezone.now()
    RoundProposal.objects.filter(pk=proposal.pk).update(
        decision=RoundProposal.Decision.CONFIRMED, decided_at=now
    )
    RoundProposal.objects.filter(meeting=meeting, decision=RoundProposal.Decision.PENDING).exclude(
        pk=proposal.pk
    ).update(decision=RoundProposal.Decision.REFUSED, decided_at=now)
    if target.is_proposal:  # confirming a stop of a proposed round confirms the round
        target.is_proposal = False
        target.save(update_fields=["is_proposal", "updated_at"])
    return meeting


@transaction.atomic
def round_proposal_refuse(*, proposal: RoundProposal, user: User | None = None) -> None:
    """Staff refuse a proposal: the machine never proposes that round for that meeting again."""
    proposal.decision = RoundProposal.Decision.REFUSED
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["decision", "decided_at"])
    meeting = proposal.meeting
    if meeting.round_id == proposal.round_id:
        meeting_round_set(meeting=meeting, round_=None, user=user)


def meeting_round_set(*, meeting: Meeting, round_: Round | None, user: User | None) -> Meeting:
    """A person puts a meeting into a round (or out of one); its kind follows the round's."""
    previous = meeting.round
    meeting.round = round_
    changed = ["round"]
    if round_ is not None and meeting.kind != round_.kind and not meeting.is_staff_owned("kind"):
        meeting.warnings = [
            *(meeting.warnings or []),
            {
                "code": "kind_follows_round",
                "field": "meeting.kind",
                "message": f"Kind {meeting.kind} set to {round_.kind}, the kind of round "
                f"{round_.slug}.",
            },
        ]
        meeting.kind = round_.kind
    # the round is now a person's decision; the kind that follows it stays the machine's
    meeting.staff_edited_fields = sorted({*meeting.staff_edited_fields, *changed})
    if user is not None and getattr(user, "is_authenticated", False):
        meeting._history_user = user
    meeting._change_reason = "round"
    meeting.save()
    for touched in {previous, round_} - {None}:
        round_refresh(round_=touched)
    return meeting


def meeting_kind_for_round(*, meeting: Meeting) -> str:
    """The kind a meeting of a round has: the round's, unless a person set the meeting's."""
    if meeting.round_id and not meeting.is_staff_owned("kind"):
        return meeting.round.kind
    return meeting.kind


def round_refresh(*, round_: Round, today: datetime.date | None = None) -> Round:
    """Dates and status from the round's meetings (where no person set them); stop-order warnings.

    A reported stop number that is not the meeting's place in date order is a
    `stop_order_conflict` warning for review (a misnumbered report, or a missing stop).
    """
    today = today or timezone.localdate()
    order = round_stop_order(round_=round_)
    meetings = list(round_.meetings.filter(merged_into__isnull=True))
    dates = [m.date for m in meetings if m.date]
    changed = []
    # the dates only widen: a planned start stays until a stop comes before it
    first = min([*dates, *([round_.start] if round_.start else [])], default=None)
    if first and not round_.is_staff_owned("start") and round_.start != first:
        round_.start, changed = first, [*changed, "start"]
    if dates and not round_.is_staff_owned("end") and (not round_.end or max(dates) > round_.end):
        round_.end, changed = max(dates), [*changed, "end"]
    if not round_.is_staff_owned("status"):
        last = any(m.stop_last for m in meetings)
        status = _status(round_, today=today, has_meetings=bool(dates), last=last)
        if status != round_.status:
            round_.status, changed = status, [*changed, "status"]
    if changed:
        round_.save(update_fields=[*changed, "updated_at"])
    for meeting in meetings:
        warnings = [w for w in meeting.warnings or [] if w.get("code") != "stop_order_conflict"]
        place = order.get(meeting.pk)
        if meeting.stop_last and place and place != len(order):
            warnings.append(
                {
                    "code": "stop_order_conflict",
                    "field": "meeting.stop_last",
                    "message": f"Reported as the last stop of round {round_.slug}, but the "
                    f"dates make it stop {place} of {len(order)}.",
                }
            )
        if meeting.stop_number and place and meeting.stop_number != place:
            warnings.append(
                {
                    "code": "stop_order_conflict",
                    "field": "meeting.stop_number",
                    "message": f"Reported as stop {meeting.stop_number} of round {round_.slug}, "
                    f"but the dates make it stop {place}.",
                }
            )
        if warnings != (meeting.warnings or []):
            Meeting.objects.filter(pk=meeting.pk).update(warnings=warnings)
    return round_


def _all_visited(round_: Round) -> bool:
    expected = set(round_.regions.values_list("pk", flat=True))
    visited = set(
        round_.meetings.filter(merged_into__isnull=True).values_list("region_id", flat=True)
    )
    return bool(expected) and expected <= visited


def _status(round_: Round, *, today: datetime.date, has_meetings: bool, last: bool) -> str:
    """Done when every expected region had its stop, a report called one the last, or nothing
    was heard for QUIET_DAYS after the end; ongoing from its first stop; planned before."""
    quiet = round_.end and (today - round_.end).days > QUIET_DAYS
    if last or _all_visited(round_) or quiet:
        return RoundStatus.DONE
    if has_meetings or (round_.start and round_.start <= today):
        return RoundStatus.ONGOING
    return RoundStatus.PLANNED


def round_regions_default(*, round_: Round) -> None:
    """A round without expected regions is expected in all 12."""
    if not round_.regions.exists():
        round_.regions.set(Region.objects.all())


def _unique_slug(base: str) -> str:
    slug, n = base[:110], 2
    while Round.objects.filter(slug=slug).exists():
        slug, n = f"{base[:110]}-{n}", n + 1
    return slug


def _lead_official(meetings: list[Meeting]) -> Official | None:
    """The person who took part in most of the meetings, when that is at least half of them."""
    counts = Counter(
        Participation.objects.filter(meeting__in=meetings).values_list("official_id", flat=True)
    )
    if not counts:
        return None
    official_id, n = counts.most_common(1)[0]
    return Official.objects.filter(pk=official_id).first() if n * 2 >= len(meetings) else None


@transaction.atomic
def rounds_propose_new(*, today: datetime.date | None = None) -> list[Round]:
    """Propose a new round for each cluster of meetings of one programme that has none.

    A cluster: at least MIN_CLUSTER dated meetings of one family in as many regions, each within
    CLUSTER_GAP_DAYS of the previous one, with neither a round nor a pending proposal.
    """
    free = (
        Meeting.objects.filter(round__isnull=True, merged_into__isnull=True, date__isnull=False)
        .exclude(programme_key="")
        .exclude(status=Meeting.Status.REJECTED)
        .exclude(round_proposals__decision=RoundProposal.Decision.PENDING)
        .exclude(Q(staff_edited_fields__contains=["round"]))
        .order_by("programme_key", "date", "pk")
    )
    groups: dict[str, list[Meeting]] = {}
    for meeting in free:
        groups.setdefault(meeting.programme_key, []).append(meeting)
    proposed = []
    for key, meetings in groups.items():
        cluster: list[Meeting] = []
        for meeting in [*meetings, None]:
            gap = meeting is None or (
                cluster and (meeting.date - cluster[-1].date).days > CLUSTER_GAP_DAYS
            )
            if gap and cluster:
                if len({m.region_id for m in cluster}) >= MIN_CLUSTER:
                    proposed.append(_round_from_cluster(key, cluster, today=today))
                cluster = []
            if meeting is not None:
                cluster.append(meeting)
    return proposed


def _round_from_cluster(key: str, meetings: list[Meeting], *, today: datetime.date | None) -> Round:
    family = FAMILY_BY_KEY[key]
    start = meetings[0].date
    year = f" {start.year}"
    names = family.names
    round_ = Round.objects.create(
        name_ar=names["ar"] + year,
        name_fr=names["fr"] + year,
        name_en=names["en"] + year,
        slug=_unique_slug(slugify(f"{key.replace('_', '-')}-{start:%Y-%m}")),
        programme=key,
        kind=family.kind,
        lead_official=_lead_official(meetings),
        start=start,
        is_proposal=True,
        is_synthetic=all(m.is_synthetic for m in meetings),
    )
    round_regions_default(round_=round_)
    for meeting in meetings:
        RoundProposal.objects.get_or_create(
            meeting=meeting,
            round=round_,
            defaults={"score": MIN_SCORE, "reason": f"cluster of {len(meetings)} {key} meetings"},
        )
    round_refresh(round_=round_, today=today)
    return round_


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


@transaction.atomic
def rounds_load(*, definitions: list[dict[str, Any]], synthetic: bool = False) -> list[Round]:
    """Rounds from definitions (the demo's events/samples/rounds.json), then their stops.

    Each definition names the round (slug, names, programme, kind, dates, status) and its lead
    official by a spelling; the meetings are then put into it through the machine's proposals,
    confirmed as `load_samples` publishes the meetings it ingests.
    """
    rounds = []
    for spec in definitions:
        lead = None
        if spec.get("lead_official"):
            name = spec["lead_official"]
            found = official_by_spelling(name=name, index=alias_index())
            lead = Official.objects.filter(pk=found.official_id).first() if found else None
        round_, _ = Round.objects.update_or_create(
            slug=spec["slug"],
            defaults={
                "name_ar": spec.get("name_ar", ""),
                "name_fr": spec.get("name_fr", ""),
                "name_en": spec.get("name_en", ""),
                "programme": spec.get("programme", ""),
                "kind": spec.get("kind", Meeting.Kind.OTHER),
                "lead_official": lead,
                "start": _date(spec.get("start")),
                "end": _date(spec.get("end")),
                "is_synthetic": synthetic,
            },
        )
        round_regions_default(round_=round_)
        rounds.append(round_)
    free = Meeting.objects.filter(round__isnull=True, merged_into__isnull=True)
    for meeting in free.order_by("date", "id"):  # in date order: each stop finds the earlier
        meeting_round_signals_update(meeting=meeting)
        proposal = round_propose_for_meeting(meeting=meeting)
        if proposal is not None and proposal.round in rounds:
            round_proposal_confirm(proposal=proposal)
    for round_ in rounds:
        round_.refresh_from_db()
        round_refresh(round_=round_)
    return rounds
