"""How the public pages show things: amounts, charts, time axes, query strings, the page config.

Pure formatting of what selectors return, in the active language; no queries. The views
(events/views.py) and the `{% site_config %}` tag (events/templatetags/site.py) call it.
"""

from __future__ import annotations

import datetime
import functools
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Protocol
from urllib.parse import urlencode

from django.conf import settings
from django.urls import get_resolver, get_script_prefix
from django.utils.translation import get_language, gettext_lazy, ngettext, trans_real
from django.utils.translation import gettext as _

from events.extraction import fold_search, gazetteer, headline
from events.templatetags.links import http_url
from events.vocabularies import vocabularies_config

# --- One format per language (the table is in docs/formats.md; the JS reads `formats`) ----------

# Month names as the press of each language writes them: Moroccan month names in Arabic.
MONTHS: dict[str, tuple[str, ...]] = {
    "en": tuple(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    ),
    "fr": tuple(
        [
            "janv.",
            "févr.",
            "mars",
            "avr.",
            "mai",
            "juin",
            "juil.",
            "août",
            "sept.",
            "oct.",
            "nov.",
            "déc.",
        ]
    ),
    "ar": tuple(
        [
            "يناير",
            "فبراير",
            "مارس",
            "أبريل",
            "ماي",
            "يونيو",
            "يوليوز",
            "غشت",
            "شتنبر",
            "أكتوبر",
            "نونبر",
            "دجنبر",
        ]
    ),
}
# (decimal separator, group separator): Latin digits everywhere, as the Moroccan press writes.
NUMBER_SEPARATORS: dict[str, tuple[str, str]] = {
    "en": (".", ","),
    "fr": (",", "\u00a0"),
    "ar": (",", "\u00a0"),
}
APPROXIMATE = "≈ "


def page_language() -> str:
    """The active language among the site's three (French when unknown)."""
    lang = (get_language() or "fr")[:2]
    return lang if lang in MONTHS else "fr"


def format_date(
    value: datetime.date | None, *, precision: str = "day", certain: bool = True
) -> str:
    """A date to its precision: "26 nov. 2024", "nov. 2024", "2024"; "≈ " when uncertain."""
    if value is None:
        return _("date unknown")
    month = MONTHS[page_language()][value.month - 1]
    if precision == "year":
        text = str(value.year)
    elif precision == "month":
        text = f"{month} {value.year}"
    else:
        text = f"{value.day} {month} {value.year}"
    return text if certain else APPROXIMATE + text


def format_number(value: Decimal | int, *, places: int = 0) -> str:
    """A number with the language's separators; at most `places` decimals, trailing zeros off."""
    decimal_sep, group_sep = NUMBER_SEPARATORS[page_language()]
    quantum = Decimal(1).scaleb(-places)
    rounded = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    whole, _dot, fraction = f"{rounded:f}".partition(".")
    fraction = fraction.rstrip("0")
    grouped = f"{int(whole):,}".replace(",", group_sep)
    return grouped + (decimal_sep + fraction if fraction else "")


def format_mad(amount: Decimal | None, *, approximate: bool = False) -> str:
    """A dirham amount as people read it: "4.7 million MAD", "≈ 400 milliards MAD"."""
    if amount is None:
        return ""
    amount = Decimal(amount)
    if amount >= 1_000_000_000:
        n = amount / Decimal(1_000_000_000)
        text = ngettext("%(n)s billion MAD", "%(n)s billion MAD", int(n)) % {
            "n": format_number(n, places=1)
        }
    elif amount >= 1_000_000:
        n = amount / Decimal(1_000_000)
        text = ngettext("%(n)s million MAD", "%(n)s million MAD", int(n)) % {
            "n": format_number(n, places=1)
        }
    else:
        text = _("%(n)s MAD") % {"n": format_number(amount)}
    return APPROXIMATE + text if approximate else text


def formats_config() -> dict[str, Any]:
    """The active language's month names and separators, for the scripts (`site_config`)."""
    lang = page_language()
    decimal_sep, group_sep = NUMBER_SEPARATORS[lang]
    return {"months": list(MONTHS[lang]), "decimal": decimal_sep, "group": group_sep}


def decorate_figures(meetings: Iterable[Any]) -> None:
    """Attach each prefetched figure's display amount (formatting needs the active language)."""
    for meeting in meetings:
        for figure in meeting.figures.all():
            figure.display = format_mad(figure.amount_mad, approximate=figure.approximate)


def decorate_meetings(meetings: Iterable[Any], *, details: bool = True) -> None:
    """Attach what the pages show of each meeting in the active language: `display_title`,
    `date_display` (without the "≈", which the template marks up), and with `details` (figures
    and sources prefetched) each figure's amount and each source's `line`."""
    meetings = list(meetings)
    for meeting in meetings:
        meeting.display_title = meeting_title(meeting)
        meeting.city_display = city_label(meeting.city)
        meeting.date_display = (
            format_date(meeting.date, precision=meeting.date_precision) if meeting.date else ""
        )
        if details:
            for link in meeting.sources.all():
                link.line = source_line(link.article)
    if details:
        decorate_figures(meetings)


# --- Meeting titles -----------------------------------------------------------------------

# A meeting's kind as the first words of its title (capitalised, "regional" where it is).
KIND_TITLES: dict[str, Any] = {
    "consultation": gettext_lazy("Regional consultation"),
    "evaluation_forum": gettext_lazy("Evaluation forum"),
    "caravan": gettext_lazy("Caravan stop"),
    "chamber_meeting": gettext_lazy("Chamber meeting"),
    "other": gettext_lazy("Meeting"),
}
TITLE_SEPARATOR = " · "
# English spellings that differ from the French one (as the regions' English names write them).
_ENGLISH_CITY = {"Tanger": "Tangier", "Marrakech": "Marrakesh", "Fès": "Fez"}


@functools.cache
def _cities() -> dict[str, gazetteer.City]:
    """Every known spelling of a city (folded) to its gazetteer entry."""
    table: dict[str, gazetteer.City] = {}
    for city in gazetteer.CITY_DATA:
        for spelling in (city.name, *city.ar, *city.fr):
            table.setdefault(fold_search(spelling), city)
    return table


def city_label(city: str) -> str:
    """A city's name in the page's language ("أكادير" in Arabic); unknown ones as written."""
    entry = _cities().get(fold_search(city)) if city else None
    if entry is None:
        return city
    lang = page_language()
    if lang == "ar":
        return entry.ar[0] if entry.ar else entry.name
    if lang == "en":
        return _ENGLISH_CITY.get(entry.name, entry.name)
    return entry.name


def region_label(names: Mapping[str, str] | None) -> str:
    """A region's name in the page's language from its `name_ar`/`name_fr`/`name_en`."""
    if not names:
        return ""
    return names.get(f"name_{page_language()}") or names.get("name_fr") or ""


def display_title(
    *,
    kind: str,
    city: str = "",
    region: Mapping[str, str] | None = None,
    date: datetime.date | None = None,
    precision: str = "day",
    certain: bool = True,
    staff_title: str = "",
) -> str:
    """What a meeting is called: "Consultation régionale · Agadir · 26 nov. 2024".

    Composed from the facts in the page's language (kind, city or else region, date; a missing
    part is left out), because the press's first line is often site furniture. A title a staff
    member wrote wins as written.
    """
    if staff_title.strip():
        return staff_title.strip()
    parts = [str(KIND_TITLES.get(kind, KIND_TITLES["other"]))]
    place = city_label(city) or region_label(region)
    if place:
        parts.append(place)
    if date is not None:
        parts.append(format_date(date, precision=precision, certain=certain))
    return TITLE_SEPARATOR.join(parts)


def staff_title_of(*, title: str, origin: str, staff_edited_fields: Iterable[str]) -> str:
    """The title when a person owns it (StaffEditable's rule), else ""."""
    owned = origin == "staff" or "title" in (staff_edited_fields or ())
    return title if owned else ""


def meeting_title(meeting: Any) -> str:
    """`display_title` of a Meeting row (its region loaded with it)."""
    region = meeting.region if meeting.region_id else None
    return display_title(
        kind=meeting.kind,
        city=meeting.city,
        region={"name_ar": region.name_ar, "name_fr": region.name_fr, "name_en": region.name_en}
        if region
        else None,
        date=meeting.date,
        precision=meeting.date_precision,
        certain=meeting.date_certain,
        staff_title=meeting.title if meeting.is_staff_owned("title") else "",
    )


# --- Sources ----------------------------------------------------------------------------------


# Articles' headlines, remembered: the same articles come back on every page of the API, and
# finding a headline (a few regexes per opening line) cost more than the query at 500 rows.
HEADLINE_CACHE_SIZE = 8192


def source_headline(*, title: str, text: str = "", outlet: str = "") -> str:
    """The article's headline cleaned of site furniture (events/extraction/headline.py)."""
    return _headline(title or "", text or "", outlet or "")


@functools.lru_cache(maxsize=HEADLINE_CACHE_SIZE)
def _headline(title: str, text: str, outlet: str) -> str:
    return headline.headline(title=title, text=text, outlet=outlet)


def source_outlet(*, outlet: str, text: str = "") -> str:
    """The outlet as stored, else the one the text's furniture names ("" when unknown)."""
    return outlet or _outlet_named(text or "")


@functools.lru_cache(maxsize=HEADLINE_CACHE_SIZE)
def _outlet_named(text: str) -> str:
    return headline.outlet_named(text)


@dataclass
class SourceLine:
    """A source as a reader sees it: outlet · publication date · headline (linked if a URL)."""

    outlet: str
    date: str
    headline: str
    url: str


def source_line(article: Any) -> SourceLine:
    """An Article as a SourceLine: never its file name."""
    return SourceLine(
        outlet=source_outlet(outlet=article.outlet, text=article.text),
        date=format_date(article.published) if article.published else "",
        headline=source_headline(title=article.title, text=article.text, outlet=article.outlet),
        url=http_url(article.url),
    )


def figure_meeting_title(row: Mapping[str, Any]) -> str:
    """`display_title` of a figure row's meeting (events/selectors/figures.py fields)."""
    return display_title(
        kind=row["meeting__kind"],
        city=row["meeting__city"] or "",
        region={k: row[f"meeting__region__{k}"] or "" for k in ("name_ar", "name_fr", "name_en")},
        date=row["meeting__date"],
        precision=row["meeting__date_precision"],
        certain=row["meeting__date_certain"],
        staff_title=staff_title_of(
            title=row["meeting__title"] or "",
            origin=row["meeting__origin"],
            staff_edited_fields=row["meeting__staff_edited_fields"] or (),
        ),
    )


def _shaped_source(source: dict[str, Any], lead: str) -> dict[str, Any]:
    """A source object with `headline` after `title` and the outlet filled when known."""
    shaped: dict[str, Any] = {}
    for key, value in source.items():
        shaped[key] = source_outlet(outlet=value, text=lead) if key == "outlet" else value
        if key == "title":
            shaped["headline"] = source_headline(title=value, text=lead, outlet=source["outlet"])
    return shaped


def meeting_json(public: str, facts: str) -> str:
    """A meeting's public JSON with its reader-facing fields, in the active language:
    `display_title` after `title`, `city_label` after `city`, and each source's `headline`
    (its `outlet` filled from the text's furniture when none is stored)."""
    meeting = json.loads(public)
    extra = json.loads(facts)
    title = display_title(
        kind=meeting["kind"],
        city=meeting["city"],
        region=meeting["region"],
        date=datetime.date.fromisoformat(meeting["date"]) if meeting["date"] else None,
        precision=meeting["date_precision"],
        certain=meeting["date_certain"],
        staff_title=extra["staff_title"] or "",
    )
    leads = {s["id"]: s.get("lead") or "" for s in extra["sources"]}
    meeting["sources"] = [_shaped_source(s, leads.get(s["id"], "")) for s in meeting["sources"]]
    shaped: dict[str, Any] = {}
    for key, value in meeting.items():
        shaped[key] = value
        if key == "title":
            shaped["display_title"] = title
        elif key == "city":
            shaped["city_label"] = city_label(value)
    return json.dumps(shaped, ensure_ascii=False, separators=(",", ":"))


class _YearAmount(Protocol):
    year: int
    amount_mad: Decimal
    approximate: bool


@dataclass
class Bar:
    year: int
    percent: float
    label: str


def export_bars(series: list[_YearAmount]) -> list[Bar]:
    """Bars of a small chart: each year's amount as a share of the largest."""
    top = max((point.amount_mad for point in series), default=Decimal(0))
    return [
        Bar(
            point.year,
            round(float(point.amount_mad / top) * 100, 1) if top else 0.0,
            format_mad(point.amount_mad, approximate=point.approximate),
        )
        for point in series
    ]


# --- Time axis --------------------------------------------------------------------------------


class _Dated(Protocol):
    id: int
    date: datetime.date | None
    kind: str


@dataclass
class Axis:
    # id, date, kind, href, percent, the date as the page writes it
    points: list[tuple[int, datetime.date, str, str, float, str]]
    first_year: int
    last_year: int


# Points closer than this (in % of the axis) share a pixel on any screen: one per kind is
# drawn, so a region with thousands of meetings still sends a light page.
AXIS_STEP_PERCENT = 0.5


def _anchor(index: int, point: _Dated) -> str:
    return f"#meeting-{point.id}"


def time_axis(points: list[_Dated], *, href: Callable[[int, _Dated], str] = _anchor) -> Axis | None:
    """Where the dated meetings sit on a time axis from the first date to the last (0-100).

    `points` have `id`, `date` and `kind` (meetings or selectors' AxisPoint), in date order; of
    meetings of one kind within AXIS_STEP_PERCENT of each other, the first stands for all.
    """
    dated = [p for p in points if p.date]
    if not dated:
        return None
    first, last = dated[0].date, dated[-1].date
    span = (last - first).days
    drawn, seen = [], set()
    for i, p in enumerate(dated):
        percent = round((p.date - first).days / span * 100, 2) if span else 50.0
        key = (round(percent / AXIS_STEP_PERCENT), p.kind)
        if key not in seen:
            seen.add(key)
            label = format_date(p.date, precision=getattr(p, "date_precision", "day"))
            drawn.append((p.id, p.date, p.kind, href(i, p), percent, label))
    return Axis(drawn, first.year, last.year)


# --- Filters in links -------------------------------------------------------------------------


def query_string(filters: Mapping[str, Any], *, drop: tuple[str, ...] = ()) -> str:
    """The filters back as a query string (dates in ISO form), without the names in `drop`."""
    pairs = {
        k: v.isoformat() if isinstance(v, datetime.date) else v
        for k, v in filters.items()
        if k not in drop
    }
    return urlencode(pairs)


# Labels of the active-filter chips above the map (the script's chips use the same words,
# static/js/controls.js), by MeetingFilter parameter.
FILTER_LABELS = {
    "region": gettext_lazy("Region"),
    "year": gettext_lazy("Year"),
    "date_from": gettext_lazy("From"),
    "date_to": gettext_lazy("To"),
    "kind": gettext_lazy("Kind"),
    "official": gettext_lazy("Official"),
    "q": gettext_lazy("Search"),
    "round": gettext_lazy("Round"),
}


def active_filters(
    filters: Mapping[str, Any], *, names: Mapping[str, Mapping[Any, str]]
) -> list[tuple[str, str]]:
    """(label, value shown) of each active filter, in the filters' order; `names` turns codes
    and ids into words ({"region": {"MA-09": "Souss-Massa"}, "kind": …, "official": …})."""
    return [
        (str(FILTER_LABELS[name]), str(names.get(name, {}).get(value, value)))
        for name, value in filters.items()
    ]


# --- The API's language ---------------------------------------------------------------------


def api_language(request: Any) -> str:
    """The language of API messages: the best of Accept-Language among the site's languages,
    English when the header names none of them or is absent. Not the site's cookie or its
    default (Arabic): a script or a curl call that asks nothing gets English."""
    header = request.headers.get("Accept-Language", "")
    supported = {code for code, _name in settings.LANGUAGES}
    for accept, _quality in trans_real.parse_accept_lang_header(header):
        if accept == "*":
            break
        try:
            code = trans_real.get_supported_language_variant(accept)
        except LookupError:
            continue
        if code in supported:
            return code
    return "en"


# --- The page config --------------------------------------------------------------------------


def url_template(name: str) -> str:
    """A named URL with `{param}` placeholders in the active language: "/fr/regions/{code}/".

    For scripts that build links (static/js/config.js fills them), as uMap's
    `get_uri_template`: read from the URL resolver, not made by replacing a sample value.
    """
    possibilities = get_resolver().reverse_dict.getlist(name)
    if not possibilities:
        raise KeyError(f"no URL named {name!r}")
    pattern, params = possibilities[0][0][0]
    return get_script_prefix() + pattern % {p: f"{{{p}}}" for p in params}


# Links the scripts build, by the name they use (static/js/config.js `url(name, params)`).
PAGE_URLS = {
    "home": "home",
    "region": "region-detail",
    "meeting": "meeting-detail",
    "official": "official-detail",
    "regionsGeojson": "regions-geojson",
}


def site_config() -> dict[str, Any]:
    """What every page's scripts read (`#site-config`): language, link templates, vocabularies."""
    return {
        "lang": get_language(),
        "urls": {key: url_template(name) for key, name in PAGE_URLS.items()},
        "vocabularies": vocabularies_config(),
        "formats": formats_config(),
    }
