"""Calibrated confidences: a table of right/emitted facts per evidence kind, read as a
probability, and the publish threshold that turns it into a decision."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from events.extraction import extract
from events.extraction.calibration import (
    PUBLISH_THRESHOLD,
    UNSEEN,
    Outcome,
    Table,
    auto_publishable,
    calibrate,
    format_calibration,
    unconfident_facts,
)

TEXT = (
    "احتضنت مدينة أكادير، يوم الجمعة 30 يناير 2026، لقاء تشاوريا حول برنامج التجارة الخارجية، "
    "ترأسه السيد عمر حجيرة، كاتب الدولة المكلف بالتجارة الخارجية. "
    "وبلغت صادرات الجهة حوالي 24 مليار درهم."
)


def _outcomes(fact: str, basis: str, right: int, wrong: int, art: str = "a") -> list[Outcome]:
    return [Outcome(f"{art}{i}", fact, basis, 0.0, i < right) for i in range(right + wrong)]


def test_confidence_is_the_share_right_shrunk_towards_the_fact_kind() -> None:
    t = Table.fit(
        _outcomes("figure.scope", "owner before", 30, 0)
        + _outcomes("figure.scope", "breakdown part", 3, 0)
        + _outcomes("figure.scope", "default", 2, 6)
    )
    often, rarely, bad = (
        t.confidence("figure.scope", b) for b in ("owner before", "breakdown part", "default")
    )
    assert often > rarely > bad  # 30/30 beats 3/3, which beats 2/8
    assert often < 1.0 and bad > 0.25  # never certain, never below what was seen
    # a basis never seen gets its fact kind's share, a fact kind never seen gets UNSEEN
    assert t.confidence("figure.scope", "market later") == round(t.kind_share("figure.scope"), 3)
    assert t.confidence("meeting.date", "raw >= 0.85") == UNSEEN


def test_leaving_an_article_out_removes_its_facts() -> None:
    rows = _outcomes("official", "raw >= 0.85", 5, 1)
    t = Table.fit(rows)
    assert t.without(rows[:1]).counts == Table.fit(rows[1:]).counts


def test_table_round_trips_through_its_json(tmp_path) -> None:
    rows = _outcomes("figure", "digits", 4, 1) + _outcomes("meeting.kind", "other; raw<.5", 1, 2)
    t = Table.fit(rows, ("real",))
    path = tmp_path / "calibration.json"
    path.write_text(t.to_json(), encoding="utf-8")
    json.loads(path.read_text(encoding="utf-8"))
    assert Table.load(path) == t


def test_extraction_confidences_come_from_the_table() -> None:
    raw = extract(TEXT, retrieved=date(2026, 11, 22))
    fig = raw.figures[0]
    assert (fig.basis, fig.metric_basis) == ("digits", "own noun before")
    table = Table.fit(
        _outcomes("figure", "digits", 40, 0)
        + _outcomes("figure.metric", "own noun before", 1, 3)
        + _outcomes("official.role_code", "secretary_of_state", 40, 0)
    )
    x = calibrate(raw, table)
    assert x.figures[0].confidence == table.confidence("figure", "digits") > PUBLISH_THRESHOLD
    assert x.figures[0].metric_confidence < 0.5
    assert x.officials[0].role_basis == "secretary_of_state"
    assert x.officials[0].role_confidence > PUBLISH_THRESHOLD
    assert x.meeting.kind_basis is not None
    assert calibrate(x, table) == x  # calibrating twice changes nothing


def test_publish_decision() -> None:
    assert auto_publishable(PUBLISH_THRESHOLD)
    assert not auto_publishable(PUBLISH_THRESHOLD - 0.001)
    assert not auto_publishable(None)
    d = extract(TEXT, retrieved=date(2026, 11, 22)).to_dict()
    for o in d["officials"]:
        o["confidence"] = o["role_confidence"] = 0.99
    for f in d["figures"]:
        f["confidence"] = f["metric_confidence"] = f["scope_confidence"] = 0.99
    d["meeting"]["confidence"] = dict.fromkeys(d["meeting"]["confidence"], 0.99)
    assert unconfident_facts(d) == []
    d["figures"][0]["scope_confidence"] = 0.5
    d["meeting"]["confidence"]["date"] = 0.2
    assert unconfident_facts(d) == ["meeting.date", "figures[0].scope"]
    assert unconfident_facts({**d, "relevant": False}) == ["relevant"]


def test_calibration_report_bands_and_precision_above_the_threshold() -> None:
    rows = [replace(o, confidence=0.99) for o in _outcomes("figure", "digits", 9, 1, "x")]
    rows += [replace(o, confidence=0.3) for o in _outcomes("meeting.date", "raw < 0.50", 1, 3, "y")]
    out = format_calibration("toy", rows, threshold=0.95)
    line = next(ln for ln in out.splitlines() if ln.startswith("figure "))
    assert "9/10" in line and "0.90" in line
    allrow = next(ln for ln in out.splitlines() if ln.startswith("all "))
    assert "1/4" in allrow and "9/10" in allrow
    assert "precision in the fit" in out and "left out" in out
