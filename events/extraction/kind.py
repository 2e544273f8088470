"""Kind of meeting: consultation, evaluation forum, caravan stop, chamber meeting or other."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lang import alt, ar, fr
from .normalize import norm


def _cues(ar_words: str, fr_words: str) -> re.Pattern[str]:
    """One case-blind pattern of a rule's Arabic and French words, normalised."""
    return re.compile(norm(alt(ar_words, fr_words)), re.IGNORECASE)


EVAL_RE = _cues(ar.KIND_EVALUATION, fr.KIND_EVALUATION)
CARAVAN_RE = _cues(ar.KIND_CARAVAN, fr.KIND_CARAVAN)
CONSULT_RE = _cues(ar.KIND_CONSULTATION, fr.KIND_CONSULTATION)
CHAMBER_RE = _cues(ar.KIND_CHAMBER, fr.KIND_CHAMBER)
# A meeting held to present a programme or a tour to the press or the public is a presentation
# (kind other), whatever it presents: "لقاء تواصلي لتقديم البرنامج", "rencontre de communication",
# "conférence de presse pour présenter la caravane". The gold's kind follows the programme the
# meeting serves, not the words it borrows ("rencontres de concertation").
PRESENTATION_RE = _cues(ar.KIND_PRESENTATION, fr.KIND_PRESENTATION)
# A chamber meeting beyond doubt: the chambers' federation, a meeting the chamber organises, a
# visit to the chamber.
CHAMBER_EVENT_RE = _cues(ar.KIND_CHAMBER_EVENT, fr.KIND_CHAMBER_EVENT)
MINISTER_RE = _cues(ar.MINISTER, fr.MINISTER)


@dataclass(frozen=True, slots=True)
class KindChoice:
    """The meeting kind with the phrase that decided it (normalised-text span)."""

    kind: str
    start: int | None
    end: int | None
    confidence: float
    presented: bool = False  # a presentation of a programme or tour, not one of its meetings


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
            return KindChoice("other", pres.start(), pres.end(), 0.6, presented=True)
        return KindChoice("caravan", carm.start(), carm.end(), min(1.0, 0.6 + 0.1 * car))
    if ev >= 1:
        return KindChoice("evaluation_forum", evm.start(), evm.end(), min(1.0, 0.6 + 0.1 * ev))
    if pres:
        return KindChoice("other", pres.start(), pres.end(), 0.6, presented=True)
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


def follow_programme(kc: KindChoice, *, family_kind: str | None, start: int | None = None,
                     end: int | None = None) -> KindChoice:  # fmt: skip
    """The kind once the programme family the text names is known (issue 17: kind follows it).

    Outlets borrow the consultation's words ("لقاء تشاوري", "rencontres de concertation") for
    meetings of other programmes, so a consultation whose text names another family takes that
    family's kind. Other kinds rest on their own words (a caravan, a forum, a chamber, a
    presentation) and stay; the programme key then follows the kind (programmes.find_programme).
    """
    if family_kind is None or family_kind == kc.kind or kc.kind != "consultation":
        return kc
    return KindChoice(family_kind, start, end, max(kc.confidence, 0.7))
