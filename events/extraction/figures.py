# ruff: noqa: E501  (word lists, regex tables and report lines read better unwrapped)
"""Dirham amounts with their metric, scope, approximation marker and year."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import norm
from .numbers import (
    AR_WORDS,
    DIGITS,
    FR_WORDS,
    parse_arabic_words,
    parse_digits,
    parse_french_words,
)

_P = r"(?<!\w)(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?"  # Arabic clitics before a noun

AR_AMOUNT = (
    rf"(?:(?:{DIGITS})\s*(?:{AR_WORDS})?|{AR_WORDS})(?:\s*و\s*(?:{DIGITS})\s*(?:{AR_WORDS}))*"
)
FR_SCALE = r"(?:milliards?|millions?|mille|mds?|mrds?|md)"
AMOUNT_RE = re.compile(
    rf"(?P<ar>(?P<arnum>{AR_AMOUNT})\s*(?:من\s+)?(?P<arcur>(?:ال)?(?:دراهم|درهما|درهم)|(?P<cent>(?:ال)?سنتيمات|سنتيما|سنتيم)))(?!\w)"
    rf"|(?P<fr>(?P<frnum>{DIGITS}|{FR_WORDS})\s*(?P<frscale>{FR_SCALE}\.?)?\s*(?:de\s+|d')?(?P<frcur>dirhams?|dhs?|mad|mmdh|mdh|kdh|mmdhs|mdhs|centimes)(?![\w]))",
    re.IGNORECASE,
)  # fmt: skip
_FR_SCALES = {"milliard": 10**9, "milliards": 10**9, "md": 10**9, "mds": 10**9, "mrd": 10**9,
              "mrds": 10**9, "million": 10**6, "millions": 10**6, "mille": 10**3}  # fmt: skip
_FR_UNITS = {"mmdh": 10**9, "mmdhs": 10**9, "mdh": 10**6, "mdhs": 10**6, "kdh": 10**3}

APPROX_RE = re.compile(
    norm(
        r"(?:حوالي|حوالى|نحو|قرابة|زهاء|ناهز|ناهزت|يناهز|تناهز|ما\s+يناهز|قارب|قاربت|يقارب|تقارب|"
        r"ما\s+يقارب|أكثر\s+من|أزيد\s+من|ازيد\s+من|ما\s+يزيد\s+(?:عن|على)|يزيد\s+(?:عن|على)|تزيد\s+عن|"
        r"يفوق|تفوق|ما\s+يفوق|فاق|فاقت|تجاوز|تجاوزت|يتجاوز|تتجاوز|ما\s+يربو\s+على|يربو\s+على|"
        r"أقل\s+من|ما\s+لا\s+يقل\s+عن|لا\s+يقل\s+عن|"
        r"pr[èe]s\s+de|environ|plus\s+de|avoisinant|avoisine|avoisinait|quelque|autour\s+de|"
        r"approximativement|quasiment|pr[èe]s|d[ée]passant|d[ée]passe|moins\s+de|pas\s+moins\s+de|"
        r"au-del[àa]\s+de|sup[ée]rieur\s+[àa]|de\s+l'ordre\s+de)"
    ),
    re.IGNORECASE,
)
_APPROX_TAIL_RE = re.compile(
    APPROX_RE.pattern + r"(?P<gap>(?:\s+[^\s\d,.;:!?()]+){0,5}?)\s*$", re.I
)

_METRIC_PATTERNS: tuple[tuple[str, str], ...] = (
    ("exports", _P + r"(?:صادرات|تصدير|مصدر|صادرت)\w{0,3}(?!\w)|export\w*"),
    ("imports", _P + r"(?:واردات|استيراد)\w{0,3}(?!\w)|import\w*"),
    ("production", _P + r"(?:انتاج|إنتاج)\w{0,3}(?!\w)|production\w*|valeur\s+ajout[ée]e"),
    ("investment", _P + r"(?:استثمار|استثمارات)(?:ها|ه|هم)?(?!\w)|investissements?|investis"),
    ("other", _P + r"(?:عوائد|مداخيل|ايرادات|رسوم|ميزاني\w*|كلف\w*|تكلف\w*|غلاف|دعم|منح\w*|تمويل|قروض|تحصيل|رقم\s+(?:ال)?معاملات|رأسمال|راسمال|اجور|أجور|ايجار\w*|إيجار\w*|مبيعات|ارباح|أرباح)(?!\w)"
              r"|budget|co[uû]t\w*|enveloppe|subventions?|financements?|chiffre\s+d'affaires|recettes|revenus|cr[ée]dits?|dotation|loyers?|b[ée]n[ée]fices?"),
)  # fmt: skip
METRIC_RE = re.compile(
    "|".join(f"(?P<m{i}>{norm(p)})" for i, (_, p) in enumerate(_METRIC_PATTERNS)), re.IGNORECASE
)
_METRIC_NAMES = [m for m, _ in _METRIC_PATTERNS]
_SCOPE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("region", _P + r"(?:جهة|جهوي|جهوية)(?!\w)|r[ée]gion\w*"),
    ("national", _P + r"(?:وطني|وطنية|مغرب|مملكة)(?!\w)|national\w*|maroc|royaume|du\s+pays"),
    ("other", _P + r"(?:غرفة|غرف|شركة|مؤسسة|مركب|مقاولة|مقاولات|تعاونية|تعاونيات|جمعية|وكالة|ميناء|إقليم|اقليم|الإقليم|عمالة|منطقة|مشروع|المشروع|برنامج|صندوق|قطاع|سلسلة|شعبة|ضيعة|وحدة|مصنع)(?!\w)"
              r"|chambres?|l'entreprise|entreprises?|soci[ée]t[ée]s?|coop[ée]ratives?|l'association|agence|province|pr[ée]fecture|port|zone|projets?|programme|fonds|fili[èe]re|secteur|unit[ée]|usine"),
)  # fmt: skip
SCOPE_RE = re.compile(
    "|".join(f"(?P<s{i}>{norm(p)})" for i, (_, p) in enumerate(_SCOPE_PATTERNS)), re.IGNORECASE
)
_SCOPE_NAMES = [m for m, _ in _SCOPE_PATTERNS]
YEAR_RE = re.compile(
    norm(
        r"(?:سنة|عام|خلال|برسم|موسم|en|au\s+titre\s+de|pour|l'ann[ée]e|in)\s+((?:19|20)\d\d)(?!\d)"
    ),
    re.IGNORECASE,
)
_SENT_END = re.compile(r"[.!?؟\n](?!\d)")


@dataclass(frozen=True, slots=True)
class FigureMatch:
    """A dirham amount (normalised-text spans)."""

    start: int
    end: int
    amount: float
    metric: str
    scope: str
    approximate: bool
    year: int | None
    centimes: bool
    confidence: float


def _value(m: re.Match) -> tuple[float | None, bool]:
    """Amount in dirhams and whether it was written in centimes."""
    if m.group("ar"):
        s = m.group("arnum").strip()
        v = parse_arabic_words(s)
        if v is None:
            return None, False
        cent = bool(m.group("cent"))
        return (v / 100 if cent else v), cent
    num = m.group("frnum")
    scale = (m.group("frscale") or "").lower().rstrip(".")
    cur = m.group("frcur").lower()
    if re.fullmatch(DIGITS, num):
        v = parse_digits(num, has_scale=bool(scale) or cur in _FR_UNITS)
    else:
        v = parse_french_words(num)
    if v is None:
        return None, False
    if scale:
        v *= _FR_SCALES.get(scale, 1)
    v *= _FR_UNITS.get(cur, 1)
    if cur == "centimes":
        return v / 100, True
    return v, False


def _nearest(rx: re.Pattern, names: list[str], text: str, a: int, b: int, pos: int) -> str | None:
    """Label of the match nearest to pos (preferring matches before it) within [a, b)."""
    best = None
    best_d = 10**9
    for m in rx.finditer(text, a, b):
        label = next(names[int(k[1:])] for k, v in m.groupdict().items() if v is not None)
        if m.end() <= pos:
            d = pos - m.end()
        elif m.start() >= pos:
            d = (m.start() - pos) * 3 + 40  # words after the amount count less
        else:
            continue
        if d < best_d:
            best, best_d = label, d
    return best


def find_figures(text: str) -> list[FigureMatch]:
    """All dirham amounts in a (clutter-free) normalised text."""
    out: list[FigureMatch] = []
    for m in AMOUNT_RE.finditer(text):
        v, cent = _value(m)
        if v is None or v <= 0:
            continue
        s, e = m.start(), m.end()
        sent_a = max(
            (x.end() for x in _SENT_END.finditer(text, max(0, s - 400), s)), default=max(0, s - 400)
        )
        nxt = _SENT_END.search(text, e)
        sent_b = nxt.start() if nxt else len(text)
        sent_b = min(sent_b, e + 150)
        before = text[sent_a:s]
        approx = False
        clause = re.split(r"[,;:()\"]", before)[-1]
        am = _APPROX_TAIL_RE.search(clause)
        if am and not re.search(r"\d", am.group("gap") or ""):
            approx = True
            if not (am.group("gap") or "").strip():
                s = sent_a + len(before) - len(clause) + am.start()
        metric = _nearest(METRIC_RE, _METRIC_NAMES, text, sent_a, sent_b, m.start()) or "other"
        scope = _nearest(SCOPE_RE, _SCOPE_NAMES, text, sent_a, sent_b, m.start())
        if scope is None:
            scope = "other"
        ym = None
        for y in YEAR_RE.finditer(text, sent_a, sent_b):
            ym = int(y.group(1))
            if y.start() > m.start():
                break
        conf = 0.85 if m.group("ar") or m.group("fr") else 0.5
        out.append(FigureMatch(s, e, v, metric, scope, approx, ym, cent, conf))
    return _dedupe(out)


def _same(a: float, b: float) -> bool:
    """Amounts equal within 0.5 %."""
    return abs(a - b) <= 0.005 * max(abs(a), abs(b))


def _dedupe(figs: list[FigureMatch]) -> list[FigureMatch]:
    """Drop restatements: centimes next to the same dirham amount, and repeats of one fact."""
    kept: list[FigureMatch] = []
    for f in figs:
        dup = False
        for i, k in enumerate(kept):
            if _same(f.amount, k.amount) and (
                f.centimes or k.centimes or f.start - k.end < 80 or f.metric == k.metric
            ):
                dup = True
                if k.centimes and not f.centimes:
                    kept[i] = f
                break
        if not dup:
            kept.append(f)
    return kept
