# ruff: noqa: E501  (Arabic test sentences are kept whole, one case per line)
"""Stop-number ordinals beyond tests/extraction/test_stops.py (issue 17): the Arabic ordinal
before its noun (first to tenth), masculine meeting nouns with ordinals in digits, "1er/1re" on
masculine and feminine nouns, and the whole extractor giving the number with its words.

Every sentence here is written for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from events.extraction import extract
from events.extraction import stops as S
from events.extraction.normalize import normalize

AR_BEFORE = ["أولى", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"]  # fmt: skip
AR_FEMININE = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"]  # fmt: skip
AR_MASCULINE = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]  # fmt: skip


def stop(text: str) -> S.StopChoice:
    return S.find_stops(normalize(text).text)


@pytest.mark.parametrize("n", range(1, 11))
def test_arabic_ordinal_before_the_noun_first_to_tenth(n: int) -> None:
    """ "ثالث محطة", "أولى محطات": the bare ordinal before the noun."""
    s = stop(f"وشكلت المدينة {AR_BEFORE[n - 1]} محطة من محطات جولة القافلة الجهوية.")
    assert (s.number, s.tour) == (n, True)


@pytest.mark.parametrize("n", range(1, 11))
def test_arabic_masculine_meeting_first_to_tenth(n: int) -> None:
    """A masculine noun takes the masculine ordinal: "هذا اللقاء الثالث"."""
    s = stop(f"ويأتي هذا اللقاء {AR_MASCULINE[n - 1]} في إطار الجولة الجهوية لكاتب الدولة.")
    assert s.number == n


@pytest.mark.parametrize("n", [1, 4, 10])
def test_arabic_feminine_with_possessive_and_clitic(n: int) -> None:
    """ "وفي محطتها العاشرة": a clitic before the noun, a possessive on it."""
    s = stop(f"وفي محطتها {AR_FEMININE[n - 1]}، حلت القافلة بمدينة الناظور.")
    assert (s.number, s.tour) == (n, True)


@pytest.mark.parametrize(("digits", "n"), [("10", 10), ("١٠", 10), ("3", 3)])
def test_arabic_stop_number_in_digits(digits: str, n: int) -> None:
    assert stop(f"احتضنت المدينة المحطة رقم {digits} من جولة القافلة.").number == n


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Ce 1er forum régional ouvre la tournée du ministre dans les régions.", 1),  # masculine
        ("Tétouan a accueilli la 1re étape de la caravane de l'export.", 1),  # feminine
        ("Tétouan a accueilli la 1ère escale de la caravane de l'export.", 1),
        ("Cette 3e rencontre de la tournée régionale s'est tenue à Fès.", 3),
        ("Ce second forum de la tournée régionale s'est tenu à Oujda.", 2),
        ("La caravane a fait sa dixième halte à Dakhla.", 10),
    ],
)
def test_french_masculine_and_feminine(sentence: str, number: int) -> None:
    assert stop(sentence).number == number


def test_french_last_and_number_together() -> None:
    s = stop("Es-Semara a accueilli la 7e et dernière étape de la caravane.")
    assert (s.number, s.last) == (7, True)


ARTICLES = [
    (
        "القافلة الجهوية للتصدير تحط الرحال بالناظور في محطتها العاشرة",
        "احتضنت مدينة الناظور يوم الثلاثاء 9 دجنبر 2025 المحطة العاشرة من القافلة الجهوية للتصدير، "
        "بحضور عامل الإقليم والمدير الجهوي للتجارة.",
        10,
        "MA-02",
    ),
    (
        "La caravane de l'export fait escale à Safi pour sa cinquième étape",
        "Safi a accueilli, mercredi 12 novembre 2025, la cinquième étape de la Caravane de l'export, "
        "en présence du gouverneur de la province et des exportateurs de la région.",
        5,
        "MA-07",
    ),
]


@pytest.mark.parametrize(("title", "body", "number", "region"), ARTICLES)
def test_extract_gives_the_stop_number_with_its_words(title, body, number, region) -> None:
    result = extract(f"{title}\n\n{body}", title=title, published=date(2025, 12, 10)).to_dict()
    meeting = result["meeting"]
    assert (meeting["stop_number"], meeting["tour"], meeting["region"]) == (number, True, region)
    evidence = meeting["stop_evidence"]
    assert evidence and evidence["text"] in f"{title}\n\n{body}"
