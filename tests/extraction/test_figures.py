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
        ("un budget de 1.200.000 DH", [(1.2e6, "other", "other", False)]),
        ("estimé à 450 MDH", [(450e6, "other", "other", False)]),
        ("plus de 300 000 dirhams", [(300e3, "other", "other", True)]),
        ("5 ملايير سنتيم (50 مليون درهم)", [(50e6, "other", "other", False)]),
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
