"""Reads for the staff's start page: what waits for a person, counted, each count with the
change-list filter that lists exactly those rows (the admin's own list_filter parameters)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from events import messages
from events.models import Article, ArticleStatus, Meeting, MeetingStatus, Official, Source
from events.selectors.proposals import proposal_pending_count

# A conflicting report of a meeting's field: what the warnings of its later reports say.
# Region: the match key never conflicts on a stored meeting; the extractor flags an article
# that names several regions (`multiple_regions`) — the region may be wrong.
CONFLICTS = {
    "date": Q(warnings__contains=[{"code": "conflicting_report", "field": "meeting.date"}]),
    "city": Q(warnings__contains=[{"code": "conflicting_report", "field": "meeting.city"}]),
    "region": Q(warnings__contains=[{"code": "conflicting_report", "field": "meeting.region"}])
    | Q(warnings__contains=[{"code": "multiple_regions"}]),
}
CONFLICT_LABELS = {
    "date": _("Conflicting reports: date"),
    "city": _("Conflicting reports: city"),
    "region": _("Conflicting reports: region"),
}


@dataclass(frozen=True)
class Count:
    """One line of the start page: what, how many, and the change list that shows them."""

    key: str
    label: str
    count: int
    changelist: str  # admin URL name
    query: dict[str, str] = field(default_factory=dict)
    perm: str = "events.view_meeting"


# Meetings a decision may still concern: not rejected, not merged into another.
OPEN = Q(merged_into__isnull=True) & ~Q(status=MeetingStatus.REJECTED)


def meetings_open() -> QuerySet[Meeting]:
    return Meeting.objects.filter(OPEN)


def conflict_q(which: str) -> Q:
    """Open meetings whose later reports disagree on `which` (date, city, region)."""
    return OPEN & CONFLICTS[which]


def failed_articles_by_reason() -> list[tuple[str, int]]:
    """(failure code, count) of failed articles, most frequent first.

    The reasons are read from the text column: a few hundred failed rows at most (failures are
    retried or deleted), one short query.
    """
    errors = Article.objects.filter(status=ArticleStatus.FAILED).values_list("error", flat=True)
    counts = Counter(messages.failure_code(error) for error in errors.iterator())
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def dashboard_counts() -> list[Count]:
    """Everything the start page shows, in the order a staff member works through it."""
    open_meetings = meetings_open()
    to_review = open_meetings.filter(status=MeetingStatus.NEEDS_REVIEW).count()
    rows = [
        Count(
            "review",
            str(_("Meetings to review")),
            to_review,
            "admin:events_meeting_changelist",
            {"status__exact": MeetingStatus.NEEDS_REVIEW, "merged": "no"},
        ),
        Count(
            "proposals",
            str(_("Proposals on published meetings")),
            proposal_pending_count(),
            "admin:events_meetingproposal_changelist",
            {"status__exact": "pending"},
            "events.view_meeting",  # the proposals admin is open to whoever sees meetings
        ),
    ]
    for which, label in CONFLICT_LABELS.items():
        rows.append(
            Count(
                f"conflict_{which}",
                str(label),
                Meeting.objects.filter(conflict_q(which)).count(),
                "admin:events_meeting_changelist",
                {"conflict": which},
            )
        )
    for code, count in failed_articles_by_reason():
        rows.append(
            Count(
                f"failed_{code}",
                str(_("Failed articles: %(reason)s") % {"reason": messages.failure_label(code)}),
                count,
                "admin:events_article_changelist",
                {"status__exact": ArticleStatus.FAILED, "reason": code},
                "events.view_article",
            )
        )
    new_officials = Official.objects.filter(needs_review=True, merged_into__isnull=True)
    rows.append(
        Count(
            "officials",
            str(_("New officials to confirm")),
            new_officials.count(),
            "admin:events_official_changelist",
            {"needs_review__exact": "1", "merged": "no"},
            "events.view_official",
        )
    )
    rows.append(
        Count(
            "feeds",
            str(_("Feeds that failed at their last poll")),
            Source.objects.exclude(last_error="").count(),
            "admin:events_source_changelist",
            {"last_poll": "failed"},
            "events.view_source",
        )
    )
    return rows
