from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events.extraction.figures import find_figures
from events.extraction.normalize import normalize
from events.extraction.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("خمسة مليارات", 5e9),
        ("2,6 مليار", 2.6e9),
        ("٢٫٦ مليار", 2.6e9),
        ("4.7 مليون", 4.7e6),
        ("170 ألف", 170e3),
        ("مليار ونصف", 1.5e9),
        ("ثلاثة ملايير و500 مليون", 3.5e9),
        ("مليارا", 2e9),
        ("ملياري", 2e9),
        ("ألفان", 2000),
        ("ثلاثة آلاف", 3000),
        ("ثلاثمائة وخمسون ألفا", 350e3),
        ("ثلاث مائة", 300),
        ("مئتان", 200),
        ("خمسة عشر", 15),
        ("واحد وعشرون", 21),
        ("12.500 مليون", 12.5e9),
        ("1.200 مليون", 1.2e9),
        ("170.000", 170e3),
        ("170 000", 170e3),
        ("1.200.000,50", 1200000.5),
        ("1,5", 1.5),
        ("cinq milliards", 5e9),
        ("deux cent mille", 200e3),
        ("quatre-vingt-dix-neuf", 99),
        ("soixante et onze", 71),
        ("trois cent cinquante mille", 350e3),
        ("un million deux cent mille", 1.2e6),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


# --- renderers used by the round-trip properties --------------------------------------------
_AR_UNITS = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
_AR_TEENS = {10: "عشرة", 11: "أحد عشر", 12: "اثنا عشر"}
_AR_TENS = ["", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون"]
_AR_HUNDREDS = ["", "مائة", "مائتان", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة",
                "ثمانمائة", "تسعمائة"]  # fmt: skip
_AR_SCALES = [(10**9, "مليار", "ملياران", "مليارات"), (10**6, "مليون", "مليونان", "ملايين"),
              (10**3, "ألف", "ألفان", "آلاف")]  # fmt: skip


def _ar_below_1000(n: int) -> str:
    parts = []
    h, r = divmod(n, 100)
    if h:
        parts.append(_AR_HUNDREDS[h])
    if r:
        if r < 10:
            parts.append(_AR_UNITS[r])
        elif r in _AR_TEENS:
            parts.append(_AR_TEENS[r])
        elif r < 20:
            parts.append(f"{_AR_UNITS[r - 10]} عشر")
        else:
            t, u = divmod(r, 10)
            parts.append(f"{_AR_UNITS[u]} و{_AR_TENS[t]}" if u else _AR_TENS[t])
    return " و".join(parts)


def render_arabic(n: int) -> str:
    """Integer as Arabic words (formal forms)."""
    parts = []
    for scale, one, two, plural in _AR_SCALES:
        q, n = divmod(n, scale)
        if q == 1:
            parts.append(one)
        elif q == 2:
            parts.append(two)
        elif 3 <= q <= 10:
            parts.append(f"{_ar_below_1000(q)} {plural}")
        elif q:
            parts.append(f"{_ar_below_1000(q)} {one}")
    if n:
        parts.append(_ar_below_1000(n))
    return " و".join(parts)


_FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
             "onze", "douze", "treize", "quatorze", "quinze", "seize"]  # fmt: skip
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _fr_below_100(n: int) -> str:
    if n <= 16:
        return _FR_UNITS[n]
    if n < 20:
        return "dix-" + _FR_UNITS[n - 10]
    t, u = divmod(n, 10)
    if t in (7, 9):
        base = "soixante" if t == 7 else "quatre-vingt"
        rest = 10 + u
        if t == 7 and u == 1:
            return "soixante et onze"
        return f"{base}-{_fr_below_100(rest)}"
    if t == 8:
        return "quatre-vingts" if u == 0 else f"quatre-vingt-{_FR_UNITS[u]}"
    if u == 0:
        return _FR_TENS[t]
    if u == 1:
        return f"{_FR_TENS[t]} et un"
    return f"{_FR_TENS[t]}-{_FR_UNITS[u]}"


def _fr_below_1000(n: int) -> str:
    h, r = divmod(n, 100)
    parts = []
    if h:
        parts.append("cent" if h == 1 else f"{_FR_UNITS[h]} cent")
    if r:
        parts.append(_fr_below_100(r))
    return " ".join(parts)


def render_french(n: int) -> str:
    """Integer as French words."""
    parts = []
    for scale, word in ((10**9, "milliard"), (10**6, "million"), (10**3, "mille")):
        q, n = divmod(n, scale)
        if not q:
            continue
        if word == "mille":
            parts.append("mille" if q == 1 else f"{_fr_below_1000(q)} mille")
        else:
            parts.append(f"{_fr_below_1000(q)} {word}{'s' if q > 1 else ''}")
    if n:
        parts.append(_fr_below_1000(n))
    return " ".join(parts)


def render_digits(n: int, sep: str) -> str:
    """Integer with a thousands separator."""
    s = f"{n:,}"
    return s.replace(",", sep)


_EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
INTS = st.integers(min_value=1, max_value=999_999_999_999)


@settings(max_examples=300, deadline=None)
@given(INTS)
def test_roundtrip_arabic_words(n: int) -> None:
    assert parse_number(render_arabic(n)) == n


@settings(max_examples=300, deadline=None)
@given(INTS)
def test_roundtrip_french_words(n: int) -> None:
    assert parse_number(render_french(n)) == n


@settings(max_examples=300, deadline=None)
@given(INTS, st.sampled_from(["", " ", "\u00a0", ".", "\u202f"]), st.booleans())
def test_roundtrip_digits(n: int, sep: str, eastern: bool) -> None:
    s = render_digits(n, sep) if sep else str(n)
    if eastern:
        s = s.translate(_EASTERN)
    assert parse_number(s) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=9))
def test_roundtrip_decimal_with_scale(whole: int, tenth: int) -> None:
    for text in (f"{whole},{tenth} مليار درهم", f"{whole},{tenth} milliards de dirhams"):
        figs = find_figures(normalize(text).text)
        assert len(figs) == 1
        assert figs[0].amount == pytest.approx((whole + tenth / 10) * 1e9)
