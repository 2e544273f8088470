"""How the public pages show things: amounts, charts, time axes, query strings, the page config.

Pure formatting of what selectors return, in the active language; no queries. The views
(events/views.py) and the `{% site_config %}` tag (events/templatetags/site.py) call it.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol
from urllib.parse import urlencode

from django.urls import get_resolver, get_script_prefix
from django.utils.formats import number_format
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _

from events.vocabularies import vocabularies_config

# --- Amounts ----------------------------------------------------------------------------------


def format_mad(amount: Decimal | None, *, approximate: bool = False) -> str:
    """A dirham amount as people read it: "5 billion MAD", "≈ 120 million MAD"."""
    if amount is None:
        return ""
    if amount >= 1_000_000_000:
        n = amount / Decimal(1_000_000_000)
        text = ngettext("%(n)s billion MAD", "%(n)s billion MAD", int(n)) % {"n": _number(n)}
    elif amount >= 1_000_000:
        n = amount / Decimal(1_000_000)
        text = ngettext("%(n)s million MAD", "%(n)s million MAD", int(n)) % {"n": _number(n)}
    else:
        text = _("%(n)s MAD") % {"n": number_format(amount, 0, use_l10n=True, force_grouping=True)}
    return f"≈ {text}" if approximate else text


def _number(n: Decimal) -> str:
    places = 0 if n == n.to_integral_value() else (1 if n >= 10 else 2)
    return number_format(round(n, places), places, use_l10n=True, force_grouping=True)


def decorate_figures(meetings: Iterable[Any]) -> None:
    """Attach each prefetched figure's display amount (formatting needs the active language)."""
    for meeting in meetings:
        for figure in meeting.figures.all():
            figure.display = format_mad(figure.amount_mad, approximate=figure.approximate)


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
    points: list[tuple[int, datetime.date, str, str, float]]  # id, date, kind, href, percent
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
            drawn.append((p.id, p.date, p.kind, href(i, p), percent))
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
    }
