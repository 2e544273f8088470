"""Two small helpers the ingestion services share (steps.py, meeting_store.py)."""

from __future__ import annotations

import datetime
from typing import Any, TypeVar

from django.db.models import Model, QuerySet

Row = TypeVar("Row", bound=Model)


def unique_row(queryset: QuerySet[Row]) -> Row | None:
    """The row a lookup on a unique key finds, or None: first() would sort by the model's
    ordering, which such a lookup does not need (and which costs a compile and a sort)."""
    return next(iter(queryset.order_by()[:1]), None)


def iso_date(value: Any) -> datetime.date | None:
    """A date the extractor wrote as "YYYY-MM-DD…", or None when there is none or it is not one."""
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
