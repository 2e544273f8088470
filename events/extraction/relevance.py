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

from .lang import ar, fr
from .normalize import norm

_AR_PRE = ar.NOUN_PREFIX
_AR_END = r"(?!\w)"
_DAYS = "|".join(fr.WEEKDAYS)


def _alt(*parts: str) -> str:
    """Alternation of regex parts."""
    return "|".join(parts)


EVENT_NOUN_RE = re.compile(
    norm(
        _AR_PRE + "(?:" + _alt(*ar.EVENT_NOUNS) + ")" + ar.NOUN_SUFFIX + _AR_END
        + r"|\b(?:" + _alt(*fr.EVENT_NOUNS) + r")\b"
    ),
    re.IGNORECASE,
)  # fmt: skip
# Qualifiers right after a meeting noun that make it something else (press, health, company).
NOT_A_MEETING_RE = re.compile(
    norm(r"\s*(?:" + _alt(*ar.NOT_A_MEETING, *fr.NOT_A_MEETING) + ")"), re.IGNORECASE
)
EVENT_VERB_RE = re.compile(
    norm(
        r"(?<!\w)(?:و|ف)?(?:" + _alt(*ar.EVENT_VERBS) + r")(?!\w)"
        + r"|\b(?:" + _alt(*fr.EVENT_VERBS).replace("{days}", _DAYS) + r")\b"
    ),
    re.IGNORECASE,
)  # fmt: skip
# A minister's visit to a chamber of commerce is a chamber meeting ("زار الوزير مقر غرفة التجارة").
VISIT_RE = re.compile(norm(_alt(ar.VISIT, fr.VISIT)), re.IGNORECASE)
CHAMBER_RE = re.compile(norm(_alt(ar.CHAMBER, fr.CHAMBER)), re.IGNORECASE)
# An answer in parliament is a national statement, not a regional meeting.
PARLIAMENT_RE = re.compile(norm(_alt(*ar.PARLIAMENT, *fr.PARLIAMENT)), re.IGNORECASE)
_LEAD = 600  # characters: the article's first sentences say what it reports
# A sentence about one of these is not a meeting, whatever verb it uses.
NON_MEETING_RE = re.compile(norm(_alt(*ar.NON_MEETING, *fr.NON_MEETING)), re.IGNORECASE)
SUBJECT_RE = re.compile(
    norm(
        _alt(
            ar.SUBJECT_TRADE,
            _AR_PRE + "(?:" + _alt(*ar.SUBJECT_NOUNS) + r")(?!\w)",
            *ar.SUBJECT,
            *fr.SUBJECT,
        )
    ),
    re.IGNORECASE,
)
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
