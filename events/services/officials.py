"""Resolving a name found in an article to one Official, across spellings and scripts.

عمر حجيرة, احجيرة, Omar Hejira, Hjira and Hajira are one person. Matching goes from the most to
the least certain rule, and the rule and the alias that matched are returned so a reviewer can
see why two spellings were joined:
1. `alias`: the normalised spelling is a known alias;
2. `transliteration`: the consonant skeleton (script-independent) equals one person's;
3. `surname`: a one-word name equals the last name of exactly one person.
A name that matches nobody creates a new Official marked for review.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from django.db import connection

from events.extraction import normalize_name
from events.models import Official, OfficialAlias, Origin
from events.services.documents import strip_bidi_controls

# Arabic letter → Latin consonant class; long vowels, hamza carriers and ع carry no consonant.
# Velars (ك ق ڭ گ غ) share one class: Moroccan press writes the g of "Achengli" as ك.
ARABIC_CONSONANTS = {
    "ب": "b",
    "پ": "b",
    "ت": "t",
    "ث": "t",
    "ط": "t",
    "ج": "j",
    "ح": "h",
    "ه": "h",
    "خ": "k",
    "د": "d",
    "ذ": "d",
    "ض": "d",
    "ظ": "d",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ص": "s",
    "ش": "c",
    "ف": "f",
    "ڤ": "f",
    "ق": "k",
    "ك": "k",
    "ڭ": "k",
    "گ": "k",
    "غ": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
}
ARABIC_SEMIVOWELS = {"و": "w", "ي": "y"}  # consonants only at the start of a word
# Latin digraphs first (order matters), then letters; vowels and y/w inside words drop out.
# Digraphs become upper-case placeholders, so their output is not read again as a letter.
LATIN_DIGRAPHS = [
    ("sch", "C"),
    ("ch", "C"),
    ("sh", "C"),
    ("kh", "K"),
    ("gh", "K"),
    ("th", "T"),
    ("dh", "D"),
    ("ph", "F"),
    ("dj", "J"),
    ("ou", ""),
]
LATIN_CONSONANTS = {
    "b": "b",
    "p": "b",
    "t": "t",
    "j": "j",
    "h": "h",
    "k": "k",
    "q": "k",
    "g": "k",
    "c": "k",
    "d": "d",
    "r": "r",
    "z": "z",
    "s": "s",
    "x": "ks",
    "f": "f",
    "v": "f",
    "l": "l",
    "m": "m",
    "n": "n",
    "C": "c",
    "K": "k",
    "T": "t",
    "D": "d",
    "F": "f",
    "J": "j",
}
ARTICLE_PREFIX = re.compile(r"^(?:ال|el-?|al-?|el\s|al\s)", re.I)
PARTICLES = {"el", "al", "ben", "ibn", "ould", "بن", "ابن", "ولد"}
HONORIFICS = {
    "السيد",
    "السيدة",
    "سيد",
    "الأستاذ",
    "الاستاذ",
    "الدكتور",
    "m",
    "mme",
    "mr",
    "mlle",
    "dr",
    "monsieur",
    "madame",
    "pr",
}
ARABIC_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
NEW_OFFICIAL_LOCK = 0x6A696861  # any constant; pg_advisory_xact_lock key for creating officials
SPLIT = re.compile(r"[\s\-‐–’'`]+")


@dataclass(frozen=True)
class ResolvedOfficial:
    official_id: int
    created: bool
    method: str  # "alias", "transliteration", "surname" or "new"
    matched_alias: str

    @cached_property
    def official(self) -> Official:
        """Read only when asked: ingestion needs the id alone, known from the alias index."""
        return Official.objects.get(pk=self.official_id)

    @classmethod
    def of(cls, official: Official, created: bool, method: str, matched: str) -> ResolvedOfficial:
        """A resolution whose Official is already in hand (no second read)."""
        resolved = cls(official.pk, created, method, matched)
        resolved.__dict__["official"] = official  # what cached_property would store
        return resolved


def is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def _token_key(token: str) -> str:
    token = ARTICLE_PREFIX.sub("", token)
    if is_arabic(token):
        out = []
        for i, ch in enumerate(token):
            if ch in ARABIC_CONSONANTS:
                out.append(ARABIC_CONSONANTS[ch])
            elif i == 0 and ch in ARABIC_SEMIVOWELS:
                out.append(ARABIC_SEMIVOWELS[ch])
        skeleton = "".join(out)
    else:
        token = unicodedata.normalize("NFKD", token.casefold())
        token = "".join(ch for ch in token if ch.isalpha() and ord(ch) < 128)
        first = token[:1]
        if re.match(r"ou[aeiy]", token):  # Moroccan French "Ou-" before a vowel is و: Ouahbi
            token, first = "w" + token[2:], "w"
        for digraph, sound in LATIN_DIGRAPHS:
            token = token.replace(digraph, sound)
        skeleton = ("y" if first == "y" else "w" if first == "w" else "") + "".join(
            LATIN_CONSONANTS.get(ch, "") for ch in token[(1 if first in "yw" and first else 0) :]
        )
    return re.sub(r"(.)\1+", r"\1", skeleton)  # doubled letters: Mezzour = Mezour


def name_tokens(name: str) -> list[str]:
    """Words of a name without honorifics, particles or diacritics (ة kept: it is silent)."""
    text = ARABIC_DIACRITICS.sub("", unicodedata.normalize("NFKC", name))
    tokens = [t.strip(".,،") for t in SPLIT.split(text)]
    return [t for t in tokens if t and t.casefold() not in HONORIFICS | PARTICLES]


def name_key(name: str) -> str:
    """Script-independent consonant skeleton of a full name: 'Omar Hejira' = 'عمر حجيرة'."""
    return re.sub(r"(.)\1+", r"\1", "".join(_token_key(t) for t in name_tokens(name)))


def surname_key(name: str) -> str:
    tokens = name_tokens(name)
    return _token_key(tokens[-1]) if tokens else ""


def official_resolve(
    *, name: str, create: bool = True, index: list[IndexedAlias] | None = None
) -> ResolvedOfficial | None:
    """The Official a written name refers to, creating one (needs_review) when nobody matches.

    Call inside the ingestion transaction; merged officials resolve to their target. A name
    is stored without bidi override and isolate characters (look-alike officials).
    """
    name = strip_bidi_controls(name)
    normalized = normalize_name(name)
    if not normalized:
        return None
    aliases = alias_index() if index is None else index
    exact = official_by_spelling(name=name, index=aliases)
    if exact is not None:
        return exact

    key = name_key(name)
    single_word = len(name_tokens(name)) == 1
    if key and not single_word:
        by_key = {
            a.merged_into_id or a.official_id: a.alias
            for a in aliases
            if a.words > 1 and a.key == key
        }
        if len(by_key) == 1:
            official_id, matched = by_key.popitem()
            return _with_new_alias(official_id, name, normalized, "transliteration", matched)
    if single_word and key:
        by_surname = {
            a.merged_into_id or a.official_id: a.alias
            for a in aliases
            if a.words > 1 and a.surname_key == key
        }
        if len(by_surname) == 1:
            official_id, matched = by_surname.popitem()
            return _with_new_alias(official_id, name, normalized, "surname", matched)
    if not create:
        return None
    # Two workers meeting the same new name must not both create a person: serialise creation
    # (the lock lasts until the ingestion transaction commits) and look again under the lock.
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [NEW_OFFICIAL_LOCK])
    again = official_resolve(name=name, create=False)
    if again is not None:
        return again
    arabic = is_arabic(name)
    official = Official.objects.create(
        name_ar=name.strip() if arabic else "",
        name_latin="" if arabic else name.strip(),
        needs_review=True,
        origin=Origin.MACHINE,
    )
    OfficialAlias.objects.create(official=official, alias=name.strip(), normalized=normalized)
    return ResolvedOfficial.of(official, True, "new", "")


def official_by_spelling(*, name: str, index: list[IndexedAlias]) -> ResolvedOfficial | None:
    """Rule 1 alone: the one person (merges followed) with this exact spelling as an alias.

    `index` needs only the aliases spelled like `name` (alias_index(normalized=...)).
    """
    normalized = normalize_name(name)
    same = [a for a in index if a.normalized == normalized]
    people = {a.merged_into_id or a.official_id for a in same}
    if normalized and len(people) == 1:
        return ResolvedOfficial(people.pop(), False, "alias", same[0].alias)
    return None


@dataclass(frozen=True)
class IndexedAlias:
    alias: str
    normalized: str
    official_id: int
    merged_into_id: int | None
    key: str
    surname_key: str
    words: int


# Keys of aliases already seen by this process: an alias's spelling never changes, only which
# person it belongs to (merges), so that part is read from the database every time.
_KEYS: dict[int, tuple[str, str, int]] = {}


def alias_index(*, normalized: Iterable[str] | None = None) -> list[IndexedAlias]:
    """Every alias with its matching keys (one query; keys computed once per process), or
    only the aliases with one of the `normalized` spellings."""
    aliases = OfficialAlias.objects.order_by()  # no need for the model's alphabetical order
    if normalized is not None:
        aliases = aliases.filter(normalized__in=list(normalized))
    rows = aliases.values_list(
        "pk", "alias", "normalized", "official_id", "official__merged_into_id"
    )
    index = []
    for pk, alias, normalized, official_id, merged_into_id in rows:
        if pk not in _KEYS:
            _KEYS[pk] = (name_key(alias), surname_key(alias), len(name_tokens(alias)))
        key, surname, words = _KEYS[pk]
        index.append(
            IndexedAlias(alias, normalized, official_id, merged_into_id, key, surname, words)
        )
    return index


def _with_new_alias(
    official_id: int, name: str, normalized: str, method: str, matched: str
) -> ResolvedOfficial:
    """Remember the new spelling so the next article matches it exactly."""
    name = strip_bidi_controls(name)
    official = Official.objects.get(pk=official_id)
    OfficialAlias.objects.get_or_create(
        official=official, normalized=normalized, defaults={"alias": name.strip()}
    )
    # A person first seen in one script gets their name in the other script filled in.
    field = "name_ar" if is_arabic(name) else "name_latin"
    if (
        not getattr(official, field)
        and not official.is_staff_owned(field)
        and len(name.split()) > 1
    ):
        setattr(official, field, name.strip())
        official.save(update_fields=[field, "updated_at"])
    return ResolvedOfficial.of(official, False, method, matched)
