# ruff: noqa: E501  (Arabic and French test sentences are kept whole, one case per line)
from __future__ import annotations

import pytest

from events.extraction import extract
from events.extraction.clutter import blank_spans
from events.extraction.kind import classify_kind
from events.extraction.normalize import norm


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("انعقد لقاء تشاوري جهوي حول التجارة الخارجية", "consultation"),
        ("Rencontre de concertation sur le commerce extérieur", "consultation"),
        (
            "المنتدى الجهوي لتقييم الحصيلة المرحلية لبرنامج تنمية التجارة الخارجية",
            "evaluation_forum",
        ),
        (
            "Forum régional d'évaluation du programme de développement du commerce extérieur",
            "evaluation_forum",
        ),
        ("محطة جديدة من قافلة التعريف بميثاق التجارة الخارجية", "caravan"),
        ("Une nouvelle étape de la Caravane de l'export", "caravan"),
        ("لقاء تقديمي لمنصة رقمية لفائدة المصدرين", "other"),
    ],
)
def test_kind(text: str, kind: str) -> None:
    assert classify_kind(norm(text)).kind == kind


def test_chamber_meeting() -> None:
    text = norm(
        "لقاء بين وزير الصناعة والتجارة وغرفة التجارة والصناعة والخدمات\n"
        "استعرض رئيس الغرفة حصيلة الغرفة. وأشاد الوزير بتدبير الغرفة. ودعا الغرفة إلى التصدير."
    )
    assert classify_kind(text, title_end=text.index("\n")).kind == "chamber_meeting"


def test_chamber_president_attending_a_consultation() -> None:
    text = norm(
        "لقاء تشاوري حول التصدير برئاسة كاتب الدولة بحضور رئيس غرفة التجارة والصناعة والخدمات"
    )
    assert classify_kind(text).kind == "consultation"


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "انعقد لقاء.\n\nاترك رد\n\nلن يتم نشر عنوان بريدك الإلكتروني. 5 مليارات درهم",
            "انعقد",
            "مليارات",
        ),
        (
            "La rencontre.\nLire aussi : Rabat : 2,4 milliards de dirhams pour les marchés\nFin.",
            "Fin",
            "2,4",
        ),
        ("عاجل | مرسوم بقيمة 2 مليار درهم\nانعقد لقاء", "انعقد", "مرسوم"),
        ("فهرس المقال\nانعقد لقاء\nالتعاليق (0)", "انعقد", "التعاليق"),
        ("مقالات ذات صلة\nعنوان أول قصير\nعنوان ثان قصير", "", "عنوان"),
        ("ع شركيف / حدث كم : انعقد يوم الثلاثاء لقاء", "انعقد", "شركيف"),
        ("\nجمال الساخي:\nفي إطار تنفيذ برامج", "في إطار", "الساخي"),
    ],
)
def test_clutter(text: str, kept: str, dropped: str) -> None:
    out, _spans = blank_spans(norm(text))
    assert len(out) == len(norm(text))
    assert norm(kept) in out
    assert norm(dropped) not in out


def test_furniture_figure_not_extracted() -> None:
    text = (
        "انعقد لقاء تشاوري حول التصدير بمدينة أكادير، وبلغت صادرات الجهة 3 مليارات درهم.\n"
        "اقرأ أيضا: 7 مليارات درهم لتأهيل الميناء\n"
    )
    figs = extract(text).to_dict()["figures"]
    assert [f["amount_mad"] for f in figs] == [3_000_000_000]


def test_market_ticker_is_furniture() -> None:
    text = "MASI 17 845,32 ▲0,42% | USD/MAD 9,21 | Or 1 012 DH/g\nLa rencontre sur l'export."
    clean, _spans = blank_spans(text)
    assert "1 012" not in clean and "rencontre" in clean


def test_menu_above_the_title_does_not_blank_the_title() -> None:
    """A "latest news" item in the site menu above the title blanks the menu, not the article."""
    text = norm(
        "الثلاثاء 4 مارس 2025\nآخر الأخبار\nرياضة - ثقافة\n\nلقاء حول التصدير بوجدة\n\nانعقد لقاء"
    )
    out, _spans = blank_spans(text)
    assert norm("لقاء حول التصدير بوجدة") in out
    assert norm("رياضة") not in out


# --- kind rules read from real press (sentences written for these tests) ----------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a presentation of a programme or a tour is "other", whatever words it borrows
        ("نظمت المديرية الجهوية لقاء تواصليا لتقديم البرنامج الوطني لدعم الصادرات بمقر غرفة التجارة بفاس.", "other"),
        ("Une rencontre régionale de communication sur l'export, qui se veut aussi une rencontre de concertation, s'est tenue à Oujda.", "other"),
        ("Le ministre et le président de l'ASMEX ont tenu une conférence de presse à Rabat pour présenter la caravane de l'export.", "other"),
        ("حطت قافلة التصدير الرحال بمدينة تازة، وعقد المشاركون ندوة حول الأسواق.", "caravan"),
        # preparing a roadmap with local actors, collecting their proposals: a consultation
        ("Cette rencontre s'inscrit dans une démarche participative pour l'élaboration d'une feuille de route de l'export.", "consultation"),
        ("جرى اللقاء مع كاتب الدولة بحضور رئيس غرفة التجارة، حيث تم تقديم مجموعة من المقترحات لتطوير الصادرات.", "consultation"),
        # the chambers' federation, a meeting the chambers organise, a visit to the chamber
        ("عقدت جامعة الغرف جمعها العام بحضور وزير الصناعة والتجارة.", "chamber_meeting"),
        ("Le colloque régional, organisé par les Chambres de commerce, a été présidé par le ministre du Commerce.", "chamber_meeting"),
        ("شكلت زيارة الوزير لمقر الغرفة مناسبة للاطلاع على مشاريع غرفة التجارة.", "chamber_meeting"),
        # a forum reviewing how firms took up the programme
        ("شكل هذا المنتدى مناسبة للوقوف على ضعف تجاوب المقاولات مع برنامج دعم التصدير.", "evaluation_forum"),
    ],
)  # fmt: skip
def test_kind_from_real_press(text: str, kind: str) -> None:
    assert classify_kind(norm(text), chamber_president_named="رئيس غرفة" in text).kind == kind
