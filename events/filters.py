"""The filters of the public site, defined once: what each query parameter means and accepts.

`MeetingFilter` is the one definition of the meeting filters (`region`, `year`, `date_from`,
`date_to`, `kind`, `official`, `q`, `round`). It drives:
- the API's validation (a bad value is a 400 naming the parameter, `clean(strict=True)`);
- the pages' (a bad value drops only its own filter, `clean(strict=False)`);
- the OpenAPI parameters and the map script's list of valid values, both from
  `parameter_schemas()` (the script gets them in the page config, static/js/state.js);
- the selectors, which narrow public rows with the cleaned values (`events/selectors/`).
So the map, the pages, `/api/meetings/`, `/api/regions/`, `/api/stats/` and the exports hold
exactly the same meetings for the same URL. Free text (`q`) is folded as `events.search` says.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.utils.translation import gettext_lazy as _

from events.models import (
    EARLIEST_DATE,
    LATEST_DATE,
    ExportFigure,
    Meeting,
    MeetingKind,
    Metric,
    Official,
    Participation,
    Round,
    Scope,
)
from events.search import (
    FOLD_DROP_RANGES,  # noqa: F401 -- read by tests/extraction/test_normalize.py
    FOLD_PAIRS,  # noqa: F401 -- read by tests/extraction/test_normalize.py
    Q_MAX_LENGTH,
    InArray,
    meeting_search,
    official_search,
)
from regions.data import REGION_INFO
from regions.models import Region

REGION_CHOICES = [(code, code) for code in sorted(REGION_INFO)]
YEAR_MIN = EARLIEST_DATE.year
YEAR_MAX = LATEST_DATE.year

# Cleaned filter values by parameter name ({"region": "MA-09", "year": 2024}): what HTTP code
# hands to a selector.
FilterValues = Mapping[str, Any]


class InvalidFilters(ValueError):
    """Query parameters a filter set refuses: {parameter: [message, …]}."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__(errors)
        self.errors = errors


class IntegerFilter(django_filters.NumberFilter):
    """A whole number (NumberFilter would accept 2024.5)."""

    field_class = forms.IntegerField


class SlugFilter(django_filters.CharFilter):
    """A slug (letters, digits, hyphens, underscores): a round's name in URLs."""

    field_class = forms.SlugField


class _BaseFilter(django_filters.FilterSet):
    """What every public filter set does: clean parameters, narrow a queryset, describe itself."""

    @property
    def error_dict(self) -> dict[str, list[str]]:
        """Form errors as {field: [message, …]} (the 400 body)."""
        return {field: [str(m) for m in messages] for field, messages in self.errors.items()}

    @classmethod
    def clean(cls, data: Mapping[str, Any], *, strict: bool) -> dict[str, Any]:
        """The non-empty, valid values among `data` (a QueryDict or a dict) for this set's
        parameters. A bad value raises InvalidFilters when `strict`, else is left out alone."""
        filterset = cls(data=data, queryset=cls._meta.model.objects.none())
        if not filterset.is_valid() and strict:
            raise InvalidFilters(filterset.error_dict)
        return {k: v for k, v in filterset.form.cleaned_data.items() if v not in (None, "")}

    @classmethod
    def narrow(cls, queryset: QuerySet, filters: FilterValues | None) -> QuerySet:
        """`queryset` narrowed by cleaned values; a value that does not clean is a bug here."""
        filterset = cls(data=dict(filters or {}), queryset=queryset)
        if not filterset.is_valid():
            raise InvalidFilters(filterset.error_dict)
        return filterset.qs

    @classmethod
    def parameter_schemas(cls) -> dict[str, dict[str, Any]]:
        """Each parameter as a JSON Schema: OpenAPI's `schema` and the map script's check."""
        return {name: _schema(flt) for name, flt in cls.base_filters.items()}


def _schema(flt: django_filters.Filter) -> dict[str, Any]:
    field = flt.field
    schema: dict[str, Any]
    if getattr(field, "choices", None):
        schema = {"type": "string", "enum": [str(v) for v, _ in field.choices if v != ""]}
    elif isinstance(field, forms.IntegerField):
        schema = {"type": "integer"}
        if field.min_value is not None:
            schema["minimum"] = field.min_value
        if field.max_value is not None:
            schema["maximum"] = field.max_value
    elif isinstance(field, forms.SlugField):
        schema = {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$", "maxLength": field.max_length}
    elif isinstance(field, forms.DateField):
        schema = {"type": "string", "format": "date"}
    else:
        # NUL cannot reach PostgreSQL: the form rejects it (400), the schema excludes it.
        schema = {"type": "string", "pattern": "^[^\\x00]*$"}
        if getattr(field, "max_length", None):
            schema["maxLength"] = field.max_length
    return schema


def region_id_of(code: str) -> Subquery:
    """`region_id = (SELECT id … WHERE code = …)`: a constant for the planner, so the
    (status, region, date) index applies; a join on `region__code` would not use it."""
    return Subquery(Region.objects.filter(code=code).values("id")[:1])


class MeetingFilter(_BaseFilter):
    """Filters of the map and of every meeting list: region, year, dates, kind, official, q."""

    region = django_filters.ChoiceFilter(
        method="filter_region", choices=REGION_CHOICES, label=_("region")
    )
    year = IntegerFilter(
        method="filter_year",
        label=_("year"),
        min_value=YEAR_MIN,
        max_value=YEAR_MAX,
    )
    date_from = django_filters.DateFilter(
        field_name="date", lookup_expr="gte", label=_("from"), input_formats=["%Y-%m-%d"]
    )
    date_to = django_filters.DateFilter(
        field_name="date", lookup_expr="lte", label=_("to"), input_formats=["%Y-%m-%d"]
    )
    kind = django_filters.ChoiceFilter(choices=MeetingKind.choices, label=_("kind"))
    official = IntegerFilter(
        method="filter_official", label=_("official"), min_value=1, max_value=2**63 - 1
    )
    q = django_filters.CharFilter(method="filter_q", label=_("search"), max_length=Q_MAX_LENGTH)
    # a round by its slug (events/models.py Round); an unknown one matches no meeting
    round = SlugFilter(method="filter_round", label=_("round"), max_length=120)

    class Meta:
        model = Meeting
        fields = ["region", "year", "date_from", "date_to", "kind", "official", "q", "round"]

    def filter_region(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(region_id=region_id_of(value))

    def filter_year(self, queryset: QuerySet, name: str, value) -> QuerySet:
        """A range on `date` (not `date__year`) so the (status, …, date) indexes apply."""
        year = int(value)
        return queryset.filter(
            date__gte=datetime.date(year, 1, 1), date__lte=datetime.date(year, 12, 31)
        )

    def filter_official(self, queryset: QuerySet, name: str, value) -> QuerySet:
        """Meetings the official (or a person merged into them) took part in."""
        official_id = int(value)
        people = Official.objects.filter(Q(pk=official_id) | Q(merged_into_id=official_id))
        took_part = Participation.objects.filter(official_id__in=people.values("pk")).values(
            "meeting_id"
        )
        return queryset.filter(InArray("pk", took_part))

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return meeting_search(queryset, value)

    def filter_round(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """The stops of a public round (a constant subquery, like the region's)."""
        rounds = Round.objects.public().filter(slug=value).values("id")[:1]
        return queryset.filter(round_id=Subquery(rounds))


def year_max(filters: FilterValues) -> int | None:
    """The last year meeting filters reach (`year`, or the year of `date_to`): "latest export
    figure as of" for the map's table, /api/regions/ and the region panel."""
    date_to = filters.get("date_to")
    years = [y for y in (filters.get("year"), date_to.year if date_to else None) if y]
    return min(years) if years else None


class FigureFilter(_BaseFilter):
    """Filters of `/api/figures/`: region, year, metric, scope."""

    region = django_filters.ChoiceFilter(
        method="filter_region", choices=REGION_CHOICES, label=_("region")
    )
    year = IntegerFilter(field_name="year", label=_("year"), min_value=YEAR_MIN, max_value=YEAR_MAX)
    metric = django_filters.ChoiceFilter(choices=Metric.choices, label=_("metric"))
    scope = django_filters.ChoiceFilter(choices=Scope.choices, label=_("scope"))

    class Meta:
        model = ExportFigure
        fields = ["region", "year", "metric", "scope"]

    def filter_region(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """By region id (the (region, metric, year) index), not a join on the region's code."""
        return queryset.filter(region_id=region_id_of(value))


class OfficialFilter(_BaseFilter):
    """Filters of `/api/officials/`: a name (folded like `q`) and a region they met in."""

    q = django_filters.CharFilter(method="filter_q", label=_("name"), max_length=Q_MAX_LENGTH)
    region = django_filters.ChoiceFilter(
        method="filter_region", choices=REGION_CHOICES, label=_("region")
    )

    class Meta:
        model = Official
        fields = ["q", "region"]

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return official_search(queryset, value)

    def filter_region(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        met_there = Participation.objects.public().filter(
            official=OuterRef("pk"), meeting__region_id=region_id_of(value)
        )
        return queryset.filter(Exists(met_there))
