"""The programme a meeting serves: its wording in the text and a key that names its family.

Rounds of meetings ("جولة", "tournée", "caravane") each serve one programme, and outlets name it
in many ways and two languages. The key is the same for every report of one programme family,
whatever the wording, so that a later step can put a meeting into its round from the key, the
date window, the lead official and the stop number. The families (`FAMILIES`), each with the
kind of its meetings:

- roadmap_consultations (consultation): the regional consultations preparing the foreign-trade
  roadmap or action plan (Nov 2024 – Feb 2025);
- programme_presentation (other): the tour presenting the foreign-trade development programme
  2025–2027 (Jul – Aug 2025);
- regions_export_lever (evaluation_forum): the forums reviewing that programme, "الجهات رافعة في
  التصدير / Les régions, levier de l'export" (from Dec 2025);
- charter_caravan (caravan): the caravan presenting the foreign-trade and investment charters
  (Dar Maâlem, from Sep 2025);
- export_caravan (caravan): the national and regional export caravans (2009, 2010, 2014, …).

A family is named by its own words (`PROGRAMME_FAMILIES` in `lang/ar.py` and `lang/fr.py`, same
keys; the title counts triple). Without them, a consultation, an evaluation forum or a caravan
on foreign trade still serves its family (basis "kind"); a chamber meeting or another meeting
serves none. The key carries no year: one family runs several rounds, told apart by their dates
(`period` keeps the years the text gives the programme, "2025-2027").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import anchors
from .lang import alt, ar, fr
from .normalize import norm


@dataclass(frozen=True, slots=True)
class Family:
    """A programme family: its key, the kind of its meetings and its names."""

    key: str
    kind: str
    name_en: str
    refines: str | None = None  # a family it is a more specific case of (its words win)

    @property
    def names(self) -> dict[str, str]:
        """The family's name in Arabic, French and English."""
        return {"ar": ar.PROGRAMME_NAMES[self.key], "fr": fr.PROGRAMME_NAMES[self.key],
                "en": self.name_en}  # fmt: skip


# most specific first: on equal evidence the earlier family wins
FAMILIES: tuple[Family, ...] = (
    Family("charter_caravan", "caravan",
           "Caravan of the foreign-trade and investment charters", refines="export_caravan"),
    Family("export_caravan", "caravan", "Export caravan"),
    Family("regions_export_lever", "evaluation_forum",
           "Forums \u201cThe regions, a lever for exports\u201d"),
    Family("programme_presentation", "other",
           "Tour presenting the foreign-trade development programme"),
    Family("roadmap_consultations", "consultation",
           "Regional consultations on the foreign-trade roadmap"),
)  # fmt: skip
FAMILY_BY_KEY: dict[str, Family] = {f.key: f for f in FAMILIES}
# the family a meeting of this kind serves when the text does not name one
KIND_FAMILY: dict[str, str] = {
    "consultation": "roadmap_consultations",
    "evaluation_forum": "regions_export_lever",
    "caravan": "export_caravan",
}
assert set(ar.PROGRAMME_FAMILIES) == set(fr.PROGRAMME_FAMILIES) == set(FAMILY_BY_KEY)
assert all(FAMILY_BY_KEY[k].kind == kind for kind, k in KIND_FAMILY.items())

# one pattern, a named group per family (tried in FAMILIES order), so the text is read once
FAMILY_RE = re.compile(
    "|".join(
        f"(?P<{f.key}>{norm(alt(ar.PROGRAMME_FAMILIES[f.key], fr.PROGRAMME_FAMILIES[f.key]))})"
        for f in FAMILIES
    ),
    re.IGNORECASE,
)
# the programme's own name: the older patterns first (their wording is what pages show today)
WORDING_RES = (
    re.compile(norm(alt(ar.PROGRAMME, fr.PROGRAMME)), re.IGNORECASE),
    re.compile(norm(alt(ar.PROGRAMME_MORE, fr.PROGRAMME_MORE)), re.IGNORECASE),
)
ANCHOR_RE = anchors.anchor_pattern(ar.PROGRAMME_ANCHORS, fr.PROGRAMME_ANCHORS)
# windows around an anchor that hold any match: the longest wording reaches ~60 characters
# before its anchor ("لقاء تواصلي جهوي لتقديم البرنامج") and ~90 after it
_SEG_BEFORE, _SEG_AFTER = 80, 120
_PERIOD = re.compile(r"((?:19|20)\d\d)(?:\s*[-/]\s*((?:19|20)\d\d))?")
MAX_HITS = 200  # family words counted: enough to rank them, bounded on a hostile text


@dataclass(frozen=True, slots=True)
class ProgrammeWords:
    """What the text says of programmes: the family its words name, and the programme's name."""

    family: Family | None = None
    family_match: re.Match | None = None  # the family's first words (normalised text)
    wording: re.Match | None = None  # the programme's own name, or None


@dataclass(frozen=True, slots=True)
class ProgrammeChoice:
    """The programme's wording and family, with their normalised-text spans."""

    key: str | None = None
    basis: str | None = None  # "words" (the family's own words), "kind" (from the meeting's kind)
    key_start: int | None = None
    key_end: int | None = None
    wording_start: int | None = None
    wording_end: int | None = None
    period: str | None = None  # the years the text gives the programme: "2025-2027", "2025"


def read_programme(text: str, *, title_end: int = 0) -> ProgrammeWords:
    """The family the text names by its own words (the most named; the title counts triple)."""
    segs = anchors.segments(text, ANCHOR_RE, _SEG_BEFORE, _SEG_AFTER)
    wording = next((m for rx in WORDING_RES if (m := anchors.search(rx, text, segs))), None)
    score: dict[str, float] = dict.fromkeys(FAMILY_BY_KEY, 0.0)
    first: dict[str, re.Match] = {}
    for i, m in enumerate(anchors.finditer(FAMILY_RE, text, segs)):
        if i >= MAX_HITS:
            break
        key = m.lastgroup or ""
        score[key] += 3.0 if m.start() < title_end else 1.0
        first.setdefault(key, m)
    for f in FAMILIES:  # a more specific family takes the evidence of the one it refines
        if f.refines and score[f.key] > 0:
            score[f.key] += score[f.refines]
            score[f.refines] = 0.0
    best = max(FAMILIES, key=lambda f: score[f.key])  # the first of equals: the most specific
    if score[best.key] <= 0:
        return ProgrammeWords(None, None, wording)
    return ProgrammeWords(best, first[best.key], wording)


def choose_programme(
    words: ProgrammeWords, *, kind: str = "other", presented: bool = False
) -> ProgrammeChoice:
    """The programme a meeting of this kind serves.

    The key agrees with the kind: the family the words name when its kind is the meeting's (or
    when the meeting presents that programme: a press conference for a caravan stays `other`
    and keeps the caravan's key), else the family of the meeting's kind, else none.
    """
    family, fm, wording = words.family, words.family_match, words.wording
    if family is not None and fm is not None and (family.kind == kind or presented):
        key, basis, ks, ke = family.key, "words", fm.start(), fm.end()
    elif kind in KIND_FAMILY:
        key, basis, ks, ke = KIND_FAMILY[kind], "kind", None, None
    else:
        key = basis = ks = ke = None
    if wording is None and basis == "words":
        wording = fm  # the family's words name the programme when nothing else does
    period = None
    if wording is not None and (p := _PERIOD.search(wording.group())):
        period = f"{p.group(1)}-{p.group(2)}" if p.group(2) else p.group(1)
    return ProgrammeChoice(
        key=key,
        basis=basis,
        key_start=ks,
        key_end=ke,
        wording_start=wording.start() if wording else None,
        wording_end=wording.end() if wording else None,
        period=period,
    )


def find_programme(
    text: str, *, title_end: int = 0, kind: str = "other", presented: bool = False
) -> ProgrammeChoice:
    """read_programme then choose_programme, for a caller that already knows the kind."""
    words = read_programme(text, title_end=title_end)
    return choose_programme(words, kind=kind, presented=presented)
