"""`{% page_meta as meta %}`: what templates/base.html writes so a page can be followed and
shared (issue 17): its feed, its permalink, and the OpenGraph / Twitter card tags.

Read from the view's context (the meeting, region, official or round the page shows) and the
request (language, filters), so no page template repeats them and no query is added.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import template
from django.templatetags.static import static
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from config.security import EMBED_PARAMETER
from events.feeds import feed_url_for_page
from events.presentation import city_label, format_date, meeting_title

register = template.Library()

# og:locale as card readers know them (Facebook's list has ar_AR, fr_FR, en_US).
OG_LOCALES = {"ar": "ar_AR", "fr": "fr_FR", "en": "en_US"}
OG_IMAGE = "img/og.png"
OG_IMAGE_SIZE = (1200, 630)


@dataclass
class PageMeta:
    title: str
    description: str
    url: str
    image: str
    image_size: tuple[int, int]
    locale: str
    locale_alternates: list[str]
    feed_url: str
    feed_absolute_url: str


def _describe(context: template.Context) -> tuple[str, str]:
    """(title, description) of what the page shows, in the active language."""
    meeting = context.get("meeting")
    if meeting is not None and getattr(meeting, "pk", None):
        # The page's own heading and words (events/presentation.py), never the scraped title.
        where = ", ".join(
            p
            for p in (city_label(meeting.city), meeting.region.name if meeting.region_id else "")
            if p
        )
        when = format_date(meeting.date, precision=meeting.date_precision) if meeting.date else ""
        details = " · ".join(p for p in (str(meeting.get_kind_display()), when, where) if p)
        return meeting_title(meeting), details
    round_ = context.get("round")
    if round_ is not None and getattr(round_, "pk", None):
        return str(round_), _("The stops of %(round)s, region by region.") % {"round": round_}
    region = context.get("region")
    if region is not None and getattr(region, "code", None):
        return region.name, _("Meetings, officials and export figures of %(region)s.") % {
            "region": region.name
        }
    official = context.get("official")
    if official is not None and getattr(official, "pk", None):
        return str(official), _("Meetings attended by %(name)s.") % {"name": official}
    return _("jihat — regional export consultations"), _(
        "Where and when Morocco's regional export consultations took place, who chaired them "
        "and which figures were cited, from the press."
    )


def permalink(request) -> str:
    """This page's absolute URL with its filters, without `?embed=`."""
    query = request.GET.copy()
    query.pop(EMBED_PARAMETER, None)
    encoded = query.urlencode()
    return request.build_absolute_uri(request.path + (f"?{encoded}" if encoded else ""))


@register.simple_tag(takes_context=True)
def page_meta(context: template.Context) -> PageMeta | None:
    request = context.get("request")
    if request is None:
        return None
    title, description = _describe(context)
    language = (get_language() or "fr")[:2]
    feed_url = feed_url_for_page(request, context)
    return PageMeta(
        title=title,
        description=description,
        url=permalink(request),
        image=request.build_absolute_uri(static(OG_IMAGE)),
        image_size=OG_IMAGE_SIZE,
        locale=OG_LOCALES.get(language, "fr_FR"),
        locale_alternates=[v for k, v in OG_LOCALES.items() if k != language],
        feed_url=feed_url,
        feed_absolute_url=request.build_absolute_uri(feed_url),
    )
