"""Lookups in sorted positions and spans, so that a rule asks about the whole text once.

Rules that asked the text again for each mention (the next sentence break, the line start, a
marker in the clause) made long texts quadratic; they now find those once and bisect here.
"""

from __future__ import annotations

from bisect import bisect_left


def next_at(positions: list[int], pos: int) -> int | None:
    """First position at or after pos, or None."""
    i = bisect_left(positions, pos)
    return positions[i] if i < len(positions) else None


def last_before(positions: list[int], pos: int) -> int:
    """Last position before pos, or -1 (what str.rfind answers)."""
    i = bisect_left(positions, pos)
    return positions[i - 1] if i else -1


def any_within(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Some span of a sorted, non-overlapping list lies inside [a, b)."""
    i = bisect_left(spans, (a, -1))
    return i < len(spans) and spans[i][1] <= b
