"""Numbers written as digits or words, in Arabic and French."""

from __future__ import annotations

import re

from .lang import ar, fr
from .normalize import norm

# Number words, from lang/ (Arabic keys normalised once here: أ→ا, ة→ه, ى→ي).
AR_UNITS = {norm(k): v for k, v in ar.NUMBER_UNITS.items()}
AR_HUNDREDS = {norm(k): v for k, v in ar.NUMBER_HUNDREDS.items()}
AR_SCALES = {norm(k): v for k, v in ar.NUMBER_SCALES.items()}
FR_UNITS = fr.NUMBER_UNITS
FR_SCALES = fr.NUMBER_SCALES

_AR_WORD_VALUES = (
    set(AR_UNITS) | set(AR_HUNDREDS) | set(AR_SCALES) | {ar.NUMBER_HALF, ar.NUMBER_QUARTER}
)
_FR_WORD_VALUES = set(FR_UNITS) | set(FR_SCALES) | {*fr.NUMBER_HUNDREDS, fr.NUMBER_AND}

# Every word a written number can be made of (for scanners that must tell one from other words).
AR_NUMBER_WORDS = frozenset(_AR_WORD_VALUES)
FR_NUMBER_WORDS = frozenset(_FR_WORD_VALUES)

_AR_NUMWORD = "|".join(sorted((re.escape(w) for w in _AR_WORD_VALUES), key=len, reverse=True))
_FR_NUMWORD = "|".join(
    sorted((re.escape(w) for w in _FR_WORD_VALUES - {fr.NUMBER_AND}), key=len, reverse=True)
)

# A digit number: thousands groups (space, dot, comma, apostrophe) and an optional decimal part.
DIGITS = r"\d{1,3}(?:(?:[.,'](?=\d{3}(?!\d))|\s(?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
DIGITS_RE = re.compile(DIGITS)
# An Arabic word number: number words joined by spaces and و.
AR_WORDS = rf"(?:(?<!\w)(?:و|ب|وب)?(?:{_AR_NUMWORD})(?!\w))(?:\s+(?:و\s*)?(?:{_AR_NUMWORD})(?!\w))*"
FR_WORDS = (
    rf"(?:(?<![\w-])(?:{_FR_NUMWORD})(?![\w]))"
    rf"(?:(?:\s+{fr.NUMBER_AND}\s+|[\s-]+)(?:{_FR_NUMWORD})(?![\w]))*"
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


# A number read so far: the total of its closed scales, the group being read, and whether that
# group's last word was a unit below ten.
_ArabicNumber = tuple[float, float, bool]


def parse_arabic_words(s: str) -> float | None:
    """Parse Arabic number words (already normalised): خمسة مليارات، ثلاثمائة وخمسون ألفا."""
    toks = [t for t in re.split(r"\s+", s.strip()) if t and t != "و"]
    if not toks:
        return None
    state: _ArabicNumber = (0.0, 0.0, False)
    for raw in toks:
        tok = _strip_waw(raw, _AR_WORD_VALUES)
        if tok not in _AR_WORD_VALUES and tok.startswith("و") and DIGITS_RE.fullmatch(tok[1:]):
            tok = tok[1:]
        step = _arabic_step(state, tok, joined=raw != tok)
        if step is None:
            return None
        state = step
    total, current, _ = state
    return total + current


def _arabic_step(state: _ArabicNumber, tok: str, *, joined: bool) -> _ArabicNumber | None:
    """The number after one more word (`joined`: it came with a و or ب); None: not a number."""
    total, current, last_unit = state
    if DIGITS_RE.fullmatch(tok):
        return total, current + (parse_digits(tok, has_scale=True) or 0), False
    if tok in AR_UNITS:
        value = AR_UNITS[tok]  # "ثلاثة عشر": a unit then عشر, ten more like any unit
        return total, current + value, value < 10
    if tok in AR_HUNDREDS:
        value = AR_HUNDREDS[tok]
        if value == 100 and last_unit and 0 < current % 100 < 10 and not joined:
            # "ثلاث مائة": the unit multiplies the hundred
            return total, current - current % 100 + (current % 100) * 100, False
        return total, current + value, False
    if tok in AR_SCALES:
        scale, kind = AR_SCALES[tok]
        if kind in ("dual", "dual_acc"):
            # "مليارا درهم" alone is two billion; after a number it is the accusative
            total += 2 * scale if current == 0 else current * scale
        else:
            total += (current or 1) * scale
        return total, 0, False
    if tok == ar.NUMBER_HALF and (total or current):
        if current == 0 and total:  # "مليار ونصف": half of the last scale used
            return total + 10 ** (len(str(int(total))) - 1) / 2, current, last_unit
        return total, current + 0.5, last_unit
    return None


def parse_french_words(s: str) -> float | None:
    """Parse French number words: cinq milliards, deux cent mille, quatre-vingt-dix."""
    toks = [t for t in re.split(r"[\s-]+", s.strip().lower()) if t and t != fr.NUMBER_AND]
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
        elif tok in fr.NUMBER_HUNDREDS:
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
