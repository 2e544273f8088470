"""Regions, provinces and cities in a text, and the choice of the meeting's region and city."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import (
    CITY_DATA,
    CITY_PERIPHRASES,
    OLD_REGION_DATA,
    PROVINCE_DATA,
    PROVINCE_SEATS,
    REGION_DATA,
    City,
    Region,
)
from .lang import alt, ar, fr
from .normalize import norm
from .spans import Matches, last_before

REGIONS: dict[str, dict[str, str]] = {
    r.code: {"ar": r.ar, "fr": r.fr, "en": r.en, "capital": r.capital} for r in REGION_DATA
}
_REGION_BY_CODE: dict[str, Region] = {r.code: r for r in REGION_DATA}
_CITY_BY_NAME: dict[str, City] = {c.name: c for c in CITY_DATA}
CAPITALS: dict[str, City] = {r.code: _CITY_BY_NAME[r.capital] for r in REGION_DATA}

_SEP = re.compile(r"[\s\-_'/]+")


def _key(s: str) -> str:
    """Lookup key: normalised, lower case, no separators, no leading article for French."""
    return _SEP.sub("", norm(s).lower())


# lookup key -> ("region", code) | ("city", City) | ("province", code)
_ENTRIES: dict[str, tuple[str, object]] = {}
_AR_FORMS: set[str] = set()
_FR_FORMS: set[str] = set()


def _add(form: str, kind: str, payload: object, *, arabic: bool) -> None:
    """Register one surface form (first registration wins: regions, then cities)."""
    k = _key(form)
    if not k or k in _ENTRIES:
        return
    _ENTRIES[k] = (kind, payload)
    n = norm(form)
    if arabic:
        _AR_FORMS.add(n)
        if n.startswith("ال"):
            _AR_FORMS.add("ل" + n[1:])  # for the prefix ل: "للداخلة"
            _ENTRIES.setdefault(_key("ل" + n[1:]), (kind, payload))
    else:
        _FR_FORMS.add(n)


for _r in REGION_DATA:
    for _f in (_r.ar, *_r.ar_variants):
        _add(_f, "region", _r.code, arabic=True)
    for _f in (_r.fr, _r.en, *_r.fr_variants):
        _add(_f, "region", _r.code, arabic=False)
for _code, _ars, _frs in OLD_REGION_DATA:
    for _f in _ars:
        _add(_f, "old_region", _code, arabic=True)
    for _f in _frs:
        _add(_f, "old_region", _code, arabic=False)
for _c in CITY_DATA:
    for _f in _c.ar:
        _add(_f, "city", _c, arabic=True)
    for _f in (_c.name, *_c.fr):
        _add(_f, "city", _c, arabic=False)
for _code, _ars, _frs in PROVINCE_DATA:
    for _f in _ars:
        _add(_f, "province", _code, arabic=True)
    for _f in _frs:
        _add(_f, "province", _code, arabic=False)


_RX = norm  # write patterns with ة/أ and normalise them once
REGION_WORD_RE = re.compile(_RX(rf"(?:{ar.REGION_WORD})\s*$|{fr.REGION_WORD}$"), re.IGNORECASE)
ADMIN_WORD_RE = re.compile(_RX(rf"(?:{ar.ADMIN_WORD})\s*$|{fr.ADMIN_WORD}$"), re.IGNORECASE)
VENUE_BEFORE_RE = re.compile(
    _RX(rf"(?:{alt(ar.VENUE_BEFORE, fr.VENUE_BEFORE)})\s*$"), re.IGNORECASE
)
NEG_BEFORE_RE = re.compile(
    _RX(rf"(?:{alt(ar.NOT_VENUE_BEFORE, fr.NOT_VENUE_BEFORE)})(?:\s+\S+){{0,5}}\s*$"),
    re.IGNORECASE,
)
WILAYA_SEAT_RE = re.compile(_RX(alt(ar.WILAYA_SEAT, fr.WILAYA_SEAT)), re.IGNORECASE)
WILAYA_OF_RE = re.compile(_RX(rf"{ar.WILAYA_OF}$"), re.IGNORECASE)
VENUE_AFTER_RE = re.compile(_RX(rf"^\s*(?:{alt(fr.VENUE_AFTER, ar.VENUE_AFTER)})"), re.IGNORECASE)
# held at the prefecture/province building: "بقاعة الاجتماعات بعمالة X",
# "au siège de la province de X"
ADMIN_VENUE_RE = re.compile(_RX(alt(ar.ADMIN_VENUE, fr.ADMIN_VENUE)), re.IGNORECASE)
# words that make a clause report the meeting itself (a bare "بـ" place elsewhere is weaker)
MEETING_CLAUSE_RE = re.compile(_RX(alt(ar.MEETING_CLAUSE, fr.MEETING_CLAUSE)), re.IGNORECASE)
_SEATS: dict[str, str] = {}
DATELINE_AFTER_RE = re.compile(r"^\s*(?:\.\.+|:|-|,|\(|\|)")
HQ_RE = re.compile(rf"^\s*\((?:{alt(fr.AGENCY, ar.AGENCY)})\)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A region, province or city named in the text (normalised-text positions)."""

    start: int
    end: int
    kind: str  # region | city | province | seat (wilaya seat: regional capital)
    region: str | None
    city: str | None
    score: float = 0.0  # venue evidence for cities


@lru_cache(maxsize=1 << 16)  # the title scan asks about the same few words again and again
def _lookup(name: str) -> tuple[str, object] | None:
    """Gazetteer entry for a matched surface string."""
    return _ENTRIES.get(_key(name))


_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_GAP_RE = re.compile(r"[\s\-/]*")
_AR_PREFIXES = ar.CLITIC_PREFIXES
# The clitic prefixes a word can carry, by its first letter (in _AR_PREFIXES order): a word
# tries two or three of them instead of all eleven.
_AR_PREFIXES_BY_LETTER = {
    letter: ("", *(p for p in _AR_PREFIXES if p.startswith(letter)))
    for letter in {p[0] for p in _AR_PREFIXES if p}
}
_MAX_WORDS = max(len(_WORD_RE.findall(norm(k))) for k in _AR_FORMS | _FR_FORMS)
_KEY_LENGTHS = {len(k) for k in _ENTRIES}


_ELISION_RE = re.compile(rf"({fr.ELISIONS})'(?=\w)", re.IGNORECASE)
_KEY_PREFIXES = {k[:i] for k in _ENTRIES for i in range(1, len(k) + 1)}


def _scan(text: str) -> list[tuple[int, int, str, object, str]]:
    """Longest gazetteer match at each word: dictionary lookups over word n-grams (fast)."""
    words = [
        (m.start(), m.end(), m.group().replace("'", "").lower()) for m in _WORD_RE.finditer(text)
    ]
    out: list[tuple[int, int, str, object, str]] = []
    n = len(words)
    i = 0
    entries, prefixes = _ENTRIES, _KEY_PREFIXES
    while i < n:
        w0 = words[i][2]
        arabic = "\u0600" <= w0[0] <= "\u06ff"
        best = None
        if arabic:
            pres: tuple[str, ...] = _AR_PREFIXES_BY_LETTER.get(w0[0], ("",))
        else:  # French elision glued to the name: "d'Inezgane", "l'Oriental", "qu'Agadir"
            el = _ELISION_RE.match(text, words[i][0])
            pres = ("", el.group(0).lower()) if el else ("",)
        for pre in pres:
            bare = pre.replace("'", "")
            if pre and not w0.startswith(bare):
                continue
            key = w0[len(bare) :]
            k = i
            while key in prefixes:
                ent = entries.get(key)
                if (
                    ent is not None
                    and (best is None or k > best[5])
                    and (arabic or any(c.isupper() for c in text[words[i][0] : words[k][1]]))
                ):
                    best = (words[i][0] + len(pre), words[k][1], ent[0], ent[1], pre, k)
                k += 1
                if k >= n:
                    break
                gap_a, gap_b = words[k - 1][1], words[k][0]
                if gap_b - gap_a > 3 or _GAP_RE.fullmatch(text, gap_a, gap_b) is None:
                    break
                key += words[k][2]
        if best:
            out.append(best[:5])
            i = best[5] + 1
        else:
            i += 1
    return out


_CLAUSE_BREAK_RE = re.compile(r"[.\n;]")


def _blank(text: str, a: int, b: int) -> bool:
    """text[a:b] is only whitespace; looks at the end first, so a long line costs little."""
    if b - a > 64 and text[b - 64 : b].strip():
        return False
    return not text[a:b].strip()


PERIPHRASIS_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        f"(?P<p{i}>{_alt})"
        for i, _alt in enumerate(
            "|".join(re.escape(norm(f)).replace(r"\ ", r"\s+") for f in forms)
            for forms in CITY_PERIPHRASES.values()
        )
    )
    + r")(?!\w)",
    re.IGNORECASE,
)
_PERIPHRASIS_CITY = [_CITY_BY_NAME[c] for c in CITY_PERIPHRASES]


def _periphrases(text: str) -> list[tuple[int, int, str, object, str]]:
    """ "la ville du détroit", "المدينة الحمراء": a city named by a periphrasis."""
    return [
        (m.start(), m.end(), "city", _PERIPHRASIS_CITY[int(m.lastgroup[1:])], "")  # type: ignore[index]
        for m in PERIPHRASIS_RE.finditer(text)
    ]


@dataclass(frozen=True, slots=True)
class _Breaks:
    """Line and clause breaks and meeting words of one text, found once by find_places.

    Looking them up again for each mention made a long line of place names quadratic
    (benchmarks/hostile.py); a long clause's meeting words are found once too.
    """

    newlines: list[int]
    clauses: list[int]
    meeting_words: Matches


def _unit_mentions(
    text: str, s: int, e: int, kind: str, payload: object, before: str
) -> list[PlaceMention]:
    """A region, old region or province; a province seat after an admin word is also the city."""
    out = [PlaceMention(s, e, kind, str(payload), None)]
    if kind == "province":
        seat = _SEATS.get(_key(text[s:e]))
        if seat and ADMIN_VENUE_RE.search(before):
            out.append(PlaceMention(s, e, "city", str(payload), seat, 3.5))
    return out


def _city_score(
    s: int,
    before: str,
    *,
    base: float,
    venue: bool,
    dateline: bool,
    admin: bool,
    far_first_line: bool,
    title_end: int,
) -> float:
    """How strongly a city mention names the venue: evidence added in a fixed order."""
    score = base
    if venue:
        score += 3
    if dateline:
        score += 2 if far_first_line else 3  # 600 blank characters in: less of a dateline
    if admin:
        score += 0.5
    if s < title_end:
        score += 1.5
    clause = re.split(r"[.!?؛;\n]", before)[-1]
    if NEG_BEFORE_RE.search(clause[-60:] if len(clause) > 60 else clause):
        score -= 3.5
    if WILAYA_OF_RE.search(before):
        score += 2
    return score


def _city_mention(
    text: str, s: int, e: int, city: City, pre: str, before: str, br: _Breaks, title_end: int
) -> PlaceMention | None:
    """A city mention with its venue score; None for an ambiguous name with no evidence."""
    if REGION_WORD_RE.search(before):
        return PlaceMention(s, e, "region", city.region, None)
    admin = bool(ADMIN_WORD_RE.search(before))
    line_start = last_before(br.newlines, s) + 1
    at_line_start = _blank(text, line_start, s - len(pre))
    after = text[e : e + 12]
    dateline = at_line_start and bool(DATELINE_AFTER_RE.match(after) or HQ_RE.match(after))
    clause_start = last_before(br.clauses, s)
    weak_b = "ب" in pre and not br.meeting_words.within(clause_start + 1, s)
    venue = (
        bool(VENUE_BEFORE_RE.search(before))
        or ("ب" in pre and not weak_b)
        or bool(VENUE_AFTER_RE.match(text[e : e + 40]))
        or bool(ADMIN_VENUE_RE.search(before))
    )
    # a bare "بـ" place outside a meeting clause ("شباك جهوي بالقنيطرة") is weak evidence
    score_extra = 1.0 if weak_b and not venue else 0.0
    if city.ambiguous and not (venue or admin or dateline or pre):
        return None
    score = _city_score(
        s,
        before,
        base=0.5 + score_extra,
        venue=venue,
        dateline=dateline,
        admin=admin,
        far_first_line=not (s < 600 or line_start > 0),
        title_end=title_end,
    )
    return PlaceMention(s, e, "city", city.region, city.name, score)


def find_places(text: str, *, title_end: int = 0) -> list[PlaceMention]:
    """Place mentions with a venue score for each city mention."""
    out: list[PlaceMention] = []
    periphrases = _periphrases(text)
    spans = _scan(text)
    if periphrases:  # a periphrasis hides the names inside it ("capitale du Souss")
        spans = [x for x in spans if not any(a < x[1] and x[0] < b for a, b, *_ in periphrases)]
        spans += periphrases
    br = _Breaks(
        newlines=[m.start() for m in re.finditer("\n", text)],
        clauses=[m.start() for m in _CLAUSE_BREAK_RE.finditer(text)],
        meeting_words=Matches(MEETING_CLAUSE_RE, text),
    )
    for s, e, kind, payload, pre in sorted(spans, key=lambda x: x[0]):
        before = text[max(0, s - len(pre) - 40) : s - len(pre)]
        if kind != "city":
            out += _unit_mentions(text, s, e, kind, payload, before)
            continue
        mention = _city_mention(text, s, e, payload, pre, before, br, title_end)  # type: ignore[arg-type]
        if mention is not None:
            out.append(mention)
    for m in WILAYA_SEAT_RE.finditer(text):
        out.append(PlaceMention(m.start(), m.end(), "seat", None, None, 3.5))
    out.sort(key=lambda p: p.start)
    return out


@dataclass(frozen=True, slots=True)
class PlaceChoice:
    """The meeting's region and city with their evidence mentions."""

    region: str | None
    region_mention: PlaceMention | None
    city: str | None
    city_mention: PlaceMention | None
    region_confidence: float
    city_confidence: float
    other_regions: tuple[str, ...]


# how much a mention of each kind votes for its region (a city: 0.5 plus its venue score)
_REGION_VOTE = {"region": 2.0, "province": 1.0, "old_region": 1.0}


def _region_votes(
    mentions: list[PlaceMention], title_regions: dict[str, float] | None
) -> tuple[dict[str, float], dict[str, PlaceMention]]:
    """Each region's weighted votes, and its first mention (a region name before a city)."""
    reg_score: dict[str, float] = defaultdict(float)
    first: dict[str, PlaceMention] = {}
    for p in mentions:
        if p.region is None:
            continue
        w = 0.5 + max(0.0, p.score) if p.kind == "city" else _REGION_VOTE.get(p.kind, 0.0)
        reg_score[p.region] += w
        if p.region not in first or (p.kind == "region" and first[p.region].kind != "region"):
            first[p.region] = p
    for code, w in (title_regions or {}).items():
        reg_score[code] += w
    return reg_score, first


def _city_votes(
    mentions: list[PlaceMention], region: str | None
) -> tuple[dict[str, float], dict[str, PlaceMention]]:
    """Venue scores summed per city inside the region, and each city's best mention.

    A "wilaya seat" mention ("مقر الولاية") votes for the region's capital.
    """
    cities: dict[str, float] = defaultdict(float)
    best_m: dict[str, PlaceMention] = {}
    seat: PlaceMention | None = None
    for p in mentions:
        if p.kind == "seat":
            seat = seat or p
            continue
        if p.kind != "city" or p.city is None or (region is not None and p.region != region):
            continue
        cities[p.city] += max(0.0, p.score)
        if p.city not in best_m or p.score > best_m[p.city].score:
            best_m[p.city] = p
    if seat is not None and region is not None:
        cap = CAPITALS[region].name
        cities[cap] += seat.score
        if cap not in best_m or best_m[cap].score < seat.score:
            best_m[cap] = seat
    return cities, best_m


def choose_places(
    mentions: list[PlaceMention], *, title_regions: dict[str, float] | None = None
) -> PlaceChoice:
    """Pick the region (mentions, weighted) and a venue city inside it."""
    reg_score, first = _region_votes(mentions, title_regions)
    region = None
    if reg_score:
        region = max(reg_score, key=lambda c: (reg_score[c], -first[c].start if c in first else 0))
    total = sum(reg_score.values()) or 1.0
    others = tuple(c for c, v in reg_score.items() if c != region and v >= 2.0)
    # city: best venue-scored city mention inside the region, or the wilaya seat
    cities, best_m = _city_votes(mentions, region)
    city = None
    city_m = None
    if cities:
        c = max(cities, key=lambda k: (cities[k], -best_m[k].start))
        if best_m[c].score >= 2.0 or cities[c] >= 3.0:
            city, city_m = c, best_m[c]
    rconf = round(min(1.0, reg_score[region] / total) if region else 0.0, 2)
    cconf = round(min(1.0, cities[city] / 6.0) if city else 0.0, 2)
    return PlaceChoice(region, first.get(region) if region else None, city, city_m, rconf, cconf,
                       others)  # fmt: skip


for _f, _seat in PROVINCE_SEATS.items():
    _SEATS[_key(_f)] = _seat

_NAME_INDEX: dict[str, City] = {}
for _c in CITY_DATA:
    for _f in (_c.name, *_c.fr, *_c.ar):
        _NAME_INDEX.setdefault(_key(_f), _c)


def _city(name: str) -> City | None:
    """Gazetteer city for any of its Arabic or French spellings."""
    k = _key(name or "")
    return _NAME_INDEX.get(k) or _NAME_INDEX.get(re.sub("^(?:ال|ب|بال)", "", k))


def city_location(name: str) -> tuple[float, float] | None:
    """(lon, lat) WGS84 of a canonical city, or None if unknown."""
    c = _city(name)
    return (c.lon, c.lat) if c else None


def city_region(name: str) -> str | None:
    """ISO 3166-2:MA region code of a city, or None if unknown."""
    c = _city(name)
    return c.region if c else None
