"""The extractor's words, one module per language: `ar.py` (Arabic), `fr.py` (French).

Each module holds the same names, one per rule that reads words: month names, title heads,
meeting cues, venue words, furniture lines… The rule modules (dates, places, officials, kind,
relevance, clutter, engine) keep the regex skeletons and build each pattern from both languages'
words, so adding a word, or a language, touches these files only. Words are written as the press
writes them (with ة, أ, é) unless a comment says they are already normalised; the rule modules
normalise them once, at import.
"""

from __future__ import annotations


def alt(*parts: str) -> str:
    """Alternation of regex parts, skipping empty ones (a language may have no word for a rule)."""
    return "|".join(p for p in parts if p)
