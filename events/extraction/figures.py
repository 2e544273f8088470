# ruff: noqa: E501  (word lists, regex tables and report lines read better unwrapped)
"""Dirham amounts with their metric, scope, approximation marker and year."""

from __future__ import annotations

import re
from dataclasses import dataclass

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

_P = r"(?<!\w)(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?"  # Arabic clitics before a noun

AR_AMOUNT = (
    rf"(?:(?:{DIGITS})\s*(?:{AR_WORDS})?|{AR_WORDS})(?:\s*و\s*(?:{DIGITS})\s*(?:{AR_WORDS}))*"
)
FR_SCALE = r"(?:milliards?|millions?|mille|mds?|mrds?|md)"
_AR_CUR = r"(?:ال)?(?:دراهم|درهما|درهم)|(?P<cent>(?:ال)?سنتيمات|سنتيما|سنتيم)"
_FR_CUR = r"dirhams?|dhs?|mad|mmdh|mdh|kdh|mmdhs|mdhs|centimes"
AMOUNT_RE = re.compile(
    rf"(?P<ar>(?P<arnum>{AR_AMOUNT})\s*(?:من\s+)?(?P<arcur>{_AR_CUR}))(?!\w)"
    rf"|(?P<fr>(?P<frnum>{DIGITS}|{FR_WORDS})\s*(?P<frscale>{FR_SCALE}\.?)?\s*(?:de\s+|d')?(?P<frcur>{_FR_CUR})(?![\w]))",
    re.IGNORECASE,
)  # fmt: skip
# Every amount ends with a currency word, so the scan looks for those (a literal search, linear)
# and reads the number only in the few characters before each one. Scanning AMOUNT_RE over the
# whole text instead re-reads a run of number words from each of its words when no currency
# follows: quadratic, minutes on a megabyte of "خمسة خمسة …".
# (the lookahead names every letter a currency word can start with, "K" the Kelvin sign that
# IGNORECASE folds to "k": the regex engine then skips other characters three times faster)
CURRENCY_RE = re.compile(
    rf"(?=[ادسdDmMkKcC\u212a])(?:(?:{_AR_CUR.replace('?P<cent>', '')})(?!\w)|(?i:{_FR_CUR})(?![\w]))"
)
# Longest number read before a currency word; the longest in the annotated sets is 19 characters
# and "ثلاثمائة وخمسة وعشرون مليونا وخمسمائة ألف" is 41.
NUMBER_WINDOW = 120
# Amounts read per text: the annotated articles hold at most 8; a text with hundreds is a table
# or a hostile input, and reading each amount's sentence costs about 1 ms.
MAX_AMOUNTS = 60
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
    # the metric nouns themselves (exporters, "المصدرين", are people, not a metric)
    ("exports", _P + r"(?:صادرات|صادرت|مبيعات(?:\s+(?:ال)?\S+)?\s+(?:في|ب|نحو|الى|إلى)\s*(?:ال)?(?:خارج|(?:اسواق|أسواق|سوق)\s+(?:ال)?(?:خارجي|دولي)\w*))\w{0,3}(?!\w)|قيمة\s+(?:ال)?تصدير|export(?:ations?|[ée]e?s?|ent|ait|aient|era|eront)\b|ventes?\s+(?:[àa]\s+l'[ée]tranger|[àa]\s+l'export|[àa]\s+l'international|ext[ée]rieures)|[àa]\s+l'export(?:ation)?\b"
                # "صدرت الجهة ما قيمته", "يصدر … منتجات بقيمة" (the verb alone also means "issued")
                r"|(?<!\w)(?:و|ف)?(?:صدرت|صدر|يصدر|تصدر|يصدرون)(?=(?:\s+\S+){0,3}?\s+(?:ما\s+قيمته|بقيمة|منتجات|منتوجات|سلعا))"
                # turnover "for export" ("رقم معاملات صناعي موجه للتصدير", "chiffre d'affaires à l'export")
                r"|(?:رقم\s+)?(?:ال)?معاملات\w{0,2}(?:\s+\S+){0,3}?\s+(?:لل|بال|ال|في\s+(?:ال)?|عند\s+(?:ال)?|نحو\s+(?:ال)?|من\s+(?:ال)?)?تصدير\w*"
                r"|chiffre\s+d'affaires(?:\s+\S+){0,3}?\s+(?:[àa]\s+l'|de\s+l'|d'|des\s+|en\s+)?export\w*"
                # an export gap or deficit
                r"|(?:ال)?(?:عجز|خصاص|فجو\w*)\s+(?:في\s+)?(?:ال)?(?:صادرات|تصدير)"
                r"|(?:d[ée]ficit|manque\s+[àa]\s+gagner|gap)\s+(?:\S+\s+){0,2}?(?:d'|de\s+l'|[àa]\s+l'|en\s+)export\w*"),
    # unexploited potential or opportunities "for export": exports, national unless owned
    ("potential", r"(?<!\w)(?:ب|و)?(?:ال)?(?:إمكان\w*|امكان\w*|فرص|مؤهلات|طاقات)(?:\s+\S+){0,4}?\s+(?:لل|بال|ال|في\s+(?:ال)?|من\s+(?:ال)?)?(?:تصدير\w*|صادرات)"
                  r"|(?<!\w)(?:potentiel|atouts|gisements?|opportunit[ée]s)\s+(?:\S+\s+){0,2}?(?:d'|de\s+l'|[àa]\s+l'|en\s+(?:termes\s+d')?)export\w*"),
    ("imports", _P + r"(?:واردات|استيراد)\w{0,3}(?!\w)|import(?:ations?|[ée]e?s?)\b"),
    ("production", _P + r"(?:انتاج|إنتاج)\w{0,3}(?!\w)|production\w*|valeur\s+ajout[ée]e|rendement"),
    ("investment", _P + r"(?:استثمار|استثمارات)(?:ها|ه|هم)?(?!\w)|(?:ال)?(?:مشاريع|مشروع)\s+(?:ال)?استثماري\w*|investissements?|investis\w*|(?<!\w)(?:و|ف)?(?:ب|ل)?(?:ال)?(?:كلف|تكلف)\w*|co[uû]ts?\b|(?:mise\s+de\s+fonds)"),
    ("alloc", _P + r"(?:غلاف|اعتماد\w*|مبلغ)\w{0,2}(?!\w)|(?:رصد|خصص|رصدت|خصصت|يرصد|يخصص|ترصد|تخصص)\w{0,2}(?!\w)|enveloppe|dot[ée]e?\s+d|fonds\s+d[ée]di[ée]|allou[ée]e?s?|mobilis\w*|engag[ée]\w*"),
    # a turnover measures exports when the sentence speaks of them (resolved in _measure)
    ("turnover", _P + r"(?:رقم\s+(?:ال)?معاملات)(?!\w)|chiffre\s+d'affaires"),
    ("other", _P + r"(?:عوائد|مداخيل|ايرادات|رسوم|ميزاني\w*|دعم|منح\w*|تمويل|قروض|تحصيل|رأسمال|راسمال|اجور|أجور|ايجار\w*|إيجار\w*|مبيعات|ارباح|أرباح|شحنات|سعر|ثمن|اسعار|أسعار|قيمة\s+(?:ال)?شحنات|خسائر|عجز|فائض|ميزان)(?!\w)"
              r"|budget|subventions?|financements?|recettes|revenus|cr[ée]dits?|dotation|loyers?|b[ée]n[ée]fices?|aides?\b|primes?\b|prix|se\s+vend\w*|pertes|d[ée]ficit|exc[ée]dent|balance\s+commerciale"),
)  # fmt: skip
METRIC_RE = re.compile(
    "|".join(f"(?P<m{i}>{norm(p)})" for i, (_, p) in enumerate(_METRIC_PATTERNS)), re.IGNORECASE
)
_METRIC_NAMES = [m for m, _ in _METRIC_PATTERNS]
_SCOPE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("region", _P + r"(?:جهة|جهوي|جهوية)(?!\w)|(?<!\w)(?:r[ée]gion\w*|conseil\s+r[ée]gional)"),
    ("national", _P + r"(?:وطني|وطنية|مغرب|مغربية|مملكة)(?!\w)|(?:الصعيد|المستوى)\s+(?:ال)?وطني|(?<!\w)(?:national\w*|maroc\w*|royaume|(?:du|le|au)\s+pays|l'ensemble\s+du\s+pays|[àa]\s+l'[ée]chelle\s+nationale)(?!\w)"),
    # the national programme, as the subject of its aims ("ce programme vise", "يهدف البرنامج"),
    # owns its targets and envelopes unless a qualifier right after it says otherwise
    # ("البرنامج الجهوي"; see _scope_marks); "depuis le lancement du programme" is a date
    ("programme", r"(?:ce|le)(?:\s+nouveau)?\s+programme(?=(?:\s*,[^,.]{0,40},)?\s+(?:vise|pr[ée]voit|ambitionne|entend|repose|table|mobilise|permettr\w*|devr\w*|a\s+pour))"
                  r"|(?<!\w)(?:و|ف)?(?:يهدف|يروم|يطمح|يتوخى|يسعى|يرمي|يستهدف|يراهن|يرتكز|يتضمن|سيمكن)\s+(?:هذا\s+)?(?:ال)?برنامج(?!\w)|(?<!\w)(?:هذا\s+)?(?:ال)?برنامج(?=\s+(?:الذي\s+)?(?:يهدف|يروم|يطمح|يتوخى|يسعى|يرمي|يستهدف|يراهن|يرتكز|يتضمن|سيمكن))"
                  # its own money: "le budget du programme", "الغلاف المالي للبرنامج"
                  r"|(?<!\w)(?:budget|enveloppe|dotation|financement)\s+(?:\S+\s+)?(?:du|de\s+ce)\s+programme(?!\w)|(?<!\w)(?:ب|و)?(?:ال)?(?:ميزانية|غلاف|اعتمادات|تمويل)\s+(?:(?:ال)?مالي\s+)?(?:لهذا\s+|هذا\s+)?(?:لل|ل|ال)?برنامج(?!\w)"),
    # a foreign market: "its African share", trade "between Morocco and African countries"
    ("market", _P + r"(?:إفريقي\w*|افريقي\w*|أفريقي\w*|قارة\s+(?:ال)?سمراء)(?!\w)|(?<!\w)(?:l')?afrique(?!\w)|(?<!\w)africain\w*"),
    ("other", _P + r"(?:غرفة|غرف|شركة|مؤسسة|مركب|مقاولة|تعاونية|تعاونيات|جمعية|ميناء|موانئ|إقليم|اقليم|الإقليم|عمالة|منطقة|مشروع|المشروع|ضيعة|وحدة|مصنع|منصة|سهل|حوض|واحة|واحات)(?!\w)"
              r"|(?<![\w'])(?:chambres?|l'entreprise|soci[ée]t[ée]s?|coop[ée]ratives?|l'association|province|pr[ée]fecture|port|zone|projets?|unit[ée]s?|usine|plateforme|complexe|p[ée]rim[èe]tre|plaine|bassin|oasis|vall[ée]e)(?!\w)"),
)  # fmt: skip
SCOPE_RE = re.compile(
    "|".join(f"(?P<s{i}>{norm(p)})" for i, (_, p) in enumerate(_SCOPE_PATTERNS)), re.IGNORECASE
)
_SCOPE_NAMES = [m for m, _ in _SCOPE_PATTERNS]
# an allocation is an investment when it builds something, otherwise support (other)
_BUILD_RE = re.compile(
    norm(
        r"تأهيل|إحداث|احداث|بناء|إنجاز|انجاز|تهيئة|تشييد|توسيع|(?:ال)?استثمار\w*|(?:ال)?بني\w*\s+(?:ال)?تحتية|ميناء|(?:ال)?منطق\w*\s+(?:ال)?صناعي\w*|مشروع|مشاريع"
        r"|am[ée]nag\w*|construction|r[ée]alisation|infrastructures?|extension|mise\s+[àa]\s+niveau|investi\w*|(?<!\w)port\b|zones?\s+(?:industrielle|d'activit)|projets?"
    ),
    re.IGNORECASE,
)
# a price or a ceiling per beneficiary: "لكل مقاولة", "par entreprise", "le kilo"
PER_UNIT_RE = re.compile(
    norm(
        r"\s*(?:\S+\s+){0,2}?(?:لكل|للواحد|عن\s+كل|par\s+(?:entreprise|exportateur|b[ée]n[ée]ficiaire|projet|coop[ée]rative|artisan|personne|dossier|kilo\w*|kg|tonne|unit[ée]|t[êe]te|m[èe]tre)|le\s+(?:kilo\w*|kg|litre|m[èe]tre)|(?:لل)?(?:كيلو\w*|كلغ|طن|لتر)\b)"
    ),
    re.IGNORECASE,
)
PRICE_BEFORE_RE = re.compile(
    norm(r"(?:se\s+vend\w*|prix|سعر|ثمن|يباع|تباع)(?:\s+\S+){0,4}\s*$"), re.IGNORECASE
)
# clause boundaries: a new subject starts after these
CLAUSE_RE = re.compile(
    norm(
        r"(?<!\w)(?:في\s+حين|بينما|فيما|غير\s+أن|إلا\s+أن|كما|أن|بأن|فإن|إلى\s+أن|وأن|tandis\s+qu|alors\s+qu|mais|que|qu'|et\s+que)(?!\w)|;|[,،]\s*(?:qui|الذي|التي)(?!\w)|[,،]\s*(?=و\w)|[,،]\s*et(?!\w)"
    ),
    re.IGNORECASE,
)
# a comparison or breakdown restates the same measure for something else
COMPARE_RE = re.compile(
    norm(r"(?<!\w)(?:مقابل|منها|من\s+بينها|contre|dont|soit|أي|au\s+lieu\s+de)(?!\w)"),
    re.IGNORECASE,
)
# parenthetical remarks that do not name the figure's subject
PAREN_RE = re.compile(
    norm(
        r"[,،]\s*(?:qui|lesquel\w*|laquelle|الذي|التي|الذين|باستثناء|خارج|hors|[àa]\s+l'exception\s+d\w*|sans\s+compter|بما\s+في\s+ذلك)\b[^,،.;]{0,160}[,،]"
        r"|\([^()]{0,120}\)"
    ),
    re.IGNORECASE,
)
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
_SHARE_OF_NATIONAL_RE = re.compile(
    norm(
        r"(?:\d+(?:[.,]\d+)?\s*(?:%|في\s*المائة|في\s*المئة|بالمائة|pour\s*cent)|(?<!\w)(?:ال)?(?:ثلث|ربع|نصف|خمس|حصة|نصيب|مساهمة)|(?<!\w)(?:le\s+tiers|la\s+moiti[ée]|le\s+quart|part|contribution|poids))"
        r"\s+(?:\S+\s+){0,4}?(?:من|في|des?|du|dans\s+les|aux)\s+(?:(?:اجمالي|إجمالي|مجموع|l'ensemble\s+des)\s+)?"
        r"(?P<whole>(?:ال)?(?:صادرات|exportations)\s+(?:(?:ال)?(?:وطنية|مغربية|مملكة)|للمملكة|nationales|marocaines|du\s+(?:royaume|maroc|pays)))"
    ),
    re.IGNORECASE,
)


def _inside(mk: tuple[int, int, str], spans: list[tuple[int, int]]) -> bool:
    """Whether a mark lies inside one of the spans."""
    return any(a <= mk[0] and mk[1] <= b for a, b in spans)


def _scope_marks(seg: str) -> list[tuple[int, int, str]]:
    """Scope words and place names of a sentence: a province or city is "other" (below the
    region), a region name is "region"."""
    marks = [
        (m.start(), m.end(), _label(SCOPE_RE, _SCOPE_NAMES, m)) for m in SCOPE_RE.finditer(seg)
    ]
    for p in find_places(seg):
        if p.kind in ("city", "province"):
            marks.append((p.start, p.end, "other"))
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
        if out and mk[0] - out[-1][1] <= 6 and out[-1][2] in ("region", "other"):
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
    seg, off, s, e = c.seg, c.off, c.s, c.e
    metric, kw_at, basis = None, s, "nearest"
    # the subject's metric noun (first one in the clause before the amount), else after it
    for part, (pa, pb) in (("own", c.own), ("main", c.main)) if c.main else (("own", c.own),):
        if pa < s:
            mk = METRIC_RE.search(seg, pa - off, min(pb, s) - off)
            if mk:
                metric, kw_at = _label(METRIC_RE, _METRIC_NAMES, mk), mk.end() + off
                basis = f"{part} noun before"
                break
        mk = METRIC_RE.search(seg, max(pa, e) - off, pb - off)
        if mk:
            metric, kw_at = _label(METRIC_RE, _METRIC_NAMES, mk), mk.start() + off
            basis = f"{part} noun after"
            break
    # "l'assurance à l'export, dotée d'une enveloppe de …": the envelope right before the amount
    # says what it measures; the earlier noun says what the money is for
    if metric in ("exports", "imports", "production") and kw_at < s:
        fund = _FUNDS_RE.search(text, max(kw_at, c.own[0], s - 40), s)
        if fund is not None:
            metric = "alloc" if _ALLOC_WORD_RE.match(fund.group("word")) else "other"
            basis = "envelope"
    found = metric is not None
    if metric is None:
        metric = _nearest(METRIC_RE, _METRIC_NAMES, text, sent_a, sent_b, s)
        if metric is None:
            metric, basis = "other", "no noun"
    if metric == "potential":
        metric, basis = "exports", "export potential"
    if metric == "turnover":  # "صادراتها …، وبرقم معاملات يصل إلى", "CA des exportateurs"
        spoken = _EXPORT_WORD_RE.search(text, sent_a, min(sent_b, e + 40))
        metric, basis = ("exports", "turnover beside exports") if spoken else ("other", basis)
    if metric == "alloc":
        near = _BUILD_RE.search(seg, max(0, kw_at - off - 80), min(c.cb, e + 60) - off)
        metric = "investment" if near else "other"
    return metric, (kw_at if found else None), basis


def _scope(c: _Clause, kw_at: int | None) -> tuple[str, str]:
    """Owner of the amount and the rule used: a value per firm ("71 % des exportateurs
    réalisent moins de 10 MDH"), "pour la région" right after the amount, a breakdown's own
    part, the owner after the metric noun, an owner before the amount, the main/previous
    clause's subject, an owner after the amount, a foreign market later in the sentence."""
    seg, off, s, e, marks = c.seg, c.off, c.s, c.e, c.marks
    if _FIRM_SHARE_RE.search(seg, c.ca - off, s - off):
        return "other", "value per firm"
    after = [m for m in marks if e - off <= m[0] < e - off + 30]
    if after and _FOR_OWNER_GAP_RE.fullmatch(seg, e - off, after[0][0]):
        gap = seg[e - off : after[0][0]]
        if gap.strip() or seg[after[0][0]] in "لب":  # "… pour la région", "… درهم بالجهة"
            return after[0][2], "owner right after"
    # a breakdown names its own part: "منها 12 مليار درهم في القارة الإفريقية"
    if c.main:
        part = [m for m in marks if c.own[0] - off <= m[0] and m[1] <= c.own[1] - off]
        if part:
            return part[0][2], "breakdown part"
    if kw_at is not None and kw_at < s:
        gen = [m for m in marks if kw_at - off <= m[0] < min(s, kw_at + 45) - off]
        if gen:
            return gen[0][2], "owner of the metric noun"
    before = [m for m in marks if c.own[0] - off <= m[0] and m[1] <= s - off]
    if before:
        return before[-1][2], "owner before"
    if c.main:
        aft = [m for m in marks if e - off <= m[0] and m[1] <= c.own[1] - off]
        if aft:
            return aft[0][2], "owner after"
        sub = _subject_scope(marks, seg, c.main[0] - off, c.main[1] - off)
        if sub:
            return sub, "main clause"
    if c.prev_a < c.ca:
        if c.relative:  # "صادرات المملكة، التي ناهزت 430 مليار": the antecedent owns it
            ante = [m for m in c.every if c.prev_a - off <= m[0] and m[1] <= c.ca - off]
            if ante:
                return ("national" if ante[-1][2] == "whole" else ante[-1][2]), "antecedent"
        else:
            sub = _subject_scope(marks, seg, c.prev_a - off, c.ca - off)
            if sub:
                return sub, "previous clause"
    aft = [m for m in marks if e - off <= m[0] and m[1] <= c.own[1] - off]
    if aft:
        return aft[0][2], "owner after"
    if any(m[2] == "market" and m[0] >= e - off for m in marks):
        return "market", "market later"  # "… من الصادرات … تجاه إفريقيا"
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
    if PER_UNIT_RE.match(text, e, min(len(text), e + 40)) or PRICE_BEFORE_RE.search(
        text, max(sent_a, s - 60), s
    ):
        return Measure("other", "other", "price or per unit", "price or per unit")
    return Measure(metric, scope, metric_basis, scope_basis)


_RELATIVE_RE = re.compile(norm(r"qui|الذي|التي"), re.IGNORECASE)
# a share of the firms: what follows is a value per firm, not a total
_FIRM_SHARE_RE = re.compile(
    norm(
        r"\d+(?:[.,]\d+)?\s*(?:%|في\s*المائة|في\s*المئة|بالمائة|pour\s*cent)\s+(?:seulement\s+)?"
        r"(?:des|من)\s+(?:ال)?(?:entreprises|exportateurs|soci[ée]t[ée]s|PME|TPME|TPE|مقاولات|مصدرين|شركات)(?!\w)"
    ),
    re.IGNORECASE,
)
# money set aside, a few words before the amount: "doté d'une enveloppe de", "بغلاف مالي قدره"
_FUNDS_RE = re.compile(
    norm(
        r"(?<!\w)(?:و|ف)?(?:ب|ل)?(?P<word>(?:ال)?(?:غلاف\w{0,2}|ميزاني\w*|اعتماد\w*|تمويل\w*)"
        r"|enveloppe|budget|dotation|dot[ée]e?s?\s+d|financement|subvention|fonds)"
        r"(?:\s+\S+){0,3}?\s*$"
    ),
    re.IGNORECASE,
)
_ALLOC_WORD_RE = re.compile(norm(r"(?:ال)?(?:غلاف|اعتماد)|enveloppe|dot|fonds"), re.IGNORECASE)
_EXPORT_WORD_RE = re.compile(
    norm(_P + r"(?:صادرات\w{0,3}|تصدير\w*|مصدر\w*)(?!\w)|export\w*"), re.IGNORECASE
)
_FOR_OWNER_GAP_RE = re.compile(
    norm(
        r"\s*(?:(?:pour|لفائدة|على\s+(?:مستوى|صعيد)|[àa]\s+l'[ée]chelle|au\s+niveau)"
        r"(?:\s+(?:la|le|les|du|de\s+la|de|des)\b|\s+l')?)?\s*"
    ),
    re.IGNORECASE,
)


DEFAULT_SCOPE = "region"

# The ministry or state secretariat in charge of foreign trade, in an official's title.
_FOREIGN_TRADE_TITLE_RE = re.compile(
    norm(r"(?:ال|لل|بال)تجار[ةه]\s+(?:ال)?خارجي[ةه]|commerce\s+ext[ée]rieur"), re.IGNORECASE
)


def speaks_for_foreign_trade(title: str) -> bool:
    """Whether a minister's or secretary of state's title puts them in charge of foreign trade.

    The figures such an official gives outside a meeting (in parliament, to the press) are the
    trade programme's own, so they are read even when the article reports no meeting."""
    return _FOREIGN_TRADE_TITLE_RE.search(title) is not None


# Words an amount can hold besides numbers: "من الدراهم", "millions de", "d'", scale shorthands,
# and a scale glued to its "de" ("millede", "milliardsd'"), which AMOUNT_RE reads too.
_AMOUNT_WORDS = frozenset(
    AR_NUMBER_WORDS | FR_NUMBER_WORDS | {"و", "من", "de", "d"}
    | {w + tail for w in _FR_SCALES for tail in ("", "de", "d")}
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
    if m.group("cent") or (m.group("frcur") or "").lower() == "centimes":
        return "centimes"
    num = m.group("arnum") or m.group("frnum") or ""
    if not _DIGIT_RE.search(num):
        return "words"
    if (m.group("frcur") or "").lower() not in ("", "dirham", "dirhams"):
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
