"""The per-language word modules: every pattern compiles, and both languages share rule names."""

from __future__ import annotations

import re

import pytest

from events.extraction.lang import alt, ar, en, fr
from events.extraction.normalize import norm


def _strings(mod) -> list[tuple[str, str]]:
    out = []
    for name, value in vars(mod).items():
        if not name.isupper():
            continue
        parts = value if isinstance(value, tuple) else (value,)
        out += [(f"{mod.__name__}.{name}", p) for p in parts if isinstance(p, str)]
    return out


@pytest.mark.parametrize("mod", [ar, fr, en], ids=["ar", "fr", "en"])
def test_every_word_pattern_compiles_once_normalised(mod) -> None:
    broken = []
    for name, pattern in _strings(mod):
        try:
            re.compile(norm(pattern), re.IGNORECASE)
        except re.error as e:
            broken.append((name, pattern, str(e)))
    assert broken == []


def test_both_languages_name_the_rules_they_share() -> None:
    shared = {"MONTHS", "WEEKDAYS", "TITLE_HEADS", "FIRST_NAMES", "HONORIFICS", "STOP_WORDS",
              "EVENT_NOUNS", "SUBJECT", "MEETING_CUES", "KIND_CONSULTATION", "VENUE_BEFORE",
              "FURNITURE_LINE", "NAME_KEY_HONORIFICS",
              # numbers.py and figures.py
              "NUMBER_UNITS", "NUMBER_HUNDREDS", "NUMBER_SCALES", "CURRENCY", "CENTIMES",
              "CURRENCY_OF", "AMOUNT_LINKS", "APPROXIMATELY", "METRIC_EXPORTS", "METRIC_POTENTIAL",
              "METRIC_IMPORTS", "METRIC_PRODUCTION", "METRIC_INVESTMENT", "METRIC_ALLOCATION",
              "METRIC_TURNOVER", "METRIC_OTHER", "SCOPE_REGION", "SCOPE_NATIONAL",
              "SCOPE_PROGRAMME", "SCOPE_MARKET", "SCOPE_OTHER", "BUILDS", "PER_UNIT", "PRICE",
              "CLAUSE_START", "CLAUSE_AFTER_COMMA", "RELATIVE", "COMPARISON", "ASIDE",
              "YEAR_BEFORE", "PERCENT", "SHARE", "SHARE_OF", "WHOLE_OF", "EXPORTS_NOUN",
              "NATIONAL_OWNER", "SHARE_OF_FIRMS", "FIRMS", "FUNDS", "ALLOCATION_WORD",
              "EXPORT_WORD", "FOR_OWNER", "FOREIGN_TRADE_TITLE"}  # fmt: skip
    assert shared <= {k for k in vars(ar) if k.isupper()}
    assert shared <= {k for k in vars(fr) if k.isupper()}
    assert alt("a", "", "b") == "a|b"
