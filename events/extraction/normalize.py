"""Unicode normalisation with an offset map back to the original text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from .lang import ar, fr

# Arabic diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks) and tatweel:
# dropped because writers use them inconsistently.
_DROP = set(range(0x064B, 0x0660)) | {0x0670, 0x0640} | set(range(0x06D6, 0x06EE))
_DROP |= {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF, 0x00AD}
_DROP |= set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))

_MAP: dict[int, str] = {
    0x0623: "ا",  # أ
    0x0625: "ا",  # إ
    0x0622: "ا",  # آ
    0x0671: "ا",  # ٱ
    0x0649: "ي",  # ى
    0x06CC: "ي",  # Farsi yeh
    0x0629: "ه",  # ة
    0x06A9: "ك",  # keheh
    0x06AF: "ك",  # gaf (Moroccan گ)
    0x06C1: "ه",
    0x06BE: "ه",
    0x06A4: "ف",  # ڤ
    0x060C: ",",  # Arabic comma
    0x061B: ";",
    0x061F: "?",
    0x066B: ",",  # Arabic decimal separator
    0x066C: " ",  # Arabic thousands separator
    0x00A0: " ",
    0x202F: " ",
    0x2007: " ",
    0x2009: " ",
    0x2002: " ",
    0x2003: " ",
    0x3000: " ",
    0x2010: "-",
    0x2011: "-",
    0x2012: "-",
    0x2013: "-",
    0x2014: "-",
    0x2015: "-",
    0x2212: "-",
    0x201C: '"',
    0x201D: '"',
    0x201E: '"',
    0x00AB: '"',
    0x00BB: '"',
    0x2018: "'",
    0x2019: "'",
    0x02BC: "'",
    0x2032: "'",
    0x00B4: "'",
    0x2026: "...",
    0x000D: "\n",
    0x2028: "\n",
    0x2029: "\n",
    0x00E6: "ae",
    0x0153: "oe",
    0x0152: "OE",
    0x00DF: "ss",
}
for _i in range(10):
    _MAP[0x0660 + _i] = str(_i)  # Eastern Arabic digits
    _MAP[0x06F0 + _i] = str(_i)  # Persian digits


def _char(c: str) -> str:
    """Normalise one character (may drop it or expand it)."""
    o = ord(c)
    if o < 0x80:
        return c
    if o in _DROP:
        return ""
    m = _MAP.get(o)
    if m is not None:
        return m
    if 0xFB50 <= o <= 0xFEFF or 0xFF00 <= o <= 0xFFEF:
        nf = unicodedata.normalize("NFKC", c)
        if nf != c:  # presentation forms; some (U+FBB2…) are their own NFKC form
            return "".join(_char(x) for x in nf)
    cat = unicodedata.category(c)
    if cat == "Mn":
        return ""
    if cat == "Zs":
        return " "
    if 0xC0 <= o <= 0x24F or 0x1E00 <= o <= 0x1EFF:
        d = unicodedata.normalize("NFD", c)
        return d[0] if d else c
    return c


_TABLE: dict[int, str] = {}  # str.translate table, filled lazily per character seen
_SPECIAL: set[str] = set()  # characters that are dropped or expanded (length != 1)
_SPECIAL_RE: re.Pattern[str] | None = None


def _learn(chars: set[str]) -> None:
    """Add unseen characters to the translation table."""
    global _SPECIAL_RE
    grew = False
    for c in chars:
        m = _char(c)
        _TABLE[ord(c)] = m
        if len(m) != 1:
            _SPECIAL.add(c)
            grew = True
    if grew or _SPECIAL_RE is None:
        _SPECIAL_RE = (
            re.compile("[" + "".join(re.escape(c) for c in sorted(_SPECIAL)) + "]")
            if _SPECIAL
            else re.compile(r"(?!)")
        )


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text plus, for each of its characters, the index in the original."""

    original: str
    text: str
    starts: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        n = len(self.text)
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        if start == end:
            o = self.starts[start] if start < n else len(self.original)
            return o, o
        o_start = self.starts[start]
        o_end = self.starts[end - 1] + 1
        # keep trailing dropped marks (diacritics) with the last letter
        nxt = self.starts[end] if end < n else len(self.original)
        while (
            o_end < nxt
            and ord(self.original[o_end]) in _DROP
            and not self.original[o_end].isspace()
        ):
            o_end += 1
        return o_start, o_end


def normalize(text: str) -> Normalized:
    """Normalise text for matching, remembering where each character came from."""
    new = {c for c in set(text) if ord(c) not in _TABLE}
    if new or _SPECIAL_RE is None:
        _learn(new)
    out = text.translate(_TABLE)
    if len(out) == len(text) and not _SPECIAL_RE.search(text):  # type: ignore[union-attr]
        return Normalized(text, out, range(len(text)))
    starts: list[int] = []
    prev = 0
    for m in _SPECIAL_RE.finditer(text):  # type: ignore[union-attr]
        i = m.start()
        starts.extend(range(prev, i))
        starts.extend([i] * len(_TABLE[ord(text[i])]))
        prev = i + 1
    starts.extend(range(prev, len(text)))
    return Normalized(text, out, starts)


def norm(text: str) -> str:
    """Normalised text only (for gazetteer keys and patterns)."""
    new = {c for c in set(text) if ord(c) not in _TABLE}
    if new:
        _learn(new)
    return text.translate(_TABLE)


# ------------------------------------------------------------------------------ search folding
# One search key for public search (events/filters.py and its SQL copy `jihat_fold`), the admin's
# `__fold` lookup and the extractor, so the three cannot disagree again. It is `norm()` plus what
# only search wants: hamza seats (ؤ ئ), more heh/kaf/Latin variants, lower case, one space.
_SEARCH_EXTRA: dict[int, str] = {
    0x0624: "و",  # ؤ
    0x0626: "ي",  # ئ
    0x06C0: "ه",  # ۀ
    0x06D5: "ه",  # ە
    0x06AD: "ك",  # ڭ
    0x0141: "l",  # Ł (unaccent folds these, NFD does not)
    0x0142: "l",
    0x00D8: "o",  # Ø
    0x00F8: "o",
    0x0110: "d",  # Đ
    0x0111: "d",
}
_SEARCH_TABLE: dict[int, str] = {}  # str.translate table, filled lazily per character seen
_SEARCH_SPACES = re.compile(r"\s+")


def _search_char(c: str) -> str:
    """Search key of one character (may drop it or expand it)."""
    m = _SEARCH_EXTRA.get(ord(c))
    return m if m is not None else _char(c).lower()


def fold_search(text: str) -> str:
    """Search key of a text: letter variants, diacritics, digits, accents and case merged.

    Whitespace runs become one space and the ends are trimmed, so a typed term and a stored
    text fold alike whatever spaces, tatweel or invisible marks either carries.
    """
    for c in set(text):
        if ord(c) not in _SEARCH_TABLE:
            _SEARCH_TABLE[ord(c)] = _search_char(c)
    return _SEARCH_SPACES.sub(" ", text.translate(_SEARCH_TABLE)).strip()


# What every search fold must give (raw, key): events.filters.fold, its SQL function and the
# admin's lookup are to be generated from or tested against this one table.
FOLD_CASES: tuple[tuple[str, str], ...] = (
    # hamza on alef, wasla, madda
    ("الإستثمار", "الاستثمار"),
    ("أكادير", "اكادير"),
    ("آسفي", "اسفي"),
    ("ٱلجهة", "الجهه"),
    # hamza seats
    ("مؤتمر", "موتمر"),
    ("رئيس الجهة", "رييس الجهه"),
    # alef maqsura, Farsi yeh
    ("مستشفى", "مستشفي"),
    ("یوسف", "يوسف"),
    # teh marbuta and heh variants
    ("غرفة التجارة", "غرفه التجاره"),
    ("خانۀ", "خانه"),
    ("ہ ھ ە", "ه ه ه"),
    # kaf variants (Moroccan gaf, keheh, ng), veh
    ("گلميم", "كلميم"),
    ("کتاب", "كتاب"),
    ("ڭ", "ك"),
    ("ڤيديو", "فيديو"),
    # diacritics, superscript alef, tatweel
    ("اجتماعًا تشاوريًّا", "اجتماعا تشاوريا"),
    ("هٰذا", "هذا"),
    ("التـــجارة", "التجاره"),
    # Arabic-Indic and Persian digits, Arabic decimal separator
    ("٢٠٢٤", "2024"),
    ("۲۰۲۴", "2024"),
    ("٢٫٦", "2,6"),
    # Latin accents, ligatures and case
    ("Fès", "fes"),
    ("LAÂYOUNE", "laayoune"),
    ("Béni Mellal", "beni mellal"),
    ("Ça où Noël", "ca ou noel"),
    ("Œuvre", "oeuvre"),
    ("Łódź", "lodz"),
    ("Souss-Massa", "souss-massa"),
    # whitespace and invisible marks
    ("  Rabat\u00a0 Salé\n", "rabat sale"),
    ("عبد\u202fالله", "عبد الله"),
    ("مراكش\u200f", "مراكش"),
    ("\ufeffطنجة", "طنجه"),
)


_HONORIFICS = re.compile(
    rf"^(?:(?:{ar.NAME_KEY_HONORIFICS}|{fr.NAME_KEY_HONORIFICS})\s+)+", re.IGNORECASE
)
_NAME_MAP = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ـ": "",
}
_NAME_DROP = re.compile("[\u064b-\u065f\u0670\u0640]")
_NAME_TABLE = str.maketrans(_NAME_MAP)
_SPACES = re.compile(r"\s+")


def normalize_name(s: str) -> str:
    """Name key used to match officials: the gold README's normalisation."""
    s = _NAME_DROP.sub("", s or "")
    s = s.translate(_NAME_TABLE)
    s = _SPACES.sub(" ", s.replace("\u00a0", " ")).strip()
    s = _HONORIFICS.sub("", s)
    return _SPACES.sub(" ", s).strip().casefold()
