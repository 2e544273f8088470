# ruff: noqa: E501  (word lists, regex tables and report lines read better unwrapped)
"""Named officials with their titles, in either order, in Arabic and French."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from .dates import MONTHS, WEEKDAYS
from .lang import alt, ar, fr
from .names import AR_FIRST_NAMES, AR_NAME_PARTICLES, LAT_FIRST_NAMES, LAT_NAME_PARTICLES
from .normalize import norm, normalize_name
from .places import _lookup as place_lookup
from .roles import AR_HEAD_CODES, AR_HEAD_RE, FR_HEAD_CODES, FR_HEAD_RE, head_code
from .spans import Matches, last_before, next_at

TOKEN_RE = re.compile(r"\b[dlDL]'(?=\w)|[^\W\d_](?:[\w'-]*\w)?|\d+|[^\w\s]", re.UNICODE)
_ARABIC = re.compile(r"[\u0600-\u06FF]")

_AR_HONORIFICS = frozenset(norm(w) for w in ar.HONORIFICS)
_LAT_HONORIFICS = frozenset(fr.HONORIFICS)

AR_STOP: frozenset[str] = frozenset(norm(w) for w in ar.STOP_WORDS.replace("_", " ").split())
_FR_STOP = frozenset(fr.STOP_WORDS)
_FR_TITLE_VOCAB = frozenset(norm(w).lower() for w in fr.TITLE_WORDS)
_AR_TITLE_WORDS = frozenset(norm(w) for w in ar.TITLE_WORDS)
_PLACE_WORDS = frozenset(norm(w) for w in ar.PLACE_WORDS)
_FORMER_RE = re.compile(norm(alt(ar.FORMER_AFTER, fr.FORMER_AFTER)), re.I)
_FORMER_BEFORE_RE = re.compile(
    norm(alt(fr.FORMER_BEFORE, rf"(?:{alt(ar.PREDECESSOR, fr.PREDECESSOR)})\s*\S*\s*$")), re.I
)
_CAPITAL_ONLY_PARTICLES = frozenset(fr.CAPITAL_ONLY_PARTICLES)  # French words otherwise
_NAME_HONORIFICS = frozenset(fr.NAME_HONORIFICS) - {"m"}  # a name follows them, no full stop
_PREPOSITION_ILA_RE = re.compile("[إى]")
# a title that goes on after a comma ("Chambre de commerce, d'industrie et de services")
_FR_CHAMBER_CONT_RE = re.compile(fr.TITLE_AFTER_COMMA, re.I)
# "Secrétaire d'État auprès du ministre de …": the minister named inside a title is not a title
_AUPRES_RE = re.compile(fr.REPORTS_TO, re.I)


class Tok(NamedTuple):
    """A token with its normalised-text span (a tuple: a text has one per word and mark)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class OfficialMatch:
    """A named official found in the text (normalised-text spans)."""

    name_start: int
    name_end: int
    title_start: int
    title_end: int
    role_code: str
    confidence: float


@lru_cache(maxsize=1 << 16)  # pure, and asked for the same words at every title
def _strip_waw(t: str) -> str:
    """Drop a leading conjunction و from a word when what remains is a known name."""
    if t.startswith("و") and (t[1:] in AR_FIRST_NAMES or t[1:] in _AR_HONORIFICS):
        return t[1:]
    return t


@lru_cache(maxsize=1 << 16)  # asked for the same words at every title
def _is_ar_name_tok(t: str) -> bool:
    """An Arabic word that can be part of a person's name."""
    if not _ARABIC.search(t) or len(t) < 2:
        return False
    t2 = _strip_waw(t)
    if t in AR_STOP or t2 in AR_STOP or t in _AR_HONORIFICS or t2 in _AR_HONORIFICS:
        return False
    if t in _AR_TITLE_WORDS or t in MONTHS or t in WEEKDAYS:
        return False
    return not (AR_HEAD_RE.fullmatch(t) or place_lookup(t))


@lru_cache(maxsize=1 << 16)  # asked for the same words at every title
def _is_lat_name_tok(t: str) -> bool:
    """A capitalised Latin word that can be part of a person's name."""
    if _ARABIC.search(t) or not t[:1].isalpha():
        return False
    low = t.lower()
    if low in LAT_NAME_PARTICLES:
        return t[:1].isupper() or low not in _CAPITAL_ONLY_PARTICLES
    if not t[:1].isupper() or low in _FR_STOP or low in _FR_TITLE_VOCAB:
        return False
    if low in _LAT_HONORIFICS or low in MONTHS or low in WEEKDAYS:
        return False
    if FR_HEAD_RE.fullmatch(t) or place_lookup(t):
        return False
    return not (len(t) > 1 and t.isupper() and len(t) <= 5)  # acronyms


class _Doc:
    """Tokens of one normalised text, with helpers for name/title scanning."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = [Tok(m.group(), *m.span()) for m in TOKEN_RE.finditer(text)]
        self.starts = [t.start for t in self.toks]

    def index_at(self, pos: int) -> int:
        """Index of the first token starting at or after pos."""
        return bisect_left(self.starts, pos)

    def newline_between(self, a: int, b: int) -> bool:
        """True if a line break separates two positions."""
        return "\n" in self.text[a:b]

    # Whole-text facts, found once per text: looking them up again for each title or name made
    # a long text of repeated titles quadratic (see benchmarks/hostile.py).
    @cached_property
    def sentence_ends(self) -> list[int]:
        """Start of every sentence break (_SENT_END_RE), in order."""
        return [m.start() for m in _SENT_END_RE.finditer(self.text)]

    @cached_property
    def clause_ends(self) -> list[int]:
        """Start of every clause break (_CLAUSE_END_RE), in order."""
        return [m.start() for m in _CLAUSE_END_RE.finditer(self.text)]

    @cached_property
    def earlier_events(self) -> Matches:
        """The earlier-stop markers (_EARLIER_EVENT_RE)."""
        return Matches(_EARLIER_EVENT_RE, self.text)

    @cached_property
    def pluperfects(self) -> Matches:
        """The pluperfect markers (_PLUPERFECT_RE)."""
        return Matches(_PLUPERFECT_RE, self.text)

    @cached_property
    def names_a_chamber_federation(self) -> bool:
        """The text names the federation of chambers (FCCIS)."""
        return bool(_CHAMBER_FEDERATION_RE.search(self.text))


class _Taken:
    """Token spans already given to a name: overlap tests in the span's length, not the count.

    A trial (one reading direction of a conflict component) marks its spans 2 and undoes them.
    """

    def __init__(self, n: int) -> None:
        self.marks = bytearray(n + 1)
        self.trial: list[tuple[int, int]] = []

    def free(self, s: int, e: int) -> bool:
        return not any(self.marks[s:e])

    def take(self, s: int, e: int, *, trial: bool = False) -> None:
        self.marks[s:e] = (b"\x02" if trial else b"\x01") * (e - s)
        if trial:
            self.trial.append((s, e))

    def undo_trial(self) -> None:
        for s, e in self.trial:
            self.marks[s:e] = bytes(e - s)
        self.trial.clear()


def _paren_end(doc: _Doc, j: int) -> int | None:
    """The token after a short parenthesis opened at j ("(CRI)"), or None when none closes."""
    toks = doc.toks
    n = len(toks)
    k = j + 1
    while k < n and toks[k].text not in ")," and k - j < 6:
        k += 1
    if k < n and toks[k].text == ")":
        return k + 1
    return None


def _ar_place_len(doc: _Doc, j: int) -> int:
    """Number of tokens (up to 4) from j that spell a known place on one line, or 0."""
    toks = doc.toks
    for k in (4, 3, 2, 1):
        if j + k <= len(toks):
            span = doc.text[toks[j].start : toks[j + k - 1].end]
            if "\n" not in span and place_lookup(span):
                return k
    return 0


def _ar_new_head(doc: _Doc, j: int) -> bool:
    """A new title head starts at token j (one glued to the preposition ل does not count)."""
    toks = doc.toks
    t = toks[j].text
    if not (AR_HEAD_RE.match(t) and AR_HEAD_RE.match(doc.text, toks[j].start)):
        return False
    hm = AR_HEAD_RE.match(doc.text, toks[j].start)
    return bool(hm and hm.end() >= toks[j].end and not t.startswith("ل"))


def _ar_title_word(doc: _Doc, j: int, expect: int) -> tuple[int, int, int]:
    """One word of an Arabic title past its head: (tokens, words, places still expected).

    A title or place word, "عن دائرة", a word with the article, or a name where a place word
    ("جهة", "إقليم") said a place comes; (0, 0, expect) ends the title.
    """
    toks = doc.toks
    t = toks[j].text
    if t in _PLACE_WORDS or t in _AR_TITLE_WORDS:
        return 1, 1, (2 if t in _PLACE_WORDS else expect)
    if t in ("عن", "ب") and j + 1 < len(toks) and toks[j + 1].text in _PLACE_WORDS:
        return 1, 1, expect  # "البرلماني عن دائرة الجديدة"
    if t in AR_STOP and not expect:
        return 0, 0, expect
    base = t[1:] if t.startswith("و") else t
    if (
        base.startswith(("ال", "بال", "لل", "كال", "ل", "ب"))
        and len(base) > 3
        and base not in AR_FIRST_NAMES
    ):
        return 1, 1, max(0, expect - 1)
    if expect and _is_ar_name_tok(t) and t not in AR_FIRST_NAMES:
        return 1, 1, expect - 1
    return 0, 0, expect


def _ar_title_step(doc: _Doc, j: int, expect: int) -> tuple[int, int, int]:
    """What an Arabic title takes at token j: (tokens, words toward the cap, places expected).

    Hyphens and short parentheses are taken without counting; a non-Arabic word (unless a
    capitalised place is expected), an honorific or a new head ends the title (0 tokens).
    """
    toks = doc.toks
    t = toks[j].text
    if t == "-" and j + 1 < len(toks):
        return 1, 0, expect
    if t == "(":
        k = _paren_end(doc, j)
        return (k - j, 0, expect) if k is not None else (0, 0, expect)
    if not _ARABIC.search(t) and not (t[:1].isupper() and expect):
        return 0, 0, expect
    if t in _AR_HONORIFICS or _strip_waw(t) in _AR_HONORIFICS:
        return 0, 0, expect
    if t == norm("لدى"):
        return 2, 2, expect
    if _ar_new_head(doc, j):
        return 0, 0, expect
    k = _ar_place_len(doc, j)  # a known place (possibly several words)
    if k:
        return k, k, 0
    return _ar_title_word(doc, j, expect)


def _title_end_ar(doc: _Doc, i: int) -> int:
    """Extend an Arabic title from token i (first after the head); return the end token index."""
    toks = doc.toks
    n = len(toks)
    j = i
    count = 0
    expect_place = 0
    while j < n and count < 16:
        if j > 0 and doc.newline_between(toks[j - 1].end, toks[j].start):
            break
        step, words, expect_place = _ar_title_step(doc, j, expect_place)
        if not step:
            break
        j += step
        count += words
    return j


def _place_len(doc: _Doc, j: int) -> int:
    """Number of tokens (up to 5) from j that spell a known place, or 0."""
    toks = doc.toks
    for k in (5, 4, 3, 2):
        if j + k <= len(toks):
            span = doc.text[toks[j].start : toks[j + k - 1].end]
            if "\n" not in span and "," not in span and place_lookup(span):
                return k
    return 0


def _opens_lat_name(t: str) -> bool:
    """A word that opens a person's name: a capitalised given name or an honorific."""
    low = t.lower()
    return (t[:1].isupper() and low in LAT_FIRST_NAMES) or low in fr.NAME_HONORIFICS


def _fr_title_ends_at(doc: _Doc, i: int, j: int) -> bool:
    """Token j ends a French title: punctuation, a stop word, an honorific, "et" before a head
    or a person's name, or a new head (not one after "auprès de")."""
    toks = doc.toks
    n = len(toks)
    t = toks[j].text
    low = t.lower()
    if not t[:1].isalpha() or low in fr.TITLE_STOPS or low in _NAME_HONORIFICS:
        return True
    if low in _LAT_HONORIFICS and j + 1 < n and toks[j + 1].text == ".":
        return True
    if low == "et" and j + 1 < n:
        # "X, Ministre du Commerce extérieur et Abdellatif Y, président de …"
        nxt = toks[j + 1]
        if FR_HEAD_RE.match(doc.text, nxt.start) or _opens_lat_name(nxt.text):
            return True
    return bool(
        j > i
        and FR_HEAD_RE.match(doc.text, toks[j].start)
        and low not in ("de", "du")
        and not _AUPRES_RE.search(doc.text, max(0, toks[j].start - 20), toks[j].start)
    )


def _fr_capitalised_run(doc: _Doc, i: int, j: int) -> int:
    """Tokens a capitalised word unknown to the title vocabulary takes at j (0: the title ends).

    An acronym stays in; after a preposition ("de l'Atlantique Sud", "des Doukkala") the
    capitalised words name the institution, unless a first name opens a person's name.
    """
    toks = doc.toks
    t = toks[j].text
    low = t.lower()
    if t.isupper() and len(t) <= 6:  # acronyms stay in titles
        return 1
    prev = toks[j - 1].text.lower() if j > i else ""
    if prev not in ("de", "du", "des", "d", "l", "d'", "l'", "la", "'") or low in LAT_FIRST_NAMES:
        return 0
    e = j
    while (
        e < len(toks)
        and toks[e].text[:1].isupper()
        and toks[e].text.lower() not in LAT_FIRST_NAMES
        and not doc.newline_between(toks[e - 1].end, toks[e].start)
    ):
        e += 1
    return e - j


def _fr_title_step(doc: _Doc, i: int, j: int) -> tuple[int, int]:
    """What a French title takes at token j: (tokens, words toward the cap); (0, 0) ends it."""
    toks = doc.toks
    t = toks[j].text
    low = t.lower()
    if t == "," and _FR_CHAMBER_CONT_RE.match(doc.text, toks[j].start):
        return 1, 0
    if t in ("-", "'") or low in ("d", "l"):
        return 1, 0
    if t == "(":
        k = _paren_end(doc, j)
        return (k - j, 0) if k is not None else (0, 0)
    if _fr_title_ends_at(doc, i, j):
        return 0, 0
    k = _place_len(doc, j) if t[:1].isupper() else 0
    if k:  # "province de Oued Ed-Dahab": a place of several words, title words included
        return k, k
    if t[:1].isupper() and low not in _FR_TITLE_VOCAB and not place_lookup(t):
        k = _fr_capitalised_run(doc, i, j)
        return k, k
    return 1, 1


def _title_end_fr(doc: _Doc, i: int) -> int:
    """Extend a French title from token i; return the end token index."""
    toks = doc.toks
    n = len(toks)
    j = i
    count = 0
    while j < n and count < 16:
        if j > 0 and doc.newline_between(toks[j - 1].end, toks[j].start):
            break
        step, words = _fr_title_step(doc, i, j)
        if not step:
            break
        j += step
        count += words
    return j


@lru_cache(maxsize=1 << 16)  # pure, and asked for the same words at every title
def _conj(t: str) -> bool:
    """An Arabic word carrying the conjunction و (not a name that starts with و)."""
    return (
        t.startswith("و")
        and len(t) > 2
        and t not in AR_FIRST_NAMES
        and t not in AR_NAME_PARTICLES
        and t not in _WAW_NAMES
    )


def _ar_closed(doc: _Doc, j: int) -> bool:
    """True if token j (just after a name) closes the name phrase."""
    toks = doc.toks
    if j >= len(toks) or (j > 0 and doc.newline_between(toks[j - 1].end, toks[j].start)):
        return True
    t = toks[j].text
    if t in _CLOSE_PUNCT or t in _AR_CLOSERS:
        return True
    if t in _AR_HONORIFICS or _strip_waw(t) in _AR_HONORIFICS:
        return True
    if _conj(t):
        return True
    return bool(AR_HEAD_RE.match(doc.text, toks[j].start))


def _ar_run_end(doc: _Doc, i: int, cap: int) -> int:
    """End of the run of Arabic name words starting at token i (at most cap words)."""
    toks = doc.toks
    n = len(toks)
    j = i + 1
    while j < n and j - i < cap:
        if doc.newline_between(toks[j - 1].end, toks[j].start):
            break
        t = toks[j].text
        if not _is_ar_name_tok(t) or _conj(t):
            break
        j += 1
    return j


def _ar_name_ok(doc: _Doc, i: int, j: int) -> bool:
    """A closed run i..j is a plausible full name: 2-4 words (5 with a particle)."""
    words = [_strip_waw(t.text) for t in doc.toks[i:j]]
    particles = sum(w in AR_NAME_PARTICLES for w in words[1:-1]) if len(words) > 2 else 0
    return 2 <= len(words) <= 4 + min(1, particles) and words[-1] not in AR_NAME_PARTICLES


def _ar_closed_run(
    doc: _Doc, i: int, *, known: bool, honorific: bool, after_comma: bool
) -> tuple[int, int] | None:
    """A closed run of Arabic name words from i that is a whole name, or None.

    It is one after a known first name or an honorific, as a comma-closed phrase right after a
    title, or as a short name-shaped phrase before punctuation.
    """
    toks = doc.toks
    bare = _strip_conj(toks[i].text)
    run = _ar_run_end(doc, i, 6)
    if not (_ar_closed(doc, run) and _ar_name_ok(doc, i, run)):
        return None
    if known or honorific:
        return i, run
    punct = run >= len(toks) or toks[run].text in _CLOSE_PUNCT
    if after_comma and punct and not (bare.startswith("ال") and run - i > 3):
        return i, run
    if punct and run - i <= 3 and not bare.startswith("ال") and _name_shaped(doc, i, run):
        return i, run
    return None


def _ar_name_end(doc: _Doc, i: int, f: str) -> int:
    """End of an Arabic name opened at i by a known first name or after an honorific.

    Up to three words (four from a particle, one more after each "ولد"/"بن"); past the second,
    a word joins when it has the article or follows a first name or a particle.
    """
    toks = doc.toks
    n = len(toks)
    j = i + 1
    limit = 4 if f in AR_NAME_PARTICLES else 3
    while j < n and j - i < limit:
        if doc.newline_between(toks[j - 1].end, toks[j].start):
            break
        t = toks[j].text
        if not _is_ar_name_tok(t) or (_conj(t) and j - i >= 2):
            break
        if t.startswith("و") and t[1:] in AR_STOP:
            break
        if j - i >= 2:
            prev = _strip_waw(toks[j - 1].text)
            if not (
                t.startswith("ال")
                or prev in AR_FIRST_NAMES
                or prev in AR_NAME_PARTICLES
                or f in AR_NAME_PARTICLES
            ):
                break
        if toks[j - 1].text in AR_NAME_PARTICLES:
            limit += 1  # "ولد الرشيد", "بن علي": the particle takes the next word
        j += 1
    # a third word closing the phrase (before a comma/full stop) is still the surname
    if (
        j - i == 2
        and j + 1 < n
        and _is_ar_name_tok(toks[j].text)
        and not toks[j].text.startswith("و")
        and toks[j + 1].text in (",", ".", ")", ";")
        and not doc.newline_between(toks[j - 1].end, toks[j].start)
    ):
        j += 1
    return j


def _ar_name_forward(
    doc: _Doc, i: int, *, honorific: bool, after_comma: bool
) -> tuple[int, int] | None:
    """An Arabic name starting at token i (see _name_forward)."""
    first = doc.toks[i].text
    f = _strip_waw(first)
    if not _is_ar_name_tok(first):
        return None
    known = f in AR_FIRST_NAMES and (f not in _AMBIGUOUS_FIRST or honorific)
    closed = _ar_closed_run(doc, i, known=known, honorific=honorific, after_comma=after_comma)
    if closed:
        return closed
    if not (known or honorific):
        return None
    j = _ar_name_end(doc, i, f)
    return (i, j) if j - i >= 2 else None


def _lat_name_forward(doc: _Doc, i: int, *, honorific: bool) -> tuple[int, int] | None:
    """A Latin-script name starting at token i: two to five capitalised words."""
    toks = doc.toks
    n = len(toks)
    first = toks[i].text
    particle = first.lower() in LAT_NAME_PARTICLES
    if (not _is_lat_name_tok(first) or (particle and not honorific)) and not (
        particle and first[:1].isupper()
    ):
        return None
    j = i + 1
    while j < n and j - i < 5:
        t = toks[j].text
        if doc.newline_between(toks[j - 1].end, toks[j].start):
            break
        if t == "-" and j + 1 < n and _is_lat_name_tok(toks[j + 1].text):
            j += 2
            continue
        if not _is_lat_name_tok(t) or (t.lower() in LAT_NAME_PARTICLES and not t[:1].isupper()):
            break
        j += 1
    if j - i < 2:
        return None
    return (i, j)


def _name_forward(
    doc: _Doc, i: int, *, honorific: bool, after_comma: bool = False
) -> tuple[int, int] | None:
    """Name starting at token i: (start index, end index) or None.

    A name is recognised by a known first name, an honorific before it, or the structure
    "TITLE، NAME،" (a comma-closed phrase right after a title is the title-holder's name).
    """
    if i >= len(doc.toks):
        return None
    if _ARABIC.search(doc.toks[i].text):
        return _ar_name_forward(doc, i, honorific=honorific, after_comma=after_comma)
    return _lat_name_forward(doc, i, honorific=honorific)


def _collect_back(doc: _Doc, end: int) -> tuple[int, list[int]]:
    """Name-word tokens read leftwards from end-1 (at most 7), and the token left of them.

    An Arabic word with the conjunction opens its list item, so the reading stops after it.
    """
    toks = doc.toks
    j = end - 1
    coll: list[int] = []
    while j >= 0 and len(coll) < 7:
        t = toks[j].text
        if coll and doc.newline_between(toks[j].end, toks[coll[-1]].start):
            break
        if t == "-" and coll and j > 0 and not _ARABIC.search(toks[j - 1].text):
            j -= 1
            continue
        if _ARABIC.search(t):
            if not _is_ar_name_tok(t):
                break
            coll.append(j)
            j -= 1
            if _conj(t):
                break  # the conjunction opens this list item
            continue
        if not _is_lat_name_tok(t):
            break
        coll.append(j)
        j -= 1
    return j, coll


def _honorific_before(doc: _Doc, j: int) -> bool:
    """Token j (left of a name) is an honorific: "السيد", "M.", "Mme"."""
    if j < 0:
        return False
    toks = doc.toks
    pt = toks[j].text
    hon = pt in _AR_HONORIFICS or _strip_waw(pt) in _AR_HONORIFICS
    if pt == "." and j > 0 and toks[j - 1].text.lower() in _LAT_HONORIFICS:
        hon = True
    if pt.lower() in _NAME_HONORIFICS:
        hon = True
    return hon


def _name_by_first_word(
    doc: _Doc, coll: list[int], *, hon: bool, latin: bool, capped: bool, before_comma: bool
) -> tuple[int, int, bool] | None:
    """The longest tail of coll that is a name by its length and first word, or None.

    Latin: any short enough run (particles lengthen a name). Arabic: a run opened by a known
    first name (or right after an honorific), within the word limit.
    """
    toks = doc.toks
    for s_i, s in enumerate(coll):
        length = len(coll) - s_i
        if length < 2:
            break
        if latin:
            # "Mohamed Lamine Ould Sidi Ahmed", "Moulay Abdelaziz Ma El Ainine": particles
            # lengthen a name
            parts = sum(toks[x].text.lower() in LAT_NAME_PARTICLES for x in coll[s_i:])
            if length <= 4 + min(2, parts) or (hon and s_i == 0 and length <= 6):
                return s, coll[-1] + 1, hon and s_i == 0
            continue
        f = _strip_waw(toks[s].text)
        limit = 4 if f in AR_NAME_PARTICLES else 3
        limit += sum(toks[x].text in AR_NAME_PARTICLES for x in coll[s_i + 1 : -1])
        if s_i == 0 and not capped and (before_comma or hon):
            limit = max(limit, 4)
        if length > limit:
            continue
        if (f in AR_FIRST_NAMES and f not in _AMBIGUOUS_FIRST) or (hon and s_i == 0):
            if f.startswith("ال") and f not in AR_FIRST_NAMES and not hon:
                continue
            return s, coll[-1] + 1, hon and s_i == 0
        if f.startswith("ال"):
            continue
    return None


def _comma_closed(doc: _Doc, coll: list[int], j: int, hon: bool) -> bool:
    """The structure "، NAME، TITLE": an Arabic phrase opened by punctuation, a conjunction or a
    function word (not a title or place word) and shaped like a name."""
    toks = doc.toks
    left = toks[j].text if j >= 0 else "."
    left_ok = (
        j < 0
        or left in _CLOSE_PUNCT
        or left in AR_STOP
        or hon
        or _conj(toks[coll[0]].text)
        or doc.newline_between(toks[j].end, toks[coll[0]].start)
    ) and not (left in _AR_TITLE_WORDS or left in _PLACE_WORDS or place_lookup(left))
    return (
        left_ok
        and _ar_name_ok(doc, coll[0], coll[-1] + 1)
        and (
            not _strip_conj(toks[coll[0]].text).startswith("ال")
            or ((hon or _conj(toks[coll[0]].text)) and _name_shaped(doc, coll[0], coll[-1] + 1))
        )
    )


def _name_backward(
    doc: _Doc, end: int, *, before_comma: bool = False
) -> tuple[int, int, bool] | None:
    """Name ending just before token index end: (start, end, honorific) or None.

    Besides a known first name or an honorific, the structure "، NAME، TITLE" (a phrase opened
    by punctuation, a conjunction or a function word and closed by a comma before a title) marks
    a name whatever its first word.
    """
    toks = doc.toks
    j, coll = _collect_back(doc, end)
    if not coll:
        return None
    if _ARABIC.search(toks[coll[0]].text) and len(coll) > 5:
        j += len(coll) - 5
        coll = coll[:5]
    capped = len(coll) == 5 and not (
        _ARABIC.search(toks[coll[-1]].text) and _conj(toks[coll[-1]].text)
    )
    coll.reverse()
    hon = _honorific_before(doc, j)
    latin = not _ARABIC.search(toks[coll[0]].text)
    found = _name_by_first_word(
        doc, coll, hon=hon, latin=latin, capped=capped, before_comma=before_comma
    )
    if found:
        return found
    if not latin and before_comma and not capped and _comma_closed(doc, coll, j, hon):
        return coll[0], coll[-1] + 1, hon
    return None


def _name_shaped(doc: _Doc, i: int, j: int) -> bool:
    """Words i..j do not look like a plural or adjectival noun phrase (القطاعات الحكومية)."""
    for t in doc.toks[i:j]:
        w = _strip_conj(t.text)
        if w in AR_FIRST_NAMES:
            continue
        if w in AR_STOP or (w.startswith("ال") and w.endswith(("ات", "ين", "يه", "ون"))):
            return False  # plural and feminine adjectives with the article
    return True


@lru_cache(maxsize=1 << 16)  # pure, and asked for the same words at every title
def _strip_conj(t: str) -> str:
    """A word without its conjunction و."""
    return t[1:] if _conj(t) else t


_CLOSE_PUNCT = frozenset([",", ".", ";", ")", "(", ":", "?", "!", '"', "-"])
_AR_CLOSERS = frozenset(norm(w) for w in ar.NAME_CLOSERS)
# given names that begin with و (not a conjunction)
_WAW_NAMES = frozenset(norm(w) for w in ar.WAW_NAMES)


# first names that normalise like a function word (على → علي): need an honorific
_AMBIGUOUS_FIRST = frozenset(norm(w) for w in ar.AMBIGUOUS_FIRST_NAMES)
_AR_TITLE_CONT = frozenset(norm(w) for w in ar.TITLE_CONTINUATION)
_FR_ARTICLE_RE = re.compile(rf"(?:\b(?:{fr.ARTICLES})\s*)$", re.IGNORECASE)


def _resolve_code(code: str, doc: _Doc, heads: list[list], idx: int, end_char: int) -> str:
    """Role code of a head that names no institution: "son premier vice-président", "président de
    la Fédération" take the institution from the text around them."""
    if code == "federation":
        return "chamber_president" if doc.names_a_chamber_federation else "other"
    if code != "vice":
        return code
    # an institution written after the head makes it some other vice-president
    after = doc.text[end_char : end_char + 40]
    if _FR_INSTITUTION_AFTER_RE.match(after) or _AR_INSTITUTION_AFTER_RE.match(after):
        return "other"
    hs = heads[idx][2]
    for h in reversed(heads[:idx]):
        if hs - h[2] > 700:
            break
        base = _VICE_OF.get(h[3])
        if base:
            return base
    return "other"


_VICE_OF = {
    "chamber_president": "chamber_vice_president",
    "chamber_vice_president": "chamber_vice_president",
    "region_council_president": "region_council_vice_president",
    "region_council_vice_president": "region_council_vice_president",
    "commune_president": "other",
    "cgem_president": "other",
}
_CHAMBER_FEDERATION_RE = re.compile(norm(alt(fr.CHAMBER_FEDERATION, ar.CHAMBER_FEDERATION)), re.I)
_FR_INSTITUTION_AFTER_RE = re.compile(fr.INSTITUTION_AFTER, re.I)
_AR_INSTITUTION_AFTER_RE = re.compile(norm(ar.INSTITUTION_AFTER))


def _head_at(
    doc: _Doc,
    m: re.Match[str],
    rx: re.Pattern[str],
    codes: dict,
    ext: Callable[[_Doc, int], int],
    original: Callable[[int, int], str] | None,
) -> list | None:
    """One title head with its extent, or None for a false head (a former holder, "وإلى")."""
    text, toks = doc.text, doc.toks
    if rx is FR_HEAD_RE and _ARABIC.search(m.group()):
        return None
    hs = m.start(m.lastgroup)  # type: ignore[arg-type]  (one head group always matches)
    code = head_code(m, codes)
    if code == "wali" and original and _PREPOSITION_ILA_RE.search(original(hs, m.end())):
        return None  # "وإلى" normalises like "والي"
    ti = doc.index_at(hs)
    if ti > 0 and toks[ti - 1].end > hs:
        ti -= 1  # the head sits inside a token with a clitic: "ووالي"
    te = doc.index_at(m.end())
    if ti >= len(toks):
        return None
    if _FORMER_BEFORE_RE.search(text[max(0, hs - 25) : hs]):
        return None
    end = max(ext(doc, te), te)
    # Arabic titles go on after a comma with "المكلف بـ…" / "لدى…"
    while (
        rx is AR_HEAD_RE
        and end + 1 < len(toks)
        and toks[end].text == ","
        and toks[end + 1].text in _AR_TITLE_CONT
    ):
        end = max(ext(doc, end + 1), end + 2)
    tail = text[toks[end - 1].end : toks[end - 1].end + 20] if end > 0 else ""
    if _FORMER_RE.search(tail):
        return None
    return [ti, end, hs, code, end, m.end()]


def _concurrent(doc: _Doc, p: list, h: list) -> bool:
    """Head h is a second title of p's holder: overlapping, or only a comma between them."""
    text, toks = doc.text, doc.toks
    gap = toks[p[4] : h[0]]
    gap_text = text[toks[p[4] - 1].end : toks[h[0]].start] if p[4] > 0 else ""
    first = toks[h[0]].text
    conj = (first.startswith("و") and not first.startswith("والي")) or first.lower() == "et"
    return h[0] < p[4] or (
        len(gap) <= 1
        and all(t.text == "," for t in gap)
        and "\n" not in gap_text
        and not conj
        and not _FR_ARTICLE_RE.search(gap_text + " ")
        and not _FR_ARTICLE_RE.search(text[max(0, h[2] - 8) : h[2]])
    )


def _heads(doc: _Doc, original: Callable[[int, int], str] | None = None) -> list[list]:
    """Title heads with their extent: [tok_start, tok_end, char_start, code, link_end, head_end]."""
    heads: list[list] = []
    for rx, codes, ext in (
        (AR_HEAD_RE, AR_HEAD_CODES, _title_end_ar),
        (FR_HEAD_RE, FR_HEAD_CODES, _title_end_fr),
    ):
        for m in rx.finditer(doc.text):
            h = _head_at(doc, m, rx, codes, ext, original)
            if h is not None:
                heads.append(h)
    heads.sort()
    for i, h in enumerate(heads):
        h[3] = _resolve_code(h[3], doc, heads, i, h[5])
    # a second title right after the first (same person, concurrent title) is merged into it
    merged: list[list] = []
    for h in heads:
        if merged and _concurrent(doc, merged[-1], h):
            merged[-1][4] = max(merged[-1][4], h[1])
            continue
        merged.append(h)
    return merged


class _UnionFind:
    """Disjoint sets over 0..n-1 whose root is the smallest member."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def root(self, i: int) -> int:
        """The set's smallest member (path halving keeps later look-ups short)."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        """Join the sets of i and j."""
        ri, rj = self.root(i), self.root(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _conflict_components(cands: list[tuple]) -> list[list[tuple]]:
    """Groups of candidates linked by a shared title or overlapping name spans, by first name.

    Inside a group the latest candidate comes first (the order the pairing's stable sorts break
    ties by). A sweep over the spans and a union-find over titles: linear, where comparing each
    candidate with every group was quadratic.
    """
    uf = _UnionFind(len(cands))
    by_head: dict[int, int] = {}
    for i, c in enumerate(cands):
        if c[2] in by_head:
            uf.union(i, by_head[c[2]])
        else:
            by_head[c[2]] = i
    reach = -1  # the furthest name end so far, and whose
    holder = -1
    for i in sorted(range(len(cands)), key=lambda i: cands[i][3]):
        s, e = cands[i][3], cands[i][4]
        if s < reach:
            uf.union(i, holder)
        if e > reach:
            reach, holder = e, i
    groups: dict[int, list[tuple]] = {}
    for i in range(len(cands) - 1, -1, -1):
        groups.setdefault(uf.root(i), []).append(cands[i])
    return sorted(groups.values(), key=lambda g: min(x[3] for x in g))


# A pairing candidate: (strength, distance, head index, name start, name end, direction,
# honorific, weak). Direction "nf" is a name before its title, "tf" a title before its name.
_Cand = tuple[int, int, int, int, int, str, bool, bool]


def _name_before_head(doc: _Doc, hi: int, head: list) -> _Cand | None:
    """A name written before its title: "NAME، والي جهة…", "X, son premier vice-président"."""
    toks = doc.toks
    ti, hs = head[0], head[2]
    k = ti
    comma = False
    if k > 0 and toks[k - 1].text.lower() in ("son", "sa", "leur"):
        k -= 1  # "X, son premier vice-président"
    if k > 0 and toks[k - 1].text in (",", "-"):
        k -= 1
        comma = True
    if k == 0 or doc.newline_between(toks[k - 1].end, toks[ti].start):
        return None
    # "... NAME، ورئيس": a head with the conjunction opens a new list item
    conj = toks[ti].start < hs and toks[ti].text.startswith("و")
    nb = _name_backward(doc, k, before_comma=comma and not conj)
    if not nb:
        return None
    s, e, hon = nb
    return (1 if comma else 0, ti - e, hi, s, e, "nf", hon, conj)


def _honorific_at(doc: _Doc, k: int) -> tuple[bool, bool, int]:
    """An honorific at token k: (found, weak, the token after it).

    "والسيد" is weak: with the conjunction it opens a new list item, not this title's name.
    """
    toks = doc.toks
    if k >= len(toks):
        return False, False, k
    t = toks[k].text
    if t in _AR_HONORIFICS or _strip_waw(t) in _AR_HONORIFICS:
        return True, t not in _AR_HONORIFICS, k + 1
    if t.lower() in _LAT_HONORIFICS:
        return True, False, k + (2 if k + 1 < len(toks) and toks[k + 1].text == "." else 1)
    return False, False, k


def _name_after_head(doc: _Doc, hi: int, head: list) -> _Cand | None:
    """A name written after its title, maybe behind a comma and an honorific."""
    toks = doc.toks
    link = head[4]
    k = link
    comma = False
    if k < len(toks) and toks[k].text in (",", ":", "-"):
        k += 1
        comma = True
    hon, weak, k = _honorific_at(doc, k)
    if k >= len(toks) or link <= 0 or doc.newline_between(toks[link - 1].end, toks[k].start):
        return None
    nf = _name_forward(doc, k, honorific=hon, after_comma=comma)
    if not nf:
        return None
    s, e = nf
    w = toks[s].text
    weak = weak or (_ARABIC.search(w) is not None and (_strip_waw(w) != w or _conj(w)))
    return (1 if comma else 0, s - link, hi, s, e, "tf", hon, weak)


class _Pairing:
    """The titles and name tokens taken so far, and the (head, start, end, honorific) pairs."""

    def __init__(self, n_toks: int) -> None:
        self.used_heads: set[int] = set()
        self.used_names = _Taken(n_toks)
        self.pairs: list[tuple[int, int, int, bool]] = []

    def free(self, hi: int, s: int, e: int) -> bool:
        """Neither the title nor any of the name's tokens is taken."""
        return hi not in self.used_heads and self.used_names.free(s, e)

    def pair(self, c: _Cand) -> None:
        """Take a candidate's title and name."""
        self.used_heads.add(c[2])
        self.used_names.take(c[3], c[4])
        self.pairs.append((c[2], c[3], c[4], c[6]))


def _best_reading(pg: _Pairing, comp: list[_Cand]) -> list[_Cand]:
    """The reading direction of a conflict component that pairs more titles, better."""
    best: list[_Cand] = []
    best_score = -1.0
    for d in ("nf", "tf"):
        trial_heads: set[int] = set()
        chosen = []
        order = sorted(comp, key=lambda x: (x[5] != d, x[7], x[0], x[1]))
        for c in order:
            if c[2] not in trial_heads and pg.free(c[2], c[3], c[4]):
                trial_heads.add(c[2])
                pg.used_names.take(c[3], c[4], trial=True)
                chosen.append(c)
        pg.used_names.undo_trial()
        sc = sum(1.0 - 0.6 * c[7] + 0.1 * c[6] - 0.05 * (c[5] != d) for c in chosen)
        if sc > best_score:
            best, best_score = chosen, sc
    return best


def _pair_candidates(pg: _Pairing, cands: list[_Cand]) -> None:
    """Adjacent pairs (no comma between name and title) first, then each conflict component."""
    for c in sorted(x for x in cands if x[0] == 0 and not x[7]):
        if pg.free(c[2], c[3], c[4]):
            pg.pair(c)
    rest = [x for x in cands if pg.free(x[2], x[3], x[4])]
    for comp in _conflict_components(rest):
        for c in _best_reading(pg, comp):
            if pg.free(c[2], c[3], c[4]):
                pg.pair(c)


def _matches(
    doc: _Doc, heads: list[list], pairs: list[tuple[int, int, int, bool]]
) -> list[OfficialMatch]:
    """Pairs as character spans, in text order; a person cited from another event is dropped."""
    toks = doc.toks
    out: list[OfficialMatch] = []
    for hi, s, e, hon in sorted(pairs, key=lambda p: toks[p[1]].start):
        _ti, te, hs, code, _link, _he = heads[hi]
        ns = toks[s].start
        first = toks[s].text
        if _ARABIC.search(first) and (_strip_waw(first) != first or _conj(first)):
            ns += 1
        if _at_other_event(doc, min(ns, hs), max(toks[e - 1].end, toks[te - 1].end)):
            continue
        conf = 0.9 if hon else 0.75
        out.append(OfficialMatch(ns, toks[e - 1].end, hs, toks[te - 1].end, code, conf))
    return out


def find_officials(
    text: str, *, original: Callable[[int, int], str] | None = None
) -> list[OfficialMatch]:
    """Pair each title with the name written next to it; unnamed titles are dropped.

    original maps a normalised span back to the text as written (to tell إلى from والي).
    """
    doc = _Doc(text)
    heads = _heads(doc, original)
    cands: list[_Cand] = []
    for hi, h in enumerate(heads):
        for c in (_name_before_head(doc, hi, h), _name_after_head(doc, hi, h)):
            if c is not None:
                cands.append(c)
    pg = _Pairing(len(doc.toks))
    _pair_candidates(pg, cands)
    pairs = pg.pairs
    pairs += _named_later(doc, heads, pg.used_heads, pg.used_names)
    pairs += _named_before(doc, heads, {p[0] for p in pairs}, pg.used_names, pairs)
    pairs = _prefer_secretary_of_state(pairs, cands, heads, pg.used_heads)
    return _matches(doc, heads, pairs)


_ANAPHORA_SPAN = 1500  # characters between "M. X" and the "le ministre" that refers back to them


_LAT_HONORIFIC_RE = re.compile(rf"(?<![\w'])(?:{'|'.join(fr.NAME_HONORIFICS)})\b\.?", re.IGNORECASE)


def _honorific_names(doc: _Doc) -> list[tuple[int, int]]:
    """Token spans of names written after an honorific: "M. Elalamy", "Mme Nadia Amrani"."""
    toks = doc.toks
    out = []
    for m in _LAT_HONORIFIC_RE.finditer(doc.text):
        j = doc.index_at(m.end())
        e = j
        while e < len(toks) and e - j < 4 and _is_lat_name_tok(toks[e].text):
            e += 1
        if e > j and j > 0 and not doc.newline_between(toks[j - 1].end, toks[j].start):
            out.append((j, e))
    return out


def _named_before(
    doc: _Doc, heads: list[list], paired: set[int], taken: _Taken, pairs: list[tuple]
) -> list[tuple[int, int, int, bool]]:
    """A title used alone to refer back to a person introduced by an honorific only:
    "M. Elalamy, qui intervenait samedi à Dakhla, … Le ministre a, en outre, …".

    The person must have no title of their own and not be a surname of someone already named
    with a title ("M. Hjira" after "le secrétaire d'État, Omar Hjira").
    """
    toks, text = doc.toks, doc.text

    def words(s: int, e: int) -> frozenset[str]:
        return frozenset(normalize_name(text[toks[s].start : toks[e - 1].end]).split())

    people = [(s, e) for s, e in _honorific_names(doc) if taken.free(s, e)]
    if not people:
        return []
    named: set[frozenset[str]] = set()  # every part of every titled name
    for _h, s, e, _o in pairs:
        named.update(_subsets(words(s, e)))
    people = [(s, e) for s, e in people if words(s, e) not in named]
    out: list[tuple[int, int, int, bool]] = []
    waiting: list[tuple[int, int]] = []  # people met so far and not yet given a title
    p = 0
    for hi, h in sorted(enumerate(heads), key=lambda x: x[1][2]):
        ti, hs = h[0], h[2]
        while p < len(people) and toks[people[p][1] - 1].end <= hs:
            waiting.append(people[p])
            p += 1
        if hi in paired or h[3] == "other" or not waiting:
            continue
        if not (ti > 0 and toks[ti - 1].text.lower() in fr.DEFINITE_ARTICLES):
            continue  # "Le ministre a …", not "un ministre", "ministre de …" inside a phrase
        s, e = waiting[-1]
        if hs - toks[s].start > _ANAPHORA_SPAN:
            continue
        waiting.pop()
        taken.take(s, e)
        out.append((hi, s, e, True))
    return out


def _prefer_secretary_of_state(
    pairs: list[tuple[int, int, int, bool]], cands: list[tuple], heads: list[list], used: set[int]
) -> list[tuple[int, int, int, bool]]:
    """A name between "minister" and "secretary of state" titles holds the second one.

    The press calls a secretary of state "minister" loosely ("وزير التجارة الخارجية السيد X،
    كاتب الدولة المكلف بالتجارة الخارجية"), never the other way round.
    """
    secretary = {
        (c[3], c[4]): c[2]
        for c in cands
        if heads[c[2]][3] == "secretary_of_state" and c[2] not in used
    }
    out = []
    for hi, s, e, hon in pairs:
        if heads[hi][3] == "minister" and (s, e) in secretary:
            hi = secretary.pop((s, e))
        out.append((hi, s, e, hon))
    return out


# "Lors de l'étape d'Oujda, le wali X avait insisté…", "وكان والي الجهة X قد أكد خلال محطة وجدة":
# a person cited from an earlier stop or edition (marker + pluperfect in the same clause) is not
# an official of this meeting.
_EARLIER_EVENT_RE = re.compile(norm(alt(fr.EARLIER_EVENT, ar.EARLIER_EVENT)), re.IGNORECASE)
_PLUPERFECT_RE = re.compile(norm(alt(fr.PLUPERFECT, ar.PLUPERFECT)), re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"[.;!?\n](?!\d)")


def _at_other_event(doc: _Doc, a: int, b: int) -> bool:
    """The mention [a, b) sits in a clause about an earlier stop or edition (see above)."""
    ends = doc.clause_ends
    last = last_before(ends, a)
    start = last + 1 if last >= 0 and last >= a - 300 else 0
    end = next_at(ends, b)
    end = len(doc.text) if end is None else end
    return doc.earlier_events.within(start, end) and doc.pluperfects.within(start, end)


def _named_later(
    doc: _Doc, heads: list[list], used_heads: set[int], taken: _Taken
) -> list[tuple[int, int, int, bool]]:
    """A title left without a name, whose holder is named as the speaker of the next sentence:
    "أبرز والي الجهة المؤهلات. وأكد محمد X أن…", "Le président de la Chambre a ouvert… Pour X, «…»"."""
    toks, text = doc.toks, doc.text
    out: list[tuple[int, int, int, bool]] = []
    ends = doc.sentence_ends
    # where the titles still without a name start, to find one in a window by bisection
    unnamed = sorted(o[2] for j, o in enumerate(heads) if j not in used_heads)
    for hi, h in enumerate(heads):
        if hi in used_heads or h[3] == "other" or h[1] >= len(toks):
            continue
        end_char = toks[h[1] - 1].end
        stop = next_at(ends, end_char)
        if stop is None:
            continue
        nxt = next_at(ends, stop + 1)
        limit = min(nxt + 1 if nxt is not None else len(text), end_char + 450)
        # the window must not hold another unnamed title (whose holder could be meant)
        inside = bisect_left(unnamed, limit) - bisect_left(unnamed, end_char)
        if end_char <= h[2] < limit:
            inside -= 1  # this title itself
        if inside > 0:
            continue
        k = doc.index_at(end_char)
        while k < len(toks) and toks[k].start < limit:
            t = toks[k].text
            if _SPEAKER_RE.fullmatch(t) and k + 1 < len(toks):
                nf = _name_forward(doc, k + 1, honorific=False)
                if nf and taken.free(*nf):
                    first = _strip_waw(toks[nf[0]].text)
                    if first in AR_FIRST_NAMES or first.lower() in LAT_FIRST_NAMES:
                        out.append((hi, nf[0], nf[1], False))
                        taken.take(*nf)
                        break
            k += 1
    return out


_SENT_END_RE = re.compile(r"[.!?؟\n](?!\d)")
_SPEAKER_RE = re.compile(norm(alt(ar.SPEAKER, fr.SPEAKER)), re.IGNORECASE)


def dedupe(items: list[tuple[str, OfficialMatch]]) -> list[tuple[str, OfficialMatch]]:
    """One entry per person: a later surname-only or repeated mention merges into the first.

    Two mentions are one person when one's name words are a subset of the other's. Kept names
    are indexed by every subset of their words, so each mention costs a few dictionary lookups
    (names have a handful of words) instead of a comparison with every person kept so far.
    """
    kept: list[tuple[str, OfficialMatch]] = []
    keys: list[frozenset[str]] = []
    within: dict[frozenset[str], int] = {}  # word set -> first person whose name holds it
    exact: dict[frozenset[str], set[int]] = {}  # word set -> persons whose name is exactly it

    def index(i: int, key: frozenset[str]) -> None:
        exact.setdefault(key, set()).add(i)
        for sub in _subsets(key):
            if within.get(sub, i) >= i:
                within[sub] = i

    for name, m in items:
        k = frozenset(normalize_name(name).split())
        hits = [within[k]] if k in within else []  # a person whose name holds all these words
        hits += [min(exact[sub]) for sub in _subsets(k) if exact.get(sub)]  # or fewer of them
        if not hits:
            kept.append((name, m))
            keys.append(k)
            index(len(keys) - 1, k)
            continue
        i = min(hits)
        if len(k) > len(keys[i]):
            kept[i] = (name, kept[i][1])
            exact[keys[i]].discard(i)
            keys[i] = k
            index(i, k)
    return kept


def _subsets(words: frozenset[str]) -> list[frozenset[str]]:
    """Every subset of a name's words, the empty one included (2**n for a handful of words)."""
    out: list[frozenset[str]] = [frozenset()]
    for w in words:
        out += [sub | {w} for sub in out]
    return out
