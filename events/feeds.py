"""Atom feeds of newly published meetings (issue 17 § 4), with Django's syndication framework.

- `/<lang>/feeds/meetings/?region=…&kind=…`: any filter of the map page. The query string is
  read by `MeetingFilter`, as `/api/meetings/` reads it: a bad value is a 400 naming the
  parameter (a reader subscribed to a wrong URL learns why, instead of getting every meeting).
- `/<lang>/feeds/regions/<code>/` and `/<lang>/feeds/officials/<id>/`: the same feed with the
  region or the official fixed (other filters may be added to the query string).
A round's feed is the filtered one, `?round=<slug>`, once `MeetingFilter` knows `round`.

Entries are public meetings only (`events.selectors.meetings`), newest publication first, in
the page's language (the URL's prefix). `feed_url_for_page` gives each public page the feed
that follows it (templates/base.html links it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.urls import path, reverse
from django.utils import formats
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext as _

import config.converters  # noqa: F401 -- registers <region:…>
from events.filters import InvalidFilters, MeetingFilter
from events.models import Meeting, Participation, RoleCode
from events.presentation import format_mad, meeting_title, query_string
from events.selectors import meetings, officials
from regions.selectors import region_get

# A reader polls the feed; the newest 50 publications cover weeks of the busiest rounds.
FEED_SIZE = 50
# Who "chaired" a meeting: the first of its people holding one of these roles, else the first.
CHAIR_ROLES = (RoleCode.MINISTER, RoleCode.SECRETARY_OF_STATE)


@dataclass
class FeedScope:
    """What one feed follows: cleaned filters, the page it mirrors and words for its title."""

    filters: dict[str, Any]
    page_url: str
    topic: list[str] = field(default_factory=list)


def _filters_or_400(request: HttpRequest) -> dict[str, Any]:
    return MeetingFilter.clean(request.GET, strict=True)


def _topic(filters: Mapping[str, Any]) -> list[str]:
    """Words naming the active filters ("Souss-Massa", "consultation", "2024")."""
    words = []
    if filters.get("region"):
        region = region_get(code=filters["region"])
        words.append(region.name if region else filters["region"])
    if filters.get("kind"):
        words.append(str(Meeting.Kind(filters["kind"]).label))
    if filters.get("official"):
        person = officials.official_get(official_id=filters["official"])
        if person is not None:
            words.append(str(person))
    for name in ("year", "date_from", "date_to", "q", "round"):
        if filters.get(name):
            value = filters[name]
            words.append(value.isoformat() if hasattr(value, "isoformat") else str(value))
    return words


def _date_text(meeting: Meeting) -> str:
    if meeting.date is None:
        return _("date unknown")
    fmt = {"year": "Y", "month": "YEAR_MONTH_FORMAT"}.get(meeting.date_precision, "DATE_FORMAT")
    text = formats.date_format(meeting.date, fmt)
    return text if meeting.date_certain else f"≈ {text}"


def _person(participation: Participation, language: str) -> str:
    person = participation.official
    name = (
        person.name_ar or person.name_latin
        if language == "ar"
        else person.name_latin or person.name_ar
    )
    return f"{name} ({participation.get_role_code_display()})"


def meeting_chair(meeting: Meeting) -> Participation | None:
    """The participation of who chaired: a minister or secretary of state, else the first."""
    people = list(meeting.participations.all())
    return next((p for p in people if p.role_code in CHAIR_ROLES), people[0] if people else None)


class MeetingFeed(Feed):
    """Newly published meetings matching the map page's filters."""

    feed_type = Atom1Feed

    def __call__(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return super().__call__(request, *args, **kwargs)
        except InvalidFilters as invalid:
            lines = [f"{name}: {' '.join(msgs)}" for name, msgs in invalid.errors.items()]
            message = _("This feed's address has invalid filters.") + "\n" + "\n".join(lines)
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")

    def get_object(self, request: HttpRequest, **kwargs) -> FeedScope:
        filters = _filters_or_400(request)
        return FeedScope(
            filters=filters,
            page_url=_with_query(reverse("home"), filters),
            topic=_topic(filters),
        )

    def title(self, scope: FeedScope) -> str:
        name = _("jihat — newly published meetings")
        return f"{name}: {', '.join(scope.topic)}" if scope.topic else name

    def subtitle(self, scope: FeedScope) -> str:
        return _(
            "Regional export consultations, forums and caravan stops, as they are published "
            "after review."
        )

    def link(self, scope: FeedScope) -> str:
        return scope.page_url

    def items(self, scope: FeedScope) -> list[Meeting]:
        return meetings.meeting_feed_items(filters=scope.filters, limit=FEED_SIZE)

    def item_title(self, meeting: Meeting) -> str:
        # The meeting page's own heading: composed from the facts in this language, unless a
        # staff member wrote one (presentation.meeting_title).
        return meeting_title(meeting)

    def item_link(self, meeting: Meeting) -> str:
        return reverse("meeting-detail", args=[meeting.id])

    def item_pubdate(self, meeting: Meeting):
        return meeting.published_at

    def item_updateddate(self, meeting: Meeting):
        return max(meeting.published_at, meeting.updated_at)

    def item_categories(self, meeting: Meeting) -> list[str]:
        words = [str(meeting.get_kind_display())]
        return words + ([meeting.region.name] if meeting.region_id else [])

    def item_description(self, meeting: Meeting) -> str:
        """Date, place, who chaired and the figures cited, as small HTML."""
        language = get_language() or "fr"
        place = ", ".join(
            p for p in (meeting.city, meeting.region.name if meeting.region else "") if p
        )
        rows = [
            (_("When"), _date_text(meeting)),
            (_("Where"), place or "—"),
            (_("Kind"), meeting.get_kind_display()),
        ]
        if meeting.programme:
            rows.append((_("Programme"), meeting.programme))
        chair = meeting_chair(meeting)
        if chair is not None:
            rows.append((_("Chaired by"), _person(chair, language)))
        others = [p for p in meeting.participations.all() if p is not chair]
        if others:
            rows.append((_("Officials"), ", ".join(_person(p, language) for p in others)))
        figures = [
            " · ".join(
                part
                for part in (
                    format_mad(f.amount_mad, approximate=f.approximate),
                    f"{f.get_metric_display()} ({f.get_scope_display()})",
                    str(f.year) if f.year else "",
                )
                if part
            )
            for f in meeting.figures.all()
        ]
        if figures:
            rows.append((_("Figures"), "; ".join(figures)))
        body = format_html_join("", "<p><strong>{}:</strong> {}</p>", rows)
        if meeting.summary:
            body += format_html("<p>{}</p>", meeting.summary)
        return body


class RegionMeetingFeed(MeetingFeed):
    """Newly published meetings in one region (`/<lang>/feeds/regions/<code>/`)."""

    def get_object(self, request: HttpRequest, code: str, **kwargs) -> FeedScope:
        region = region_get(code=code)
        if region is None:
            raise Http404
        filters = {**_filters_or_400(request), "region": code}
        return FeedScope(
            filters=filters,
            page_url=_with_query(reverse("region-detail", args=[code]), filters, drop="region"),
            topic=_topic(filters),
        )


class OfficialMeetingFeed(MeetingFeed):
    """Newly published meetings an official took part in (`/<lang>/feeds/officials/<id>/`)."""

    def get_object(self, request: HttpRequest, pk: int, **kwargs) -> FeedScope:
        person = officials.official_get(official_id=pk)
        if person is None or person.merged_into_id:
            raise Http404
        filters = {**_filters_or_400(request), "official": pk}
        return FeedScope(
            filters=filters,
            page_url=reverse("official-detail", args=[pk]),
            topic=_topic(filters),
        )


def _with_query(url: str, filters: Mapping[str, Any], *, drop: str = "") -> str:
    query = query_string(filters, drop=(drop,) if drop else ())
    return f"{url}?{query}" if query else url


# Included under the language prefix by config/urls.py.
urlpatterns = [
    path("meetings/", MeetingFeed(), name="feed-meetings"),
    path("regions/<region:code>/", RegionMeetingFeed(), name="feed-region"),
    path("officials/<int:pk>/", OfficialMeetingFeed(), name="feed-official"),
]


# --- Which feed a page links ------------------------------------------------------------------


def feed_url_for_page(request: HttpRequest, context: Mapping[str, Any]) -> str:
    """The feed following what `request`'s page shows, with its filters.

    The map: the filtered feed; a region or an official: theirs, with the page's other filters;
    a meeting: its region's; a round page (its context holds `round` with a `slug`): the
    filtered feed with `round=`. Anything else: every newly published meeting.
    """
    match = request.resolver_match
    name = match.url_name if match else None
    filters = MeetingFilter.clean(request.GET, strict=False)
    if name == "region-detail":
        code = match.kwargs["code"]
        return _with_query(reverse("feed-region", args=[code]), filters, drop="region")
    if name == "official-detail":
        pk = match.kwargs["pk"]
        return _with_query(reverse("feed-official", args=[pk]), filters, drop="official")
    if name == "meeting-detail":
        meeting = context.get("meeting")
        if meeting is not None and meeting.region_id:
            return reverse("feed-region", args=[meeting.region.code])
        return reverse("feed-meetings")
    round_ = context.get("round")
    if round_ is not None and getattr(round_, "slug", None):
        return _with_query(reverse("feed-meetings"), {"round": round_.slug})
    if name == "home":
        return _with_query(reverse("feed-meetings"), filters)
    return reverse("feed-meetings")
