"""The meeting store: one article's extraction becomes a meeting with its officials and figures.

`meeting_upsert_from_extraction` reads the article's extraction as a `MachineReport`, then asks
two questions, each answered in one place:

- Which stored meeting does this report describe? `meeting_find_match`: the match rules (same
  region; kind equal or one unknown; the same day, or close with an official in common and no
  other city; undated needs two officials or the kind in common).
- What may the report change on it? `meeting_add_report`, through
  `meeting_apply_machine_facts`: a field a person edited is never overwritten by a machine; new
  evidence is attached and a value that disagrees becomes a `conflicting_report` warning.
  On a published meeting nothing public changes by itself: `meeting_report_changes` lists what
  the report would add or change, and unless it only repeats known facts (then its source is
  attached) or JIHAT_AUTO_PUBLISH covers every one of them by calibrated confidence, the lot is
  held as a `MeetingProposal` for a reviewer (events/services/proposals.py applies it).

A value the extractor gives outside the model's vocabularies (a meeting kind, a role code, a
figure's metric or scope that is not one of its TextChoices) is stored as "other" and recorded:
an `unknown_value` warning on the meeting and a warning in the worker's log.
"""

from __future__ import annotations

import datetime
import logging
import zlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.contrib.gis.geos import Point
from django.contrib.postgres.aggregates import ArrayAgg
from django.db import connection
from django.db.models import Prefetch, TextChoices

from events import extraction
from events.extraction import normalize_name
from events.extraction.calibration import unconfident_facts
from events.extraction.normalize import fold_search
from events.models import (
    Article,
    ExportFigure,
    Meeting,
    MeetingProposal,
    MeetingSource,
    Metric,
    Participation,
    RoleCode,
    Scope,
)
from events.services.common import iso_date, unique_row
from events.services.officials import (
    ResolvedOfficial,
    alias_index,
    official_by_spelling,
    official_resolve,
)
from regions.models import Region

logger = logging.getLogger(__name__)

# Reports of one meeting may disagree on the day by one (a weekday typo, "yesterday" misread);
# beyond two days it is another meeting.
MATCH_MAX_DAYS = 2
# Two figures within 0.5 % are the same amount written differently (2,6 vs 2.6 milliards).
FIGURE_SAME_RELATIVE = Decimal("0.005")
# Warnings that make a meeting's date uncertain (shown with "≈", left for review).
UNCERTAIN_DATE_WARNINGS = {
    "year_inferred",
    "weekday_mismatch",
    "date_after_publication",
    "date_moved",
    "relative_date",
}
MEETING_FIELDS = (
    "date",
    "date_precision",
    "date_certain",
    "region",
    "city",
    "location",
    "kind",
    "title",
    "summary",
    "programme",
)
# Fields a later report may propose on a published meeting (date brings its precision and
# certainty, city its location). A differing title, programme or summary is another article's
# wording (often in the other language), not another fact: proposed only where the meeting has
# none.
PROPOSED_FIELDS = ("date", "city", "location", "kind", "programme", "title", "summary")
FILL_ONLY_FIELDS = {"location", "title", "programme", "summary"}
# The value stored for a vocabulary value the model does not know (each of these choices has it).
UNKNOWN = "other"

Person = tuple[dict[str, Any], ResolvedOfficial]


@dataclass(frozen=True)
class StoreOutcome:
    result: str  # "new", "merged", "unchanged", "irrelevant"
    meeting: Meeting | None = None


@dataclass(frozen=True)
class MachineReport:
    """What one article says about a meeting, read from its extraction and ready to store."""

    article: Article
    facts: dict[str, Any]  # the meeting's field values (MEETING_FIELDS) as this article gives them
    people: list[Person]  # each official named, resolved to a person, once
    figures: list[dict[str, Any]]
    warnings: list[dict[str, Any]]  # for the reviewer, each naming this article
    evidence: dict[str, Any]  # the words behind the meeting's date, region, city and kind
    confidence: float | None
    extraction: dict[str, Any] | None = None  # the article's extraction (calibrated confidences)

    def unconfident(self) -> set[str]:
        """Paths of the facts below the publish threshold (events.extraction.calibration)."""
        return set(unconfident_facts(self.extraction or {}))


def meeting_upsert_from_extraction(*, article: Article, publish: bool = False) -> StoreOutcome:
    """Create the meeting an article reports, or add the article to the meeting it matches."""
    data: dict[str, Any] = article.extraction or {}
    facts = meeting_facts(article=article, data=data)
    if not data.get("relevant", True) or (
        facts["region"] is None and facts["date"] is None and not data.get("officials")
    ):
        return StoreOutcome("irrelevant")

    region: Region | None = facts["region"]
    _lock(f"meetings:{region.code if region else '-'}")
    people = _people(data.get("officials") or [])
    meeting, reason = meeting_find_match(
        region=region,
        date=facts["date"],
        kind=facts["kind"],
        official_ids={resolved.official_id for _, resolved in people},
        city=facts.get("city") or "",
    )
    report = MachineReport(
        article=article,
        facts=facts,
        people=people,
        figures=data.get("figures") or [],
        warnings=[
            *(
                {**w, "article": article.pk}
                for w in data.get("warnings") or []
                if isinstance(w, dict)
            ),
            *report_unknown_values(data=data, article=article),
        ],
        evidence=(data.get("meeting") or {}).get("evidence") or {},
        confidence=_meeting_confidence(data),
        extraction=data,
    )
    if meeting is None:
        return StoreOutcome("new", meeting_create_from_report(report=report, publish=publish))
    meeting_add_report(meeting=meeting, report=report, reason=reason, publish=publish)
    return StoreOutcome("merged", meeting)


def meeting_create_from_report(*, report: MachineReport, publish: bool = False) -> Meeting:
    """A new meeting from its first report. It has no sources, participants or figures yet:
    plain inserts, no look-ups."""
    meeting = Meeting.objects.create(
        **report.facts,
        status=_initial_status(report, publish),
        confidence=report.confidence,
        warnings=_merge_warnings([], report.warnings),
    )
    MeetingSource.objects.create(
        meeting=meeting,
        article=report.article,
        evidence=report.evidence,
        match_reason="new meeting",
    )
    for person, resolved in report.people:
        Participation.objects.create(
            meeting=meeting,
            official_id=resolved.official_id,
            **participation_fields(article=report.article, person=person, resolved=resolved),
        )
    figures_add(meeting=meeting, article=report.article, figures=report.figures, known=[])
    return meeting


def meeting_add_report(
    *, meeting: Meeting, report: MachineReport, reason: str, publish: bool = False
) -> None:
    """Another report of a stored meeting (found by `meeting_find_match`, with its
    participations prefetched): fill what the meeting lacks, attach the article as a source,
    add new officials and figures once. Staff-owned fields and decisions stay as they are.

    A published meeting changes this way only when the report repeats known facts, or when
    JIHAT_AUTO_PUBLISH covers all it adds; else it is held (`meeting_hold_report`). `publish`
    (trusted input, demos) applies it as on an unpublished meeting."""
    if (
        meeting.status == Meeting.Status.PUBLISHED
        and not publish
        and meeting_hold_report(meeting=meeting, report=report, reason=reason) is not None
    ):
        return
    article = report.article
    before = _meeting_state(meeting)
    warnings = report.warnings + meeting_apply_machine_facts(
        meeting=meeting, facts=report.facts, article=article
    )
    if (
        publish
        and meeting.status == Meeting.Status.NEEDS_REVIEW
        and not meeting.is_staff_owned("status")
    ):
        meeting.status = Meeting.Status.PUBLISHED
    meeting.warnings = _merge_warnings(meeting.warnings, warnings)
    if _meeting_state(meeting) != before:  # an unchanged meeting gets no write, no history row
        meeting.save()
    # The article is locked and the region's meetings too: a source row exists only if this
    # article was stored before (re-ingested with --force); then it is left as it was.
    MeetingSource.objects.bulk_create(
        [
            MeetingSource(
                meeting=meeting,
                article=article,
                evidence=report.evidence,
                match_reason=reason[:300],
            )
        ],
        ignore_conflicts=True,
    )
    # The participations came with the meeting (meeting_find_match prefetches them).
    present = {p.official_id: p for p in meeting.participations.all()}
    for person, resolved in report.people:
        participation_upsert(
            meeting=meeting,
            article=article,
            person=person,
            resolved=resolved,
            existing=present.get(resolved.official_id),
        )
    figures_add(
        meeting=meeting,
        article=article,
        figures=report.figures,
        known=list(meeting.figures.only("meeting_id", "metric", "scope", "amount_mad").order_by()),
    )


def meeting_hold_report(
    *, meeting: Meeting, report: MachineReport, reason: str
) -> MeetingProposal | None:
    """Hold what a report would change on a published meeting as a proposal for review.

    None when nothing needs holding: the report only repeats known facts (its source is then
    attached as usual), or JIHAT_AUTO_PUBLISH is on and every fact it adds (none changed, no
    warning) is confident by calibration. A redelivered task finds its proposal again.
    """
    facts, conflicts = meeting_report_changes(meeting=meeting, report=report, reason=reason)
    new = [fact for fact in facts if fact["kind"] != "source"]
    if not new or _auto_applies(report=report, facts=new):
        return None
    warnings = _merge_warnings([], report.warnings + conflicts)
    proposal, created = MeetingProposal.objects.get_or_create(
        meeting=meeting, article=report.article, defaults={"facts": facts, "warnings": warnings}
    )
    if created:
        merged = _merge_warnings(meeting.warnings, warnings)
        if len(merged) != len(meeting.warnings or []):  # reviewers' lists count these
            meeting.warnings = merged
            meeting.save(update_fields=["warnings", "updated_at"])
    return proposal


def _auto_applies(*, report: MachineReport, facts: list[dict[str, Any]]) -> bool:
    """JIHAT_AUTO_PUBLISH covers these facts: each only adds (changes nothing), the report has
    no warning, and calibration calls every fact concerned confident."""
    if not settings.JIHAT_AUTO_PUBLISH or report.warnings:
        return False
    if any(fact["change"] != "add" for fact in facts):
        return False
    unconfident = report.unconfident()
    concerned = {path for fact in facts for path in fact["paths"]}
    return "relevant" not in unconfident and not (concerned & unconfident)


def meeting_report_changes(
    *, meeting: Meeting, report: MachineReport, reason: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """What the report would add to or change on the meeting, applying nothing: one fact
    dict each (see MeetingProposal), its source last; and the `conflicting_report` warnings
    of the values it changes. The same decisions as `meeting_add_report` makes when applying."""
    data = report.extraction or {}
    found = data.get("meeting") or {}
    facts: list[dict[str, Any]] = []
    conflicts: list[dict[str, Any]] = []
    for field in PROPOSED_FIELDS:
        fact = _meeting_field_change(meeting, report, field, found)
        if fact is None:
            continue
        facts.append(fact)
        if fact["change"] == "change":
            conflicts.append(_conflict(report.article, field, fact["proposed"], fact["current"]))
    facts += _participation_changes(meeting=meeting, report=report)
    facts += _figure_changes(meeting=meeting, report=report)
    facts.append(
        {
            "key": "source",
            "kind": "source",
            "label": "source",
            "current": None,
            "proposed": report.article.title or report.article.source_ref,
            "values": {"evidence": report.evidence, "match_reason": reason[:300]},
            "evidence": None,
            "confidence": None,
            "paths": [],
            "change": "add",
        }
    )
    for fact in facts:
        fact["status"] = MeetingProposal.Status.PENDING
    return facts, conflicts


def _participation_changes(*, meeting: Meeting, report: MachineReport) -> list[dict[str, Any]]:
    """The officials a report adds to a meeting, and the empty roles it fills."""
    facts: list[dict[str, Any]] = []
    data = report.extraction or {}
    officials = data.get("officials") or []
    present = {p.official_id: p for p in meeting.participations.all()}
    for person, resolved in report.people:
        index = next((i for i, o in enumerate(officials) if o is person), None)
        paths = (
            [f"officials[{index}]", f"officials[{index}].role_code"] if index is not None else []
        )
        fields = participation_fields(article=report.article, person=person, resolved=resolved)
        values = {k: v for k, v in fields.items() if k != "article"}
        shown = f"{person.get('name', '')} — {fields['role'] or fields['role_code']}"
        existing = present.get(resolved.official_id)
        common = {"evidence": person.get("evidence"), "paths": paths, "change": "add"}
        if existing is None:
            facts.append(
                {
                    "key": f"official:{resolved.official_id}",
                    "kind": "participation",
                    "label": "official",
                    "current": None,
                    "proposed": shown,
                    "values": {**values, "official_id": resolved.official_id},
                    "confidence": person.get("confidence"),
                    **common,
                }
            )
        elif not existing.role and fields["role"] and not existing.is_staff_owned("role"):
            facts.append(
                {
                    "key": f"role:{resolved.official_id}",
                    "kind": "role",
                    "label": "role",
                    "current": "",
                    "proposed": shown,
                    "values": {
                        "participation_id": existing.pk,
                        "role": fields["role"],
                        "role_code": fields["role_code"],
                    },
                    "confidence": person.get("role_confidence"),
                    **common,
                }
            )
    return facts


def _figure_changes(*, meeting: Meeting, report: MachineReport) -> list[dict[str, Any]]:
    """The figures a report adds to a meeting (each once, none it already has)."""
    facts: list[dict[str, Any]] = []
    known = list(meeting.figures.only("meeting_id", "metric", "scope", "amount_mad").order_by())
    seen: set[str] = set()
    for index, figure in enumerate(report.figures):
        key = _figure_key(figure)
        if key is None or _figure_known(known, *key) is not None:
            continue
        metric, scope, amount = key
        name = f"figure:{metric}:{scope}:{amount}"
        if name in seen:
            continue
        seen.add(name)
        facts.append(
            {
                "key": name,
                "kind": "figure",
                "label": "figure",
                "current": None,
                "proposed": f"{amount:,.0f} MAD {metric} ({scope}, {figure.get('year') or '?'})",
                "values": figure,
                "evidence": figure.get("evidence"),
                "confidence": figure.get("confidence"),
                "paths": [
                    f"figures[{index}]",
                    f"figures[{index}].metric",
                    f"figures[{index}].scope",
                ],
                "change": "add",
            }
        )
    return facts


def _meeting_field_change(
    meeting: Meeting, report: MachineReport, field: str, found: dict[str, Any]
) -> dict[str, Any] | None:
    """The proposed fact for one meeting field, or None when the report adds nothing to it.

    "add" fills what the meeting lacks, as `meeting_apply_machine_facts` would; "change"
    replaces a value (held for a person whatever the confidence, the staff's values included).
    """
    facts = report.facts
    new, current = facts[field], getattr(meeting, field)
    if new in (None, "") or (field == "kind" and new == UNKNOWN):
        return None
    owned = meeting.is_staff_owned(field)
    if field == "date":
        values = {
            "date": new.isoformat(),
            "date_precision": facts["date_precision"],
            "date_certain": facts["date_certain"],
        }
        fills = current is None or (not meeting.date_certain and facts["date_certain"])
        if new == current and not (fills and not owned):
            return None
        # A date where there was none, or the same day made certain, adds; another day changes.
        change = "add" if (current is None or new == current) and not owned else "change"
        shown_new = f"{new.isoformat()}{'' if facts['date_certain'] else ' ≈'}"
        shown_current = (
            f"{current.isoformat()}{'' if meeting.date_certain else ' ≈'}" if current else None
        )
    else:
        empty = current in (None, "")
        if empty and not owned:
            change = "add"
        elif field in FILL_ONLY_FIELDS or not _differs(new, current):
            return None
        else:
            change = "change"
        if field == "location":
            values = {"location": list(new.coords)}
            shown_new, shown_current = _point_text(new), _point_text(current)
        else:
            values = {field: new}
            if field == "city" and facts["location"] is not None:
                values["location"] = list(facts["location"].coords)
            shown_new, shown_current = str(new), (None if empty else str(current))
    evidence_key = {"programme": "programme_evidence"}.get(field)
    evidence = found.get(evidence_key) if evidence_key else report.evidence.get(field)
    confidence = (found.get("confidence") or {}).get({"location": "city"}.get(field, field))
    path = {"location": "meeting.city"}.get(field, f"meeting.{field}")
    return {
        "key": f"meeting.{field}",
        "kind": "meeting",
        "field": field,
        "label": field,
        "current": shown_current,
        "proposed": shown_new,
        "values": values,
        "evidence": evidence if isinstance(evidence, dict) else None,
        "confidence": confidence,
        "paths": [path] if path in {f"meeting.{f}" for f in ("date", "city", "kind")} else [],
        "change": change,
        "staff_owned": owned,
    }


def _point_text(point: Point | None) -> str | None:
    return f"{point.y:.5f}, {point.x:.5f}" if point is not None else None


def _conflict(article: Article, field: str, new: Any, current: Any) -> dict[str, Any]:
    """The review warning of a report that gives another value than the one kept."""
    return {
        "code": "conflicting_report",
        "field": f"meeting.{field}",
        "article": article.pk,
        "message": f"Article {article.pk} gives {field} = {new}; kept the current value "
        f"{current} until a reviewer decides.",
    }


def meeting_facts(*, article: Article, data: dict[str, Any]) -> dict[str, Any]:
    """The meeting's field values as this article gives them."""
    found = data.get("meeting") or {}
    region = (
        unique_row(Region.objects.only("pk", "code").filter(code=found["region"]))
        if found.get("region")
        else None
    )
    city = found.get("city") or ""
    location = None
    if city:
        lonlat = extraction.city_location(city)
        if lonlat:
            location = Point(*lonlat, srid=4326)
    codes = {w.get("code") for w in data.get("warnings") or [] if isinstance(w, dict)}
    date = iso_date(found.get("date"))
    return {
        "date": date,
        "date_precision": found.get("date_precision") or Meeting.DatePrecision.DAY,
        "date_certain": date is not None and not (codes & UNCERTAIN_DATE_WARNINGS),
        "region": region,
        "city": city[:120],
        "location": location,
        "kind": choice_or_unknown(found.get("kind"), Meeting.Kind),
        "title": (article.title or data.get("title") or "")[:500],
        "summary": _summary(article.text, article.title),
        "programme": (found.get("programme") or "")[:300],
    }


def choice_or_unknown(value: Any, choices: type[TextChoices]) -> str:
    """The value when the model's choices know it, else "other" (report_unknown_values says so)."""
    return value if value in choices.values else UNKNOWN


def report_unknown_values(*, data: dict[str, Any], article: Article) -> list[dict[str, Any]]:
    """One `unknown_value` warning per field where the extraction names a value that is not one
    of the model's TextChoices (the extractor and the model disagree: a bug to fix, never a
    value to drop in silence). A value the extraction leaves out is not unknown."""
    named: dict[str, tuple[type[TextChoices], list[Any]]] = {
        "meeting.kind": (Meeting.Kind, [(data.get("meeting") or {}).get("kind")]),
        "participation.role_code": (
            RoleCode,
            [p.get("role_code") for p in data.get("officials") or [] if isinstance(p, dict)],
        ),
        "figure.metric": (
            Metric,
            [f.get("metric") for f in data.get("figures") or [] if isinstance(f, dict)],
        ),
        "figure.scope": (
            Scope,
            [f.get("scope") for f in data.get("figures") or [] if isinstance(f, dict)],
        ),
    }
    warnings = []
    for field, (choices, values) in named.items():
        unknown = sorted(
            {str(v) for v in values if v not in (None, "") and v not in choices.values}
        )
        if not unknown:
            continue
        logger.warning(
            "article %s: unknown %s %s, stored as %s", article.pk, field, unknown, UNKNOWN
        )
        warnings.append(
            {
                "code": "unknown_value",
                "field": field,
                "article": article.pk,
                "values": unknown,
                "message": f"Article {article.pk} gives {field} = {', '.join(unknown)}, which is "
                f"not one of {', '.join(choices.values)}; stored as {UNKNOWN}.",
            }
        )
    return warnings


def meeting_find_match(
    *,
    region: Region | None,
    date: datetime.date | None,
    kind: str,
    official_ids: set[int],
    city: str = "",
) -> tuple[Meeting | None, str]:
    """The stored meeting this report is about, if any, with the reason for the match.

    Same region; kind equal (or one of them unknown); date equal, or within MATCH_MAX_DAYS
    with an official in common; two different cities are two meetings unless the date is the
    same. A date unknown on either side needs more than the touring minister in common (on the
    real press he chairs most meetings of a region): two officials in common, or the same known
    kind.
    """
    if region is None:
        return None, ""
    candidates = Meeting.objects.filter(region=region, merged_into__isnull=True)
    if date is not None:
        window = datetime.timedelta(days=MATCH_MAX_DAYS)
        candidates = candidates.filter(
            date__range=(date - window, date + window)
        ) | candidates.filter(date__isnull=True)
    # Decide on ids, kinds, dates, cities and participants only; read the whole row of the
    # chosen one.
    rows = candidates.annotate(
        official_ids=ArrayAgg("participations__official_id", distinct=True)
    ).values_list("pk", "kind", "date", "city", "official_ids")
    best, best_key, best_reason = None, None, ""
    for pk, meeting_kind, meeting_date, meeting_city, meeting_officials in rows[:50]:
        if kind != meeting_kind and Meeting.Kind.OTHER not in (kind, meeting_kind):
            continue
        shared = official_ids & set(meeting_officials or ())
        days = abs((meeting_date - date).days) if meeting_date and date else None
        if not _same_meeting(
            days=days,
            shared=len(shared),
            same_kind=kind == meeting_kind != Meeting.Kind.OTHER,
            same_city=_same_city(city, meeting_city),
        ):
            continue
        key = (days == 0, len(shared), -(days or 0))
        if best_key is None or key > best_key:
            best, best_key = pk, key
            best_reason = _match_reason(region, days, meeting_kind, len(shared))
    if best is None:
        return None, ""
    # Of its participants, what filling an empty role needs (the evidence columns are wide).
    participants = Participation.objects.only(
        "meeting_id", "official_id", "role", "role_code", "origin", "staff_edited_fields"
    ).order_by()
    meeting = Meeting.objects.prefetch_related(Prefetch("participations", participants)).get(
        pk=best
    )
    return meeting, best_reason


def _same_city(a: str, b: str) -> bool | None:
    """True or False when both reports name a city, None when one of them does not."""
    if not a or not b:
        return None
    return fold_search(a) == fold_search(b)


def _same_meeting(
    *, days: int | None, shared: int, same_kind: bool, same_city: bool | None
) -> bool:
    """Whether a report and a stored meeting of one region, kinds compatible, are one meeting."""
    if days == 0:
        return True
    if same_city is False or not shared:
        return False
    if days is not None:  # both dated, within the window
        return True
    return shared >= 2 or same_kind


def _match_reason(region: Region, days: int | None, kind: str, shared: int) -> str:
    """Why a report joined a meeting, as MeetingSource.match_reason keeps it."""
    if days == 0:
        when = "same date"
    elif days is not None:
        when = f"dates {days} day(s) apart"
    else:
        when = "date unknown on one side"
    return f"same region {region.code}, {when}, kind {kind}, {shared} official(s) in common"


def meeting_apply_machine_facts(
    *, meeting: Meeting, facts: dict[str, Any], article: Article
) -> list[dict[str, Any]]:
    """Fill what the meeting lacks from a new report; never touch staff-owned fields.

    Returns review warnings for values that disagree with what is kept.
    """
    warnings = []
    for field in MEETING_FIELDS:
        if field in ("region", "summary", "date_precision", "date_certain"):
            continue  # region: the match key, equal by construction; the others follow below
        new, current = facts[field], getattr(meeting, field)
        if new in (None, ""):
            continue
        if (
            field == "date"
            and not meeting.is_staff_owned("date")
            and (current is None or (not meeting.date_certain and facts["date_certain"]))
        ):
            # A certain date from a new report replaces a missing or inferred one.
            meeting.date, meeting.date_precision = new, facts["date_precision"]
            meeting.date_certain = facts["date_certain"]
            continue
        if current in (None, "") and not meeting.is_staff_owned(field):
            setattr(meeting, field, new)
            continue
        if _differs(new, current):
            owner = "staff" if meeting.is_staff_owned(field) else "first report"
            warnings.append(
                {
                    "code": "conflicting_report",
                    "field": f"meeting.{field}",
                    "article": article.pk,
                    "message": f"Article {article.pk} gives {field} = {new}; kept the "
                    f"{owner}'s value {current}.",
                }
            )
    if not meeting.summary and facts["summary"] and not meeting.is_staff_owned("summary"):
        meeting.summary = facts["summary"]
    return warnings


def participation_fields(
    *, article: Article, person: dict, resolved: ResolvedOfficial
) -> dict[str, Any]:
    """A participation's machine values: role as written, role code, evidence, matching rule."""
    evidence = person.get("evidence") or {}
    matched = resolved.method
    if resolved.matched_alias:
        matched = f"{resolved.method}: {resolved.matched_alias}"
    return {
        "role": (person.get("role") or "")[:500],
        "role_code": choice_or_unknown(person.get("role_code"), RoleCode),
        "article": article,
        "evidence_text": evidence.get("text", ""),
        "evidence_start": evidence.get("start"),
        "evidence_end": evidence.get("end"),
        "name_as_written": person.get("name", "")[:200],
        "matched_alias": matched[:200],
        "confidence": person.get("confidence"),
    }


def participation_upsert(
    *,
    meeting: Meeting,
    article: Article,
    person: dict,
    resolved: ResolvedOfficial,
    existing: Participation | None,
) -> None:
    """Add an official to the meeting once; a later report only fills an empty role."""
    fields = participation_fields(article=article, person=person, resolved=resolved)
    if existing is None:
        Participation.objects.create(meeting=meeting, official_id=resolved.official_id, **fields)
        return
    if existing.role or not fields["role"] or existing.is_staff_owned("role"):
        return
    existing.role = fields["role"]
    if not existing.is_staff_owned("role_code"):
        existing.role_code = fields["role_code"]
    existing.save()


def figures_add(
    *, meeting: Meeting, article: Article, figures: list | None, known: list[ExportFigure]
) -> None:
    """Store each figure once per meeting, however many reports repeat it.

    `known` holds the meeting's figures; the ones created here are added to it.
    """
    for figure in figures or []:
        stored = figure_upsert(meeting=meeting, article=article, figure=figure, known=known)
        if stored is not None and stored not in known:
            known.append(stored)


def figure_upsert(
    *,
    meeting: Meeting,
    article: Article,
    figure: dict,
    known: list[ExportFigure],
    user: Any = None,
    reason: str = "",
) -> ExportFigure | None:
    """The meeting's figure for this amount: one of `known` within 0.5 %, or a new one.

    `user` and `reason` are recorded in the new figure's history (a reviewer's acceptance)."""
    key = _figure_key(figure)
    if key is None:
        return None
    metric, scope, amount = key
    same = _figure_known(known, metric, scope, amount)
    if same is not None:
        return same
    evidence = figure.get("evidence") or {}
    # The year the text says the figure is for; else the year of the meeting that reported it,
    # so that "latest figure" and the figures-by-year chart can place it.
    year = figure.get("year")
    if not (isinstance(year, int) and 1956 <= year <= 2100) and meeting.date:
        year = meeting.date.year
    row = ExportFigure(
        meeting=meeting,
        article=article,
        amount_mad=amount,
        metric=metric,
        scope=scope,
        approximate=bool(figure.get("approximate")),
        year=year if isinstance(year, int) and 1956 <= year <= 2100 else None,
        region_id=meeting.region_id if scope == Scope.REGION else None,
        text=(figure.get("text") or "")[:500],
        evidence_text=evidence.get("text", ""),
        evidence_start=evidence.get("start"),
        evidence_end=evidence.get("end"),
        confidence=figure.get("confidence"),
    )
    if user is not None:
        row._history_user = user
    if reason:
        row._change_reason = reason[:100]
    row.save()
    return row


def _figure_key(figure: dict) -> tuple[str, str, Decimal] | None:
    """(metric, scope, amount) of a reported figure as stored, or None when it has no amount."""
    try:
        amount = Decimal(str(figure["amount_mad"])).quantize(Decimal("0.01"))
    except (KeyError, ArithmeticError, ValueError):
        return None
    if amount < 0:
        return None
    return (
        choice_or_unknown(figure.get("metric"), Metric),
        choice_or_unknown(figure.get("scope"), Scope),
        amount,
    )


def _figure_known(
    known: list[ExportFigure], metric: str, scope: str, amount: Decimal
) -> ExportFigure | None:
    """The figure of `known` with this metric and scope within 0.5 % of the amount."""
    tolerance = max(amount * FIGURE_SAME_RELATIVE, Decimal("0.01"))
    for same in known:
        if (
            same.metric == metric
            and same.scope == scope
            and abs(same.amount_mad - amount) <= tolerance
        ):
            return same
    return None


# ------------------------------------------------------------------------------ helpers


def _people(found: list[dict[str, Any]]) -> list[Person]:
    """Each official the report names, resolved to a person (created when new), once.

    Most names are spellings seen before: read those aliases only. The whole index (for
    transliterations and surnames) is read for a new spelling, and again after one is stored.
    """
    people: list[Person] = []
    spellings = alias_index(normalized={normalize_name(p["name"]) for p in found})
    index: list | None = None
    for person in found:
        resolved = official_by_spelling(name=person["name"], index=spellings)
        if resolved is None:
            index = alias_index() if index is None else index
            resolved = official_resolve(name=person["name"], index=index)
            if resolved is None:
                continue
            if resolved.method != "alias":
                index = None
        if all(resolved.official_id != known.official_id for _, known in people):
            people.append((person, resolved))  # two spellings of one person in one text
    return people


def _summary(text: str, title: str) -> str:
    """The first paragraph that is not the title: a readable summary for the timeline."""
    for paragraph in (p.strip() for p in (text or "").split("\n")):
        if len(paragraph) > 80 and paragraph != (title or "").strip():
            return paragraph[:600]
    return ""


def _meeting_confidence(data: dict[str, Any]) -> float | None:
    values = [
        v
        for v in ((data.get("meeting") or {}).get("confidence") or {}).values()
        if isinstance(v, int | float)
    ]
    return round(min(max(sum(values) / len(values), 0.0), 1.0), 3) if values else None


def _initial_status(report: MachineReport, publish: bool) -> str:
    """Published at once for trusted input, or with JIHAT_AUTO_PUBLISH when calibration calls
    every fact of the report confident and it has no warning; else it waits for review."""
    confident = not report.warnings and not report.unconfident()
    if publish or (settings.JIHAT_AUTO_PUBLISH and confident):
        return Meeting.Status.PUBLISHED
    return Meeting.Status.NEEDS_REVIEW


def _merge_warnings(existing: list, new: list) -> list:
    seen = {(w.get("code"), w.get("field"), w.get("article")) for w in existing}
    merged = list(existing)
    for warning in new:
        key = (warning.get("code"), warning.get("field"), warning.get("article"))
        if key not in seen:
            seen.add(key)
            merged.append(warning)
    return merged


def _meeting_state(meeting: Meeting) -> tuple:
    """What a machine may change on a meeting, to tell whether it needs saving."""
    return (
        *(getattr(meeting, field) for field in MEETING_FIELDS if field != "region"),
        meeting.status,
        len(meeting.warnings or []),
    )


def _differs(new: Any, current: Any) -> bool:
    if isinstance(new, Point) or isinstance(current, Point):
        return False  # the location follows the city; the city comparison says it already
    return str(new).casefold() != str(current).casefold()


def _lock(name: str) -> None:
    """Transaction-scoped lock: two workers storing reports of one meeting don't both create it."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [zlib.crc32(name.encode())])
