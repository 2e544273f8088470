"""The extractor's words, one module per language: `ar.py` (Arabic), `fr.py` (French).

Both modules hold the same name for each rule that reads words in both languages: month names,
title heads, meeting cues, venue words, furniture lines, number and currency words, metric and
scope nouns… A name found in one module only is a rule of that language's grammar (Arabic
clitics, French elisions, Arabic dual scale words, French currency abbreviations). The rule
modules (dates, places, officials, roles, names, kind, relevance, clutter, engine, language,
normalize, numbers, figures) keep the regex skeletons and build each pattern from both
languages' words, so adding a word touches these files only. Words are written as the press
writes them (with ة, أ, é) unless a comment says they are already normalised; the rule modules
normalise them once, at import. `en.py` holds only what tells an English article from a French
one.
"""

from __future__ import annotations


def alt(*parts: str) -> str:
    """Alternation of regex parts, skipping empty ones (a language may have no word for a rule)."""
    return "|".join(p for p in parts if p)
