# ruff: noqa: E501  (Arabic test sentences are kept whole, one case per line)
from __future__ import annotations

from datetime import date

import pytest

from events.extraction import extract
from events.extraction.figures import find_figures
from events.extraction.normalize import normalize


def _figs(text: str) -> list[tuple[float, str, str, bool]]:
    return [
        (f.amount, f.metric, f.scope, f.approximate) for f in find_figures(normalize(text).text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بلغت قيمة الصادرات الجهوية حوالي خمسة مليارات درهم.", [(5e9, "exports", "region", True)]),
        ("للصادرات الصناعية بالجهة، حيث بلغت قيمتها الإجمالية 2,6 مليار درهم.", [(2.6e9, "exports", "region", False)]),
        ("حيث ناهز حجم الإنتاج الصناعي بالمغرب 900 مليار درهم، وصادرات قاربت 400 مليار درهم.",
         [(9e11, "production", "national", True), (4e11, "exports", "national", True)]),
        ("عوائد استثمارية من المركب بلغت 170 ألف درهم شهريا.", [(170e3, "other", "other", False)]),
        ("استثمارات الجهة تقدر ب 3 ملايير درهم.", [(3e9, "investment", "region", False)]),
        ("واردات الجهة بلغت ٢٫٥ مليار درهم", [(2.5e9, "imports", "region", False)]),
        ("Les exportations de la région ont atteint près de 2,6 milliards de dirhams en 2023.",
         [(2.6e9, "exports", "region", True)]),
        # the cost of a site in the region (project, port, zone) is the region's investment, as in
        # the real-press gold; what else a site or a firm reports stays below the region
        ("un investissement de 120 MDH pour le projet", [(120e6, "investment", "region", False)]),
        ("ويمتد المشروع على مساحة 45 هكتارا بكلفة إجمالية تبلغ 680 مليون درهم", [(680e6, "investment", "region", False)]),
        ("les exportations transitant par le port représentent 8 Mds de DH", [(8e9, "exports", "other", False)]),
        ("وبلغت صادرات الميناء 3 مليار درهم", [(3e9, "exports", "other", False)]),
        ("un investissement de 200 MDH pour l'usine de la société", [(200e6, "investment", "other", False)]),
        ("les exportations nationales, quelque 455 MMDH", [(455e9, "exports", "national", True)]),
        # no owner written: the article's region (these texts report regional meetings)
        ("un budget de 1.200.000 DH", [(1.2e6, "other", "region", False)]),
        ("estimé à 450 MDH", [(450e6, "other", "region", False)]),
        ("plus de 300 000 dirhams", [(300e3, "other", "region", True)]),
        # clause structure: the subject owns the figure, not the nearest keyword
        ("La région, qui pèse près du tiers des exportations nationales, a enregistré des ventes à l'étranger avoisinant 120 MMDH.",
         [(120e9, "exports", "region", True)]),
        ("les exportations de la région ont atteint 5,4 MMDH, contre plus de 450 milliards de dirhams pour l'ensemble du pays.",
         [(5.4e9, "exports", "region", False), (450e9, "exports", "national", True)]),
        ("أوضح أن صادرات الإقليم بلغت 1,85 مليار درهم، مدفوعة بصناعة السيارات بالجهة.", [(1.85e9, "exports", "other", False)]),
        ("وأكد أن مجلس الجهة خصص غلافا ماليا قدره 90 مليون درهم لتأهيل المنطقة الصناعية.", [(90e6, "investment", "region", False)]),
        ("ورصد البرنامج الوطني غلافا قدره مليارا درهم لمواكبة المقاولات المصدرة.", [(2e9, "other", "national", False)]),
        ("منحة ولوج الأسواق التي يمكن أن تصل إلى 200 ألف درهم لكل مقاولة بالجهة.", [(200e3, "other", "other", False)]),
        ("وأبرز أن صادرات الحلي الفضية لتيزنيت تقدر بنحو 45 مليون درهم سنويا.", [(45e6, "exports", "other", True)]),
        ("وبلغت كلفة إنجاز المنصة 18 مليون درهم.", [(18e6, "investment", "region", False)]),
        ("وأكد أن تحقيق عوائد استثمارية من المركب بلغت 170 ألف درهم.", [(170e3, "other", "other", False)]),
        ("أن صادرات الجهة بلغت 172 مليار درهم، أي 40 في المائة من صادرات المملكة، التي ناهزت بدورها 430 مليار درهم.",
         [(172e9, "exports", "region", False), (430e9, "exports", "national", True)]),
        ("la plus grande part des importations du pays, évaluées à 210 MMDH pour la région.", [(210e9, "imports", "region", False)]),
        ("في حين استقر العجز التجاري في حدود 306 ملايير درهم.", [(306e9, "other", "region", False)]),
        ("تساهم الصناعة التقليدية بصادرات تقدر بمليار و500 مليون درهم.", [(1.5e9, "exports", "region", False)]),
        ("وبلغت صادرات الجهة 18 مليار درهم، يمر أغلبها عبر ميناء الجرف الأصفر، مقابل واردات في حدود 9,6 مليار درهم.",
         [(18e9, "exports", "region", False), (9.6e9, "imports", "region", False)]),
        ("5 ملايير سنتيم (50 مليون درهم)", [(50e6, "other", "region", False)]),
    ],
)  # fmt: skip
def test_figures(text: str, expected: list) -> None:
    got = _figs(text)
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert g[0] == pytest.approx(e[0])
        assert g[1:] == e[1:]


@pytest.mark.parametrize(
    "text",
    [
        "ما لا يقل عن 85% من مبيعاتها",
        "أكثر من 120 مقاولة و300 مشارك",
        "2 مليون أورو لتمويل المنصة",
        "5 millions de dollars et 3 millions d'euros",
        "12 ألف طن من الحوامض",
        "برنامج 2025-2027 وسنة 2018",
        "ISO 9001 للسنة الرابعة",
        "بلغت الصادرات 3 مليارات",
    ],
)
def test_not_figures(text: str) -> None:
    assert _figs(text) == []


def test_year_of_figure() -> None:
    f = find_figures(normalize("بلغت صادرات الجهة سنة 2023 ما مجموعه 4 مليارات درهم.").text)
    assert f[0].year == 2023


# Phenomena of real press (issue 12), each in sentences written for these tests.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # export turnover: a turnover "for export", or beside the exports it measures
        ("وحققت المقاولات الصناعية بالجهة رقم معاملات موجها للتصدير يفوق 6 مليارات درهم.", [(6e9, "exports", "region", True)]),
        ("سجلت الجهة صادرات مهمة، وبرقم معاملات يصل إلى 3,2 مليار درهم.", [(3.2e9, "exports", "region", False)]),
        ("Les industriels de la région réalisent un chiffre d'affaires à l'export de 9 milliards de dirhams.", [(9e9, "exports", "region", False)]),
        ("Le secteur affiche un chiffre d'affaires des exportations agroalimentaires de 2,1 MMDH.", [(2.1e9, "exports", "region", False)]),
        ("La coopérative a réalisé un chiffre d'affaires de 3 millions de dirhams.", [(3e6, "other", "other", False)]),
        ("ويصل رقم معاملات القطاع الموجه للتصدير إلى 5 مليارات درهم.", [(5e9, "exports", "region", False)]),
        ("Les entreprises de la région ont réalisé un chiffre d'affaires de 6 MMDH à l'export.", [(6e9, "exports", "region", False)]),
        ("وتبلغ قيمة المبيعات نحو الخارج 3 مليارات درهم.", [(3e9, "exports", "region", False)]),
        ("Les ventes à l'international des coopératives ont atteint 40 millions de dirhams.", [(40e6, "exports", "other", False)]),
        ("وصدرت الجهة ما قيمته 20 مليار درهم خلال 2024.", [(20e9, "exports", "region", False)]),
        ("وصدر قرار بتخصيص 20 مليون درهم للمعرض.", [(20e6, "other", "region", False)]),
        # a share of national exports names the whole, not the owner of the amount
        ("وتساهم الجهة بنسبة 12 في المائة من الصادرات الوطنية، بقيمة 48 مليار درهم.", [(48e9, "exports", "region", False)]),
        ("La région assure 9 % des exportations nationales, soit 40 MMDH.", [(40e9, "exports", "region", False)]),
        ("La région pèse 9 % des exportations nationales avec 40 MMDH.", [(40e9, "exports", "region", False)]),
        ("La part de la région dans les exportations nationales atteint 15 %, soit 70 MMDH.", [(70e9, "exports", "region", False)]),
        ("وأبرز أن الجهة تستحوذ على 15 في المائة من صادرات المملكة بما يعادل 70 مليار درهم.", [(70e9, "exports", "region", False)]),
        # unexploited export potential: national (also when no owner is named), and its African share
        ("وتقدر الفرص التصديرية غير المستغلة بنحو 120 مليار درهم.", [(120e9, "exports", "national", True)]),
        ("Le Maroc dispose d'un potentiel à l'export non exploité de 120 milliards de dirhams.", [(120e9, "exports", "national", False)]),
        ("وأشار إلى أن إمكانات التصدير غير المستغلة بالمملكة تقدر بـ 100 مليار درهم، منها 15 مليار درهم نحو البلدان الإفريقية.",
         [(100e9, "exports", "national", False), (15e9, "exports", "other", False)]),
        ("Le potentiel d'exportation non exploité du pays est évalué à 100 MMDH, dont 15 MMDH vers l'Afrique.",
         [(100e9, "exports", "national", False), (15e9, "exports", "other", False)]),
        ("Il a évoqué un déficit d'exportations évalué à 90 milliards de dirhams au niveau national.", [(90e9, "exports", "national", False)]),
        ("وقدر الوزير العجز في الصادرات نحو القارة الإفريقية بـ 9 مليارات درهم.", [(9e9, "exports", "other", False)]),
        ("وارتفع حجم المبادلات التجارية بين المغرب والدول الإفريقية إلى 60 مليار درهم.", [(60e9, "other", "other", False)]),
        # investment envelopes, council budgets, insurance envelopes, programme money
        ("خصصت الدولة غلافا استثماريا بقيمة 4 ملايير درهم لتهيئة المناطق الصناعية بالجهة.", [(4e9, "investment", "region", False)]),
        ("Une enveloppe d'investissement de 2,5 MMDH est prévue pour la région.", [(2.5e9, "investment", "region", False)]),
        ("وصادق مجلس الجهة على ميزانية تبلغ 900 مليون درهم.", [(900e6, "other", "region", False)]),
        ("Le budget du conseil régional atteint 1,1 milliard de dirhams.", [(1.1e9, "other", "region", False)]),
        ("Le programme prévoit une assurance à l'export dotée d'une enveloppe de 200 MDH.", [(200e6, "other", "national", False)]),
        ("ويتضمن البرنامج آلية لتأمين الصادرات بغلاف مالي قدره 150 مليون درهم.", [(150e6, "other", "national", False)]),
        ("Le budget global du programme s'élève à 1,5 milliard de dirhams.", [(1.5e9, "other", "national", False)]),
        ("وحدد الغلاف المالي للبرنامج في 2 مليار درهم.", [(2e9, "other", "national", False)]),
        ("وتبلغ ميزانية البرنامج الجهوي 300 مليون درهم.", [(300e6, "other", "region", False)]),
        ("Ce programme vise à porter les exportations à 600 milliards de dirhams.", [(600e9, "exports", "national", False)]),
        ("يهدف البرنامج إلى رفع صادرات الجهة إلى 15 مليار درهم في أفق 2027.", [(15e9, "exports", "region", False)]),
        # the region's own figure beside a national one
        ("وبلغت الصادرات الوطنية 430 مليار درهم، فيما ناهزت صادرات الجهة 21 مليار درهم.",
         [(430e9, "exports", "national", False), (21e9, "exports", "region", True)]),
        ("Les exportations nationales ont atteint 450 MMDH, dont 30 MMDH pour la région.",
         [(450e9, "exports", "national", False), (30e9, "exports", "region", False)]),
        # a value per firm, a sub-regional area
        ("80 % des TPE exportatrices réalisent moins de 5 millions de dirhams à l'export.", [(5e6, "exports", "other", True)]),
        ("وتمثل 60 في المائة من المقاولات المصدرة أقل من مليون درهم من الصادرات.", [(1e6, "exports", "other", True)]),
        ("Les exportations d'agrumes de la plaine du Souss ont atteint 4 milliards de dirhams.", [(4e9, "exports", "other", False)]),
        ("وبلغت صادرات التمور من واحات الجنوب الشرقي 400 مليون درهم.", [(400e6, "exports", "other", False)]),
    ],
)  # fmt: skip
def test_figures_of_real_press(text: str, expected: list) -> None:
    test_figures(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # cut off before the unit: the next line is something else
        "بلغت صادرات الجهة 12 مليار\nدرهم بدرهم: حملة للتضامن",
        "Les exportations ont atteint 3 milliards\nDH Immo : les annonces de la semaine",
        # a ticker or menu line
        "Or 1 012 DH/g | Argent 12 DH/g | Pétrole 80 DH",
        "الذهب 1012 درهم | الفضة 12 درهم | الدولار 9,2 درهم",
    ],
)
def test_not_figures_of_real_press(text: str) -> None:
    assert _figs(text) == []


_MEETING = (
    "Une rencontre régionale sur le programme du commerce extérieur s'est tenue mardi à Agadir. "
)


def test_ticker_beside_an_article_keeps_the_article_figures() -> None:
    text = (
        "Or 1 012 DH/g | Argent 12 DH/g | Pétrole 80 DH\n"
        + _MEETING
        + "Les exportations de la région ont atteint 20 milliards de dirhams."
    )
    d = extract(text, retrieved=date(2026, 11, 22)).to_dict()
    assert [(f["amount_mad"], f["metric"], f["scope"]) for f in d["figures"]] == [
        (20e9, "exports", "region")
    ]


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Le secrétaire d'État chargé du Commerce extérieur", True),
        ("كاتب الدولة المكلف بالتجارة الخارجية", True),
        ("Le ministre de l'Agriculture", False),
    ],
)
def test_statement_by_the_foreign_trade_official_keeps_its_figures(title: str, kept: bool) -> None:
    """No meeting is reported, so nothing is stored; but the figures a trade official gives are
    read (as a careful reader of such a statement would), and no other figures are."""
    text = (
        f"{title}, M. Karim Alaoui, a indiqué lundi devant les députés que les exportations "
        "nationales ont atteint 455 milliards de dirhams en 2024."
    )
    d = extract(text, retrieved=date(2026, 11, 22)).to_dict()
    assert d["relevant"] is False
    assert [f["amount_mad"] for f in d["figures"]] == ([455e9] if kept else [])
