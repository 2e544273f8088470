"""Tours and stop numbers: "المحطة الثانية" → 2, "sa quatrième escale" → 4, "7e et dernière étape".

A round of meetings (a minister touring the regions for one programme) is reported stop by stop,
and the press numbers the stops. This module reads the number of THE MEETING THE ARTICLE REPORTS
and keeps apart the numbers of other stops the text names: an earlier one ("بعد المحطة الأولى التي
احتضنتها الناظور", "après la première étape d'Agadir", "انطلقت أولى محطاته من"), the next one
("على أن تكون المحطة الثانية بالداخلة", "la prochaine étape"). A counted noun that is not a stop
(a programme's phase, "المرحلة الأولى من البرنامج", "la première étape du programme"; a plant,
"محطة تحلية") and an ordinal of something else ("la première fois", "الدورة الثانية", "المرتبة
الأولى", "la quatrième caravane nationale": an edition) give no number.

The last stop has no number of its own: "la dernière étape", "آخر محطات الجولة" set `last` and
leave the number empty, unless the text gives both ("la 7e et dernière étape").

Every pattern matches words around a stop noun, and each match reads a bounded window around
itself, so the scan is linear in the text; at most MAX_MENTIONS matches are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from . import anchors
from .lang import alt, ar, fr
from .normalize import norm

MAX_MENTIONS = 40  # an article names a handful of stops; a hostile text is cut here
_BEFORE = 60  # characters of the clause before a mention that are read for its relation
_AFTER = 40  # characters after it
# the windows around a stop noun that hold any match: "12èmes et dernière " before it, a noun,
# two words and "الحادية عشرة" after it, and what the patterns look ahead to ("من الجولة")
_SEG_BEFORE, _SEG_AFTER = 40, 100
_TOUR_BEFORE, _TOUR_AFTER = 30, 80
_LEAD = 600  # characters after the title that make the lead  # "في إطار الجولة", "(?!\s+الطبية)"


def _rx(pattern: str) -> re.Pattern[str]:
    """Compile a normalised, case-blind pattern."""
    return re.compile(norm(pattern), re.IGNORECASE)


def _ordinals(*tables: dict[str, int]) -> dict[str, int]:
    """Normalised ordinal word → number, from several languages' tables."""
    out: dict[str, int] = {}
    for t in tables:
        for word, n in t.items():
            out[norm(word).lower()] = n
    return out


def _words(table: dict[str, int]) -> str:
    """The words of an ordinal table as alternatives, longest first ("الثاني عشر", "الثاني")."""
    words = sorted(table, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


ORDINALS = _ordinals(ar.STOP_ORDINALS, fr.STOP_ORDINALS)
ORDINALS_BEFORE = _ordinals(ar.STOP_ORDINALS_BEFORE, fr.STOP_ORDINALS_BEFORE)
_ORD = rf"(?:{_words(ORDINALS)})"
_ORD_DIGITS = rf"(?<![\d.,/])(?:{fr.STOP_ORDINAL_DIGITS})"
_ORD_ANY = rf"(?:{_ORD}|{_ORD_DIGITS})"
_AR_CLITIC = r"(?<!\w)(?:و|ف)?(?:لل|ب|ل|ك)?"
_LAST_BEFORE = alt(ar.STOP_LAST_BEFORE, fr.STOP_LAST_BEFORE)

# Arabic: the noun, then up to two words ("الجهوية", a place), then the ordinal with its article:
# "المحطة الثالثة", "في محطتها الرابعة", "محطة تنغير الرابعة من نوعها"
AR_AFTER_RE = _rx(
    rf"{_AR_CLITIC}(?P<noun>{ar.STOP_NOUN})(?P<between>(?:\s+(?!{_ORD}(?!\w))[^\s\d.,;:!?()\"]+){{0,2}}?)"
    rf"\s+(?P<ord>{_ORD})(?!\w)"
)
# Arabic: a bare ordinal (or "آخر") before the noun: "ثالث محطة", "أولى محطاته", "آخر محطات"
AR_BEFORE_RE = _rx(
    rf"{_AR_CLITIC}(?P<ord>{_words(ORDINALS_BEFORE)}|{ar.STOP_LAST_BEFORE})\s+(?P<noun>{ar.STOP_NOUN})(?!\w)"
)
# Arabic: a phase counted in a tour, "المرحلة الثانية من الجولة"
AR_PHASE_RE = _rx(
    rf"{_AR_CLITIC}(?P<noun>{ar.STOP_PHASE_NOUN})\s+(?P<ord>{_ORD})(?=\s+{ar.STOP_PHASE_OF})"
)
# French: the ordinal (words or digits, "et dernière" allowed) before the noun: "sa 2e étape",
# "la septième étape", "la 7e et dernière étape", "la dernière escale"
FR_BEFORE_RE = _rx(
    rf"(?<![\w'])(?P<ord>{_ORD_ANY}|{fr.STOP_LAST_BEFORE})(?:\s+et\s+(?P<last>{fr.STOP_LAST_BEFORE}))?"
    rf"\s+(?P<noun>{fr.STOP_NOUN})\b"
)
# French apposition: "Cette étape, la quatrième après Oujda"
FR_APPOSED_RE = _rx(rf"\b(?P<noun>{fr.STOP_NOUN}),\s*(?:la|l')\s*(?P<ord>{_ORD_ANY})\b")
# a number after the noun: "المحطة رقم 3", "l'étape n° 3"
NUMBER_RE = _rx(
    rf"(?:{_AR_CLITIC}(?P<noun>{ar.STOP_NOUN})|\b(?P<noun2>{fr.STOP_NOUN}))\s*"
    rf"(?:{ar.STOP_NUMBER_WORD}|{fr.STOP_NUMBER_WORD})\s*(?P<num>\d{{1,2}})(?!\d)"
)
# the last stop, said after the noun: "المحطة الأخيرة", "l'étape finale"
LAST_AFTER_RE = _rx(
    rf"(?:{_AR_CLITIC}(?P<noun>{ar.STOP_NOUN})|\b(?P<noun2>{fr.STOP_NOUN}))\s+"
    rf"(?P<last>{alt(ar.STOP_LAST_AFTER, fr.STOP_LAST_AFTER)})(?!\w)"
)
# a meeting counted in its series after a demonstrative: "cette deuxième rencontre", "هذا اللقاء
# الثاني" (read only when the text speaks of a tour)
MEETING_RE = _rx(
    rf"(?P<noun>{ar.STOP_MEETING_NOUN})\s+(?P<ord>{_ORD})(?!\w)"
    rf"|\b{fr.STOP_MEETING_NOUN.replace('{ord}', f'(?P<ord2>{_ORD_ANY})')}\b"
)

NOT_A_STOP_RE = _rx(rf"\s*(?:{alt(ar.STOP_NOT_AFTER, fr.STOP_NOT_AFTER)})")
NOT_A_STOP_BEFORE_RE = _rx(alt(ar.STOP_NOT_BEFORE, fr.STOP_NOT_BEFORE))
PREVIOUS_BEFORE_RE = _rx(
    rf"(?:{alt(ar.STOP_PREVIOUS_BEFORE, fr.STOP_PREVIOUS_BEFORE)})(?:\s+\S+){{0,2}}\s*$"
)
NEXT_BEFORE_RE = _rx(rf"(?:{alt(ar.STOP_NEXT_BEFORE, fr.STOP_NEXT_BEFORE)})(?:\s+\S+){{0,2}}\s*$")
PREVIOUS_AFTER_RE = _rx(rf"\s*(?:{alt(ar.STOP_PREVIOUS_AFTER, fr.STOP_PREVIOUS_AFTER)})(?!\w)")
NEXT_AFTER_RE = _rx(rf"\s*(?:{alt(ar.STOP_NEXT_AFTER, fr.STOP_NEXT_AFTER)})(?!\w)")
# French "prochaine/précédente" also stand before the noun: "la prochaine 3e étape" is rare, but
# "la précédente étape" is not; they are read in the clause before.
ADJ_BEFORE_RE = _rx(rf"(?:(?P<next>{fr.STOP_NEXT_AFTER})|(?P<prev>{fr.STOP_PREVIOUS_AFTER}))\s*$")
THIS_RE = _rx(rf"(?<!\w)(?:{alt(ar.STOP_THIS, fr.STOP_THIS)})\s*$")
IN_REGION_RE = _rx(rf"\s*(?:{alt(ar.STOP_IN_REGION, fr.STOP_IN_REGION)})")
TOUR_RE = _rx(alt(ar.TOUR_WORDS, fr.TOUR_WORDS))
STOP_ANCHOR_RE = anchors.anchor_pattern(ar.STOP_ANCHORS, fr.STOP_ANCHORS)
MEETING_ANCHOR_RE = anchors.anchor_pattern(ar.STOP_MEETING_ANCHORS, fr.STOP_MEETING_ANCHORS)
TOUR_ANCHOR_RE = anchors.anchor_pattern(ar.TOUR_ANCHORS, fr.TOUR_ANCHORS)
PRESENTED_RE = _rx(alt(ar.TOUR_PRESENTED, fr.TOUR_PRESENTED))
_CLAUSE_END = re.compile(r"[.!?;\n,:]")
_DIGITS = re.compile(r"\d+")
_POSSESSIVE = re.compile(norm(r"(?:تها|ته|اتها|اته)$"))  # "محطتها": the tour's stop, this one
_REGION_HEAD = _rx(r"\s*(?:ب|في\s+|dans\s+(?:la\s+)?(?:r[ée]gion\s+)?(?:de\s+|du\s+|d')?)")


def _first(
    rx: re.Pattern[str], text: str, segs: list[tuple[int, int]], keep=None
) -> Iterator[re.Match[str]]:
    """The first MAX_MENTIONS matches that `keep` accepts: a hostile text stops here."""
    found = anchors.finditer(rx, text, segs)
    return islice((m for m in found if keep is None or keep(m)), MAX_MENTIONS)


@dataclass(frozen=True, slots=True)
class StopMention:
    """A numbered (or last) stop named in the text, in normalised-text positions."""

    number: int | None
    last: bool
    start: int
    end: int
    relation: str  # "this" (the meeting reported), "previous" or "next"
    scope: str  # "tour", or "region": counted among one region's stops ("محطتها الثالثة بالجهة")
    strength: float  # how surely it is this meeting's (a demonstrative, the title)


@dataclass(frozen=True, slots=True)
class StopChoice:
    """The meeting's stop, the other stops named, and whether the meeting is a stop of a tour."""

    number: int | None = None
    last: bool = False
    scope: str | None = None
    start: int | None = None
    end: int | None = None
    confidence: float = 0.0
    conflict: tuple[int, ...] = ()  # other numbers the text gives this same meeting
    others: tuple[StopMention, ...] = ()
    tour: bool = False
    tour_start: int | None = None
    tour_end: int | None = None


def _number(word: str) -> int | None:
    """The number an ordinal gives, or None for "the last"."""
    w = re.sub(r"\s+", " ", word.strip().lower())
    if w in ORDINALS:
        return ORDINALS[w]
    if w in ORDINALS_BEFORE:
        return ORDINALS_BEFORE[w]
    d = _DIGITS.match(w)
    if d:
        n = int(d.group())
        return n if 1 <= n <= 99 else None
    return None


def _clause_before(text: str, pos: int) -> str:
    """The clause that ends at pos, at most _BEFORE characters."""
    window = text[max(0, pos - _BEFORE) : pos]
    cut = [m.end() for m in _CLAUSE_END.finditer(window)]
    return window[cut[-1] :] if cut else window


def _clause_after(text: str, pos: int) -> str:
    """The clause that starts at pos, at most _AFTER characters."""
    window = text[pos : pos + _AFTER]
    m = _CLAUSE_END.search(window)
    return window[: m.start()] if m else window


# start, end, noun end, ordinal word, last, meeting-noun form
Candidate = tuple[int, int, int, str | None, bool, bool]


def _stop_noun_end(m: re.Match[str]) -> int:
    """End of the stop noun of a match whose noun is Arabic ("noun") or French ("noun2")."""
    return m.end("noun") if m.group("noun") else m.end("noun2")


def _arabic_candidates(text: str, segs: list[tuple[int, int]]) -> list[Candidate]:
    """Arabic counted stops: "المحطة الثالثة", "ثالث محطة", "المرحلة الثانية من الجولة"."""
    found: list[Candidate] = []
    for m in _first(AR_AFTER_RE, text, segs, lambda m: not (
        NOT_A_STOP_RE.match(m.group("between")) or NOT_A_STOP_RE.match(text, m.end())
    )):  # fmt: skip
        found.append((m.start("noun"), m.end(), m.end("noun"), m.group("ord"), False, False))
    for m in _first(AR_BEFORE_RE, text, segs):
        o = m.group("ord")
        last = _number(o) is None
        found.append((m.start("ord"), m.end(), m.end(), None if last else o, last, False))
    for m in _first(AR_PHASE_RE, text, segs):
        found.append((m.start("noun"), m.end(), m.end("noun"), m.group("ord"), False, False))
    return found


def _french_candidates(text: str, segs: list[tuple[int, int]]) -> list[Candidate]:
    """French counted stops: "la septième étape", "Cette étape, la quatrième après Oujda"."""

    def french_stop(m: re.Match[str]) -> bool:
        before = text[max(0, m.start() - 12) : m.start()]
        return not (NOT_A_STOP_RE.match(text, m.end()) or NOT_A_STOP_BEFORE_RE.search(before))

    found: list[Candidate] = []
    for m in _first(FR_BEFORE_RE, text, segs, french_stop):
        o = m.group("ord")
        n = _number(o)
        last = n is None or m.group("last") is not None
        found.append((m.start(), m.end(), m.end(), o if n else None, last, False))
    for m in _first(FR_APPOSED_RE, text, segs):
        found.append((m.start(), m.end(), m.end("noun"), m.group("ord"), False, False))
    return found


def _numbered_candidates(text: str, segs: list[tuple[int, int]]) -> list[Candidate]:
    """A stop noun with a number ("المحطة رقم 3", "l'étape n° 3") or called the last one."""
    found: list[Candidate] = []
    for m in _first(NUMBER_RE, text, segs):
        found.append((m.start(), m.end(), _stop_noun_end(m), m.group("num"), False, False))
    for m in _first(LAST_AFTER_RE, text, segs):
        found.append((m.start(), m.end(), _stop_noun_end(m), None, True, False))
    return found


def _meeting_candidates(text: str) -> list[Candidate]:
    """A meeting counted in its series ("cette deuxième rencontre"): read in a tour's text."""
    near = anchors.segments(text, MEETING_ANCHOR_RE, _SEG_BEFORE, _SEG_AFTER)
    found: list[Candidate] = []
    for m in _first(MEETING_RE, text, near):
        o = m.group("ord") or m.group("ord2")
        found.append((m.start(), m.end(), m.end(), o, False, True))
    return found


def _candidates(text: str, tour_text: bool) -> list[Candidate]:
    """Every counted stop in the text, in order, overlapping matches dropped."""
    segs = anchors.segments(text, STOP_ANCHOR_RE, _SEG_BEFORE, _SEG_AFTER)
    found = _arabic_candidates(text, segs)
    found += _french_candidates(text, segs)
    found += _numbered_candidates(text, segs)
    if tour_text:
        found += _meeting_candidates(text)
    found.sort()
    out: list[Candidate] = []
    for c in found:  # overlapping matches: keep the first (the longest at the same start)
        if out and c[0] < out[-1][1]:
            continue
        out.append(c)
        if len(out) >= MAX_MENTIONS:
            break
    return out


def _region_after(after: str, region_starts: list[int], pos: int) -> bool:
    """The counted stop is one of a region's ("في محطتها الثالثة بسوس ماسة")."""
    if IN_REGION_RE.match(after):
        return True
    head = _REGION_HEAD.match(after)
    if not head:
        return False
    at = pos + head.end()
    return any(at - 1 <= s <= at + 1 for s in region_starts)


def _relation(before: str, after: str, noun: str) -> str:
    """Whose stop a counted noun is: "this" meeting's, a "previous" one or the "next" one.

    An adjective decides first ("المحطة السابقة", "la prochaine étape"), then a demonstrative or
    a possessive ("هذه المحطة", "محطتها", "sa 2e étape"), then the words before it ("بعد المحطة
    الأولى", "على أن تكون المحطة الثانية", "après la première étape"); alone, it is this one.
    """
    adj = ADJ_BEFORE_RE.search(before)
    if PREVIOUS_AFTER_RE.match(after) or (adj and adj.group("prev")):
        return "previous"
    if NEXT_AFTER_RE.match(after) or (adj and adj.group("next")):
        return "next"
    earlier = PREVIOUS_BEFORE_RE.search(before) is not None
    if THIS_RE.search(before) or (_POSSESSIVE.search(noun) and not earlier):
        return "this"
    if earlier:
        return "previous"
    if NEXT_BEFORE_RE.search(before):
        return "next"
    return "this"


def find_stops(
    text: str, *, title_end: int = 0, region_starts: list[int] | None = None
) -> StopChoice:
    """The stop number of the meeting the text reports, with the other stops it names."""
    tour_m = anchors.search(
        TOUR_RE, text, anchors.segments(text, TOUR_ANCHOR_RE, _TOUR_BEFORE, _TOUR_AFTER)
    )
    mentions: list[StopMention] = []
    starts = sorted(region_starts or [])
    for start, end, noun_end, word, last, meeting_form in _candidates(text, bool(tour_m)):
        before, after = _clause_before(text, start), _clause_after(text, end)
        noun = text[start:noun_end]
        # how surely it is this meeting's: in the title, after a demonstrative or possessive
        strength = 1.0 + 2.0 * (start < title_end) - 0.5 * meeting_form
        strength += 1.0 if THIS_RE.search(before) or _POSSESSIVE.search(noun) else 0.0
        scope = "region" if _region_after(after, starts, end) else "tour"
        number = _number(word) if word else None
        relation = _relation(before, after, noun)
        mentions.append(StopMention(number, last, start, end, relation, scope, strength))
    this = [m for m in mentions if m.relation == "this"]
    others = tuple(m for m in mentions if m.relation != "this")
    # the press conference is the meeting when the lead says so (a later one is an aside)
    presented = PRESENTED_RE.search(text, 0, title_end + _LEAD) is not None
    # a text that numbers this stop or another one, or speaks of a tour, reports a tour's stop;
    # a tour presented at a press conference is not at one of its stops
    tour = bool(this) or ((tour_m is not None or bool(others)) and not presented)
    first = tour_m.span() if tour_m else None
    if not this:
        if first is None and tour and others:
            first = (others[0].start, others[0].end)
        span = first or (None, None)
        return StopChoice(others=others, tour=tour, tour_start=span[0], tour_end=span[1])
    numbered = [m for m in this if m.number is not None]
    best = max(numbered or this, key=lambda m: (m.strength, -m.start))
    conflict = tuple(sorted({m.number for m in numbered} - {best.number}))  # type: ignore[misc]
    conf = 0.9 if best.strength >= 2.0 else 0.8
    if best.number is None:
        conf -= 0.1  # only "the last stop"
    if best.strength < 1.0:
        conf = 0.6  # a meeting counted in its series ("cette deuxième rencontre")
    if conflict:
        conf -= 0.3
    span = first or (best.start, best.end)
    return StopChoice(
        number=best.number,
        last=any(m.last for m in this),
        scope=best.scope,
        start=best.start,
        end=best.end,
        confidence=round(max(0.1, conf), 2),
        conflict=conflict,
        others=others,
        tour=True,
        tour_start=span[0],
        tour_end=span[1],
    )
