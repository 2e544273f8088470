"""Public pages of rounds: the list, and one round's board of the 12 regions with its route.

Thin: the selectors (events/selectors/rounds.py) read, events/presentation.py formats amounts.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from events.models import Official
from events.presentation import decorate_meetings, format_date, format_mad
from events.selectors import rounds


def _language() -> str:
    return (get_language() or "fr")[:2]


def person_name(official: Official, language: str) -> str:
    """An official's name in the page's script: Arabic on Arabic pages, Latin elsewhere."""
    if language == "ar":
        return official.name_ar or official.name_latin
    return official.name_latin or official.name_ar


@require_GET
def round_list(request: HttpRequest) -> HttpResponse:
    language = _language()
    items = list(rounds.round_list())
    for item in items:
        item.display_name = item.name_in(language)
        item.lead_name = person_name(item.lead_official, language) if item.lead_official else ""
        item.start_display = format_date(item.start) if item.start else ""
        item.end_display = format_date(item.end) if item.end else ""
    return render(request, "events/rounds/round_list.html", {"rounds": items})


@require_GET
def round_detail(request: HttpRequest, slug: str) -> HttpResponse:
    round_ = rounds.round_get(slug=slug)
    if round_ is None:
        raise Http404(_("No round with this name."))
    language = _language()
    board = rounds.round_board(round_=round_)
    # Dates, titles and cities in the page's language, as on every other page.
    decorate_meetings([stop.meeting for stop in board.stops], details=False)
    for stop in board.stops:
        stop.chair_name = person_name(stop.chair.official, language) if stop.chair else ""
        for figure in stop.figures:
            figure.display = format_mad(figure.amount_mad, approximate=figure.approximate)
    route = rounds.round_route(stops=board.stops)
    for point in route:
        point["url"] = reverse("meeting-detail", args=[point.pop("meeting")])
    context = {
        "round": round_,
        "round_name": round_.name_in(language),
        "lead_name": person_name(round_.lead_official, language) if round_.lead_official else "",
        "board": board,
        "map_data": {"route": route},
        "list_separator": "، " if language == "ar" else ", ",  # the Arabic comma in Arabic
        # the one date format of the page's language (docs/formats.md), as for each stop
        "start_display": format_date(round_.start) if round_.start else "",
        "end_display": format_date(round_.end) if round_.end else "",
        "meetings_api": reverse("api-meeting-list") + f"?round={round_.slug}",
    }
    return render(request, "events/rounds/round_detail.html", context)
