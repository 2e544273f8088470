from __future__ import annotations

import json
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.extraction import Extraction, extract
from tests.shared_data import shared_path

from .conftest import DEV_ARTICLES

SAMPLE = (
    "احتضنت مدينة أكادير، اليوم الجمعة 30 يناير 2026، لقاءً تشاورياً جمع بين السيد رياض مزور، "
    "وزير الصناعة والتجارة، والسيد سعيد ضور، رئيس غرفة التجارة والصناعة والخدمات لجهة سوس ماسة. "
    "وبلغت الصادرات قرابة 400 مليار درهم."
)


def _check_evidence(text: str, d: dict) -> None:
    evs = [v for v in d["meeting"]["evidence"].values() if v]
    evs += [o["evidence"] for o in d["officials"]] + [f["evidence"] for f in d["figures"]]
    for ev in evs:
        assert text[ev["start"] : ev["end"]] == ev["text"]


def test_api_shape() -> None:
    r = extract(SAMPLE, retrieved=date(2026, 11, 22), url="https://example.ma/x")
    assert isinstance(r, Extraction)
    d = r.to_dict()
    json.dumps(d, ensure_ascii=False)
    assert d["language"] == "ar" and d["relevant"] is True
    assert d["retrieved"] == "2026-11-22"
    m = d["meeting"]
    assert (m["date"], m["region"], m["city"], m["date_precision"]) == (
        "2026-01-30",
        "MA-09",
        "Agadir",
        "day",
    )
    assert set(m["evidence"]) == {"date", "region", "city", "kind"}
    assert set(m["confidence"]) == {"date", "region", "city", "kind"}
    assert [o["role_code"] for o in d["officials"]] == ["minister", "chamber_president"]
    assert d["figures"][0]["amount_mad"] == 400_000_000_000
    assert d["figures"][0]["approximate"] is True
    _check_evidence(SAMPLE, d)


def test_unrelated_article() -> None:
    text = "فاز فريق حسنية أكادير على الرجاء البيضاوي بهدفين في الدوري يوم الأحد 5 يناير 2025."
    d = extract(text).to_dict()
    assert d["relevant"] is False
    assert d["meeting"]["date"] is None and d["meeting"]["region"] is None
    assert d["officials"] == [] and d["figures"] == []


def test_title_argument() -> None:
    d = extract("انعقد لقاء حول التصدير", title="لقاء تشاوري بأكادير").to_dict()
    assert d["title"] == "لقاء تشاوري بأكادير"
    assert d["meeting"]["city"] == "Agadir"


def test_evidence_offsets_on_corpus() -> None:
    for p in sorted(DEV_ARTICLES.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        _check_evidence(text, extract(text, retrieved=date(2026, 11, 22)).to_dict())


def test_evidence_offsets_on_seeds() -> None:
    for p in sorted(shared_path("seeds").glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        _check_evidence(text, extract(text, retrieved=date(2026, 11, 22)).to_dict())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_never_crashes_on_any_string(text: str) -> None:
    d = extract(text, retrieved=date(2026, 11, 22)).to_dict()
    json.dumps(d, ensure_ascii=False)
    _check_evidence(text, d)


_PIECES = st.sampled_from(
    ["يوم الثلاثاء 26 نونبر 2024", "السيد عمر حجيرة،", "كاتب الدولة", "والي جهة", "سوس ماسة",
     "2,6 مليار درهم", "حوالي", "٢٫٦", "مليارات", "الجاري", "أمس", "\n", "،", " ", "بمقر ولاية",
     "Le wali", "M. Omar", "milliards de dirhams", "mardi 3 fevrier", "Lire aussi :", "اترك رد",
     "ـ", "\u064b", "\u200f", "(", ")", "-", "29/11/2024", "0/0/0000", "31 فبراير 2025"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_never_crashes_on_article_like_noise(text: str) -> None:
    d = extract(text, retrieved=date(2026, 11, 22)).to_dict()
    _check_evidence(text, d)


def test_huge_input_is_bounded() -> None:
    text = SAMPLE * 5000
    d = extract(text).to_dict()
    assert d["meeting"]["region"] == "MA-09"
