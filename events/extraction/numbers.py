"""Numbers written as digits or words, in Arabic and French."""

from __future__ import annotations

import re

from .normalize import norm

# Arabic number words, normalised (أ→ا, ة→ه, ى→ي).
_AR_UNITS_RAW: dict[str, int] = {
    "صفر": 0,
    "واحد": 1, "واحدة": 1, "احد": 1, "احدى": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثة": 3, "اربع": 4, "اربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
    "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9,
    "عشر": 10, "عشرة": 10,
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}  # fmt: skip
_AR_HUNDREDS_RAW: dict[str, int] = {
    "مائة": 100, "مئة": 100, "مايه": 100, "ماية": 100,
    "مائتان": 200, "مئتان": 200, "مائتين": 200, "مئتين": 200, "ميتين": 200,
}  # fmt: skip
for _w, _v in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8),
               ("تسع", 9)):  # fmt: skip
    _AR_HUNDREDS_RAW[_w + "مائة"] = _v * 100
    _AR_HUNDREDS_RAW[_w + "مئة"] = _v * 100
    _AR_HUNDREDS_RAW[_w + "ماية"] = _v * 100
_AR_HUNDREDS_RAW["ثمانمائة"] = 800
_AR_HUNDREDS_RAW["ثمانمئة"] = 800

# scale words: (value, kind) kind "single" (ألف = 1×), "dual" (ألفان = 2×), "plural" (آلاف = n×)
_AR_SCALES_RAW: dict[str, tuple[int, str]] = {
    "ألف": (10**3, "single"), "الف": (10**3, "single"),
    "ألفان": (10**3, "dual"), "ألفين": (10**3, "dual"), "الفا": (10**3, "dual_acc"),
    "ألفي": (10**3, "dual"),
    "آلاف": (10**3, "plural"), "الاف": (10**3, "plural"),
    "مليون": (10**6, "single"), "مليونا": (10**6, "dual_acc"), "مليونان": (10**6, "dual"),
    "مليوني": (10**6, "dual"),
    "مليونين": (10**6, "dual"), "ملايين": (10**6, "plural"), "ملاين": (10**6, "plural"),
    "مليار": (10**9, "single"), "مليارا": (10**9, "dual_acc"), "ملياران": (10**9, "dual"),
    "ملياري": (10**9, "dual"),
    "مليارين": (10**9, "dual"), "ملايير": (10**9, "plural"), "مليارات": (10**9, "plural"),
    "بليون": (10**9, "single"), "بلايين": (10**9, "plural"),
}  # fmt: skip

AR_UNITS = {norm(k): v for k, v in _AR_UNITS_RAW.items()}
AR_HUNDREDS = {norm(k): v for k, v in _AR_HUNDREDS_RAW.items()}
AR_SCALES = {norm(k): v for k, v in _AR_SCALES_RAW.items()}

FR_UNITS: dict[str, int] = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60,
}  # fmt: skip
FR_SCALES: dict[str, int] = {
    "mille": 10**3, "million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9,
}  # fmt: skip

_AR_WORD_VALUES = set(AR_UNITS) | set(AR_HUNDREDS) | set(AR_SCALES) | {"نصف", "ربع"}
_FR_WORD_VALUES = set(FR_UNITS) | set(FR_SCALES) | {"cent", "cents", "et"}

# Every word a written number can be made of (for scanners that must tell one from other words).
AR_NUMBER_WORDS = frozenset(_AR_WORD_VALUES)
FR_NUMBER_WORDS = frozenset(_FR_WORD_VALUES)

_AR_NUMWORD = "|".join(sorted((re.escape(w) for w in _AR_WORD_VALUES), key=len, reverse=True))
_FR_NUMWORD = "|".join(
    sorted((re.escape(w) for w in _FR_WORD_VALUES - {"et"}), key=len, reverse=True)
)

# A digit number: thousands groups (space, dot, comma, apostrophe) and an optional decimal part.
DIGITS = r"\d{1,3}(?:(?:[.,'](?=\d{3}(?!\d))|\s(?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
DIGITS_RE = re.compile(DIGITS)
# An Arabic word number: number words joined by spaces and و.
AR_WORDS = rf"(?:(?<!\w)(?:و|ب|وب)?(?:{_AR_NUMWORD})(?!\w))(?:\s+(?:و\s*)?(?:{_AR_NUMWORD})(?!\w))*"
FR_WORDS = (
    rf"(?:(?<![\w-])(?:{_FR_NUMWORD})(?![\w]))(?:(?:\s+et\s+|[\s-]+)(?:{_FR_NUMWORD})(?![\w]))*"
)


def parse_digits(s: str, *, has_scale: bool = False) -> float | None:
    """Parse a digit string with thousands separators or a decimal comma/point."""
    s = s.strip().replace("'", " ")
    if not s:
        return None
    seps = re.findall(r"[.,\s]", s)
    if not seps:
        return float(int(s))
    groups = re.split(r"[.,\s]", s)
    kinds = set(seps)
    if len(seps) == 1:
        sep = seps[0]
        tail = groups[1]
        if sep.isspace():
            return float(groups[0] + tail)
        # one separator: 3-digit tail is a thousands group unless a scale word follows
        if len(tail) == 3 and (sep == "." or not has_scale) and groups[0] != "0":
            return float(groups[0] + tail)
        return float(groups[0] + "." + tail)
    # several separators: the last one is decimal if it differs from the others
    last = seps[-1]
    if (last not in seps[:-1] and len(groups[-1]) != 3) or (len(kinds) > 1 and last != seps[0]):
        return float("".join(groups[:-1]) + "." + groups[-1])
    return float("".join(groups))


def _strip_waw(tok: str, vocab: set[str] | dict) -> str:
    """Drop a leading conjunction و when the rest is a number word."""
    if tok not in vocab and tok.startswith("و") and tok[1:] in vocab:
        return tok[1:]
    if tok not in vocab and tok.startswith(("ب", "وب")):  # "بمليار و500 مليون": a preposition
        rest = tok[1:] if tok.startswith("ب") else tok[2:]
        if rest in vocab:
            return rest
    return tok


def parse_arabic_words(s: str) -> float | None:
    """Parse Arabic number words (already normalised): خمسة مليارات، ثلاثمائة وخمسون ألفا."""
    toks = [t for t in re.split(r"\s+", s.strip()) if t and t != "و"]
    if not toks:
        return None
    total = 0.0
    current = 0.0
    seen = False
    last_unit = False
    for raw in toks:
        tok = _strip_waw(raw, _AR_WORD_VALUES)
        if tok not in _AR_WORD_VALUES and tok.startswith("و") and DIGITS_RE.fullmatch(tok[1:]):
            tok = tok[1:]
        joined = raw != tok
        if DIGITS_RE.fullmatch(tok):
            current += parse_digits(tok, has_scale=True) or 0
            seen = True
            last_unit = False
            continue
        if tok in AR_UNITS:
            v = AR_UNITS[tok]
            # "ثلاثة عشر": a unit followed by عشر is a teen
            if v == 10 and last_unit and current % 10 and not joined:
                current += 10
            else:
                current += v
            last_unit = v < 10
            seen = True
        elif tok in AR_HUNDREDS:
            v = AR_HUNDREDS[tok]
            if v == 100 and last_unit and 0 < current % 100 < 10 and not joined:
                current = current - current % 100 + (current % 100) * 100
            else:
                current += v
            last_unit = False
            seen = True
        elif tok in AR_SCALES:
            scale, kind = AR_SCALES[tok]
            if kind in ("dual", "dual_acc"):
                # "مليارا درهم" alone is two billion; after a number it is the accusative
                total += 2 * scale if current == 0 else current * scale
            else:
                total += (current or 1) * scale
            current = 0
            last_unit = False
            seen = True
        elif tok == "نصف" and (total or current):
            # "مليار ونصف": half of the last scale used
            if current == 0 and total:
                mag = 10 ** (len(str(int(total))) - 1)
                total += mag / 2
            else:
                current += 0.5
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_french_words(s: str) -> float | None:
    """Parse French number words: cinq milliards, deux cent mille, quatre-vingt-dix."""
    toks = [t for t in re.split(r"[\s-]+", s.strip().lower()) if t and t != "et"]
    if not toks:
        return None
    total = 0
    current = 0
    for i, tok in enumerate(toks):
        if tok in FR_UNITS:
            v = FR_UNITS[tok]
            if v == 20 and current % 100 == 4:
                current = current - 4 + 80  # quatre-vingt
            elif v in (10, 11, 12, 13, 14, 15, 16) and current % 100 in (60, 80):
                current += v
            else:
                current += v
        elif tok in ("cent", "cents"):
            current = (current or 1) * 100 if current < 100 else current + 100
        elif tok in FR_SCALES:
            scale = FR_SCALES[tok]
            total += (current or 1) * scale
            current = 0
        elif DIGITS_RE.fullmatch(tok):
            current += parse_digits(tok, has_scale=i + 1 < len(toks)) or 0
        else:
            return None
    return float(total + current)


AR_NUMBER_RE = re.compile(AR_WORDS)
FR_NUMBER_RE = re.compile(FR_WORDS, re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """Parse a number in any supported form (digits, Arabic or French words, mixed)."""
    s = norm(text).strip()
    if not s:
        return None
    if DIGITS_RE.fullmatch(s):
        return parse_digits(s)
    v = parse_arabic_words(s)
    if v is not None:
        return v
    return parse_french_words(s)
