"""Reads of rounds: the public list, one round's board of the 12 regions, its stops in order.

A round's stops are its public meetings, numbered by date (`round_stop_order`); the number the
press reported is shown beside it, and a disagreement is a review warning (services/rounds.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet

from events.models import ExportFigure, Meeting, Participation, Round
from regions.models import Region


def round_list() -> QuerySet[Round]:
    """Public rounds, newest first, with how many regions they expect and have visited."""
    visited = Count(
        "meetings__region",
        distinct=True,
        filter=Q(meetings__status=Meeting.Status.PUBLISHED, meetings__merged_into__isnull=True),
    )
    return (
        Round.objects.public()
        .select_related("lead_official")
        .annotate(expected_count=Count("regions", distinct=True), visited_count=visited)
        .order_by("-start", "-id")
    )


def round_get(*, slug: str) -> Round | None:
    """A public round by its slug."""
    return round_list().filter(slug=slug).first()


def round_stop_order(*, round_: Round, public: bool = False) -> dict[int, int]:
    """Meeting id → its place among the round's dated meetings (1 for the earliest)."""
    meetings = Meeting.objects.public() if public else Meeting.objects.filter(merged_into=None)
    dated = (
        meetings.filter(round=round_, date__isnull=False)
        .exclude(status=Meeting.Status.REJECTED)
        .order_by("date", "id")
        .values_list("pk", flat=True)
    )
    return {pk: n for n, pk in enumerate(dated, start=1)}


@dataclass
class Stop:
    """One stop of a round: a public meeting with its place in date order."""

    number: int | None  # in date order; None for an undated meeting
    meeting: Meeting
    chair: Participation | None
    figures: list[ExportFigure]
    report_count: int

    @property
    def reported_number(self) -> int | None:
        return self.meeting.stop_number

    @property
    def number_differs(self) -> bool:
        return bool(
            self.meeting.stop_number and self.number and self.meeting.stop_number != self.number
        )


@dataclass
class BoardRow:
    """A region on a round's board: expected or not, and its stops (none: not yet visited)."""

    region: Region
    expected: bool
    stops: list[Stop] = field(default_factory=list)

    @property
    def visited(self) -> bool:
        return bool(self.stops)


@dataclass
class Board:
    round: Round
    rows: list[BoardRow]
    stops: list[Stop]

    @property
    def expected_count(self) -> int:
        return sum(1 for r in self.rows if r.expected)

    @property
    def visited_count(self) -> int:
        return sum(1 for r in self.rows if r.expected and r.visited)


def round_stops(*, round_: Round) -> list[Stop]:
    """The round's public meetings in date order (undated last), with chair, figures, reports."""
    participations = Participation.objects.select_related("official").order_by("id")
    meetings = (
        Meeting.objects.public()
        .filter(round=round_)
        .select_related("region")
        .prefetch_related(
            Prefetch("participations", participations),
            Prefetch("figures", ExportFigure.objects.public().order_by("scope", "-amount_mad")),
        )
        .annotate(report_count=Count("sources", distinct=True))
        .order_by("date", "id")
    )
    order = round_stop_order(round_=round_, public=True)
    stops = []
    for meeting in meetings:
        people = list(meeting.participations.all())
        stops.append(
            Stop(
                number=order.get(meeting.pk),
                meeting=meeting,
                chair=people[0] if people else None,  # the first person the report names
                figures=list(meeting.figures.all()),
                report_count=meeting.report_count,
            )
        )
    stops.sort(key=lambda s: (s.number is None, s.number or 0))
    return stops


def round_board(*, round_: Round) -> Board:
    """The 12 regions with the round's stops in each, and the stops in date order."""
    expected = set(round_.regions.values_list("pk", flat=True))
    stops = round_stops(round_=round_)
    rows = [
        BoardRow(region=region, expected=region.pk in expected or not expected)
        for region in Region.objects.defer("geom", "geom_simplified").order_by("code")
    ]
    by_region = {row.region.pk: row for row in rows}
    for stop in stops:
        row = by_region.get(stop.meeting.region_id)
        if row is not None:
            row.stops.append(stop)
    return Board(round=round_, rows=rows, stops=stops)


def round_route(*, stops: list[Stop]) -> list[dict[str, Any]]:
    """The numbered stops with a point, in date order, for the page's map (json_script)."""
    route = []
    for stop in stops:
        if stop.number is None:
            continue
        point = stop.meeting.location or (
            stop.meeting.region.capital_location if stop.meeting.region else None
        )
        if point is None:
            continue
        route.append(
            {
                "number": stop.number,
                "lon": round(point.x, 5),
                "lat": round(point.y, 5),
                "city": stop.meeting.city
                or (stop.meeting.region.capital if stop.meeting.region else ""),
                "date": stop.meeting.date.isoformat() if stop.meeting.date else None,
                "meeting": stop.meeting.pk,
            }
        )
    return route


def round_api_rows() -> QuerySet[Round]:
    """Public rounds for the API, with their expected regions' codes."""
    return round_list().prefetch_related(
        Prefetch("regions", Region.objects.only("id", "code").order_by("code"))
    )


def _round_row(round_: Round) -> dict[str, Any]:
    """A round's public shape in the API (names in the three languages, no page formatting)."""
    lead = round_.lead_official
    return {
        "slug": round_.slug,
        "name_ar": round_.name_ar,
        "name_fr": round_.name_fr,
        "name_en": round_.name_en,
        "programme": round_.programme or None,
        "kind": round_.kind,
        "status": round_.status,
        "start": round_.start.isoformat() if round_.start else None,
        "end": round_.end.isoformat() if round_.end else None,
        "lead_official": (
            {"id": lead.pk, "name_ar": lead.name_ar, "name_latin": lead.name_latin}
            if lead
            else None
        ),
        "expected_regions": [r.code for r in round_.regions.all()],
        "visited_count": round_.visited_count,
    }


def round_rows() -> list[dict[str, Any]]:
    """Every public round as the API lists it."""
    return [_round_row(r) for r in round_api_rows()]


def round_detail_row(*, slug: str) -> dict[str, Any] | None:
    """A public round with its stops in date order (None when there is no such round)."""
    round_ = round_api_rows().filter(slug=slug).first()
    if round_ is None:
        return None
    stops = [
        {
            "number": stop.number,
            "reported_number": stop.meeting.stop_number,
            "reported_last": stop.meeting.stop_last,
            "meeting": stop.meeting.pk,
            "date": stop.meeting.date.isoformat() if stop.meeting.date else None,
            "region": stop.meeting.region.code if stop.meeting.region else None,
            "city": stop.meeting.city,
            "report_count": stop.report_count,
        }
        for stop in round_stops(round_=round_)
    ]
    return {**_round_row(round_), "stops": stops}
