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
    ),
    re.IGNORECASE,
)
CARAVAN_RE = re.compile(norm(r"(?:ال)?قافل(?:ة|ات)|caravanes?"), re.IGNORECASE)
CONSULT_RE = re.compile(
    norm(
        r"تشاوري\w*|(?:ال)?تشاور|(?:ال)?مشاورات|concertation|consultations?|rencontres?\s+de\s+concertation"
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
    if car >= 1 and car >= ev:
        return KindChoice("caravan", carm.start(), carm.end(), min(1.0, 0.6 + 0.1 * car))
    if ev >= 1:
        return KindChoice("evaluation_forum", evm.start(), evm.end(), min(1.0, 0.6 + 0.1 * ev))
    strong = chm is not None and (
        chm.start() < title_end or ch >= 5 or (ch >= 3 and con == 0 and chamber_president_named)
    )
    if has_minister and strong:
        return KindChoice("chamber_meeting", chm.start(), chm.end(), min(1.0, 0.5 + 0.05 * ch))
    if con >= 1:
        return KindChoice("consultation", conm.start(), conm.end(), min(1.0, 0.6 + 0.1 * con))
    return KindChoice("other", None, None, 0.4)
