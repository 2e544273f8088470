# ruff: noqa: E501  (Arabic test sentences are kept whole, one case per line)
"""Stop numbers as reported (issue 17): this meeting's number, other stops kept apart, tours.

Every sentence here is written for the test; the real articles are read from ../shared/real
and the demo pages from events/samples, never copied.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from events.extraction import extract
from events.extraction import stops as S
from events.extraction.anchors import finditer as anchored_finditer
from events.extraction.anchors import segments
from events.extraction.normalize import normalize
from events.services.documents import article_text_from_bytes
from tests.shared_data import shared_path

from .conftest import DEV_ARTICLES, REPO, SETB_ARTICLES

REF = date(2026, 11, 22)


def stop(text: str) -> S.StopChoice:
    """The stop scan of one sentence (normalised, as the engine reads it)."""
    return S.find_stops(normalize(text).text)


# ----------------------------------------------------------------------------- Arabic
AR_FEMININE = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"]  # fmt: skip


@pytest.mark.parametrize("n", range(1, 11))
def test_arabic_feminine_ordinals_first_to_tenth(n: int) -> None:
    s = stop(f"احتضنت مدينة الجديدة المحطة {AR_FEMININE[n - 1]} من جولة قافلة التصدير.")
    assert (s.number, s.last, s.tour) == (n, False, True)


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("حطت القافلة رحالها بمدينة تازة في محطتها الثانية، حيث التقت بالمقاولات الصغرى.", 2),
        ("وشكلت العيون ثالث محطة من محطات هذه الجولة الجهوية.", 3),
        (
            "وتعد محطة ورزازات الخامسة من نوعها في هذه الجولة.",
            5,
        ),  # a place between noun and ordinal
        ("افتتح العامل أشغال المحطة الجهوية السادسة من المنتدى.", 6),
        ("احتضنت المدينة المحطة الحادية عشرة من جولة القافلة.", 11),
        ("احتضنت المدينة المحطة الحادية عشر من جولة القافلة.", 11),
        ("وتعتبر هذه المحطة الثانية عشرة والأخيرة قبل نهاية السنة.", 12),
        ("وهي المرحلة الثالثة من الجولة الجهوية للقافلة.", 3),  # a phase counted in a tour
        ("نظمت المحطة رقم 4 من القافلة بقاعة العمالة.", 4),
        ("نظمت المحطة رقم ٩ من القافلة بمقر الغرفة.", 9),  # Eastern Arabic digits
    ],
)
def test_arabic_stop_numbers(sentence: str, number: int) -> None:
    assert stop(sentence).number == number


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        # masculine ordinals go with masculine meeting nouns, counted after a demonstrative
        ("ويعد هذا اللقاء الرابع من نوعه ضمن الجولة الجهوية لكاتب الدولة.", 4),
        ("وجاء هذا الملتقى العاشر في إطار الجولة التي يقوم بها الوزير.", 10),
        ("وشكل هذا الاجتماع الحادي عشر محطة من محطات الجولة الجهوية.", 11),
        ("ويأتي هذا اللقاء الثاني عشر في إطار الجولة الجهوية للوزير.", 12),
        ("ويأتي هذا اللقاء الأول في إطار الجولة الجهوية للوزير.", 1),
    ],
)
def test_arabic_masculine_ordinals(sentence: str, number: int) -> None:
    s = stop(sentence)
    assert s.number == number
    assert s.confidence < 0.8  # a meeting counted in its series is less sure than a stop noun


def test_arabic_last_stop_has_no_number() -> None:
    for sentence in (
        "واحتضنت الداخلة اللقاء التشاوري في آخر محطات الجولة التي انطلقت من أكادير.",
        "وشكلت هذه المحطة الأخيرة من القافلة مناسبة للتعريف بآليات الدعم.",
        "واختتمت القافلة جولتها بالسمارة في المحطة الختامية.",
    ):
        s = stop(sentence)
        assert (s.number, s.last, s.tour) == (None, True, True), sentence


def test_arabic_stop_of_a_region() -> None:
    s = stop(
        "حلت القافلة بتارودانت في محطتها الثالثة بجهة سوس ماسة، بعد المحطة الأولى التي احتضنتها إنزكان."
    )
    assert (s.number, s.scope) == (3, "region")
    assert [(o.number, o.relation) for o in s.others] == [(1, "previous")]
    assert stop("احتضنت المدينة المحطة الثالثة من جولة القافلة.").scope == "tour"


# ----------------------------------------------------------------------------- French
FR_WORDS = ["première", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième", "onzième", "douzième"]  # fmt: skip


@pytest.mark.parametrize("n", range(1, 13))
def test_french_ordinals_in_words_first_to_twelfth(n: int) -> None:
    s = stop(f"La caravane a marqué mardi sa {FR_WORDS[n - 1]} escale à Tanger.")
    assert (s.number, s.tour) == (n, True)


@pytest.mark.parametrize(
    "ordinal",
    ["1er", "1re", "1ère", "1ere", "2e", "2è", "2ème", "2eme", "2nde", "7ᵉ", "12e", "12ème", "10è"],
)
def test_french_ordinals_in_digits(ordinal: str) -> None:
    expected = int("".join(c for c in ordinal if c.isdigit()))
    assert stop(f"Safi a accueilli la {ordinal} étape de la tournée régionale.").number == expected


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("La région de Souss-Massa constitue la première étape de la tournée régionale.", 1),
        ("La caravane a tenu vendredi à Safi la 5e étape de sa tournée.", 5),
        ("Pour sa seconde escale, la caravane a choisi Taza.", 2),
        (
            "Cette étape, la quatrième après Oujda, Berkane et Taourirt, a réuni 150 participants.",
            4,
        ),
        ("L'étape n° 3 de la caravane s'est tenue au siège de la province.", 3),
        ("L'étape numéro 8 de la caravane s'est tenue à Nador.", 8),
        # a meeting counted in its series after a demonstrative, when the text speaks of a tour
        (
            "Cette deuxième rencontre s'inscrit dans une série de rencontres prévues dans les régions.",
            2,
        ),
        ("Ce premier forum ouvre une série de forums régionaux.", 1),
    ],
)
def test_french_stop_numbers(sentence: str, number: int) -> None:
    assert stop(sentence).number == number


def test_french_last_stop() -> None:
    s = stop(
        "La caravane a fait escale vendredi à Es-Semara pour la 7e et dernière étape de sa tournée."
    )
    assert (s.number, s.last) == (7, True)
    for sentence in (
        "Es-Semara a accueilli la dernière étape de la tournée.",
        "Dakhla a abrité l'étape finale de la caravane.",
    ):
        s = stop(sentence)
        assert (s.number, s.last) == (None, True), sentence


def test_french_stop_of_a_region() -> None:
    s = stop("La caravane s'est arrêtée à Ouarzazate pour sa première étape dans le Sud-Est.")
    assert (s.number, s.scope) == (1, "region")


@pytest.mark.parametrize(
    ("sentence", "relation", "number"),
    [
        (
            "وأشار إلى أن المنتدى سيحط رحاله بباقي الجهات، على أن تكون المحطة الثانية بالداخلة.",
            "next",
            2,
        ),
        ("وكان المنتدى قد انطلقت أولى محطاته من الناظور في دجنبر.", "previous", 1),
        ("وذلك بعد المحطة الأولى التي احتضنتها مدينة فاس في أكتوبر.", "previous", 1),
        ("وكانت المحطة الثالثة السابقة قد نظمت بكلميم.", "previous", 3),
        ("ومن المرتقب أن تحتضن وجدة المحطة الرابعة المقبلة.", "next", 4),
        (
            "Après la première étape d'Agadir, les exportateurs ont salué l'initiative.",
            "previous",
            1,
        ),
        ("Lors de la deuxième étape, à Taza, les coopératives étaient nombreuses.", "previous", 2),
        ("La prochaine étape, la troisième, est annoncée à Béni Mellal.", "next", 3),
        ("La caravane doit encore faire escale à Guelmim, qui sera la sixième étape.", "next", 6),
        (
            "Comme lors de l'escale précédente, la quatrième escale précédente a réuni des artisans.",
            "previous",
            4,
        ),
    ],
)
def test_other_stops_are_kept_apart(sentence: str, relation: str, number: int) -> None:
    s = stop(sentence)
    assert s.number is None
    assert (number, relation) in [(o.number, o.relation) for o in s.others]


# ----------------------------------------------------------------------------- negatives
@pytest.mark.parametrize(
    "sentence",
    [
        "C'est la première fois que la région accueille des acheteurs étrangers.",
        "Les exportations ont progressé au premier semestre 2025.",
        "La région occupe la première place au niveau national.",
        "Le salon tiendra sa deuxième édition en 2026.",
        "La quatrième caravane nationale de l'exportation a été présentée à la presse.",  # an edition
        "La première étape du programme consiste à former les exportateurs.",  # a programme's phase
        "La deuxième étape de la mise en œuvre de la feuille de route commence en 2026.",
        "Le forum se tiendra le 1er avril à Dakhla.",
        "Cette caravane constitue une première étape importante vers l'export.",  # a first step
        "Dans une première étape, les coopératives seront formées à l'emballage.",
        "La première étape vers l'international reste la certification.",
        "وانطلقت المحطة الثانية للقطار الجديد في المدينة.",
        "Cette deuxième rencontre a réuni les exportateurs de la région.",  # no tour: not counted
        "تنظم الدورة الثانية للمعرض الدولي للفلاحة بمكناس.",
        "احتلت الجهة المرتبة الأولى وطنيا من حيث الصادرات الصناعية.",
        "ويستهدف البرنامج في مرحلته الأولى ثمانين حرفيا.",
        "وانطلقت المرحلة الأولى من البرنامج سنة 2025.",
        "وتم تدشين المحطة الثانية لتحلية مياه البحر بالمدينة.",
        "انتصر الفريق المحلي برسم الجولة العاشرة من البطولة الاحترافية.",
        "وسجلت الجهة للمرة الأولى فائضا تجاريا.",
        "ونظمت النسخة الثانية من المعرض الجهوي للمنتوجات المجالية.",
        "الثلاثاء 08 جمادى الأولى 1439",
    ],
)
def test_ordinals_that_are_not_a_stop(sentence: str) -> None:
    s = stop(sentence)
    assert (s.number, s.last, s.others) == (None, False, ()), sentence


def test_conflicting_numbers_for_this_stop_warn_through_extract() -> None:
    text = (
        "La caravane de l'export à Marrakech pour sa sixième étape\n\n"
        "La caravane de l'export a fait escale mardi à Marrakech, pour la septième étape de sa "
        "tournée, une journée d'information au profit des exportateurs de la région."
    )
    x = extract(text, retrieved=REF)
    assert x.meeting.stop_number == 6  # the title's number, said with a possessive
    assert "stop_number_conflict" in {w.code for w in x.warnings}
    assert x.meeting.stop_confidence < 0.8


# ----------------------------------------------------------------------------- tours
def test_tour_words_mark_a_tour() -> None:
    assert stop("Hejira a poursuivi jeudi à Oujda sa tournée de concertations régionales.").tour
    assert stop("في إطار الجولة التي يقوم بها كاتب الدولة لمختلف جهات المملكة.").tour
    assert stop("حطت قافلة التصدير رحالها بمدينة بركان.").tour
    assert not stop("استفاد 2300 مواطن من قافلة طبية متعددة التخصصات.").tour
    assert not stop("Une rencontre de concertation s'est tenue lundi à Fès.").tour


def test_a_tour_presented_at_a_press_conference_is_not_a_stop() -> None:
    text = (
        "Le ministre du Commerce extérieur et l'ASMEX ont organisé une conférence de presse, "
        "mardi à Casablanca, pour présenter la Caravane nationale de l'exportation, qui fera "
        "escale dans cinq villes du Royaume pour promouvoir les exportations."
    )
    x = extract(text, retrieved=REF)
    assert (x.meeting.kind, x.meeting.tour, x.meeting.stop_number) == ("other", False, None)
    assert x.meeting.programme_key == "export_caravan"


def test_evidence_points_into_the_original_text() -> None:
    text = "حَطَّتْ قافلـة التصدير رحالها بمدينة بركان، في المحطـة الثالثـة من جولتها الجهوية لفائدة المصدرين.\n"
    x = extract(text, retrieved=REF)
    m = x.meeting
    assert (m.stop_number, m.tour) == (3, True)
    for ev in (m.stop_evidence, m.tour_evidence):
        assert ev is not None and text[ev.start : ev.end] == ev.text
    assert "الثالثـة" in m.stop_evidence.text


def test_cli_prints_the_stop_fields(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(
        "Tétouan a accueilli mardi 14 octobre 2025 la première étape de la Caravane de l'export, "
        "une rencontre sur les exportations des PME présidée par le gouverneur.\n",
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "events.extraction", "--retrieved", "2026-11-22", str(f)],
        cwd=REPO, capture_output=True, text=True, encoding="utf-8", timeout=120, check=True,
    )  # fmt: skip
    meeting = json.loads(out.stdout)[0]["meeting"]
    assert meeting["stop_number"] == 1 and meeting["stop_last"] is False
    assert meeting["stop_scope"] == "tour" and meeting["tour"] is True
    assert meeting["stop_evidence"]["text"] == "première étape"
    assert 0 < meeting["stop_confidence"] <= 1
    assert meeting["programme_key"] == "export_caravan" and meeting["other_stops"] == []


def test_hostile_repetition_is_cut() -> None:
    text = "في محطتها الثالثة بعد المحطة الأولى، sa 7e et dernière étape " * 5000
    s = S.find_stops(normalize(text).text)
    assert len(s.others) < S.MAX_MENTIONS and s.number == 3


# ----------------------------------------------------------------------------- real and demo
# The stop number each real article gives its own meeting, read by a person (numbers only):
# 101 "sa quatrième escale", 103 "Cette deuxième rencontre" (after Agadir, in a series of
# meetings), 119 "sa première escale", 120 "la première étape de la tournée". 107 names "the
# fourth national export caravan", an edition, not a stop.
REAL_STOPS = {"101.txt": 4, "103.txt": 2, "119.txt": 1, "120.txt": 1}


def test_stop_numbers_on_real_press() -> None:
    articles = shared_path("real", "articles")
    got = {}
    for p in sorted(articles.glob("*.txt")):
        m = extract(p.read_text(encoding="utf-8"), retrieved=REF).meeting
        if m.stop_number is not None or m.other_stops:
            got[p.name] = m.stop_number
    assert got == REAL_STOPS


def _sample_texts() -> dict[str, tuple[str, str, date | None]]:
    """Demo pages as ingestion reads them (trafilatura through events/services/documents.py)."""

    out = {}
    for p in sorted((REPO / "events" / "samples" / "articles").glob("*.html")):
        a = article_text_from_bytes(p.read_bytes())
        out[p.stem] = (a.text, a.title, a.published)
    return out


def test_stop_numbers_on_the_demo_corpus_follow_its_meetings() -> None:
    spec = json.loads((REPO / "events" / "samples" / "meetings.json").read_text(encoding="utf-8"))
    wanted = {a: m.get("tour_stop") for m in spec["meetings"] for a in m["articles"]}
    got = {}
    for name, (text, title, published) in _sample_texts().items():
        x = extract(text, retrieved=REF, title=title or None, published=published)
        got[name] = x.meeting.stop_number
        if x.meeting.stop_number is not None:
            assert x.meeting.tour and x.meeting.kind == "caravan", name
    assert got == wanted
    # the last consultation of the 2024 tour says it is the last, without a number
    x = extract(*_sample_texts()["27_dakhla_tachawor_ar"][:1], retrieved=REF)
    assert (x.meeting.stop_number, x.meeting.stop_last) == (None, True)


def _corpus() -> list[str]:
    texts = [
        p.read_text(encoding="utf-8")
        for d in (DEV_ARTICLES, SETB_ARTICLES)
        for p in sorted(d.glob("*.txt"))
    ]
    texts += [
        p.read_text(encoding="utf-8") for p in sorted(shared_path("real", "articles").glob("*.txt"))
    ]
    return texts


def test_anchored_scans_find_every_match_of_the_full_scans() -> None:
    """The stop and tour patterns read only around their anchors: nothing may be lost."""
    stop_rules = [
        S.AR_AFTER_RE,
        S.AR_BEFORE_RE,
        S.AR_PHASE_RE,
        S.FR_BEFORE_RE,
        S.FR_APPOSED_RE,
        S.NUMBER_RE,
        S.LAST_AFTER_RE,
    ]
    probes = [
        *AR_FEMININE,
        "محطتها الثانية",
        "ثالث محطة",
        "آخر محطة",
        "la 7e et dernière étape",
        "l'étape n° 3",
        "sa quatrième escale",
        "Étape finale",
        "ESCALE, la deuxième",
    ]
    found = 0
    for raw in [*_corpus(), *(f"في المحطة {p} من الجولة" for p in probes)]:
        text = normalize(raw).text
        segs = segments(text, S.STOP_ANCHOR_RE, S._SEG_BEFORE, S._SEG_AFTER)
        for rx in stop_rules:
            full = [m.span() for m in rx.finditer(text)]
            assert [m.span() for m in anchored_finditer(rx, text, segs)] == full, rx.pattern[:60]
            found += len(full)
        near = segments(text, S.MEETING_ANCHOR_RE, S._SEG_BEFORE, S._SEG_AFTER)
        assert [m.span() for m in anchored_finditer(S.MEETING_RE, text, near)] == [
            m.span() for m in S.MEETING_RE.finditer(text)
        ]
        tours = segments(text, S.TOUR_ANCHOR_RE, S._TOUR_BEFORE, S._TOUR_AFTER)
        assert [m.span() for m in anchored_finditer(S.TOUR_RE, text, tours)] == [
            m.span() for m in S.TOUR_RE.finditer(text)
        ]
    assert found > 30  # the corpus does exercise the patterns
