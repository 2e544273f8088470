"""Relevance: a foreign-trade MEETING is relevant; trade news without a meeting is not."""

from __future__ import annotations

import pytest

from events.extraction import extract
from events.extraction.normalize import norm
from events.extraction.relevance import judge_relevance

RELEVANT = [
    # Arabic
    "احتضنت مدينة وجدة، يوم الثلاثاء، لقاء تشاوريا حول برنامج تنمية التجارة الخارجية.",
    "ترأس كاتب الدولة المكلف بالتجارة الخارجية عمر حجيرة بالداخلة أشغال المنتدى الجهوي.",
    "حطت قافلة التصدير رحالها بمدينة تازة لفائدة المقاولات الصغرى والمتوسطة.",
    "عقد وزير الصناعة والتجارة اجتماعا مع أعضاء غرفة التجارة والصناعة والخدمات لجهة فاس مكناس.",
    "نظمت الجمعية المغربية للمصدرين يوما دراسيا حول ولوج الأسواق الإفريقية.",
    "انعقد بمقر ولاية جهة سوس ماسة اجتماع خصص لتتبع خارطة الطريق للتجارة الخارجية.",
    "التأم مهنيو القطاع بأكادير لبحث سبل الرفع من صادرات الحوامض نحو السوق الأمريكية.",
    "شكل الملتقى الجهوي للمصدرين بالعيون مناسبة لتقديم عروض المواكبة.",
    "وخلال هذا اللقاء، أوضح المدير الجهوي أن الصادرات بلغت، حسب معطيات مكتب الصرف، 12 مليار درهم.",
    "احتضن مقر الغرفة ورشة تكوينية لفائدة المقاولات المصدرة بجهة الشرق.",
    # French
    "Une rencontre régionale consacrée au commerce extérieur s'est tenue mardi à Oujda.",
    "Le secrétaire d'État chargé du Commerce extérieur a présidé à Laâyoune le forum régional.",
    "La caravane de l'export a fait escale à Safi, à la Chambre de commerce de la ville.",
    "Le ministre de l'Industrie et du Commerce a tenu une séance de travail avec la CCIS.",
    "La Chambre de commerce a abrité une journée d'information au profit des exportateurs.",
    "Les exportateurs de la région se sont réunis à Agadir sur l'accès aux marchés africains.",
    "Lors de cette rencontre, selon l'Office des changes, les exportations ont atteint 12 MMDH.",
    "L'assemblée générale de la Fédération des chambres de commerce s'est tenue à Marrakech.",
    "Un atelier sur l'internationalisation des PME a été organisé par la CCIS de Fès-Meknès.",
    "Les assises régionales de l'export ont été organisées samedi à Dakhla.",
]

NOT_RELEVANT = [
    # statistics only
    "أفاد مكتب الصرف بأن الصادرات بلغت 350 مليار درهم، وتراجع معدل التغطية إلى 60 في المائة.",
    "حسب معطيات مكتب الصرف، تفاقم العجز التجاري، فيما ارتفعت الواردات والصادرات معا.",
    "Selon l'Office des changes, les exportations atteignent 320 MMDH, taux de couverture 60 %.",
    "La balance commerciale s'est creusée : le déficit commercial atteint 226 MMDH fin septembre.",
    "Le directeur de l'Office a présenté les exportations lors d'une conférence de presse.",
    "وقدم المدير هذه الأرقام حول الصادرات خلال ندوة صحفية بالرباط.",
    # company results
    "Le groupe a réalisé un chiffre d'affaires export de 2 MMDH, a annoncé la réunion du "
    "conseil d'administration.",
    "حققت المجموعة رقم معاملات عند التصدير بقيمة ملياري درهم، حسب ما أعلنه اجتماع مجلس الإدارة.",
    # inauguration, council session, match, medical caravan
    "Le ministre de l'Industrie et du Commerce a présidé la cérémonie d'inauguration d'une usine "
    "destinée à l'export.",
    "ترأس وزير الصناعة والتجارة حفل تدشين وحدة صناعية موجهة للتصدير بطنجة.",
    "ترأس رئيس المجلس أشغال الدورة العادية التي صادقت على اتفاقية مع غرفة التجارة والصناعة.",
    "La session ordinaire du conseil régional, présidée par son président, a approuvé une "
    "convention avec la CCIS.",
    "احتضن ملعب أدرار مباراة الحسنية برعاية شركة مصدرة للحوامض.",
    "نظمت جمعية مصدري الحوامض قافلة طبية لفائدة ساكنة الدواوير.",
    "Une caravane médicale a été organisée par l'association des exportateurs d'agrumes.",
    # a meeting and exports, but in different paragraphs
    "عقد المجلس الجماعي اجتماعا حول النظافة.\n\nوفي سياق آخر، ارتفعت صادرات الإقليم.",
    "Les élus se sont réunis sur la voirie.\n\nPar ailleurs, les exportations ont progressé.",
    # no meeting, no trade
    "La DGM prévoit de fortes pluies jeudi dans plusieurs provinces du Royaume.",
    "فاز فريق حسنية أكادير على اتحاد طنجة بهدفين مقابل هدف.",
    "L'usine exporte 80 % de sa production vers l'Europe, selon son directeur.",
]


@pytest.mark.parametrize("text", RELEVANT)
def test_meeting_about_trade_is_relevant(text: str) -> None:
    r = judge_relevance(norm(text))
    assert r.relevant, text
    assert r.event is not None and r.subject is not None


@pytest.mark.parametrize("text", NOT_RELEVANT)
def test_trade_news_without_a_meeting_is_not_relevant(text: str) -> None:
    assert not judge_relevance(norm(text)).relevant, text


@pytest.mark.parametrize(
    "text",
    [
        "ندوة صحفية", "قافلة طبية", "لقاء صحفي", "conférence de presse", "caravane médicale",
        "réunion du conseil d'administration", "rencontre avec la presse",
    ],
)  # fmt: skip
def test_meeting_noun_with_a_disqualifier(text: str) -> None:
    assert not judge_relevance(norm(text + " حول التصدير / sur l'export")).relevant


@pytest.mark.parametrize("word", ["الحماية الاجتماعية", "تلقائيا", "réunionnais"])
def test_lookalikes_of_meeting_nouns_are_not_events(word: str) -> None:
    assert not judge_relevance(norm(f"{word} والتصدير / export")).relevant


@pytest.mark.parametrize(
    "word", ["المصدر ذاته", "السوق الوطنية", "السوق الأسبوعية", "le marché local", "la chambre"]
)
def test_lookalikes_of_trade_subjects_are_not_subjects(word: str) -> None:
    assert not judge_relevance(norm(f"اجتماع حول {word} / réunion sur {word}")).relevant


def test_title_gives_the_subject_of_a_meeting_named_there() -> None:
    d = extract("حضر اللقاء عدد من المهنيين.", title="منتدى جهوي للتصدير بالعيون").to_dict()
    assert d["relevant"] is True


STATS_ARTICLE = """مكتب الصرف: الصادرات ترتفع عند متم شتنبر

الرباط - 31 أكتوبر 2025

أفاد مكتب الصرف بأن الصادرات بلغت حوالي 350 مليار درهم، فيما بلغت الواردات 576 مليار درهم.

وأوضح المدير العام للمكتب، السيد حسن بوبريك، أن معدل التغطية تراجع إلى 60,7 في المائة.
"""

INAUGURATION = """Tanger : inauguration d'une usine de câblage

Tanger, 3 mars 2026 – Le ministre de l'Industrie et du Commerce, Ryad Mezzour, a présidé lundi la
cérémonie d'inauguration d'une usine de câblage automobile, un investissement de 400 millions de
dirhams destiné à l'export.

Le wali de la région Tanger-Tétouan-Al Hoceïma, Younes Tazi, était présent.
"""


@pytest.mark.parametrize("text", [STATS_ARTICLE, INAUGURATION])
def test_irrelevant_article_has_no_meeting_officials_or_figures(text: str) -> None:
    d = extract(text).to_dict()
    assert d["relevant"] is False
    m = d["meeting"]
    assert (m["date"], m["region"], m["city"], m["kind"]) == (None, None, None, None)
    assert d["officials"] == [] and d["figures"] == []
    assert any(w["code"] == "not_relevant" for w in d["warnings"])


def test_chamber_meeting_with_a_minister_is_relevant() -> None:
    text = (
        "احتضنت مدينة أكادير لقاء جمع بين وزير الصناعة والتجارة ورئيس غرفة التجارة والصناعة"
        " والخدمات لجهة سوس ماسة، خصص لاستعراض الطفرة الصناعية والاستقلال المالي للغرف."
    )
    assert extract(text).to_dict()["relevant"] is True


# --- rules read from real press (sentences written for these tests) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a minister whose portfolio list includes trade, visiting a chamber
        "زار وزير الصناعة والاستثمار والتجارة والاقتصاد الرقمي، أمس، مقر غرفة التجارة بمكناس.",
        "شكلت زيارة الوزير لمقر الغرفة مناسبة للاطلاع على مشاريعها، وتعمل غرفة التجارة على"
        " المواكبة.",
        "Le ministre a visité la Chambre de commerce de Tétouan.",
    ],
)
def test_a_ministers_visit_to_a_chamber_is_relevant(text: str) -> None:
    assert judge_relevance(norm(text)).relevant, text


@pytest.mark.parametrize(
    "text",
    [
        "زار وفد من المستثمرين معرضا للصناعة التقليدية، وأشاد بجودة المنتجات الموجهة للتصدير.",
        "Une délégation a visité une usine de câblage tournée vers l'export.",
    ],
)
def test_a_visit_elsewhere_is_not_a_meeting(text: str) -> None:
    assert not judge_relevance(norm(text)).relevant, text


@pytest.mark.parametrize(
    "text",
    [
        "أكد كاتب الدولة المكلف بالتجارة الخارجية، سعيد البناني، خلال جلسة الأسئلة الشفهية بمجلس "
        "النواب، أن "
        "الصادرات بلغت 400 مليار درهم، وأن وزارته فتحت مشاورات مع الجهات.",
        "Le secrétaire d'État chargé du Commerce extérieur, Karim Alaoui, a présenté devant les "
        "députés le programme"
        " d'appui aux exportateurs, lors d'une rencontre sur l'export.",
    ],
)
def test_a_statement_in_parliament_is_not_a_meeting_but_keeps_its_people(text: str) -> None:
    r = judge_relevance(norm(text))
    assert not r.relevant and r.statement
    d = extract(text).to_dict()
    assert d["relevant"] is False and d["meeting"]["region"] is None
    assert [o["role_code"] for o in d["officials"]] == ["secretary_of_state"]
    assert any(w["code"] == "not_relevant" for w in d["warnings"])
