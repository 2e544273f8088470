"""Reads of officials: people of public meetings, their list rows and their page.

A person appears in public only through public meetings (`Official.objects.public()`,
`Participation.objects.public()`); a merged duplicate is shown as the person it was merged into.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import F, Func, IntegerField, OuterRef, Q, QuerySet, Subquery

from events.filters import FilterValues, OfficialFilter
from events.models import Official, Participation
from regions.selectors import REGION_HEAVY_FIELDS


def official_list(*, filters: FilterValues | None = None) -> QuerySet[Official]:
    """Public officials matching `filters` (OfficialFilter's cleaned values), in no order."""
    return OfficialFilter.narrow(Official.objects.public(), filters)


def official_rows(*, filters: FilterValues | None = None) -> QuerySet:
    """The list's rows: `id`, names and how many public meetings (theirs and their merged
    duplicates')."""
    public_participations = Participation.objects.public().filter(
        Q(official=OuterRef("pk")) | Q(official__merged_into=OuterRef("pk"))
    )
    # COUNT as a plain function, not an aggregate: no GROUP BY, one row per outer official.
    count = Subquery(
        public_participations.order_by().values(n=Func(F("id"), function="COUNT")),
        output_field=IntegerField(),
    )
    return (
        official_list(filters=filters)
        .annotate(meeting_count=count)
        .values("id", "name_ar", "name_latin", "meeting_count")
    )


def official_get(*, official_id: int) -> Official | None:
    """Any official by id, public or not, merged or not (the page decides: 404 or redirect)."""
    return Official.objects.filter(id=official_id).first()


@dataclass
class OfficialPage:
    official: Official
    participations: list[Participation]
    roles: list[tuple[str, str]]  # (role_code label, role as written), first seen first


def official_page(*, official: Official) -> OfficialPage:
    """The official's public meetings in date order (a tour) and the roles they held."""
    participations = list(
        Participation.objects.public()
        .filter(official=official)
        .select_related("meeting__region")
        .defer(*(f"meeting__region__{name}" for name in REGION_HEAVY_FIELDS))
        .order_by(F("meeting__date").asc(nulls_last=True), "meeting_id")
    )
    return OfficialPage(official, participations, _roles(participations))


def _roles(participations: Iterable[Participation]) -> list[tuple[str, str]]:
    seen: dict[tuple[str, str], None] = {}
    for p in participations:
        seen.setdefault((str(p.get_role_code_display()), p.role), None)
    return list(seen)


def official_choices() -> list[tuple[int, str]]:
    """Public officials for the map's drop-down: (id, "Latin name · Arabic name")."""
    rows = (
        Official.objects.public()
        .order_by("name_latin", "name_ar", "id")
        .values_list("id", "name_ar", "name_latin")
    )
    return [(pk, " · ".join(n for n in (latin, ar) if n)) for pk, ar, latin in rows]
