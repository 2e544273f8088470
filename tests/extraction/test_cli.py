# ruff: noqa: E501  (Arabic test sentences are kept whole, one case per line)
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.shared_data import shared_path

from .conftest import REPO

ARTICLE = "احتضنت مدينة أكادير يوم الثلاثاء 26 نونبر 2024 لقاء تشاوريا حول التصدير.\n"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "events.extraction", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_cli_good_and_bad_files(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    u16 = tmp_path / "u16.txt"
    u16.write_bytes(ARTICLE.encode("utf-16"))
    cp = tmp_path / "cp1256.txt"
    cp.write_bytes(ARTICLE.encode("cp1256"))
    html = tmp_path / "page.html"
    html.write_text(f"<html><body><nav>menu</nav><article><p>{ARTICLE}</p></article></body></html>", encoding="utf-8")  # fmt: skip
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bin.dat"
    binary.write_bytes(bytes(range(256)) * 20)
    files = [good, bom, u16, cp, html, empty, binary, tmp_path / "missing.txt"]
    r = _run("--retrieved", "2026-11-22", *map(str, files))
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert [o["article"] for o in out] == [f.name for f in files]
    for o in out[:5]:
        assert "error" not in o, o
        assert o["meeting"]["date"] == "2024-11-26"
        assert o["meeting"]["city"] == "Agadir"
        assert o["retrieved"] == "2026-11-22"
    for o in out[5:]:
        assert o["error"]
    assert "أكادير" in r.stdout  # ensure_ascii=False


def test_cli_seeds_and_published() -> None:
    seeds = sorted(shared_path("seeds").glob("*.txt"))
    r = _run("--retrieved", "2026-11-22", "--published", "2024-11-29", str(seeds[1]))
    assert r.returncode == 0
    out = json.loads(r.stdout)
    assert out[0]["published"] == "2024-11-29"


def test_no_django_import() -> None:
    r = subprocess.run(
        [sys.executable, "-c", "import events.extraction, sys; assert 'django' not in sys.modules"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr


def test_evaluate_cli(tmp_path: Path) -> None:
    gold = [{"article": "a.txt", "meeting": {"date": "2024-11-26", "region": "MA-09", "city": "Agadir", "kind": "consultation"},
             "officials": [{"name": "عمر حجيرة", "role_code": "secretary_of_state"}],
             "figures": [{"amount_mad": 5000000000, "metric": "exports", "scope": "region"}]}]  # fmt: skip
    pred = [{"article": "a.txt", "meeting": {"date": "2024-11-26", "region": "MA-09", "city": "agadir", "kind": "consultation"},
             "officials": [{"name": "السيد عمر حجيرة", "role_code": "secretary_of_state"}],
             "figures": [{"amount_mad": 5010000000, "metric": "exports", "scope": "region"}]}]  # fmt: skip
    (tmp_path / "g.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "p.json").write_text(json.dumps(pred), encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "events.extraction.evaluate", str(tmp_path / "g.json"), str(tmp_path / "p.json"), "--json"],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    res = json.loads(r.stdout)
    assert res["meeting"]["city"]["accuracy"] == 1.0
    assert res["officials"]["f1"] == 1.0
    assert res["figures"]["f1"] == 1.0
