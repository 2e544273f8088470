"""`make eval`'s side-by-side report: one column per set, absent sets named, misses listed."""

from __future__ import annotations

from events.extraction.report import main

from .conftest import DEV_ARTICLES, DEV_GOLD


def test_report_has_a_column_per_set_and_lists_misses(capsys, tmp_path) -> None:
    one = tmp_path / "one"
    one.mkdir()
    text = (DEV_ARTICLES / "dev_001_tanger-consultation.txt").read_text(encoding="utf-8")
    (one / "a.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.json"  # deliberately wrong city: one miss to list
    gold.write_text(
        '[{"article": "a.txt", "retrieved": "2026-11-22", "meeting": {"date": null, '
        '"region": null, "city": "Nowhere", "kind": null}, "officials": [], "figures": []}]',
        encoding="utf-8",
    )
    main([f"dev={DEV_ARTICLES},{DEV_GOLD}", f"one={one},{gold}",
          f"gone={tmp_path / 'nope'},{tmp_path / 'nope.json'}", "--misses", "one"])  # fmt: skip
    out = capsys.readouterr().out
    header = out.splitlines()[0].split()
    assert header == ["field", "dev", "one", "gone"]
    assert "absent" in next(line for line in out.splitlines() if line.startswith("meeting.city"))
    assert "a.txt | city | 'nowhere' |" in out
