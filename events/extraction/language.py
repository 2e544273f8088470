"""Language of an article: Arabic, French or English.

Arabic when Arabic letters dominate; otherwise the Latin text is French unless English function
words outnumber French ones ("en", a value of `Article.language`). The engine's rules are
written for Arabic and French; an English article is labelled so, not mistaken for French.
"""

from __future__ import annotations

import re

from .lang import en, fr

_AR = re.compile(r"[\u0621-\u064A]")
_LAT = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_FR_WORDS = frozenset(fr.FUNCTION_WORDS)
_EN_WORDS = frozenset(en.FUNCTION_WORDS)
_SAMPLE = 20000


def detect_language(text: str) -> str:
    """'ar' if Arabic letters dominate, else 'en' if English words outnumber French, else 'fr'."""
    sample = text[:_SAMPLE]
    ar = len(_AR.findall(sample))
    lat = len(_LAT.findall(sample))
    if ar >= lat:
        return "ar"
    fr = en = 0
    for w in _WORD.findall(sample.lower()):
        fr += w in _FR_WORDS
        en += w in _EN_WORDS
    return "en" if en > fr else "fr"
