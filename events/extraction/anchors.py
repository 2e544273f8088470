"""Read a rule's pattern only around the words every one of its matches contains.

A pattern that begins with optional clitics or articles ("(?:ال)?قافلة") gives the regex engine
no first character to look for, so a scan tries it at every position of the text: about 30 ms
per rule on a 300,000-character text without a single match. Each rule's ANCHORS (in
`lang/ar.py` and `lang/fr.py`) are plain words; `anchor_pattern` writes them so that every
alternative begins with one literal character (case-blind after it), which lets the engine skip
to the next possible first letter: 1 ms for the same text. The rule's pattern is then searched
only in the windows around them, merged so that no text is read twice. A text full of anchors
costs what the plain scan cost, never more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .normalize import norm


def anchor_pattern(*word_lists: Iterable[str]) -> re.Pattern[str]:
    """One pattern for plain words, normalised; case-blind, yet fast to scan for.

    `re.IGNORECASE` would hide the first letters from the engine's quick scan, so each word is
    written once per case of its first letter, the rest case-blind: "Etape", "etape", "ETAPE".
    """
    alts: list[str] = []
    for words in word_lists:
        for word in words:
            w = norm(word)
            rest = f"(?i:{re.escape(w[1:])})" if len(w) > 1 else ""
            for first in dict.fromkeys((w[0].lower(), w[0].upper())):
                alts.append(re.escape(first) + rest)
    return re.compile("|".join(dict.fromkeys(alts)))


def segments(text: str, anchors: re.Pattern[str], before: int, after: int) -> list[tuple[int, int]]:
    """Merged windows [start, end) around every anchor, `before` and `after` characters wide."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for m in anchors.finditer(text):
        a, b = max(0, m.start() - before), min(n, m.end() + after)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def finditer(
    rx: re.Pattern[str], text: str, segs: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The matches of a pattern inside the windows, in order (look-behinds see the whole text)."""
    for a, b in segs:
        yield from rx.finditer(text, a, b)


def search(rx: re.Pattern[str], text: str, segs: list[tuple[int, int]]) -> re.Match[str] | None:
    """The first match of a pattern inside the windows."""
    return next(finditer(rx, text, segs), None)
