# ruff: noqa: E501  (Arabic test sentences are kept whole, one case per line)
"""Programme families (issue 17): one key per programme across outlets and languages, and the
meeting's kind agrees with it. Every sentence here is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from events.extraction import extract
from events.extraction import programmes as P
from events.extraction.anchors import finditer as anchored_finditer
from events.extraction.anchors import search as anchored_search
from events.extraction.anchors import segments
from events.extraction.lang import ar, fr
from events.extraction.normalize import normalize
from tests.shared_data import shared_path

from .conftest import DEV_ARTICLES, SETB_ARTICLES

REF = date(2026, 11, 22)

# One Arabic and one French report per family, each a meeting on foreign trade.
FAMILY_TEXTS = {
    "roadmap_consultations": [
        "ترأس كاتب الدولة المكلف بالتجارة الخارجية يوم الاثنين بمدينة فاس لقاء تشاوريا جهويا لإعداد خارطة طريق التجارة الخارجية، بحضور ممثلي المقاولات المصدرة.",
        "Le secrétaire d'État chargé du Commerce extérieur a présidé lundi à Fès une rencontre de concertation pour l'élaboration de la feuille de route du commerce extérieur 2025, avec les exportateurs de la région.",
    ],
    "programme_presentation": [
        "احتضنت مدينة وجدة يوم الثلاثاء لقاء تواصليا جهويا لتقديم برنامج تنمية التجارة الخارجية 2025-2027 لفائدة المقاولات المصدرة بالجهة.",
        "Une rencontre régionale de communication dédiée à la présentation du programme de développement du commerce extérieur 2025-2027 s'est tenue mardi à Oujda avec les exportateurs.",
    ],
    "regions_export_lever": [
        "انطلقت يوم الجمعة بمدينة الناظور أشغال المنتدى الجهوي للتجارة الخارجية تحت شعار الجهات رافعة في التصدير، بحضور المصدرين.",
        "Le forum régional sur le commerce extérieur « Les régions, levier de l'export » s'est tenu vendredi à Dakhla, en présence des exportateurs de la région.",
    ],
    "charter_caravan": [
        "حلت القافلة الجهوية للتعريف بميثاق التجارة الخارجية يوم الثلاثاء بمدينة مكناس، في لقاء لفائدة الصناع التقليديين المصدرين.",
        "La caravane de promotion de la Charte du commerce extérieur a fait escale mardi à Salé, à Dar Maâlem, pour une rencontre avec les artisans exportateurs.",
    ],
    "export_caravan": [
        "حطت قافلة التصدير رحالها يوم الأربعاء بمدينة بركان، في لقاء مع المقاولات المصدرة والتعاونيات.",
        "La Caravane nationale de l'exportation a fait escale mardi à Fès pour une rencontre avec les entreprises exportatrices.",
    ],
}


@pytest.mark.parametrize(
    ("key", "text"), [(k, t) for k, texts in FAMILY_TEXTS.items() for t in texts]
)
def test_each_family_gives_its_key_and_its_kind(key: str, text: str) -> None:
    m = extract(text, retrieved=REF).meeting
    assert (m.programme_key, m.programme_basis) == (key, "words")
    assert m.kind == P.FAMILY_BY_KEY[key].kind
    assert (
        m.programme_evidence is not None
        and text[m.programme_evidence.start : m.programme_evidence.end] == m.programme_evidence.text
    )


def test_a_presentation_called_consultation_stays_a_presentation() -> None:
    # issue 17: "a presentation tour stays a presentation even when one outlet calls it تشاوري"
    text = "احتضنت مدينة أكادير يوم الاثنين لقاء تشاوريا لتقديم برنامج تنمية التجارة الخارجية 2025-2027 لفائدة المقاولات المصدرة بجهة سوس ماسة."
    m = extract(text, retrieved=REF).meeting
    assert (m.kind, m.programme_key, m.programme_period) == (
        "other",
        "programme_presentation",
        "2025-2027",
    )
    text = "Une rencontre de concertation consacrée à la présentation du programme de développement du commerce extérieur s'est tenue lundi à Agadir avec les exportateurs."
    m = extract(text, retrieved=REF).meeting
    assert (m.kind, m.programme_key) == ("other", "programme_presentation")


def test_a_meeting_without_its_family_words_serves_its_kinds_family() -> None:
    m = extract(
        "ترأس كاتب الدولة المكلف بالتجارة الخارجية يوم الخميس بالعيون لقاء تشاوريا حول تنمية الصادرات بالجهة.",
        retrieved=REF,
    ).meeting
    assert (m.kind, m.programme_key, m.programme_basis) == (
        "consultation",
        "roadmap_consultations",
        "kind",
    )
    assert m.programme_evidence is None


def test_a_chamber_meeting_serves_no_family() -> None:
    text = "Fès : le secrétaire d'État face aux élus de la Chambre de commerce\n\nLe secrétaire d'État chargé du Commerce extérieur a rencontré mardi les élus de la Chambre de commerce, d'industrie et de services à son siège à Fès. Le président de la Chambre a présenté le plan d'action 2026 de l'institution."
    m = extract(text, retrieved=REF).meeting
    assert (m.kind, m.programme_key) == ("chamber_meeting", None)


def test_the_charter_caravan_refines_the_export_caravan() -> None:
    text = "La caravane de l'export fait escale à Kénitra\n\nLa caravane nationale de promotion de la Charte du commerce extérieur s'est arrêtée lundi à Kénitra pour une rencontre avec les exportateurs."
    assert extract(text, retrieved=REF).meeting.programme_key == "charter_caravan"


def test_the_programme_wording_and_period() -> None:
    m = extract(
        "وشهد المنتدى الجهوي بالداخلة يوم الجمعة مناقشة ضعف تجاوب المقاولات مع البرنامج الحكومي لدعم التجارة الخارجية للفترة 2025-2027 بحضور المصدرين.",
        retrieved=REF,
    ).meeting
    assert m.programme == "البرنامج الحكومي لدعم التجارة الخارجية للفترة 2025-2027"
    assert m.programme_period == "2025-2027"
    # with no name of its own, the family's words name the programme
    m = extract(FAMILY_TEXTS["export_caravan"][1], retrieved=REF).meeting
    assert m.programme == "Caravane nationale de l'exportation"


def test_families_have_the_same_keys_and_names_in_both_languages() -> None:
    keys = {f.key for f in P.FAMILIES}
    assert set(ar.PROGRAMME_FAMILIES) == set(fr.PROGRAMME_FAMILIES) == keys
    assert set(ar.PROGRAMME_NAMES) == set(fr.PROGRAMME_NAMES) == keys
    for f in P.FAMILIES:
        assert all(f.names[lang] for lang in ("ar", "fr", "en"))
    assert {P.FAMILY_BY_KEY[k].kind for k in P.KIND_FAMILY.values()} == set(P.KIND_FAMILY)


def test_no_meeting_no_programme() -> None:
    text = "أكد كاتب الدولة المكلف بالتجارة الخارجية، في جواب عن سؤال شفهي بمجلس النواب، أن برنامج عمل لسنتي 2025/2026 أعد بناء على مخرجات الجولة التي شملت 12 جهة."
    m = extract(text, retrieved=REF).meeting
    assert (m.programme_key, m.tour, m.stop_number) == (None, False, None)


# The family of each real article, read by a person (keys only, no text): the old national export
# caravans (101, 107, 108, 119; 114 presents one at a press conference, so its kind stays other),
# the 2025 presentation tour (103, 120), the evaluation forums (105, 106, 122), the roadmap
# consultations (109-113, 121); chamber meetings and other meetings serve no family.
REAL_KEYS = {
    "101.txt": "export_caravan", "103.txt": "programme_presentation",
    "105.txt": "regions_export_lever", "106.txt": "regions_export_lever",
    "107.txt": "export_caravan", "108.txt": "export_caravan", "109.txt": "roadmap_consultations",
    "110.txt": "roadmap_consultations", "111.txt": "roadmap_consultations",
    "112.txt": "roadmap_consultations", "113.txt": "roadmap_consultations",
    "114.txt": "export_caravan", "119.txt": "export_caravan", "120.txt": "programme_presentation",
    "121.txt": "roadmap_consultations", "122.txt": "regions_export_lever",
}  # fmt: skip


def _agrees(key: str | None, kind: str, tour: bool) -> bool:
    """The key and the kind agree: the family's kind, or a presentation of it (not a stop)."""
    return key is None or P.FAMILY_BY_KEY[key].kind == kind or (kind == "other" and not tour)


def test_programme_keys_on_real_press_agree_with_the_kind() -> None:
    got = {}
    for p in sorted(shared_path("real", "articles").glob("*.txt")):
        m = extract(p.read_text(encoding="utf-8"), retrieved=REF).meeting
        if m.programme_key:
            got[p.name] = m.programme_key
        assert _agrees(m.programme_key, m.kind, m.tour), p.name
    assert got == REAL_KEYS


def test_programme_keys_on_the_project_sets_agree_with_the_kind() -> None:
    n = 0
    for d in (DEV_ARTICLES, SETB_ARTICLES):
        for p in sorted(d.glob("*.txt")):
            m = extract(p.read_text(encoding="utf-8"), retrieved=REF).meeting
            assert _agrees(m.programme_key, m.kind, m.tour), p.name
            n += m.programme_key is not None
    assert n > 50


def test_anchored_scans_find_every_match_of_the_full_scans() -> None:
    """The family and wording patterns read only around their anchors: nothing may be lost."""
    texts = [t for ts in FAMILY_TEXTS.values() for t in ts]
    texts += [
        p.read_text(encoding="utf-8")
        for d in (DEV_ARTICLES, SETB_ARTICLES)
        for p in sorted(d.glob("*.txt"))
    ]
    texts += [
        p.read_text(encoding="utf-8") for p in sorted(shared_path("real", "articles").glob("*.txt"))
    ]
    found = 0
    for raw in texts:
        text = normalize(raw).text
        segs = segments(text, P.ANCHOR_RE, P._SEG_BEFORE, P._SEG_AFTER)
        full = [m.span() for m in P.FAMILY_RE.finditer(text)]
        assert [m.span() for m in anchored_finditer(P.FAMILY_RE, text, segs)] == full
        found += len(full)
        for rx in P.WORDING_RES:
            a, b = rx.search(text), anchored_search(rx, text, segs)
            assert (a and a.span()) == (b and b.span())
    assert found > 100
