"""Relevance: does the text report a foreign-trade MEETING (not just trade news)?

An article is relevant when one paragraph reports a meeting event and, in that same paragraph,
names a foreign-trade subject:

- event: a meeting noun (لقاء، اجتماع، منتدى، ملتقى، قافلة، ندوة، يوم دراسي، ورشة، rencontre,
  réunion, forum, caravane, séance de travail, séminaire…) anywhere in the paragraph, or a
  meeting verb (ترأس، احتضن، انعقد، نظم، a présidé, s'est tenu, a abrité, organisé…) in the
  same sentence as the subject. A press conference, a medical caravan, a company board or a
  shareholders' meeting is not a meeting event; a verb whose sentence is about an inauguration, a
  council's ordinary session or a match is not either.
- subject: foreign trade, exports or exporters, international markets, a programme or roadmap
  for them, a chamber of commerce, the minister or secretary of state for trade.

So a statistics report (Office des changes, balance commerciale, taux de couverture) with no
meeting, or a council budget session, an inauguration, a sports or weather story that mentions
exports in passing, is not relevant: neither the event nor the subject alone is enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import norm

# Arabic proclitics before a noun: و/ف, then ب/ك/ل, then the article (لل = ل + ال).
_AR_PRE = r"(?<!\w)(?:و|ف)?(?:ب|ك|ل)?(?:ال|لل)?"
_AR_END = r"(?!\w)"

_DAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"


def _alt(*parts: str) -> str:
    """Alternation of regex parts."""
    return "|".join(parts)


EVENT_NOUN_RE = re.compile(
    norm(
        _AR_PRE
        + "(?:"
        + _alt(
            r"لقاء(?:ات)?", r"اجتماع(?:ات)?", r"منتدى", r"منتديات", r"ملتقى", r"ملتقيات",
            r"قافل(?:ة|ات)", r"قوافل", r"ندو(?:ة|ات)", r"مناظر(?:ة|ات)", r"ورش(?:ة|ات)",
            r"جلس(?:ة|ات)\s+(?:ال)?عمل", r"مشاورات", r"(?:جمع|جموع)\s+(?:ال)?عام\w*",
            r"يوم\s+(?:ال)?(?:دراسي|اخباري|تواصلي|تحسيسي|اعلامي|تكويني)",
        )
        + r")(?:ها|ه|هم|ا)?"
        + _AR_END
        + r"|\b(?:"
        + _alt(
            r"rencontres?", r"r[ée]unions?", r"forums?", r"caravanes?", r"s[ée]minaires?",
            r"assembl[ée]es?\s+g[ée]n[ée]rales?", r"ateliers?", r"assises", r"concertations?",
            r"consultations?\s+r[ée]gionales?", r"tables?\s+rondes?", r"s[ée]ances?\s+de\s+travail",
            r"webinaires?",
            r"journ[ée]es?\s+(?:d'information|d'[ée]tude|de\s+sensibilisation|de\s+r[ée]flexion"
            r"|r[ée]gionales?|th[ée]matiques?)",
        )
        + r")\b"
    ),
    re.IGNORECASE,
)  # fmt: skip
# Qualifiers right after a meeting noun that make it something else (press, health, company).
NOT_A_MEETING_RE = re.compile(
    norm(
        r"\s*(?:"
        + _alt(
            r"(?:ال)?(?:صحفي|صحافي|طبي|صحي|تضامني|رياضي)\w*",
            r"(?:مع|مع\s+ممثلي)\s+(?:ال)?(?:صحافه|صحفيين|اعلام|منابر)",
            r"(?:ل)?مجلس\s+(?:ال)?(?:اداره|رقابه)",
            r"de\s+presse", r"m[ée]dicales?", r"de\s+sant[ée]", r"solidaires?", r"sportives?",
            r"m[ée]t[ée]o\w*", r"avec\s+(?:la\s+presse|les\s+journalistes|les\s+m[ée]dias)",
            r"du\s+conseil\s+(?:d'administration|de\s+surveillance)", r"des\s+actionnaires",
        )
        + ")"
    ),
    re.IGNORECASE,
)  # fmt: skip
EVENT_VERB_RE = re.compile(
    norm(
        r"(?<!\w)(?:و|ف)?(?:"
        + _alt(
            r"ترأس\w*", r"يترأس\w*", r"احتضن\w*", r"تحتضن\w*", r"يحتضن\w*", r"انعقد\w*",
            r"ينعقد", r"تنعقد", r"المنعقد\w*", r"عقدت", r"عقد\s+(?:يوم|امس|اليوم|صباح|مساء)",
            r"نظم(?:ت|ها|ته)?", r"ينظم", r"تنظم", r"اجتمع\w*", r"التأم", r"التأمت",
            r"جمع\s+بين", r"شهد(?:ت)?\s+(?:مقر|قاعه|مدينه)",
        )
        + r")(?!\w)|\b(?:"
        + _alt(
            r"a\s+pr[ée]sid[ée]", r"pr[ée]sid[ée]e?s?\s+par", r"s'est\s+tenue?",
            r"se\s+sont\s+tenue?s", r"se\s+tiendra", rf"tenue?s?\s+(?:le|ce|hier|[àa]|au|{_DAYS})",
            r"a\s+abrit[ée]", r"abrit[ée]e?\s+par", r"a\s+accueilli", r"accueillie?\s+par",
            rf"organis[ée]e?s?\s+(?:le|ce|hier|par|[àa]|au|{_DAYS})", r"a\s+organis[ée]",
            r"ont\s+organis[ée]", r"s'est\s+d[ée]roul[ée]e?", r"se\s+sont\s+r[ée]unis",
            r"a\s+r[ée]uni",
        )
        + r")\b"
    ),
    re.IGNORECASE,
)  # fmt: skip
# A minister's visit to a chamber of commerce is a chamber meeting ("زار الوزير مقر غرفة التجارة").
VISIT_RE = re.compile(
    norm(r"(?<!\w)(?:و|ف)?(?:زار(?:ت|ه|ها)?|زيار(?:ة|ته|تها))(?!\w)|\bvisit(?:e|[ée])\b"),
    re.IGNORECASE,
)
CHAMBER_RE = re.compile(
    norm(r"(?<!\w)(?:و|ف)?(?:ب|ل|لل)?(?:ال)?غرف(?:ة|ه)?(?!\w)|chambres?\s+de\s+commerce|\bccis?\b"),
    re.IGNORECASE,
)
# An answer in parliament is a national statement, not a regional meeting.
PARLIAMENT_RE = re.compile(
    norm(
        _alt(
            r"(?:ال)?اسئل(?:ه|ة)\s+(?:ال)?(?:شفهي|شفوي|كتابي)\w*",
            r"(?:امام|ب|في)\s*مجلس\s+(?:ال)?(?:نواب|مستشارين)",
            r"questions?\s+orales?",
            r"devant\s+les\s+(?:d[ée]put[ée]s|parlementaires|[ée]lus\s+de\s+la\s+nation)",
            r"(?:devant|[àa])\s+la\s+chambre\s+des\s+(?:repr[ée]sentants|conseillers)",
        )
    ),
    re.IGNORECASE,
)  # fmt: skip
_LEAD = 600  # characters: the article's first sentences say what it reports
# A sentence about one of these is not a meeting, whatever verb it uses.
NON_MEETING_RE = re.compile(
    norm(
        _alt(
            r"تدشين", r"حفل", r"مباراه", r"(?:ال)?دور(?:ه|ته)\s+(?:ال)?(?:عاديه|استثنائيه)",
            r"ميزانيه", r"مجلس\s+(?:ال)?اداره", r"(?:ال)?جمع\s+(?:ال)?عام\s+(?:لل)?مساهمين",
            r"\binaugur\w*", r"c[ée]r[ée]monie", r"premi[èe]re\s+pierre", r"\bmatch\b",
            r"session\s+(?:ordinaire|extraordinaire|budg[ée]taire)", r"\bbudget\b",
            r"conseil\s+d'administration",
            r"assembl[ée]e\s+g[ée]n[ée]rale\s+(?:ordinaire\s+|extraordinaire\s+)?des\s+actionnaires",
        )
    ),
    re.IGNORECASE,
)  # fmt: skip
_NOT_HOME_MARKET = r"(?!(?:ال)?(?:وطني|محلي|داخلي|مالي|اسبوعي|نموذجي|عمومي|يومي|تضامني))"
SUBJECT_RE = re.compile(
    norm(
        _alt(
            r"تجار(?:ة|ه)\s+(?:ال)?خارجي",
            _AR_PRE + "(?:" + _alt(
                r"تصدير\w*", r"صادرات\w*", r"مصدر(?:ين|ون|ي)", r"مصدره\s+(?:لل|ل)",
                r"مقاولات\s+(?:ال)?مصدره", r"(?:سوق|اسواق)\s+(?:ال)?" + _NOT_HOME_MARKET + r"\w+يه",
                r"تدويل", r"تبادل\s+(?:ال)?حر", r"مبادلات\s+(?:ال)?تجاريه",
            ) + r")(?!\w)",
            r"غرف(?:ه|ة)?\s+(?:ال)?تجار",
            # "وزير الصناعة والاستثمار والتجارة": trade anywhere in the portfolio list
            r"(?:وزير|وزاره|كاتب(?:ه)?\s+(?:ال)?دوله)\w*\s+(?:ال)?(?:مكلف\w*\s+)?"
            r"(?:ب|لل|ال)?(?:\w+\s+و\s*(?:ال)?){0,3}تجار",
            r"commerce\s+ext[ée]rieur", r"\bexport\w*", r"chambres?\s+de\s+commerce", r"\bccis?\b",
            r"ministre\s+(?:(?:de\s+l'|de\s+la\s+|du\s+|des\s+)[\w-]+(?:\s+[\w-]+)?\s*(?:,|et)\s*){0,3}"
            r"du\s+commerce",
            r"secr[ée]taire\s+d'[ée]tat\s+(?:charg[ée]e?\s+)?(?:du|au)\s+commerce",
            r"march[ée]s?\s+(?:ext[ée]rieurs?|internationa(?:l|ux)|[ée]trangers?|africains?"
            r"|europ[ée]ens?|am[ée]ricains?|asiatiques?|chinois|britanniques?)",
            r"internationalisation", r"libre-[ée]change", r"[ée]changes\s+commerciaux",
            r"\basmex\b", r"f[ée]d[ée]ration\s+des\s+chambres",
        )
    ),
    re.IGNORECASE,
)  # fmt: skip
_SENTENCE_RE = re.compile(r"(?<!\d)[.!?;](?!\d)")
# A line that ends like this closes its paragraph; a long line that does not is hard-wrapped.
_LINE_END_RE = re.compile(r"[.!?;:\"'»)…]\s*$")
_WRAP_MIN = 50


@dataclass(frozen=True, slots=True)
class Relevance:
    """The decision and, when relevant, the event and subject that made it (text offsets)."""

    relevant: bool
    event: tuple[int, int] | None = None
    subject: tuple[int, int] | None = None
    # not a meeting, but a statement on foreign trade (an answer in parliament): the people and
    # figures it names are still reported, as the real-press gold lists them
    statement: bool = False


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: lines, with hard-wrapped lines (long, no closing mark) joined."""
    out: list[tuple[int, int]] = []
    start = None
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip():
            if start is not None:
                out.append((start, a - 1))
                start = None
            continue
        if start is None:
            start = a
        if len(line.strip()) < _WRAP_MIN or _LINE_END_RE.search(line):
            out.append((start, b))
            start = None
    if start is not None:
        out.append((start, len(text)))
    return out


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside [start, end)."""
    out, a = [], start
    for m in _SENTENCE_RE.finditer(text, start, end):
        if m.start() > a:
            out.append((a, m.start()))
        a = m.end()
    if end > a:
        out.append((a, end))
    return out


def _nouns(text: str, a: int, b: int) -> list[re.Match]:
    """Meeting nouns in [a, b) that are not a press conference, a medical caravan and the like."""
    found = EVENT_NOUN_RE.finditer(text, a, b)
    return [m for m in found if not NOT_A_MEETING_RE.match(text, m.end())]


def judge_relevance(text: str) -> Relevance:
    """Relevant iff one paragraph holds a meeting event and a foreign-trade subject (see module).

    An article whose lead reports an answer in parliament is a national statement: not relevant.
    """
    if PARLIAMENT_RE.search(text, 0, _LEAD):
        return Relevance(False, statement=SUBJECT_RE.search(text) is not None)
    for a, b in _paragraphs(text):
        subj = SUBJECT_RE.search(text, a, b)
        if subj is None:
            continue
        sents = _sentences(text, a, b)
        nouns = [
            n
            for s, e in sents
            if not _verb_vetoed(text, s, e, strict=True)
            for n in _nouns(text, s, e)
        ]
        if nouns:
            return Relevance(True, nouns[0].span(), subj.span())
        for s, e in sents:
            # a visit to the chamber: the chamber is the subject, the paragraph's trade topic too
            v = VISIT_RE.search(text, s, e)
            if v is not None and CHAMBER_RE.search(text, s, e) and not _verb_vetoed(text, s, e):
                return Relevance(True, v.span(), subj.span())
        for s, e in sents:
            sj = SUBJECT_RE.search(text, s, e)
            if sj is None or _verb_vetoed(text, s, e):
                continue
            v = EVENT_VERB_RE.search(text, s, e)
            if v is not None:
                return Relevance(True, v.span(), sj.span())
    return Relevance(False)


def _verb_vetoed(text: str, s: int, e: int, *, strict: bool = False) -> bool:
    """The sentence is about something that is not a meeting (inauguration, session, match,
    press conference, medical caravan).

    With strict (used for nouns), only a sentence without any trade subject is vetoed, so that
    "a workshop on exports during the ceremony" still counts.
    """
    if NON_MEETING_RE.search(text, s, e) is None:
        if strict:
            return False
        # "نظمت جمعية مصدري الحوامض قافلة طبية": the verb's object is a press/health event
        found = EVENT_NOUN_RE.finditer(text, s, e)
        return any(NOT_A_MEETING_RE.match(text, m.end()) for m in found)
    return not strict or SUBJECT_RE.search(text, s, e) is None
