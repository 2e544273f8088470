# ruff: noqa: E501  (Arabic test sentences are kept whole, one case per line)
from __future__ import annotations

import pytest

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
        ("un investissement de 120 MDH pour le projet", [(120e6, "investment", "other", False)]),
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
        ("وبلغت كلفة إنجاز المنصة 18 مليون درهم.", [(18e6, "investment", "other", False)]),
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
