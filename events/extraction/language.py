"""Language of an article: Arabic or French."""

from __future__ import annotations

import re

_AR = re.compile(r"[\u0621-\u064A]")
_LAT = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str:
    """'ar' when Arabic letters dominate, else 'fr'."""
    sample = text[:20000]
    ar = len(_AR.findall(sample))
    lat = len(_LAT.findall(sample))
    return "ar" if ar >= lat else "fr"
