# ruff: noqa: E501  (Arabic test sentences are kept whole, one case per line)
from __future__ import annotations

from datetime import date

import pytest

from events.extraction import extract
from events.extraction.dates import find_dates, find_published
from events.extraction.normalize import norm

RETRIEVED = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("text", "day", "month", "year", "weekday"),
    [
        ("يوم الثلاثاء 26 نونبر 2024", 26, 11, 2024, 1),
        ("الخميس 5 دجنبر 2024", 5, 12, 2024, 3),
        ("الجمعة 12 شتنبر 2025", 12, 9, 2025, 4),
        ("يوم 3 يوليوز 2025", 3, 7, 2025, None),
        ("يوم 3 يوليو 2025", 3, 7, 2025, None),
        ("8 غشت 2025", 8, 8, 2025, None),
        ("8 أغسطس 2025", 8, 8, 2025, None),
        ("15 كانون الثاني 2026", 15, 1, 2026, None),
        ("9 حزيران 2026", 9, 6, 2026, None),
        ("18 كانون الأول 2024", 18, 12, 2024, None),
        ("le mardi 26 novembre 2024", 26, 11, 2024, 1),
        ("mardi 3 fevrier 2026", 3, 2, 2026, 1),
        ("jeudi 1er décembre 2022", 1, 12, 2022, 3),
        ("lundi 9 déc. 2024", 9, 12, 2024, 0),
        ("le 12 sept. 2025", 12, 9, 2025, None),
        ("29/11/2024", 29, 11, 2024, None),
        ("29-11-2024", 29, 11, 2024, None),
        ("2024-11-29", 29, 11, 2024, None),
        ("2026/02/18", 18, 2, 2026, None),
        ("٢٦ نونبر ٢٠٢٤", 26, 11, 2024, None),
        ("يومي 26 و27 نونبر 2024", 26, 11, 2024, None),
    ],
)
def test_find_dates(text: str, day: int, month: int, year: int, weekday: int | None) -> None:
    ms = [m for m in find_dates(norm(text)) if m.day]
    assert ms, text
    m = ms[0]
    assert (m.day, m.month, m.year) == (day, month, year)
    assert m.weekday == weekday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("29/11/2024\n\nانعقد يوم الخميس 28 نونبر الجاري لقاء", date(2024, 11, 29)),
        ("نشر في: 3 دجنبر 2024\nانعقد لقاء", date(2024, 12, 3)),
        ("Publié le 03/12/2024 à 10h42\n\nLa rencontre", date(2024, 12, 3)),
        ("Larache, lundi 9 mars 2026 - La rencontre", date(2026, 3, 9)),
    ],
)
def test_publication_date(text: str, expected: date) -> None:
    t = norm(text)
    m = find_published(t, find_dates(t))
    assert m is not None
    assert date(m.year, m.month, m.day) == expected


def _meeting_date(text: str, **kw) -> str | None:
    return extract(text, retrieved=RETRIEVED, **kw).to_dict()["meeting"]["date"]


@pytest.mark.parametrize(
    ("text", "expected", "warning"),
    [
        # explicit and weekday-consistent
        ("انعقد يوم الثلاثاء 26 نونبر 2024 لقاء تشاوري حول التصدير", "2024-11-26", None),
        # الجاري + stated publication; weekday wrong -> keep date, warn
        ("29/11/2024\nانعقد يوم الثلاثاء 28 نونبر الجاري لقاء حول الصادرات", "2024-11-28", "weekday_mismatch"),
        # after retrieval -> nearest earlier year where the weekday matches
        ("احتضنت الداخلة اليوم الجمعة 26 دجنبر 2026 لقاء حول التصدير", "2025-12-26", "date_after_publication"),
        # year from another dated event in the text, confirmed by the weekday
        ("احتضن المقر صباح يوم الثلاثاء 21 أكتوبر محطة من قافلة التصدير التي انطلقت يوم الجمعة 12 شتنبر 2025 من سلا",
         "2025-10-21", "year_inferred"),
        # relative words resolved against the stated publication date only
        ("Publié le 03/12/2024\nLa rencontre sur l'export s'est tenue lundi à Oujda.", "2024-12-02", None),
        ("Larache, lundi 9 mars 2026 - La réunion export de jeudi dernier", "2026-03-05", None),
        ("أمس الأربعاء انعقد لقاء حول التصدير", None, None),
        # no day: no date
        ("لقاء حول التصدير في نونبر 2024", None, None),
    ],
)  # fmt: skip
def test_meeting_date(text: str, expected: str | None, warning: str | None) -> None:
    r = extract(text, retrieved=RETRIEVED).to_dict()
    assert r["meeting"]["date"] == expected
    if warning:
        assert warning in {w["code"] for w in r["warnings"]}


def test_launch_date_is_not_meeting_date() -> None:
    text = (
        "انطلقت القافلة الوطنية للتصدير يوم الجمعة 12 شتنبر 2025 من سلا. "
        "واحتضنت مدينة العيون يوم الثلاثاء 21 أكتوبر 2025 محطة جديدة من القافلة."
    )
    assert _meeting_date(text) == "2025-10-21"


def test_programme_years_are_not_dates() -> None:
    assert _meeting_date("برنامج تنمية التجارة الخارجية 2025-2027 لقاء") is None


# --- rules read from real press (sentences written for these tests) ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a French dateline: place, "le", the date, a dash
        ("Guelmim, le 4 février 2025 – Le forum régional sur l'export s'est tenu mardi.", date(2025, 2, 4)),
        ("Kénitra, le 12 mars 2026 - Une rencontre", date(2026, 3, 12)),
        # a site's date header on the first line, the byline date under the title
        ("الخميس 3 أبريل 2025\nأخبار الجهات\n\nلقاء حول التصدير بالعيون\n\nجريدة الجنوب الإثنين 2 شتنبر 2024\n\nانعقد اليوم الإثنين لقاء", date(2024, 9, 2)),
        # a date alone on the first line with no byline below is the dateline
        ("الخميس 27 نوفمبر 2025\n\nانعقد لقاء حول التصدير بالجديدة", date(2025, 11, 27)),
        # a Hijri header is no date; the timestamp under the title is
        ("الأربعاء 12 رجب 1440\nلقاء حول التصدير بتازة\n09:15 20 مارس 2019\nانعقد لقاء", date(2019, 3, 20)),
    ],
)  # fmt: skip
def test_publication_date_from_real_page_heads(text: str, expected: date) -> None:
    t = norm(text)
    m = find_published(t, find_dates(t))
    assert m is not None
    assert date(m.year, m.month, m.day) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the header date dates neither the page nor the meeting; the byline resolves "اليوم"
        ("الخميس 3 أبريل 2025\nأخبار الجهات\n\nلقاء حول التصدير بالعيون\n\nجريدة الجنوب الإثنين 2 شتنبر 2024\n\nانعقد اليوم الإثنين لقاء حول التصدير بالعيون.", "2024-09-02"),
        # "فاتح" is the first of the month
        ("احتضنت غرفة التجارة بوجدة يوم الأربعاء فاتح أكتوبر 2025 لقاء حول التصدير.", "2025-10-01"),
        # the same month in a second calendar, then the year
        ("انعقد يوم الخميس 22 كانون الثاني/يناير 2026 لقاء حول التصدير بآسفي.", "2026-01-22"),
        ("انعقد يوم الأربعاء 15 تشرين الأول (أكتوبر) 2025 لقاء حول التصدير بتطوان.", "2025-10-15"),
        # a weekday and a day without a year, and nothing in the text to fix the year: no date
        ("La caravane de l'export a fait escale, jeudi 5 juin, à Oujda.", None),
        ("حطت قافلة التصدير الرحال يوم الأربعاء 17 دجنبر بمدينة كلميم.", None),
        # ... but a year the text calls current fixes it (17 Dec 2025 is a Wednesday)
        ("في إطار برنامج سنة 2025 الجارية، حطت قافلة التصدير الرحال يوم الأربعاء 17 دجنبر بكلميم.", "2025-12-17"),
        # a programme's launch date is not the meeting's, even when it is the only full date
        ("Le forum régional sur l'export a eu lieu vendredi à Nador. Le programme, lancé le 28 mai 2025 à Casablanca, vise les PME.", None),
        # the date an anniversary commemorates is not the meeting's
        ("بمناسبة ذكرى الخطاب الملكي الذي ألقي بالمدينة في 18 مارس 2003، ترأس كاتب الدولة لقاء مع المصدرين.", None),
        ("À l'occasion de l'anniversaire du discours royal prononcé le 18 mars 2003, une rencontre sur l'export a réuni les opérateurs.", None),
        # ... unless a meeting word follows the anniversary: the meeting was held on that day
        ("بمناسبة الذكرى العاشرة للبرنامج، انعقد يوم الثلاثاء 3 يونيو 2025 لقاء حول التصدير.", "2025-06-03"),
        # "the proceedings began" on a date: the meeting itself began that day
        ("انطلقت يوم الجمعة 5 دجنبر 2025 بمدينة الناظور أشغال المنتدى الجهوي للتجارة الخارجية.", "2025-12-05"),
        ("انطلقت القافلة يوم الجمعة 12 شتنبر 2025 من سلا، وحلت بمكناس يوم الثلاثاء.", None),
    ],
)  # fmt: skip
def test_meeting_date_rules_from_real_press(text: str, expected: str | None) -> None:
    assert _meeting_date(text) == expected
