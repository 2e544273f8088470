# ruff: noqa: E501  (word lists, regex tables and report lines read better unwrapped)
"""Dirham amounts with their metric, scope, approximation marker and year."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lang import alt, ar, fr
from .normalize import norm
from .numbers import (
    AR_NUMBER_WORDS,
    AR_WORDS,
    DIGITS,
    FR_NUMBER_WORDS,
    FR_WORDS,
    parse_arabic_words,
    parse_digits,
    parse_french_words,
)
from .places import find_places

AR_AMOUNT = (
    rf"(?:(?:{DIGITS})\s*(?:{AR_WORDS})?|{AR_WORDS})(?:\s*و\s*(?:{DIGITS})\s*(?:{AR_WORDS}))*"
)
# Scale words after a French number, longest first ("milliards" before "milliard").
FR_SCALE = "(?:" + "|".join(sorted(fr.AMOUNT_SCALES, key=len, reverse=True)) + ")"
_AR_CUR = rf"{ar.CURRENCY}|(?P<cent>{ar.CENTIMES})"
_FR_CUR = alt(fr.CURRENCY, fr.CENTIMES)
AMOUNT_RE = re.compile(
    rf"(?P<ar>(?P<arnum>{AR_AMOUNT})\s*(?:{ar.CURRENCY_OF})?(?P<arcur>{_AR_CUR}))(?!\w)"
    rf"|(?P<fr>(?P<frnum>{DIGITS}|{FR_WORDS})\s*(?P<frscale>{FR_SCALE}\.?)?\s*(?:{fr.CURRENCY_OF})?(?P<frcur>{_FR_CUR})(?![\w]))",
    re.IGNORECASE,
)  # fmt: skip
# Every amount ends with a currency word, so the scan looks for those (a literal search, linear)
# and reads the number only in the few characters before each one. Scanning AMOUNT_RE over the
# whole text instead re-reads a run of number words from each of its words when no currency
# follows: quadratic, minutes on a megabyte of "خمسة خمسة …".
# (the lookahead names every letter a currency word of lang/ can start with, "K" the Kelvin sign
# that IGNORECASE folds to "k": the regex engine then skips other characters three times faster;
# a currency word with another first letter must be added to it)
CURRENCY_RE = re.compile(
    rf"(?=[ادسdDmMkKcC\u212a])(?:(?:{_AR_CUR.replace('?P<cent>', '')})(?!\w)|(?i:{_FR_CUR})(?![\w]))"
)
# Longest number read before a currency word; the longest in the annotated sets is 19 characters
# and "ثلاثمائة وخمسة وعشرون مليونا وخمسمائة ألف" is 41.
NUMBER_WINDOW = 120
# Amounts read per text: the annotated articles hold at most 8; a text with hundreds is a table
# or a hostile input, and reading each amount's sentence costs about 1 ms.
MAX_AMOUNTS = 60
_FR_CENTIMES_RE = re.compile(fr.CENTIMES, re.IGNORECASE)
_FR_CURRENCY_FULL_RE = re.compile(fr.CURRENCY_FULL, re.IGNORECASE)

APPROX_RE = re.compile(norm("(?:" + alt(ar.APPROXIMATELY, fr.APPROXIMATELY) + ")"), re.IGNORECASE)
_APPROX_TAIL_RE = re.compile(
    APPROX_RE.pattern + r"(?P<gap>(?:\s+[^\s\d,.;:!?()]+){0,5}?)\s*$", re.I
)

# What an amount measures, by the noun of its clause, tried in this order ("potential",
# "alloc" and "turnover" are resolved in _metric).
_METRIC_PATTERNS: tuple[tuple[str, str], ...] = (
    ("exports", alt(ar.METRIC_EXPORTS, fr.METRIC_EXPORTS)),
    ("potential", alt(ar.METRIC_POTENTIAL, fr.METRIC_POTENTIAL)),
    ("imports", alt(ar.METRIC_IMPORTS, fr.METRIC_IMPORTS)),
    ("production", alt(ar.METRIC_PRODUCTION, fr.METRIC_PRODUCTION)),
    ("investment", alt(ar.METRIC_INVESTMENT, fr.METRIC_INVESTMENT)),
    ("alloc", alt(ar.METRIC_ALLOCATION, fr.METRIC_ALLOCATION)),
    ("turnover", alt(ar.METRIC_TURNOVER, fr.METRIC_TURNOVER)),
    ("other", alt(ar.METRIC_OTHER, fr.METRIC_OTHER)),
)
METRIC_RE = re.compile(
    "|".join(f"(?P<m{i}>{norm(p)})" for i, (_, p) in enumerate(_METRIC_PATTERNS)), re.IGNORECASE
)
_METRIC_NAMES = [m for m, _ in _METRIC_PATTERNS]
# Whose an amount is, tried in this order: the national programme owns its targets and
# envelopes unless a qualifier right after it says otherwise (see _scope_marks); a foreign market
# ("its African share"); a body or area below the region is "other".
_SCOPE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("region", alt(ar.SCOPE_REGION, fr.SCOPE_REGION)),
    ("national", alt(ar.SCOPE_NATIONAL, fr.SCOPE_NATIONAL)),
    ("programme", alt(ar.SCOPE_PROGRAMME, fr.SCOPE_PROGRAMME)),
    ("market", alt(ar.SCOPE_MARKET, fr.SCOPE_MARKET)),
    ("other", alt(ar.SCOPE_OTHER, fr.SCOPE_OTHER)),
    ("site", alt(ar.SCOPE_SITE, fr.SCOPE_SITE)),
)
SCOPE_RE = re.compile(
    "|".join(f"(?P<s{i}>{norm(p)})" for i, (_, p) in enumerate(_SCOPE_PATTERNS)), re.IGNORECASE
)
_SCOPE_NAMES = [m for m, _ in _SCOPE_PATTERNS]
# an allocation is an investment when it builds something, otherwise support (other)
_BUILD_RE = re.compile(norm(alt(ar.BUILDS, fr.BUILDS)), re.IGNORECASE)
# a price or a ceiling per beneficiary: "لكل مقاولة", "par entreprise", "le kilo"
PER_UNIT_RE = re.compile(
    norm(r"\s*(?:\S+\s+){0,2}?(?:" + alt(ar.PER_UNIT, fr.PER_UNIT) + ")"), re.IGNORECASE
)
PRICE_BEFORE_RE = re.compile(
    norm("(?:" + alt(fr.PRICE, ar.PRICE) + r")(?:\s+\S+){0,4}\s*$"), re.IGNORECASE
)
# clause boundaries: a new subject starts after these
_RELATIVE = alt(fr.RELATIVE, ar.RELATIVE)
CLAUSE_RE = re.compile(
    norm(
        r"(?<!\w)(?:" + alt(ar.CLAUSE_START, fr.CLAUSE_START) + r")(?!\w)|;"
        rf"|[,،]\s*(?:{_RELATIVE})(?!\w)"
        + "".join(rf"|[,،]\s*{w}" for w in (ar.CLAUSE_AFTER_COMMA, fr.CLAUSE_AFTER_COMMA))
    ),
    re.IGNORECASE,
)
# a comparison or breakdown restates the same measure for something else
COMPARE_RE = re.compile(
    norm(r"(?<!\w)(?:" + alt(ar.COMPARISON, fr.COMPARISON) + r")(?!\w)"), re.IGNORECASE
)
# parenthetical remarks that do not name the figure's subject
PAREN_RE = re.compile(
    norm(
        r"[,،]\s*(?:" + alt(fr.ASIDE, ar.ASIDE) + r")\b[^,،.;]{0,160}[,،]"
        r"|\([^()]{0,120}\)"
    ),
    re.IGNORECASE,
)
YEAR_RE = re.compile(
    norm("(?:" + alt(ar.YEAR_BEFORE, fr.YEAR_BEFORE) + r")\s+((?:19|20)\d\d)(?!\d)"),
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
    metric_basis: str = ""
    scope_basis: str = ""
    amount_basis: str = ""


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
        v = parse_digits(num, has_scale=bool(scale) or cur in fr.CURRENCY_SCALES)
    else:
        v = parse_french_words(num)
    if v is None:
        return None, False
    if scale:
        v *= fr.AMOUNT_SCALES.get(scale, 1)
    v *= fr.CURRENCY_SCALES.get(cur, 1)
    if _FR_CENTIMES_RE.fullmatch(cur):
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


def _blank(text: str, a: int, b: int, keep: tuple[int, int]) -> str:
    """The sentence text[a:b] with parentheticals that do not hold the amount blanked."""
    seg = text[a:b]
    for p in PAREN_RE.finditer(seg):
        ps, pe = a + p.start() + 1, a + p.end() - 1
        if pe <= keep[0] or ps >= keep[1]:
            seg = seg[: p.start() + 1] + " " * (pe - ps) + seg[p.end() - 1 :]
    return seg


def _label(rx: re.Pattern, names: list[str], m: re.Match) -> str:
    """Name of the alternative that matched."""
    return next(names[int(k[1:])] for k, v in m.groupdict().items() if v is not None)


# "12 % des exportations nationales", "ثلث الصادرات الوطنية", "sa part dans les exportations du
# pays": the whole a share is taken of, not the owner of the amount that goes with it
_PERCENT = r"\d+(?:[.,]\d+)?\s*(?:%|" + alt(ar.PERCENT, fr.PERCENT) + ")"
_SHARE_OF_NATIONAL_RE = re.compile(
    norm(
        "(?:" + alt(_PERCENT, ar.SHARE, fr.SHARE) + ")"
        r"\s+(?:\S+\s+){0,4}?(?:" + alt(ar.SHARE_OF, fr.SHARE_OF) + r")\s+"
        r"(?:(?:" + alt(ar.WHOLE_OF, fr.WHOLE_OF) + r")\s+)?"
        r"(?P<whole>(?:ال)?(?:" + alt(ar.EXPORTS_NOUN, fr.EXPORTS_NOUN) + r")\s+"
        r"(?:" + alt(ar.NATIONAL_OWNER, fr.NATIONAL_OWNER) + "))"
    ),
    re.IGNORECASE,
)


def _inside(mk: tuple[int, int, str], spans: list[tuple[int, int]]) -> bool:
    """Whether a mark lies inside one of the spans."""
    return any(a <= mk[0] and mk[1] <= b for a, b in spans)


def _scope_marks(seg: str) -> list[tuple[int, int, str]]:
    """Scope words and place names of a sentence: a province is "other" (below the region), a
    city a "site" (see `_measure`), a region name is "region"."""
    marks = [
        (m.start(), m.end(), _label(SCOPE_RE, _SCOPE_NAMES, m)) for m in SCOPE_RE.finditer(seg)
    ]
    for p in find_places(seg):
        if p.kind in ("city", "province"):
            marks.append((p.start, p.end, "site" if p.kind == "city" else "other"))
        elif p.kind == "region":
            marks.append((p.start, p.end, "region"))
    shares = [m.span("whole") for m in _SHARE_OF_NATIONAL_RE.finditer(seg)]
    marks = [
        (a, b, "whole" if label == "national" and _inside((a, b, label), shares) else label)
        for a, b, label in marks
    ]
    marks.sort()
    # a name inside a scope phrase ("جهة فاس مكناس", "province de Taza") keeps the phrase's label
    out: list[tuple[int, int, str]] = []
    for mk in marks:
        if out and mk[0] - out[-1][1] <= 6 and out[-1][2] == "programme":
            out[-1] = (out[-1][0], max(out[-1][1], mk[1]), mk[2])  # "le programme régional"
            continue
        if out and mk[0] - out[-1][1] <= 6 and out[-1][2] in ("region", "other", "site"):
            out[-1] = (out[-1][0], max(out[-1][1], mk[1]), out[-1][2])
            continue
        out.append(mk)
    return [(a, b, "national" if label == "programme" else label) for a, b, label in out]


def _subject_scope(marks: list[tuple[int, int, str]], seg: str, a: int, b: int) -> str | None:
    """Owner of a clause's subject: the owner after its first metric noun, else its first one."""
    mk = METRIC_RE.search(seg, a, b)
    if mk:
        gen = [m for m in marks if mk.start() <= m[0] < min(b, mk.end() + 45)]
        if gen:
            return gen[0][2]
    first = [m for m in marks if a <= m[0] and m[1] <= b]
    return first[0][2] if first else None


@dataclass(frozen=True, slots=True)
class Measure:
    """What an amount measures and whose it is, with the rule that decided each (the evidence
    kind its confidence is calibrated on, see calibration.py)."""

    metric: str
    scope: str
    metric_basis: str
    scope_basis: str


@dataclass(frozen=True, slots=True)
class _Clause:
    """An amount's sentence cut into clauses (offsets in the text; `seg` is the sentence with
    parentheticals blanked, `off` its start)."""

    seg: str
    off: int
    s: int
    e: int
    own: tuple[int, int]  # the amount's own clause, or its part of a comparison
    main: tuple[int, int] | None  # the main clause of a comparison ("مقابل", "dont")
    prev_a: int  # start of the previous clause
    ca: int  # start of the own clause
    cb: int  # end of the own clause
    relative: bool  # the own clause opens with a relative pronoun
    every: list[tuple[int, int, str]]  # scope marks, "whole" of a share included
    marks: list[tuple[int, int, str]]  # scope marks that may own an amount


def _clause(text: str, sent_a: int, sent_b: int, s: int, e: int) -> _Clause:
    """The amount's clauses: from the last boundary before it to the next one after it."""
    seg = _blank(text, sent_a, sent_b, (s, e))
    off = sent_a
    ca = prev_a = sent_a
    relative = False
    for c in CLAUSE_RE.finditer(seg, 0, s - off):
        prev_a, ca = ca, c.end() + off
        relative = bool(_RELATIVE_RE.search(c.group()))
    nxt = CLAUSE_RE.search(seg, e - off)
    cb = nxt.start() + off if nxt else sent_b
    # a comparison part: the amount's own words first, then the main clause
    own = (ca, cb)
    main = None
    cmp_at = None
    for c in COMPARE_RE.finditer(seg, ca - off, s - off):
        cmp_at = c
    if cmp_at is not None:
        own, main = (cmp_at.start() + off, cb), (ca, cmp_at.start() + off)
    every = _scope_marks(seg)
    marks = [m for m in every if m[2] != "whole"]  # "… 40 % من صادرات المملكة": not the owner
    return _Clause(seg, off, s, e, own, main, prev_a, ca, cb, relative, every, marks)


def _metric(text: str, c: _Clause, sent_a: int, sent_b: int) -> tuple[str, int | None, str]:
    """Metric, where the clause's metric noun ends (None when the clause has none), and the
    rule used."""
    metric, kw_at, basis = _clause_metric_noun(c)
    # "l'assurance à l'export, dotée d'une enveloppe de …": the envelope right before the amount
    # says what it measures; the earlier noun says what the money is for
    if metric in ("exports", "imports", "production") and kw_at < c.s:
        fund = _FUNDS_RE.search(text, max(kw_at, c.own[0], c.s - 40), c.s)
        if fund is not None:
            metric = "alloc" if _ALLOC_WORD_RE.match(fund.group("word")) else "other"
            basis = "envelope"
    found = metric is not None
    if metric is None:
        metric = _nearest(METRIC_RE, _METRIC_NAMES, text, sent_a, sent_b, c.s)
        if metric is None:
            metric, basis = "other", "no noun"
    metric, basis = _metric_resolved(text, c, metric, basis, kw_at, sent_b=sent_b, sent_a=sent_a)
    return metric, (kw_at if found else None), basis


def _clause_metric_noun(c: _Clause) -> tuple[str | None, int, str]:
    """The subject's metric noun (the first in the clause before the amount, else after it; a
    comparison's own part first, then its main clause), where it is, and the rule used."""
    seg, off, s, e = c.seg, c.off, c.s, c.e
    for part, (pa, pb) in (("own", c.own), ("main", c.main)) if c.main else (("own", c.own),):
        if pa < s:
            mk = METRIC_RE.search(seg, pa - off, min(pb, s) - off)
            if mk:
                return _label(METRIC_RE, _METRIC_NAMES, mk), mk.end() + off, f"{part} noun before"
        mk = METRIC_RE.search(seg, max(pa, e) - off, pb - off)
        if mk:
            return _label(METRIC_RE, _METRIC_NAMES, mk), mk.start() + off, f"{part} noun after"
    return None, s, "nearest"


def _metric_resolved(
    text: str, c: _Clause, metric: str, basis: str, kw_at: int, *, sent_a: int, sent_b: int
) -> tuple[str, str]:
    """The metrics a noun leaves open: an export potential is exports; a turnover is exports
    when the sentence speaks of them; an allocation is an investment when it builds something."""
    if metric == "potential":
        return "exports", "export potential"
    if metric == "turnover":  # "صادراتها …، وبرقم معاملات يصل إلى", "CA des exportateurs"
        spoken = _EXPORT_WORD_RE.search(text, sent_a, min(sent_b, c.e + 40))
        return ("exports", "turnover beside exports") if spoken else ("other", basis)
    if metric == "alloc":
        near = _BUILD_RE.search(c.seg, max(0, kw_at - c.off - 80), min(c.cb, c.e + 60) - c.off)
        return ("investment" if near else "other"), basis
    return metric, basis


# The rules that name an amount's owner, tried in this order (see _scope); each gives the
# owner and the rule's name, or None when it does not apply.
def _scope_per_firm(c: _Clause, kw_at: int | None) -> tuple[str, str] | None:
    """A value per firm: "71 % des exportateurs réalisent moins de 10 MDH"."""
    if _FIRM_SHARE_RE.search(c.seg, c.ca - c.off, c.s - c.off):
        return "other", "value per firm"
    return None


def _scope_right_after(c: _Clause, kw_at: int | None) -> tuple[str, str] | None:
    """The owner right after the amount: "… pour la région", "… درهم بالجهة"."""
    after = [m for m in c.marks if c.e - c.off <= m[0] < c.e - c.off + 30]
    if after and _FOR_OWNER_GAP_RE.fullmatch(c.seg, c.e - c.off, after[0][0]):
        gap = c.seg[c.e - c.off : after[0][0]]
        if gap.strip() or c.seg[after[0][0]] in "لب":
            return after[0][2], "owner right after"
    return None


def _scope_breakdown(c: _Clause, kw_at: int | None) -> tuple[str, str] | None:
    """A breakdown names its own part: "منها 12 مليار درهم في القارة الإفريقية"."""
    if c.main:
        part = [m for m in c.marks if c.own[0] - c.off <= m[0] and m[1] <= c.own[1] - c.off]
        if part:
            return part[0][2], "breakdown part"
    return None


def _scope_of_metric_noun(c: _Clause, kw_at: int | None) -> tuple[str, str] | None:
    """The owner right after the clause's metric noun ("صادرات الجهة")."""
    if kw_at is not None and kw_at < c.s:
        gen = [m for m in c.marks if kw_at - c.off <= m[0] < min(c.s, kw_at + 45) - c.off]
        if gen:
            return gen[0][2], "owner of the metric noun"
    return None


def _scope_before(c: _Clause, kw_at: int | None) -> tuple[str, str] | None:
    """The last owner named before the amount, in its own clause."""
    before = [m for m in c.marks if c.own[0] - c.off <= m[0] and m[1] <= c.s - c.off]
    return (before[-1][2], "owner before") if before else None


def _scope_main_clause(c: _Clause, kw_at: int | None) -> tuple[str, str] | None:
    """A comparison's part: an owner after the amount, else the main clause's subject."""
    if not c.main:
        return None
    after = _scope_after(c, kw_at)
    if after is not None:
        return after
    sub = _subject_scope(c.marks, c.seg, c.main[0] - c.off, c.main[1] - c.off)
    return (sub, "main clause") if sub else None


def _scope_previous_clause(c: _Clause, kw_at: int | None) -> tuple[str, str] | None:
    """A relative clause's antecedent owns it ("صادرات المملكة، التي ناهزت 430 مليار"); else the
    previous clause's subject does."""
    if not c.prev_a < c.ca:
        return None
    if c.relative:
        ante = [m for m in c.every if c.prev_a - c.off <= m[0] and m[1] <= c.ca - c.off]
        if ante:
            return ("national" if ante[-1][2] == "whole" else ante[-1][2]), "antecedent"
        return None
    sub = _subject_scope(c.marks, c.seg, c.prev_a - c.off, c.ca - c.off)
    return (sub, "previous clause") if sub else None


def _scope_after(c: _Clause, kw_at: int | None) -> tuple[str, str] | None:
    """The first owner named after the amount, in its own clause."""
    after = [m for m in c.marks if c.e - c.off <= m[0] and m[1] <= c.own[1] - c.off]
    return (after[0][2], "owner after") if after else None


def _scope_market_later(c: _Clause, kw_at: int | None) -> tuple[str, str] | None:
    """A foreign market later in the sentence: "… من الصادرات … تجاه إفريقيا"."""
    if any(m[2] == "market" and m[0] >= c.e - c.off for m in c.marks):
        return "market", "market later"
    return None


_SCOPE_RULES = (
    _scope_per_firm,
    _scope_right_after,
    _scope_breakdown,
    _scope_of_metric_noun,
    _scope_before,
    _scope_main_clause,
    _scope_previous_clause,
    _scope_after,
    _scope_market_later,
)


def _scope(c: _Clause, kw_at: int | None) -> tuple[str, str]:
    """Owner of the amount and the rule used: the first of _SCOPE_RULES that names one, else
    the meeting's region."""
    for rule in _SCOPE_RULES:
        found = rule(c, kw_at)
        if found is not None:
            return found
    return DEFAULT_SCOPE, "default"


def _measure(text: str, sent_a: int, sent_b: int, s: int, e: int) -> Measure:
    """Metric and scope of an amount from its clause: the subject before it (parentheticals
    skipped), else words after it; a comparison ("مقابل", "dont") inherits the main clause, and a
    clause naming no owner inherits the previous clause's subject."""
    c = _clause(text, sent_a, sent_b, s, e)
    metric, kw_at, metric_basis = _metric(text, c, sent_a, sent_b)
    scope, scope_basis = _scope(c, kw_at)
    if scope_basis == "default" and metric_basis == "export potential":
        scope, scope_basis = "national", "potential, no owner"  # the country's untapped exports
    if scope == "market":
        scope = "other"
    if scope == "site":  # the cost of a port or a zone of the region is the region's investment
        scope = "region" if metric == "investment" else "other"
    if PER_UNIT_RE.match(text, e, min(len(text), e + 40)) or PRICE_BEFORE_RE.search(
        text, max(sent_a, s - 60), s
    ):
        return Measure("other", "other", "price or per unit", "price or per unit")
    return Measure(metric, scope, metric_basis, scope_basis)


_RELATIVE_RE = re.compile(norm(_RELATIVE), re.IGNORECASE)
# a share of the firms: what follows is a value per firm, not a total
_FIRM_SHARE_RE = re.compile(
    norm(
        _PERCENT + r"\s+(?:" + fr.ONLY + r"\s+)?"
        r"(?:" + alt(fr.SHARE_OF_FIRMS, ar.SHARE_OF_FIRMS) + r")\s+(?:ال)?"
        r"(?:" + alt(fr.FIRMS, ar.FIRMS) + r")(?!\w)"
    ),
    re.IGNORECASE,
)
# money set aside, a few words before the amount: "doté d'une enveloppe de", "بغلاف مالي قدره"
_FUNDS_RE = re.compile(
    norm(r"(?<!\w)(?:و|ف)?(?:ب|ل)?(?P<word>" + alt(ar.FUNDS, fr.FUNDS) + r")(?:\s+\S+){0,3}?\s*$"),
    re.IGNORECASE,
)
_ALLOC_WORD_RE = re.compile(norm(alt(ar.ALLOCATION_WORD, fr.ALLOCATION_WORD)), re.IGNORECASE)
_EXPORT_WORD_RE = re.compile(norm(alt(ar.EXPORT_WORD, fr.EXPORT_WORD)), re.IGNORECASE)
_FOR_OWNER_GAP_RE = re.compile(
    norm(r"\s*(?:(?:" + alt(fr.FOR_OWNER, ar.FOR_OWNER) + ")(?:" + fr.OWNER_ARTICLE + r")?)?\s*"),
    re.IGNORECASE,
)


DEFAULT_SCOPE = "region"

# The ministry or state secretariat in charge of foreign trade, in an official's title.
_FOREIGN_TRADE_TITLE_RE = re.compile(
    norm(alt(ar.FOREIGN_TRADE_TITLE, fr.FOREIGN_TRADE_TITLE)), re.IGNORECASE
)


def speaks_for_foreign_trade(title: str) -> bool:
    """Whether a minister's or secretary of state's title puts them in charge of foreign trade.

    The figures such an official gives outside a meeting (in parliament, to the press) are the
    trade programme's own, so they are read even when the article reports no meeting."""
    return _FOREIGN_TRADE_TITLE_RE.search(title) is not None


# Words an amount can hold besides numbers: "من الدراهم", "millions de", "d'", scale shorthands,
# and a scale glued to its "de" ("millede", "milliardsd'"), which AMOUNT_RE reads too.
_AMOUNT_WORDS = frozenset(
    AR_NUMBER_WORDS | FR_NUMBER_WORDS | {*ar.AMOUNT_LINKS, *fr.AMOUNT_LINKS}
    | {w + tail for w in fr.AMOUNT_SCALES for tail in ("", *fr.AMOUNT_LINKS)}
)  # fmt: skip
_WORD_RE = re.compile(r"\w+")
_DIGIT_RE = re.compile(r"[\d_]")


def _barrier_end(text: str, a: int, b: int) -> int:
    """End of the last word in text[a:b] that no amount can contain (a when there is none).

    AMOUNT_RE bounds each word it reads on both sides, so an amount cannot run through a whole
    word (a maximal run of word characters) that holds no digit and is not an amount word.
    Starting the search after it keeps the search linear: otherwise every word of a long run of
    number words before an unrelated word would start an attempt that reads to the end of it."""
    end = a
    for w in _WORD_RE.finditer(text, a, b):
        tok = w.group().casefold()
        if tok in _AMOUNT_WORDS or _DIGIT_RE.search(tok):
            continue
        if tok[:1] in ("و", "ب") and (tok[1:] in AR_NUMBER_WORDS or tok[2:] in AR_NUMBER_WORDS):
            continue  # "وخمسة", "بمليار", "وبمليار"
        end = w.end()
    return end


def amount_matches(text: str, limit: int = MAX_AMOUNTS) -> list[re.Match]:
    """AMOUNT_RE's matches, left to right, as `AMOUNT_RE.finditer` finds them (up to `limit`),
    in time linear in the text: only the few words before each currency word are searched."""
    out: list[re.Match] = []
    last = 0  # a number never spans a currency word, so each window starts after the previous
    for c in CURRENCY_RE.finditer(text):
        a = max(last, c.start() - NUMBER_WINDOW)
        # a number and its unit share a line: "12 مليار" ending a cut-off line is not an amount
        a = _barrier_end(text, max(a, text.rfind("\n", a, c.start()) + 1), c.start())
        m = AMOUNT_RE.search(text, a, c.end())
        last = c.end()
        if m is not None:
            out.append(m)
            if len(out) >= limit:
                break
    return out


@dataclass(frozen=True, slots=True)
class FigureScan:
    """The figures of a text, and whether it held more amounts than were read."""

    figures: list[FigureMatch]
    capped: bool


def find_figures(text: str) -> list[FigureMatch]:
    """All dirham amounts in a (clutter-free) normalised text (the first MAX_AMOUNTS)."""
    return scan_figures(text).figures


def scan_figures(text: str) -> FigureScan:
    """The first MAX_AMOUNTS dirham amounts of a (clutter-free) normalised text, measured."""
    matches = amount_matches(text, MAX_AMOUNTS + 1)
    capped = len(matches) > MAX_AMOUNTS
    out: list[FigureMatch] = []
    for m in matches[:MAX_AMOUNTS]:
        v, cent = _value(m)
        if v is None or v <= 0 or _on_ticker_line(text, m.start(), m.end()):
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
        if am and am.group().startswith("نحو") and (am.group("gap") or "").strip():
            am = None  # "نحو القارة الإفريقية بـ 9 مليارات": towards a place, not "about"
        if am and not re.search(r"\d", am.group("gap") or ""):
            approx = True
            if not (am.group("gap") or "").strip():
                s = sent_a + len(before) - len(clause) + am.start()
        ms = _measure(text, sent_a, sent_b, m.start(), m.end())
        ym = None
        for y in YEAR_RE.finditer(text, sent_a, sent_b):
            ym = int(y.group(1))
            if y.start() > m.start():
                break
        fig = FigureMatch(s, e, v, ms.metric, ms.scope, approx, ym, cent, 0.85, ms.metric_basis,
                          ms.scope_basis, _amount_basis(m))  # fmt: skip
        out.append(fig)
    return FigureScan(_dedupe(out), capped)


def _amount_basis(m: re.Match) -> str:
    """How the amount is written: in words, with a currency abbreviation, in centimes, digits."""
    frcur = (m.group("frcur") or "").lower()
    if m.group("cent") or _FR_CENTIMES_RE.fullmatch(frcur):
        return "centimes"
    num = m.group("arnum") or m.group("frnum") or ""
    if not _DIGIT_RE.search(num):
        return "words"
    if frcur and not _FR_CURRENCY_FULL_RE.fullmatch(frcur):
        return "abbreviation"
    return "digits"


def _on_ticker_line(text: str, s: int, e: int) -> bool:
    """Whether the amount sits on a ticker or menu line ("Or 1 012 DH/g | Argent … | …"): page
    furniture, not the article; prose seldom holds two "|" on one line (looked at up to 300
    characters around the amount)."""
    a = text.rfind("\n", max(0, s - 300), s) + 1 or max(0, s - 300)
    b = text.find("\n", e, e + 300)
    return text.count("|", a, b if b >= 0 else min(len(text), e + 300)) >= 2


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
