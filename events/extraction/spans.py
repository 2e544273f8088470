"""Lookups in sorted positions and spans, so that a rule asks about the whole text once.

Rules that asked the text again for each mention (the next sentence break, the line start, a
marker in the clause) made long texts quadratic; they now find those once and bisect here.
"""

from __future__ import annotations

import re
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


class Matches:
    """Where one pattern matches in one text, asked about many windows.

    A window of up to WINDOW characters is searched in place (what a rule asked before); a longer
    one, which only a hostile text has, is answered from every match of the text, found once on
    first need, so that a megabyte clause costs one scan instead of one per mention.
    """

    WINDOW = 1000

    def __init__(self, rx: re.Pattern[str], text: str) -> None:
        self.rx, self.text = rx, text
        self._spans: list[tuple[int, int]] | None = None

    def within(self, a: int, b: int) -> bool:
        """The pattern matches inside [a, b)."""
        if b - a <= self.WINDOW:
            return self.rx.search(self.text, a, b) is not None
        if self._spans is None:
            self._spans = [m.span() for m in self.rx.finditer(self.text)]
        return any_within(self._spans, a, b)
