"""Kind of meeting: consultation, evaluation forum, caravan stop, chamber meeting or other."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import norm

EVAL_RE = re.compile(
    norm(
        r"منتدى\s+(?:ال)?جهوي|(?:ال)?منتدى\s+(?:ال)?جهوي|(?:ل|ال)?تقييم\s+(?:ال)?حصيلة|(?:ال)?حصيلة\s+(?:ال)?مرحلية"
        r"|(?:ال)?مسار\s+(?:ال)?تقييمي|لقاء\s+(?:ال)?جهوي\w*\s+(?:ل|ال)?تقييم|(?:ال)?منتديات\s+(?:ال)?جهوية"
        r"|الجهات\s+رافعة\s+(?:في|لل)\s*(?:ال)?تصدير|forums?\s+r[ée]gionaux?\s+d'[ée]valuation"
        r"|forums?\s+r[ée]gion(?:al|aux)|bilan\s+d'[ée]tape|bilan\s+[àa]\s+mi-parcours|[ée]valuation\s+(?:du|de\s+la|des)\s+(?:programme|feuille|bilan|mise)"
        r"|les\s+r[ée]gions,?\s+levier"
        # a review of how firms took up the programme ("ضعف تجاوب المقاولات مع البرنامج")
        r"|(?:ضعف|مدى|نسبة)\s+(?:ال)?(?:تجاوب|انخراط|إقبال|اقبال)"
        r"|(?:faible|taux\s+d')\s*(?:interaction|adh[ée]sion|participation)\s+des\s+entreprises"
    ),
    re.IGNORECASE,
)
CARAVAN_RE = re.compile(norm(r"(?:ال)?قافل(?:ة|ات)|caravanes?"), re.IGNORECASE)
CONSULT_RE = re.compile(
    norm(
        r"تشاوري\w*|(?:ال)?تشاور|(?:ال)?مشاورات|concertation|consultations?|rencontres?\s+de\s+concertation"
        # preparing a roadmap or programme with local actors, collecting their proposals
        r"|(?:ال)?مقاربة\s+(?:ال)?تشاركية|(?:d[ée]marche|approche)\s+participative"
        r"|(?:إعداد|اعداد|بلورة|صياغة)\s+(?:ال)?(?:خارطة|خريطة)\s+(?:ال)?طريق"
        r"|[ée]laboration\s+(?:de\s+la|d'une|du|d'un)\s+(?:feuille\s+de\s+route|programme|plan)"
        r"|(?:تقديم|طرح|تلقي|جمع|رفع)\s+(?:مجموعة\s+من\s+)?(?:ال)?مقترحات"
        r"|(?:recueillir|formuler|pr[ée]senter|soumettre)\s+(?:des|les|leurs)\s+propositions"
    ),
    re.IGNORECASE,
)
CHAMBER_RE = re.compile(
    norm(
        r"غرف(?:ة)?\s+(?:ال)?تجارة|(?:ال)?غرفة(?!\s+(?:ال)?(?:فلاحة|صيد|صناعة\s+التقليدية))|جامعة\s+(?:ال)?غرف|\bccis?\b"
        r"|chambres?\s+de\s+commerce|la\s+chambre|f[ée]d[ée]ration\s+des\s+chambres"
    ),
    re.IGNORECASE,
)
# A meeting held to present a programme or a tour to the press or the public is a presentation
# (kind other), whatever it presents: "لقاء تواصلي لتقديم البرنامج", "rencontre de communication",
# "conférence de presse pour présenter la caravane". The gold's kind follows the programme the
# meeting serves, not the words it borrows ("rencontres de concertation").
PRESENTATION_RE = re.compile(
    norm(
        r"(?:لقاء|لقاءات|جولة)\s+(?:\S+\s+)?تواصلي\w*\s+(?:ل|من\s+أجل\s+)(?:تقديم|عرض|التعريف)"
        r"|ندوة\s+صحفية[^.\n]{0,60}?(?:ل|من\s+أجل\s+)(?:تقديم|عرض|التعريف)"
        r"|(?:rencontres?|tourn[ée]e)\s+(?:r[ée]gionale\s+)?de\s+communication"
        r"|conf[ée]rence\s+de\s+presse[^.\n]{0,60}?pour\s+pr[ée]senter"
        r"|d[ée]di[ée]e?\s+[àa]\s+la\s+pr[ée]sentation\s+d[eu]"
    ),
    re.IGNORECASE,
)
# A chamber meeting beyond doubt: the chambers' federation, a meeting the chamber organises, a
# visit to the chamber.
CHAMBER_EVENT_RE = re.compile(
    norm(
        r"جامعة\s+(?:ال)?غرف|f[ée]d[ée]ration\s+(?:nationale\s+)?des\s+chambres|\bfccis\b"
        r"|organis\w*\s+par\s+(?:la|les)\s+chambres?|(?:بتنظيم\s+من|نظمت(?:ه|ها)?)\s+(?:ال)?غرف"
        r"|(?:زيار(?:ة|ته)|زار)\s+[^.\n]{0,200}?(?:مقر\s+)?(?:هذه\s+)?(?:ال|ل|لل|ب)?غرف"
        r"|visit\w*\s+(?:de\s+)?la\s+chambre"
    ),
    re.IGNORECASE,
)
MINISTER_RE = re.compile(
    norm(r"(?:ال)?وزير|كاتب(?:ة)?\s+(?:ال)?دولة|ministre|secr[ée]taire\s+d'[ée]tat"), re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class KindChoice:
    """The meeting kind with the phrase that decided it (normalised-text span)."""

    kind: str
    start: int | None
    end: int | None
    confidence: float


def _hits(rx: re.Pattern, text: str, title_end: int) -> tuple[float, re.Match | None]:
    """Weighted count of matches (title counts triple) and the first match."""
    score = 0.0
    first = None
    for m in rx.finditer(text):
        score += 3.0 if m.start() < title_end else 1.0
        first = first or m
    return score, first


def classify_kind(
    text: str, *, title_end: int = 0, chamber_president_named: bool = False
) -> KindChoice:
    """Keyword-weighted decision, most specific kind first."""
    ev, evm = _hits(EVAL_RE, text, title_end)
    car, carm = _hits(CARAVAN_RE, text, title_end)
    con, conm = _hits(CONSULT_RE, text, title_end)
    ch, chm = _hits(CHAMBER_RE, text, title_end)
    has_minister = bool(MINISTER_RE.search(text))
    pres = PRESENTATION_RE.search(text)
    if car >= 1 and car >= ev:
        if pres:  # the caravan presented at a press conference, not one of its stops
            return KindChoice("other", pres.start(), pres.end(), 0.6)
        return KindChoice("caravan", carm.start(), carm.end(), min(1.0, 0.6 + 0.1 * car))
    if ev >= 1:
        return KindChoice("evaluation_forum", evm.start(), evm.end(), min(1.0, 0.6 + 0.1 * ev))
    if pres:
        return KindChoice("other", pres.start(), pres.end(), 0.6)
    strong = chm is not None and (
        chm.start() < title_end
        or ch >= 5
        or (ch >= 3 and con == 0 and chamber_president_named)
        or CHAMBER_EVENT_RE.search(text) is not None
    )
    if has_minister and strong:
        return KindChoice("chamber_meeting", chm.start(), chm.end(), min(1.0, 0.5 + 0.05 * ch))
    if con >= 1:
        return KindChoice("consultation", conm.start(), conm.end(), min(1.0, 0.6 + 0.1 * con))
    return KindChoice("other", None, None, 0.4)
