"""Hostile text: extraction of random and repetitive input ends, never raises, and the amount scan
reads only the few words before each currency word (what keeps it linear; timed in `make bench`)."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.hostile import UNITS
from events.extraction import extract
from events.extraction import figures as figures_module
from events.extraction.figures import AMOUNT_RE, MAX_AMOUNTS, NUMBER_WINDOW, amount_matches
from events.extraction.normalize import norm

# Pieces of real-looking press text (written for these tests), to mix with the hostile units.
REAL_PIECES = [
    "وبلغت صادرات الجهة حوالي 3,4 مليار درهم",
    "رقم معاملات موجه للتصدير يناهز مليارا درهم",
    "خمسة ملايير و300 مليون درهم",
    "ثلاثمائة وخمسون ألف درهم",
    "من الدراهم",
    "يوم الأربعاء 4 دجنبر 2024",
    "السيد والي جهة الشرق",
    "les exportations de la région ont atteint 7,2 MMDH",
    "un budget de 1.500.000 DH",
    "quatre-vingt-dix millions de dirhams",
    "cinq milliards",
    "Lire aussi :",
    "M. le ministre délégué",
    "(", ")", "«", "»", ".", "،", ",", "\n", " ", "-", "'",
]  # fmt: skip
_UNIT = st.sampled_from(list(UNITS.values()))
_PIECE = st.sampled_from(REAL_PIECES) | _UNIT | st.text(max_size=12)


def _ok(text: str) -> None:
    d = extract(text, retrieved=date(2026, 11, 22)).to_dict()
    json.dumps(d, ensure_ascii=False)
    for f in d["figures"]:
        assert text[f["evidence"]["start"] : f["evidence"]["end"]] == f["evidence"]["text"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_UNIT, st.integers(min_value=1, max_value=300))
def test_repeated_unit_ends(unit: str, times: int) -> None:
    _ok(unit * times)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_PIECE, st.integers(min_value=1, max_value=20)), max_size=12))
def test_repeated_mixture_ends(runs: list[tuple[str, int]]) -> None:
    _ok("".join(piece * times for piece, times in runs))


# Vocabulary of amounts, glued and spaced in every way, for the scan against a plain regex scan.
_AMOUNT_PIECES = [
    "خمسة", "مليار", "ملايين", "و", "درهم", "دراهم", "الدراهم", "درهما", "سنتيم", "سنتيمات", "من",
    "ثلاثمائة", "ألف", "نصف", "وخمسة", "بمليار", "وب", "2,6", "1.200.000", "300 000", "12", "ب5",
    "٢٫٥", "cinq", "Milliards", "millions", "mille", "de", "d'", "md.", "dirhams", "DH", "MMDH",
    "mdh", "mmdhs", "\u212adh", "Centimes", "centimes", "vingt-deux", "quatre-vingt", "et", "un",
    "nomad", "x", "ط", "(", ")", ".", "،", "\n", "_",
]  # fmt: skip
_SEP = st.sampled_from([" ", "", "", "  ", "\n", " و", "-", "'"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_AMOUNT_PIECES), _SEP), max_size=25))
def test_amount_scan_finds_what_a_plain_scan_finds(parts: list[tuple[str, str]]) -> None:
    """The same matches as AMOUNT_RE.finditer run on each line (an amount never spans lines)."""
    text = norm("".join(p + s for p, s in parts))
    want, start = [], 0
    for line in text.split("\n"):
        want += [
            (m.span(), m.groupdict()) for m in AMOUNT_RE.finditer(text, start, start + len(line))
        ]
        start += len(line) + 1
    got = [(m.span(), m.groupdict()) for m in amount_matches(text, limit=10**6)]
    assert got == want


class _Recording:
    """AMOUNT_RE, recording the length of every stretch of text it is asked to search."""

    def __init__(self) -> None:
        self.spans: list[int] = []

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else endpos
        self.spans.append(end - pos)
        return AMOUNT_RE.search(text, pos, end)


@pytest.mark.parametrize(
    "text",
    [
        "خمسة " * 5000,  # number words and no currency: nothing to search
        ("خمسة " * 40 + "x درهم ") * 100,  # a stray word before the currency
        ("cinq " * 40 + "dirhams ") * 100,  # a long run of number words before it
        "2,6 مليار درهم " * 500,
    ],
)
def test_amount_scan_searches_only_before_currency_words(monkeypatch, text: str) -> None:
    rec = _Recording()
    monkeypatch.setattr(figures_module, "AMOUNT_RE", rec)
    amount_matches(text, limit=10**6)
    assert len(rec.spans) == text.count("درهم") + text.count("dirhams")
    assert max(rec.spans, default=0) <= NUMBER_WINDOW + len("dirhams")


def test_amount_scan_starts_after_the_last_word_no_amount_holds(monkeypatch) -> None:
    rec = _Recording()
    monkeypatch.setattr(figures_module, "AMOUNT_RE", rec)
    assert amount_matches(("خمسة " * 20 + "x درهم ") * 50) == []
    assert max(rec.spans) <= len(" درهم")


def _with_amounts(n: int) -> str:
    head = (
        "انعقد بأكادير لقاء تشاوري حول برنامج التجارة الخارجية لجهة سوس ماسة. وبلغت صادرات الجهة "
    )
    return head + "، ".join(f"{i} مليون درهم" for i in range(1, n + 1)) + "."


def test_amounts_past_the_cap_are_not_read_and_say_so() -> None:
    d = extract(_with_amounts(MAX_AMOUNTS + 40), retrieved=date(2026, 11, 22)).to_dict()
    assert len(d["figures"]) == MAX_AMOUNTS
    assert max(f["amount_mad"] for f in d["figures"]) == MAX_AMOUNTS * 1_000_000
    assert "figures_capped" in {w["code"] for w in d["warnings"]}
    d = extract(_with_amounts(MAX_AMOUNTS), retrieved=date(2026, 11, 22)).to_dict()
    assert len(d["figures"]) == MAX_AMOUNTS
    assert "figures_capped" not in {w["code"] for w in d["warnings"]}
