"""Keyset ("cursor") pages and streamed exports over any `.values()` rows holding `id`.

A page reads only the rows it returns, whatever the data size: the position is the last row's
(key, id), not an offset. The cursor is opaque to clients (`next`/`previous` links).
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet

# Rows fetched per round trip when an export streams every filtered row (measured on 100,000
# meetings: 2,000 keeps memory under 20 MB and the export within 10 % of one big fetch).
EXPORT_CHUNK_SIZE = 2000
PAGE_SIZE_DEFAULT = 50
PAGE_SIZE_MAX = 500


class InvalidCursor(ValueError):
    """A `cursor` parameter that this API did not produce."""


@dataclass(frozen=True)
class Cursor:
    """A position (key value, id) and whether the page runs before it (previous) or after."""

    key: Any
    id: int
    before: bool

    def encode(self) -> str:
        key = self.key.isoformat() if isinstance(self.key, datetime.date) else self.key
        raw = json.dumps([key, self.id, int(self.before)], separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, value: str, *, key_type: type | None) -> Cursor:
        try:
            raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
            key, pk, before = json.loads(raw)
            if not isinstance(pk, int) or isinstance(pk, bool) or before not in (0, 1):
                raise InvalidCursor(value)
            if key is not None:
                if key_type is datetime.date:
                    key = datetime.date.fromisoformat(key)
                elif (
                    key_type is int and not (isinstance(key, int) and not isinstance(key, bool))
                ) or key_type is None:
                    raise InvalidCursor(value)
        except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
            raise InvalidCursor(value) from exc
        if not -(2**63) <= pk < 2**63:
            raise InvalidCursor(value)
        return cls(key=key, id=pk, before=bool(before))


@dataclass(frozen=True)
class Page:
    rows: list[dict]
    next: Cursor | None
    previous: Cursor | None


def _after(key: str | None, position: Cursor, *, descending: bool) -> Q:
    """Rows after `position` in the order (key, id), NULL keys ranking above every value.

    That is PostgreSQL's own NULL order, so the (status, …, date) indexes serve the ORDER BY.
    The redundant `key <= value` bound lets the index, not a filter, skip the earlier rows.
    """
    pk_after = Q(id__lt=position.id) if descending else Q(id__gt=position.id)
    if key is None:
        return pk_after
    k0 = position.key
    if k0 is None:
        if descending:
            return Q(**{f"{key}__isnull": False}) | (Q(**{f"{key}__isnull": True}) & pk_after)
        return Q(**{f"{key}__isnull": True}) & pk_after
    if descending:
        return Q(**{f"{key}__lte": k0}) & (Q(**{f"{key}__lt": k0}) | pk_after)
    return Q(**{f"{key}__gt": k0}) | Q(**{f"{key}__isnull": True}) | (Q(**{key: k0}) & pk_after)


def _order(key: str | None, *, descending: bool) -> list:
    sign = "-" if descending else ""
    return [f"{sign}{key}", f"{sign}id"] if key else [f"{sign}id"]


def keyset_page(
    *,
    rows: QuerySet,
    key: str | None,
    key_field: str | None = None,
    descending: bool,
    cursor: Cursor | None,
    size: int,
) -> Page:
    """One page of `rows` (a `.values()` queryset holding `id` and `key_field`) in one query."""
    key_field = key_field or key
    backwards = cursor is not None and cursor.before
    order_descending = descending != backwards
    qs = rows
    if cursor is not None:
        qs = qs.filter(_after(key, cursor, descending=order_descending))
    fetched = list(qs.order_by(*_order(key, descending=order_descending))[: size + 1])
    more = len(fetched) > size
    page = fetched[:size]
    if backwards:
        page.reverse()

    def position(row: dict, *, before: bool) -> Cursor:
        return Cursor(key=row[key_field] if key else None, id=row["id"], before=before)

    if not page:
        return Page(rows=[], next=None, previous=None)
    has_next = more if not backwards else True
    has_previous = (cursor is not None) if not backwards else more
    return Page(
        rows=page,
        next=position(page[-1], before=False) if has_next else None,
        previous=position(page[0], before=True) if has_previous else None,
    )


def iterate_rows(*, rows: QuerySet, key: str | None, descending: bool) -> Iterator[dict]:
    """Every row in page order, streamed from a server-side cursor (for exports)."""
    return rows.order_by(*_order(key, descending=descending)).iterator(chunk_size=EXPORT_CHUNK_SIZE)
