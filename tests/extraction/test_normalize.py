from __future__ import annotations

import pytest

from events import admin, filters
from events.extraction import extract, normalize_name
from events.extraction.language import detect_language
from events.extraction.normalize import FOLD_CASES, fold_search, norm, normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أكادير", "اكادير"),
        ("إقليم", "اقليم"),
        ("آسفي", "اسفي"),
        ("جهة", "جهه"),
        ("مستشفى", "مستشفي"),
        ("اجتماعًا", "اجتماعا"),
        ("التـــجارة", "التجاره"),
        ("٢٫٦", "2,6"),
        ("١٢٣", "123"),
        ("۱۲۳", "123"),
        ("Fès", "Fes"),
        ("Laâyoune", "Laayoune"),
        ("2\u00a0600", "2 600"),
        ("«الجهات»", '"الجهات"'),
        ("فاس – مكناس", "فاس - مكناس"),
        ("عمر، حجيرة", "عمر, حجيره"),
    ],
)
def test_norm(raw: str, expected: str) -> None:
    assert norm(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "اجتماعًا تشاوريًا بمقر الولاية",
        "Fès–Meknès, le 26 novembre",
        "\ufeffنص\u200f مع ١٢ ـــ",
        "ﻻ ﷲ",
    ],
)
def test_offsets_point_into_original(text: str) -> None:
    n = normalize(text)
    assert len(n.starts) == len(n.text)
    for i in range(len(n.text)):
        for j in range(i + 1, min(len(n.text), i + 6) + 1):
            a, b = n.span(i, j)
            assert 0 <= a <= b <= len(text)


def test_span_keeps_diacritics_of_last_letter() -> None:
    text = "عقد اجتماعًا هنا"
    n = normalize(text)
    i = n.text.index("اجتماعا")
    a, b = n.span(i, i + len("اجتماعا"))
    assert text[a:b] == "اجتماعًا"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("السيد سعيد أمزازي", "سعيد امزازي"),
        ("عبد الرزاق  كورجي", "عبد الرزاق كورجي"),
        ("فاطمة الزهراء", "فاطمه الزهراء"),
        ("M. Omar Hejira", "omar hejira"),
        ("Mme Nadia El Harrak", "NADIA EL HARRAK"),
        ("مصطفى", "مصطفي"),
        ("حمّية", "حمية"),
    ],
)
def test_normalize_name(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("انعقد لقاء تشاوري بأكادير", "ar"),
        ("Une rencontre s'est tenue à Agadir", "fr"),
        ("", "ar"),
        ("The regional meeting on exports was held in Agadir by the ministry.", "en"),
        ("Agadir hosts the regional forum for exporters of the Souss-Massa region", "en"),
        ("Le forum régional des exportateurs a été organisé à Agadir", "fr"),
        # a French page header over an Arabic body: the body's language
        ("Le Forum régional\nانطلقت أشغال المنتدى الجهوي للتجارة الخارجية بالناظور", "ar"),
        ("Agadir, Souss-Massa", "fr"),  # no function word either way: French, as before
    ],
)  # fmt: skip
def test_language(text: str, lang: str) -> None:
    assert detect_language(norm(text)) == lang


def test_english_article_is_labelled_english_in_the_output() -> None:
    d = extract("The regional meeting on exports was held on Monday in Agadir.").to_dict()
    assert d["language"] == "en"


@pytest.mark.parametrize(("raw", "key"), FOLD_CASES)
def test_fold_search_cases(raw: str, key: str) -> None:
    assert fold_search(raw) == key
    assert fold_search(key) == key  # a key folds to itself


def test_fold_search_is_the_union_of_the_search_folds() -> None:
    """Every letter the public filters or the admin lookup fold, fold_search folds the same way."""

    pairs = [(src, dst) for srcs, dst in filters.FOLD_PAIRS for src in srcs]
    pairs += [(src, dst) for srcs, dst in admin.FOLD_MAP.items() for src in srcs]
    pairs += [(c, "") for c in admin.FOLD_DROP]
    pairs += [(chr(o), "") for a, b in filters.FOLD_DROP_RANGES for o in range(a, b + 1)]
    wrong = [
        (src, dst, fold_search(f"x{src}x"))
        for src, dst in pairs
        if fold_search(f"x{src}x") != f"x{dst}x"
    ]
    assert wrong == []
