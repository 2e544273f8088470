"""Free-text search, public and staff: one fold, `events.extraction.fold_search`, in Python and SQL.

- The typed term is folded in Python (`fold_search`); the stored text in PostgreSQL, by
  `jihat_fold`, which `events.fold_sql` generates from `fold_search` (migration 0004 holds it).
  So the map's `q`, the API and the admin find the same things: "الإستثمار" finds
  "الاستثمار", "٢٠٢٤" finds "2024", "Fes" finds "Fès".
- Public search (`meeting_search_q`, `official_search`) reads the GIN trigram index of
  `jihat_meeting_text(title, summary, city)` (migration 0002), the officials' names and
  aliases (the admin's `__fold` lookup), and the place names the product knows: a region or a
  city in any of its Arabic, French and English spellings (`place_q`).
- Staff search is the `__fold` lookup registered here on every text field, used by the admin's
  `search_fields` ("title__fold"); it also finds a word typed with the definite article.

tests/api/test_search_fold.py runs `FOLD_CASES` through the three, and every character of
`fold_sql.FOLD_DOMAIN` through the database.
"""

from __future__ import annotations

import re

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import BooleanField, CharField, F, Func, Lookup, Q, QuerySet, TextField

from events import fold_sql
from events.extraction import fold_search, gazetteer
from events.models import Meeting, Official, OfficialAlias, Participation
from regions.data import REGION_INFO as REGION_NAMES

# Longer queries are not searches but abuse: each term is one trigram lookup.
Q_MAX_LENGTH = 200
Q_MAX_TERMS = 6
# A term matching fewer meetings than this is looked up through the trigram index (then
# sorted); a commoner one is found faster by reading meetings in date order until a page is
# full. Measured at 100,000 meetings: a rare or absent term 4 s → 10 ms, a common one ≈ 50 ms.
RARE_TERM_LIMIT = 1000

# The generated tables, for readers and tests: (characters, key) and the dropped characters.
_TABLE = fold_sql.fold_table()
FOLD_PAIRS: tuple[tuple[str, str], ...] = fold_sql.fold_pairs(_TABLE)
FOLD_DROP: str = _TABLE.drop
FOLD_DROP_RANGES: tuple[tuple[int, int], ...] = tuple(fold_sql.char_ranges(_TABLE.drop))


def search_terms(value: str) -> list[str]:
    """The folded words of a query, at most Q_MAX_TERMS."""
    return [t for t in fold_search(value).split(" ") if t][:Q_MAX_TERMS]


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


# A term shorter than this is not looked up among place names ("ال" is in half of them).
PLACE_TERM_MIN = 3


def _place_spellings() -> tuple[list[tuple[str, str]], list[tuple[str, tuple[str, ...]]]]:
    """(folded spelling, region code) of every region name the product knows, and (folded
    spelling, the city's spellings) of every city: the gazetteer's Arabic, French and English
    forms and the regions' stored names (regions/data.py), so "Souss", "Tangier", "Marrakesh"
    and "سوس" all find their place."""
    regions: list[tuple[str, str]] = []
    for region in gazetteer.REGION_DATA:
        for name in (region.ar, region.fr, region.en, *region.ar_variants, *region.fr_variants):
            regions.append((fold_search(name), region.code))
    for code, info in REGION_NAMES.items():
        for name in (info.name_ar, info.name_fr, info.name_en):
            regions.append((fold_search(name), code))
    cities: list[tuple[str, tuple[str, ...]]] = []
    for city in gazetteer.CITY_DATA:
        spellings = tuple(dict.fromkeys((city.name, *city.ar, *city.fr)))
        for name in spellings:
            cities.append((fold_search(name), spellings))
    return regions, cities


_REGION_SPELLINGS, _CITY_SPELLINGS = _place_spellings()


def place_q(term: str) -> Q | None:
    """Meetings in a region or city whose name, in any known spelling, holds the folded term."""
    if len(term) < PLACE_TERM_MIN:
        return None
    codes = sorted({code for name, code in _REGION_SPELLINGS if term in name})
    cities = sorted({s for name, spellings in _CITY_SPELLINGS if term in name for s in spellings})
    condition = Q()
    if codes:
        condition |= Q(region__code__in=codes)
    if cities:
        condition |= Q(city__in=cities)
    return condition or None


def officials_matching(term: str) -> QuerySet[Official]:
    """Officials whose name or one of whose aliases holds the folded term (a subquery, no
    query of its own). The alias test is the admin's `__fold` lookup: "احجيرة" and "Hjira"
    find Omar Hejira as they do there."""
    by_alias = OfficialAlias.objects.filter(alias__fold=term).values("official_id")
    return Official.objects.alias(t=OfficialText()).filter(Q(t__contains=term) | Q(pk__in=by_alias))


def participations_of(officials: QuerySet[Official]) -> QuerySet[Participation]:
    """Participations of these officials, of the ones they were merged into, and of the
    duplicates merged into them (a participation may point at either side of a merge).

    The people are found first (officials are few) and their participations read through the
    `official_id` index (`= ANY(ARRAY(…))`), unordered: an OR of joins let PostgreSQL read
    every participation and meeting instead.
    """
    people = Official.objects.filter(
        Q(pk__in=officials.values("pk"))
        | Q(pk__in=officials.values("merged_into_id"))
        | Q(merged_into__in=officials.values("pk"))
    ).values("pk")
    return Participation.objects.filter(InArray("official_id", people)).order_by()


def meeting_search_q(value: str) -> Q:
    """Every term must occur in the title, summary or city, in a participant's name or alias,
    or in the name of the meeting's region or city (any spelling: see `place_q`).

    Costs one probe query per term (`LIMIT RARE_TERM_LIMIT`) to choose the plan. The queryset
    it filters needs `search_text` (`alias(search_text=MeetingText())`), see `meeting_search`.
    """
    condition = Q()
    for term in search_terms(value):
        by_official = InArray(
            "pk", participations_of(officials_matching(term)).values("meeting_id")
        )
        place = place_q(term)
        text_match = Meeting.objects.alias(t=MeetingText()).filter(t__contains=term)
        if text_match.order_by().values("pk")[:RARE_TERM_LIMIT].count() < RARE_TERM_LIMIT:
            term_q = Q(InArray("pk", text_match.values("pk"))) | Q(by_official)
        else:
            term_q = Q(search_text__contains=term) | Q(by_official)
        condition &= term_q | place if place is not None else term_q
    return condition


def meeting_search(queryset: QuerySet[Meeting], value: str) -> QuerySet[Meeting]:
    """`queryset` narrowed to meetings matching every term of `value` (none: unchanged)."""
    if not search_terms(value):
        return queryset
    return queryset.alias(search_text=MeetingText()).filter(meeting_search_q(value))


def official_search(queryset: QuerySet[Official], value: str) -> QuerySet[Official]:
    """Officials whose names or aliases hold every term of `value`."""
    for term in search_terms(value):
        matched = officials_matching(term)
        queryset = queryset.filter(
            Q(pk__in=matched.values("pk")) | Q(pk__in=matched.values("merged_into_id"))
        )
    return queryset


# A staff member types a word with the article ("التشاوري") that the text has without it ("لقاء
# تشاوري"): the article is dropped from the term when two letters or more remain.
_ARTICLE = re.compile(r"^ال(?=..)")


def staff_term(value: str) -> str:
    """The key the admin's search looks for: folded, without a leading definite article."""
    return _ARTICLE.sub("", fold_search(value))


@CharField.register_lookup
@TextField.register_lookup
class Folded(Lookup):
    """`field__fold=term`: the folded term is found in the folded field (`jihat_fold`).

    Usable in `search_fields` as "title__fold" and in code (`Official.objects.filter(
    name_latin__fold="benaissa")`). A plain string is folded in Python (`staff_term`); an
    expression in SQL, the same way.
    """

    lookup_name = "fold"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        if self.rhs_is_direct_value():
            return f"strpos(jihat_fold({lhs}), %s) > 0", (*lhs_params, staff_term(str(self.rhs)))
        rhs, rhs_params = self.process_rhs(compiler, connection)
        term = f"regexp_replace(jihat_fold({rhs}), '^ال(?=..)', '')"
        return f"strpos(jihat_fold({lhs}), {term}) > 0", (*lhs_params, *rhs_params)
