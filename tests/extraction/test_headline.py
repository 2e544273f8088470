"""Headlines cleaned of site furniture, on the real articles of ../shared/real and on made-up
furniture (events/extraction/headline.py). The articles are read there, never copied here."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from events.extraction.headline import (
    MAX_WORDS,
    clean_title,
    headline,
    is_furniture,
    outlet_named,
    words,
)
from tests.shared_data import shared_path


def _articles() -> dict[str, str]:
    folder = shared_path("real", "articles")
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def _first_line(text: str) -> str:
    return next(line.strip() for line in text.splitlines() if line.strip())


def test_every_real_article_gets_a_headline_from_its_own_words_without_furniture():
    articles = _articles()
    assert len(articles) >= 27
    for name, text in articles.items():
        found = headline(title=_first_line(text)[:500], text=text)
        assert found, name
        assert not is_furniture(found), (name, found)
        assert "|" not in found and "»" not in found, (name, found)
        assert words(found) <= MAX_WORDS + 1, (name, found)
        # From the article itself: a line, or the first words of one ("…").
        assert found.removesuffix("…") in re.sub(r"\s+", " ", text), (name, found)


@pytest.mark.parametrize(
    ("article", "furniture"),
    [
        ("105.txt", "Revue Hebdo"),  # a magazine's masthead
        ("108.txt", "1439"),  # a Hijri date ticker
        ("116.txt", "2024"),  # the site's date of the day
        ("118.txt", "زنقة20"),  # the outlet and dateline
        ("125.txt", "هومبريس"),  # byline
    ],
)
def test_the_first_line_of_furniture_is_passed_over(article, furniture):
    text = _articles()[article]
    assert furniture in _first_line(text)
    found = headline(title=_first_line(text), text=text)
    assert furniture not in found
    assert found != _first_line(text)


def test_a_real_headline_on_the_first_line_is_kept_whole():
    text = _articles()["124.txt"]
    assert headline(title=_first_line(text), text=text) == _first_line(text)


def test_a_lead_sentence_is_cut_to_its_first_words():
    text = _articles()["101.txt"]
    found = headline(title=_first_line(text)[:500], text=text)
    assert found.endswith("…") and words(found) < 20


@pytest.mark.parametrize(
    ("article", "outlet"),
    [
        ("120.txt", "Maroc24"),
        ("124.txt", "زنقة 20"),
        ("118.txt", "زنقة 20"),
        ("105.txt", "OrientalEco"),
        ("101.txt", ""),
        ("113.txt", ""),  # "à la MAP" in the body is a quoted agency, not the outlet
    ],
)
def test_the_outlet_named_in_the_furniture(article, outlet):
    assert outlet_named(_articles()[article]) == outlet


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Home » أخبار جهوية » لقاء تشاوري جهوي بأكادير حول التصدير",
            "",
            "لقاء تشاوري جهوي بأكادير حول التصدير",
        ),
        (
            "Rencontre régionale sur l'export à Agadir - Hespress",
            "",
            "Rencontre régionale sur l'export à Agadir",
        ),
        (
            "Le360 | Rencontre régionale sur l'export à Agadir",
            "",
            "Rencontre régionale sur l'export à Agadir",
        ),
        (
            "جمال الساخي:",
            "جمال الساخي:\nلقاء جهوي حول التصدير في مدينة العيون اليوم\nنص المقال",
            "لقاء جهوي حول التصدير في مدينة العيون اليوم",
        ),
        (
            "الأخبارالمغربمال و أعمال",
            "الأخبارالمغربمال و أعمال\nاشترك في النشرة البريدية\n"
            "منتدى جهوي للتصدير بمدينة الداخلة يجمع المقاولين",
            "منتدى جهوي للتصدير بمدينة الداخلة يجمع المقاولين",
        ),
        ("Hespress", "Hespress\nInscrivez-vous à notre newsletter\n", ""),
    ],
)
def test_made_up_furniture(title, text, expected):
    assert headline(title=title, text=text) == expected


def test_clean_title_drops_a_named_outlet():
    assert clean_title("Forum régional à Nador — Mon Journal", outlet="Mon Journal") == (
        "Forum régional à Nador"
    )


def test_the_module_imports_no_django():
    code = "import sys, events.extraction.headline; print('django' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_short_title_with_nothing_else_to_go_by_is_kept_unless_it_is_furniture():
    assert headline(title="Le titre de l'article", outlet="Le Matin") == "Le titre de l'article"
    assert headline(title="Le Matin", outlet="Le Matin") == ""
    assert headline(title="جمال الساخي:") == ""
    assert headline(title="Hespress | Régional") == ""
