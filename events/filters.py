"""The filters shared by the map, the dashboard pages and the open data API.

`MeetingFilter` is the one filter set for meetings: `/api/meetings/`, `/api/regions/` counts,
`/api/stats/`, exports and the server-rendered pages all narrow meetings through it, so a
download always holds exactly the rows shown. Invalid values make the form invalid (the API
answers 400 with the form's errors, never 500).

Free text (`q`) is folded the same way in Python and in SQL (`jihat_fold`, migration
`0002_api_indexes`): Arabic letter variants (أ إ آ ٱ → ا, ى → ي, ة → ه, Moroccan گ → ك …),
diacritics, tatweel and Latin accents are ignored, so "الإستثمار" finds "الاستثمار".
"""

from __future__ import annotations

import datetime
import re

import django_filters
from django import forms
from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import (
    BooleanField,
    Exists,
    F,
    Func,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
)
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
    Scope,
)
from regions.data import REGION_INFO
from regions.models import Region

REGION_CHOICES = [(code, code) for code in sorted(REGION_INFO)]
YEAR_MIN = EARLIEST_DATE.year
YEAR_MAX = LATEST_DATE.year
# Longer queries are not searches but abuse: each term is one trigram lookup.
Q_MAX_LENGTH = 200
Q_MAX_TERMS = 6

# --- Folding: keep in step with the SQL function `jihat_fold` (events/migrations/0002). -----
# Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef) and tatweel are dropped.
FOLD_DROP_RANGES = ((0x064B, 0x065F), (0x0670, 0x0670), (0x0640, 0x0640))
FOLD_PAIRS = (
    ("أإآٱ", "ا"),
    ("ىی", "ي"),  # alef maqsura, Farsi yeh
    ("ةۀہھ", "ه"),
    ("گکڭ", "ك"),  # Moroccan gaf, keheh, ng
    ("ڤ", "ف"),
    ("àâä", "a"),
    ("éèêë", "e"),
    ("îï", "i"),
    ("ôö", "o"),
    ("ùûü", "u"),
    ("ç", "c"),
)
FOLD_FROM = "".join(src for src, _dst in FOLD_PAIRS)
FOLD_TO = "".join(dst * len(src) for src, dst in FOLD_PAIRS)
_FOLD_DROP_RE = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in FOLD_DROP_RANGES) + "]")
_FOLD_TABLE = str.maketrans(FOLD_FROM, FOLD_TO)
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Search key of a text: lower case, Arabic letter variants and accents merged."""
    return _FOLD_DROP_RE.sub("", text).lower().translate(_FOLD_TABLE)


class MeetingText(Func):
    """`jihat_meeting_text(title, summary, city)`: the folded text `q` searches (GIN-indexed)."""

    function = "jihat_meeting_text"
    output_field = TextField()

    def __init__(self) -> None:
        super().__init__(F("title"), F("summary"), F("city"))


class OfficialText(Func):
    """`jihat_fold(name_ar || ' ' || name_latin)` of an official."""

    function = "jihat_official_text"
    output_field = TextField()

    def __init__(self) -> None:
        super().__init__(F("name_ar"), F("name_latin"))


class InArray(Func):
    """`id = ANY(ARRAY(subquery))`: unlike `IN (subquery)`, an index condition.

    PostgreSQL can then OR it with the trigram index (BitmapOr) or read the few meetings of an
    official by primary key, instead of testing a correlated subquery on every meeting.
    """

    template = "(%(expressions)s))"
    arg_joiner = " = ANY("
    output_field = BooleanField()

    def __init__(self, field: str, subquery: QuerySet) -> None:
        super().__init__(F(field), ArraySubquery(subquery))


def _search_terms(value: str) -> list[str]:
    return [t for t in _SPACES.split(fold(value).strip()) if t][:Q_MAX_TERMS]


# A term matching fewer meetings than this is looked up through the trigram index (then
# sorted); a commoner one is found faster by reading meetings in date order until a page is
# full. Measured at 100,000 meetings: a rare or absent term 4 s → 10 ms, a common one ≈ 50 ms.
RARE_TERM_LIMIT = 1000


def meeting_search_q(value: str) -> Q:
    """Every term must occur in the title, summary or city, or in a participant's name.

    Costs one probe query per term (`LIMIT RARE_TERM_LIMIT`) to choose the plan.
    """
    condition = Q()
    for term in _search_terms(value):
        officials = Official.objects.alias(t=OfficialText()).filter(t__contains=term).values("pk")
        by_official = InArray(
            "pk", Participation.objects.filter(official__in=officials).values("meeting_id")
        )
        text_match = Meeting.objects.alias(t=MeetingText()).filter(t__contains=term)
        if text_match.order_by().values("pk")[:RARE_TERM_LIMIT].count() < RARE_TERM_LIMIT:
            condition &= Q(InArray("pk", text_match.values("pk"))) | Q(by_official)
        else:
            condition &= Q(search_text__contains=term) | Q(by_official)
    return condition


class IntegerFilter(django_filters.NumberFilter):
    """A whole number (NumberFilter would accept 2024.5)."""

    field_class = forms.IntegerField


class _BaseFilter(django_filters.FilterSet):
    """Model-independent behaviour: a bound but empty filter means "no filter"."""

    @property
    def error_dict(self) -> dict[str, list[str]]:
        """Form errors as {field: [message, …]} (the 400 body)."""
        return {field: [str(m) for m in messages] for field, messages in self.errors.items()}


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

    class Meta:
        model = Meeting
        fields = ["region", "year", "date_from", "date_to", "kind", "official", "q"]

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
        if not _search_terms(value):
            return queryset
        return queryset.alias(search_text=MeetingText()).filter(meeting_search_q(value))


class FigureFilter(_BaseFilter):
    """Filters of `/api/figures/`: region, year, metric, scope."""

    region = django_filters.ChoiceFilter(
        field_name="region__code", choices=REGION_CHOICES, label=_("region")
    )
    year = IntegerFilter(field_name="year", label=_("year"), min_value=YEAR_MIN, max_value=YEAR_MAX)
    metric = django_filters.ChoiceFilter(choices=Metric.choices, label=_("metric"))
    scope = django_filters.ChoiceFilter(choices=Scope.choices, label=_("scope"))

    class Meta:
        model = ExportFigure
        fields = ["region", "year", "metric", "scope"]

    def filter_region(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
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
        queryset = queryset.alias(name_text=OfficialText())
        for term in _search_terms(value):
            queryset = queryset.filter(name_text__contains=term)
        return queryset

    def filter_region(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        met_there = Participation.objects.filter(
            official=OuterRef("pk"),
            meeting__in=Meeting.objects.published().filter(region__code=value),
        )
        return queryset.filter(Exists(met_there))
