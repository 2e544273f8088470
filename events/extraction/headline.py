"""An article's headline, cleaned of site furniture, and the outlet its furniture names.

Saved pages and uploaded files start with what the site put around the article: breadcrumbs
("Home » أخبار جهوية »"), date tickers, the outlet's name, newsletter and social lines, bylines
("جمال الساخي:", "زنقة 20 | الرباط"). Ingestion took the first line as the title, so readers saw
that furniture as the article's name. `headline` finds the headline instead, or when the
article has none (it starts with its lead), the lead's first words.
"""

from __future__ import annotations

import re

# Outlets of the Moroccan press seen in the corpus: each spelling their furniture writes, and
# the name shown. (Agencies quoted in the body, "selon la MAP", are not the outlet.)
KNOWN_OUTLETS: dict[str, str] = {
    "Maroc24": "Maroc24",
    "OrientalEco": "OrientalEco",
    "Hespress": "Hespress",
    "هسبريس": "هسبريس",
    "Le360": "Le360",
    "Médias24": "Médias24",
    "Medias24": "Médias24",
    "Maghress": "Maghress",
    "Les Inspirations ÉCO": "Les Inspirations ÉCO",
    "La Vie éco": "La Vie éco",
    "L'Economiste": "L'Economiste",
    "Le Matin": "Le Matin",
    "Aujourd'hui le Maroc": "Aujourd'hui le Maroc",
    "زنقة 20": "زنقة 20",
    "زنقة20": "زنقة 20",
    "زنقة20ا": "زنقة 20",
    "هومبريس": "هومبريس",
    "برشيد نيوز": "برشيد نيوز",
    "ميزة بريس": "ميزة بريس",
    "كازا 24": "كازا 24",
    "راصد إنتخابي": "راصد إنتخابي",
    "اليوم 24": "اليوم 24",
    "الأحداث المغربية": "الأحداث المغربية",
}
# A headline has at least this many words (shorter first lines are an outlet's name, a
# section, a byline: "زنقة20ا الرباط", "Evénements") and at most this many (a lead sentence).
MIN_WORDS = 5
MAX_WORDS = 24
MAX_CHARS = 200
# Lines read from the top before giving up on finding a headline.
SCAN_LINES = 10
# Words of the lead shown when the article has no headline.
LEAD_WORDS = 14

_WORD = re.compile(r"[^\W\d_]{2,}")
_BREADCRUMB = re.compile(r"[»›]|^\s*(?:home|accueil|الرئيسية)\b", re.IGNORECASE)
# Navigation joined into one word by a scraper ("الأخبارالمغربمال و أعمال").
_NAV_RUN = re.compile(r"الأخبار\S*المغرب|^\s*(?:menu|navigation)\b", re.IGNORECASE)
_MONTHS = (
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    r"décembre|decembre|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|يناير|فبراير|مارس|أبريل|ابريل|ماي|يونيو|يوليوز|يوليو|غشت|شتنبر|أكتوبر|"
    r"اكتوبر|نونبر|دجنبر|جمادى|رجب|شعبان|رمضان|شوال|محرم|صفر|ربيع|ذو القعدة|ذو الحجة"
)
_WEEKDAYS = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد"
)
# A line that is only a date, a time or a publication stamp.
_DATE_LINE = re.compile(
    rf"^\W*(?:(?:{_WEEKDAYS}|{_MONTHS}|\d{{1,4}}|th|st|nd|rd|gmt|h|[:/.\-,،])\W*)+$",
    re.IGNORECASE,
)
_STAMP = re.compile(
    r"^\s*(?:تاريخ النشر|نشر في|publié le|mis à jour|published|updated)\b", re.IGNORECASE
)
# " date 2024-12 " that a saved page keeps before the text.
_DATE_PREFIX = re.compile(r"^\s*date\s+\d{4}(?:-\d{2}){0,2}\s+", re.IGNORECASE)
_PROMO = re.compile(
    r"newsletter|abonnez|inscrivez|suivez|edition hebdomadaire|votre magazine|lire aussi|"
    r"تابعونا|اشترك|النشرة البريدية|اقرأ أيضا|فهرس المقال",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
_OUTLET_KEYS = tuple(
    sorted(((k.casefold(), name) for k, name in KNOWN_OUTLETS.items()), key=lambda p: -len(p[0]))
)
# Promotion lines are short; a long line naming "Suivez …" is an article run into one line.
PROMO_MAX_WORDS = 20


def words(line: str) -> int:
    """Words of two letters or more (digits and dashes do not count)."""
    return len(_WORD.findall(line))


def is_furniture(line: str) -> bool:
    """True for what a site puts around an article rather than the article's words."""
    text = line.strip()
    return not text or _marked_furniture(text) or words(text) < MIN_WORDS


def _marked_furniture(text: str) -> bool:
    """Furniture by its form (breadcrumbs, promotion, dates, "|", a byline's colon), whatever
    its length."""
    if _BREADCRUMB.search(text) or _NAV_RUN.search(text):
        return True
    if _PROMO.search(text) and words(text) <= PROMO_MAX_WORDS:
        return True
    if _DATE_LINE.match(text) or _STAMP.match(text):
        return True
    if "|" in text:  # "Maroc24 | Régional |", "زنقة 20 | الرباط"
        return True
    return text.endswith((":", "："))  # a byline: "جمال الساخي:"


def is_headline(line: str) -> bool:
    """A line that reads as a headline: not furniture, and shorter than a lead sentence."""
    text = line.strip()
    if is_furniture(text):
        return False
    # A lead sentence ends with a full stop; a headline does not.
    ends_sentence = text.endswith(".") and not text.endswith("..")
    return words(text) <= MAX_WORDS and len(text) <= MAX_CHARS and not ends_sentence


def clean_title(title: str, *, outlet: str = "") -> str:
    """A page title without breadcrumbs before it and the outlet's name around it."""
    text = _SPACES.sub(" ", title or "").strip()
    if "»" in text or "›" in text:
        text = re.split(r"[»›]", text)[-1].strip()
    names = [outlet] if outlet else []
    names += list(KNOWN_OUTLETS)
    for name in names:
        for pattern in (
            rf"\s*[|\-–—:]\s*{re.escape(name)}\s*$",
            rf"^\s*{re.escape(name)}\s*[|\-–—:]\s*",
        ):
            text = re.sub(pattern, "", text, flags=re.IGNORECASE)
    return _DATE_PREFIX.sub("", text).strip()


def lead_excerpt(line: str, *, limit: int = LEAD_WORDS) -> str:
    """The first `limit` words of a lead, with "…" when cut."""
    parts = _SPACES.sub(" ", line).strip().split(" ")
    if len(parts) <= limit:
        return " ".join(parts)
    return " ".join(parts[:limit]).rstrip(",،;:") + "…"


def headline(*, title: str = "", text: str = "", outlet: str = "") -> str:
    """The article's headline: its cleaned title when that reads as one, else the first
    headline-like line of the text above the lead, else the lead's first words ("" if none)."""
    cleaned = clean_title(title, outlet=outlet)
    if is_headline(cleaned):
        return cleaned
    lines = [_DATE_PREFIX.sub("", line).strip() for line in (text or "").splitlines()]
    lines = [line for line in lines if line][:SCAN_LINES]
    for line in lines:
        if is_furniture(line):
            continue
        return line if is_headline(line) else lead_excerpt(line)
    if cleaned and not is_furniture(cleaned):
        return lead_excerpt(cleaned)
    # Nothing else to go by: a short stored title ("Le titre de l'article") is still the
    # headline, unless its form marks it as furniture, it is the outlet's name, or one word is
    # left (a section: "Hespress | Régional" without its outlet).
    outlets = {name.casefold() for name in (outlet, *KNOWN_OUTLETS) if name}
    if words(cleaned) >= 2 and not _marked_furniture(cleaned) and cleaned.casefold() not in outlets:
        return cleaned
    return ""


def outlet_named(text: str) -> str:
    """The known outlet named in the furniture of the article's first lines, or ""."""
    lines = [line for line in (text or "").splitlines() if line.strip()][:SCAN_LINES]
    head = "\n".join(line for line in lines if is_furniture(line)).casefold()
    for key, name in _OUTLET_KEYS:
        if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", head):
            return name
    return ""
