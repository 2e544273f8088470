"""Dates in Arabic (Moroccan, Middle-Eastern, Levantine, Maghreb month names) and French."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .lang import alt, ar, fr
from .normalize import norm

MONTHS: dict[str, int] = {norm(k): v for k, v in ar.MONTHS.items()}
MONTHS.update({norm(k).lower(): v for k, v in fr.MONTHS.items()})
WEEKDAYS: dict[str, int] = {norm(k): v for k, v in ar.WEEKDAYS.items()}
WEEKDAYS.update({norm(k): v for k, v in fr.WEEKDAYS.items()})


def _alt(words) -> str:
    """Regex alternation, longest first, with flexible inner spaces."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)
    )


_MON = _alt(MONTHS)
_WD = _alt(WEEKDAYS)
_B = r"(?<![\w])"  # left word boundary
_E = r"(?![\w])"  # right word boundary
_CUR = alt(ar.CURRENT, fr.CURRENT)
_FIRST = ar.FIRST_DAY
_DAY = rf"[0-3]?\d|{_FIRST}"

# "26 نونبر 2024", "28 نونبر الجاري", "26 و27 نونبر", "1er décembre 2024", "26-27 novembre"
DMY_RE = re.compile(
    rf"{_B}(?P<day>{_DAY})(?:er|e)?{_E}\s*"
    rf"(?:(?:{alt(ar.DAY_RANGE, fr.DAY_RANGE)}|-)\s*[0-3]?\d\s*)?{ar.BEFORE_MONTH}{fr.BEFORE_MONTH}"
    rf"(?P<mon>{_MON})\.?{_E}"
    # the same month in a second calendar: "12 مارس/آذار 2025", "15 تشرين الأول (أكتوبر) 2025"
    rf"(?:\s*(?:/|\(|-)\s*(?:{_MON}){_E}\s*\)?)?"
    rf"(?:\s*[,]?\s*(?:(?P<year>(?:19|20)\d\d){_E}|(?P<cur>{_CUR}){_E}))?",
    re.IGNORECASE,
)
# "28 من الشهر الجاري", "le 28 du mois courant"
DAY_CUR_RE = re.compile(
    rf"{_B}(?P<day>{_DAY}){_E}\s*(?:{alt(ar.THIS_MONTH, fr.THIS_MONTH)})\s+(?:{_CUR})",
    re.IGNORECASE,
)
MY_RE = re.compile(rf"{_B}(?P<mon>{_MON}){_E}\.?\s*,?\s*(?P<year>(?:19|20)\d\d){_E}", re.IGNORECASE)
NUM_RE = re.compile(
    r"(?<![\d/.\-])(?P<day>[0-3]?\d)(?P<sep>[/.\-])(?P<mon>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d])"
)
ISO_RE = re.compile(
    r"(?<![\d])(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<mon>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?![\d])"
)
# weekday just before a date: "يوم الثلاثاء 26", "mardi, 26", "الجمعة (26"
WD_BEFORE_RE = re.compile(
    rf"(?P<wd>{_WD}){_E}\s*[,(]?\s*(?:{alt(ar.WEEKDAY_DATE_LINK, fr.WEEKDAY_DATE_LINK)})?$",
    re.IGNORECASE,
)
WD_RE = re.compile(rf"{_B}(?P<wd>{_WD}){_E}", re.IGNORECASE)
_AGO = alt(ar.AGO, fr.AGO)
_WD_ARTICLE = alt(ar.WEEKDAY_ARTICLE, fr.WEEKDAY_ARTICLE)
REL_RE = re.compile(
    rf"{_B}(?:(?P<before>{alt(ar.BEFORE_YESTERDAY, fr.BEFORE_YESTERDAY)})"
    rf"|(?P<yest>{alt(ar.YESTERDAY, fr.YESTERDAY)})"
    rf"|(?P<today>{alt(ar.TODAY, fr.TODAY)}|{fr.THIS_WEEKDAY}(?={_WD}))){_E}"
    rf"(?:\s+(?P<wd1>{_WD}))?"
    rf"|{_B}(?:(?:{_WD_ARTICLE})\s+)?(?P<wd2>{_WD})\s+(?P<ago>{_AGO}){_E}",
    re.IGNORECASE,
)
_BARE_WD_RE = re.compile(
    rf"{_B}(?:(?:{alt(ar.WEEKDAY_BEFORE, fr.WEEKDAY_BEFORE)})\s+)?(?P<wd>{_WD}){_E}",
    re.IGNORECASE,
)

# Publication datelines: "نشر في", "Publié le", a date alone on its line.
PUB_MARK_RE = re.compile(
    rf"(?:{alt(ar.PUBLISHED_MARK, fr.PUBLISHED_MARK)})\s*:?\s*(?:[|-]\s*)?$",
    re.IGNORECASE,
)
DATELINE_FILLER_RE = re.compile(
    rf"^[\s\d:|,\-/.()h]*(?:(?:{_WD})[\s\d:|,\-/.()h]*)*$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date written in the text (positions in the normalised text)."""

    start: int
    end: int
    day: int | None
    month: int | None
    year: int | None
    weekday: int | None = None
    current: bool = False  # الجاري / courant: month of the publication
    relative: str | None = None  # today / yesterday / before_yesterday / last_weekday / weekday
    numeric: bool = False


def _valid(y: int, m: int, d: int) -> date | None:
    """A date or None when the combination does not exist."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _day(s: str) -> int:
    """Day of the month as written: digits or فاتح (the first)."""
    return 1 if s == _FIRST else int(s)


class _Mentions:
    """Mentions found so far and the characters they cover, shared by the passes of find_dates.

    Each pass only takes text no earlier pass took, so the order of the passes is the priority
    of the forms (ISO, numeric, day-month, ..., bare weekday).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[DateMention] = []
        self.covered = bytearray(len(text) + 1)  # 1 where a mention sits: linear, not quadratic

    def free(self, a: int, b: int) -> bool:
        """No earlier mention overlaps [a, b)."""
        return self.covered.find(1, a, b) < 0

    def add(self, mention: DateMention) -> None:
        """Keep a mention and cover its characters."""
        self.found.append(mention)
        self.covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)

    def weekday_before(self, pos: int) -> tuple[int | None, int]:
        """A weekday written just before pos ("الثلاثاء 26") and where the mention then starts."""
        m = WD_BEFORE_RE.search(self.text, max(0, pos - 40), pos)
        if m:
            return WEEKDAYS.get(m.group("wd").lower()), m.start()
        return None, pos


def _iso_dates(ms: _Mentions) -> None:
    """2024-11-26: read first, so its digits are never a day/month/year elsewhere."""
    for m in ISO_RE.finditer(ms.text):
        y, mo, d = int(m["year"]), int(m["mon"]), int(m["day"])
        if _valid(y, mo, d):
            ms.add(DateMention(m.start(), m.end(), d, mo, y, numeric=True))


def _numeric_dates(ms: _Mentions) -> None:
    """26/11/2024, 26.11.2024, 26-11-2024, with a weekday before it."""
    for m in NUM_RE.finditer(ms.text):
        y, mo, d = int(m["year"]), int(m["mon"]), int(m["day"])
        if _valid(y, mo, d) and ms.free(*m.span()):
            wd, s = ms.weekday_before(m.start())
            ms.add(DateMention(s, m.end(), d, mo, y, weekday=wd, numeric=True))


def _day_month_dates(ms: _Mentions) -> None:
    """26 نونبر 2024, 28 نونبر الجاري, 1er décembre: a month name, a year or 'current'."""
    for m in DMY_RE.finditer(ms.text):
        if not ms.free(*m.span()):
            continue
        d = _day(m["day"])
        mo = MONTHS.get(re.sub(r"\s+", " ", m["mon"].lower()))
        if mo is None or not 1 <= d <= 31:
            continue
        y = int(m["year"]) if m["year"] else None
        cur = bool(m["cur"]) and not y
        if y and not _valid(y, mo, d):
            continue
        wd, s = ms.weekday_before(m.start())
        ms.add(DateMention(s, m.end(), d, mo, y, weekday=wd, current=cur))


def _day_of_current_month(ms: _Mentions) -> None:
    """28 من الشهر الجاري, le 28 du mois courant: a day whose month is the publication's."""
    for m in DAY_CUR_RE.finditer(ms.text):
        if ms.free(*m.span()):
            wd, s = ms.weekday_before(m.start())
            ms.add(DateMention(s, m.end(), _day(m["day"]), None, None, wd, current=True))


def _month_year(ms: _Mentions) -> None:
    """نونبر 2024, novembre 2024: a month without a day."""
    for m in MY_RE.finditer(ms.text):
        if ms.free(*m.span()):
            mo = MONTHS.get(re.sub(r"\s+", " ", m["mon"].lower()))
            ms.add(DateMention(m.start(), m.end(), None, mo, int(m["year"])))


def _relative_kind(m: re.Match[str], wd: int | None) -> str:
    """Which relative form REL_RE matched."""
    if m["before"]:
        return "before_yesterday"
    if m["yest"]:
        return "yesterday"
    if m["today"]:
        return "today" if wd is None else "weekday"
    return "last_weekday"


def _relative_dates(ms: _Mentions) -> None:
    """اليوم, أمس, أول أمس, jeudi dernier: resolved later against the publication date."""
    for m in REL_RE.finditer(ms.text):
        if not ms.free(*m.span()):
            continue
        wd_s = m["wd1"] or m["wd2"]
        wd = WEEKDAYS.get(wd_s.lower()) if wd_s else None
        rel = _relative_kind(m, wd)
        ms.add(DateMention(m.start(), m.end(), None, None, None, wd, relative=rel))


def _bare_weekdays(ms: _Mentions) -> None:
    """A weekday alone ("يوم الخميس", "ce jeudi"): the last, weakest form."""
    for m in _BARE_WD_RE.finditer(ms.text):
        if ms.free(*m.span()):
            wd = WEEKDAYS.get(m["wd"].lower())
            ms.add(DateMention(m.start(), m.end(), None, None, None, wd, relative="weekday"))


# The passes of find_dates, strongest form first.
_PASSES = (
    _iso_dates,
    _numeric_dates,
    _day_month_dates,
    _day_of_current_month,
    _month_year,
    _relative_dates,
    _bare_weekdays,
)


def find_dates(text: str) -> list[DateMention]:
    """All date mentions in a normalised text, left to right, without overlaps."""
    ms = _Mentions(text)
    for find in _PASSES:
        find(ms)
    ms.found.sort(key=lambda x: x.start)
    return ms.found


# "Béni Mellal, le 3 décembre 2024 –", "الرشيدية - 7 أكتوبر 2025"
DATELINE_PLACE_RE = re.compile(r"^\s*[^\W\d][^,\n:.]{1,30}?\s*[,\-]\s*(?:le\s+)?$", re.IGNORECASE)
DATELINE_TAIL_RE = re.compile(
    rf"^\s*(?:\((?:{alt(fr.AGENCY, ar.AGENCY)})\)|-|:|\.|$)", re.IGNORECASE
)
CURRENT_YEAR_RE = re.compile(norm(alt(fr.CURRENT_YEAR, ar.CURRENT_YEAR)), re.IGNORECASE)


def current_year(text: str) -> int | None:
    """A year the text calls current ("2025 en cours", "سنة 2025 الجارية")."""
    m = CURRENT_YEAR_RE.search(text)
    if not m:
        return None
    return int(next(g for g in m.groups() if g))


_LINE_WINDOW = 200  # a dateline, a "Publié le" marker or a date alone on its line is shorter


def _line_around(text: str, a: int, b: int) -> tuple[str, str]:
    """The rest of the line before `a` and after `b`, each cut to _LINE_WINDOW characters.

    A cut side starts (before) or ends (after) with NUL, which no dateline pattern accepts, so a
    megabyte line costs a bounded window per date instead of the whole line.
    """
    lo = max(0, a - _LINE_WINDOW)
    ls = text.rfind("\n", lo, a)
    before = text[ls + 1 : a] if ls >= 0 else ("\x00" if lo > 0 else "") + text[lo:a]
    hi = b + _LINE_WINDOW
    le = text.find("\n", b, hi)
    after = text[b:le] if le >= 0 else text[b:hi] + ("\x00" if hi < len(text) else "")
    return before, after


def find_published(text: str, mentions: list[DateMention]) -> DateMention | None:
    """The publication date: after a 'نشر في/Publié le' marker, alone on a line, or a dateline.

    A date alone on the page's first line is the site's current-date header when a byline or
    dateline date follows it in the page head ("الأربعاء 27 نونبر 2024 … كازا 24 الثلاثاء 1
    نونبر 2022"): the header shows the day the page was read, the byline the day it was written.
    """
    best = None
    header = None  # a date alone on the first line, kept until the head shows no other
    cy = current_year(text)
    first_line_end = _first_line_end(text)
    for m in mentions:
        if m.day is None or m.month is None:
            continue
        before, after = _line_around(text, m.start, m.end)
        if m.year is None:
            # "Kénitra, 12 mars (MAP)": a dateline whose year the text calls current
            if (
                cy
                and DATELINE_PLACE_RE.match(before)
                and DATELINE_TAIL_RE.match(after)
                and _valid(cy, m.month, m.day)
            ):
                return DateMention(m.start, m.end, m.day, m.month, cy, m.weekday)
            continue
        if best is None and DATELINE_PLACE_RE.match(before) and DATELINE_TAIL_RE.match(after):
            best = m
            continue
        if PUB_MARK_RE.search(before):
            return m
        alone = DATELINE_FILLER_RE.match(before) and DATELINE_FILLER_RE.match(after)
        if best is None and alone:
            # a date alone on its line: the page's dateline
            best = m
            if m.end <= first_line_end:
                header = m
            continue
        if (
            header is not None
            and best is header
            and m.start < header.end + _HEAD_CHARS
            and BYLINE_BEFORE_RE.match(before)
            and DATELINE_FILLER_RE.match(after)
        ):
            best = m  # "كازا 24 الثلاثاء 1 نونبر 2022": the byline under the title
    return best


def find_header(
    text: str, mentions: list[DateMention], published: DateMention | None
) -> DateMention | None:
    """A date alone on the page's first line that is not the publication date: the site's
    current-date header, which dates neither the article nor the meeting."""
    end = _first_line_end(text)
    for m in mentions:
        if m.start >= end:
            break
        if m is published or m.day is None or m.month is None:
            continue
        before, after = _line_around(text, m.start, m.end)
        if DATELINE_FILLER_RE.match(before) and DATELINE_FILLER_RE.match(after):
            return m
    return None


_HEAD_CHARS = 600  # the page head: header, title, byline
# what a byline puts before its date: one to three words (outlet, author), no punctuation
BYLINE_BEFORE_RE = re.compile(r"^\s*(?:[^\s.,:;!?،]+\s+){1,3}$")


def _first_line_end(text: str) -> int:
    """End of the first non-empty line."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def nearest_weekday_on_or_before(ref: date, weekday: int) -> date:
    """Latest date not after ref that falls on weekday."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def resolve_relative(m: DateMention, published: date | None) -> date | None:
    """Resolve اليوم/أمس/jeudi dernier against a publication date stated in the text."""
    if published is None:
        return None
    if m.relative == "today":
        return published
    if m.relative == "yesterday":
        return published - timedelta(days=1)
    if m.relative == "before_yesterday":
        return published - timedelta(days=2)
    if m.weekday is None:
        return None
    if m.relative == "last_weekday":
        d = nearest_weekday_on_or_before(published - timedelta(days=1), m.weekday)
        return d
    return nearest_weekday_on_or_before(published, m.weekday)
