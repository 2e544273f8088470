"""Score several annotated sets side by side: python -m events.extraction.report NAME=DIR,GOLD ….

`make eval` runs it on every set the project has (seeds, devset, set B, holdout, ../shared/real),
so that one table shows where a change helps and where it hurts, prints how well the confidences
are calibrated on the sets named with `--calibration`, and lists the misses of the sets named
with `--misses`, so that each rule can be traced to the phenomenon behind it.
`--fit-calibration` refits the confidence table (calibration.py) on the sets given instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from .calibration import TABLE_PATH, Outcome, Table, format_calibration
from .engine import extract
from .evaluate import FIELDS, fact_outcomes, score


@dataclass(frozen=True)
class EvalSet:
    """One annotated set: a folder of article texts and its gold file."""

    name: str
    articles: Path
    gold: Path

    @property
    def present(self) -> bool:
        return self.articles.is_dir() and self.gold.is_file()

    @classmethod
    def parse(cls, spec: str) -> EvalSet:
        """`NAME=ARTICLES_DIR,GOLD_JSON`."""
        name, _, paths = spec.partition("=")
        folder, _, gold = paths.partition(",")
        if not (name and folder and gold):
            raise argparse.ArgumentTypeError(f"expected NAME=ARTICLES_DIR,GOLD_JSON, got {spec!r}")
        return cls(name, Path(folder), Path(gold))


def predict(gold: list[dict[str, Any]], folder: Path) -> list[dict[str, Any]]:
    """Extract every gold article with its own retrieval date as reference."""
    out = []
    for g in gold:
        text = (folder / g["article"]).read_text(encoding="utf-8")
        retrieved = date.fromisoformat(g["retrieved"]) if g.get("retrieved") else None
        d = extract(text, retrieved=retrieved).to_dict()
        d["article"] = g["article"]
        out.append(d)
    return out


def evaluate_set(s: EvalSet) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """Scores, gold and predictions of one set."""
    gold = json.loads(s.gold.read_text(encoding="utf-8-sig"))
    pred = predict(gold, s.articles)
    return score(gold, pred), gold, pred


# Rows of the side-by-side table: label, then how to read it from a score() result.
ROWS: list[tuple[str, Any]] = [
    *[(f"meeting.{f}", lambda r, f=f: f"{r['meeting'][f]['accuracy']:.3f}") for f in FIELDS],
    *[(f"{f} false+", lambda r, f=f: str(r["meeting"][f]["false_positive"])) for f in FIELDS],
    ("officials P", lambda r: f"{r['officials']['precision']:.3f}"),
    ("officials R", lambda r: f"{r['officials']['recall']:.3f}"),
    ("officials F1", lambda r: f"{r['officials']['f1']:.3f}"),
    ("role_code", lambda r: f"{r['officials']['role_code_accuracy']:.3f}"),
    ("figures P", lambda r: f"{r['figures']['precision']:.3f}"),
    ("figures R", lambda r: f"{r['figures']['recall']:.3f}"),
    ("figures F1", lambda r: f"{r['figures']['f1']:.3f}"),
    ("figure metric", lambda r: f"{r['figures']['metric_accuracy']:.3f}"),
    ("figure scope", lambda r: f"{r['figures']['scope_accuracy']:.3f}"),
    ("articles", lambda r: str(r["articles"])),
]


def format_sets(results: dict[str, dict[str, Any] | None]) -> str:
    """One row per field, one column per set ("absent" when the set's files are missing)."""
    names = list(results)
    width = max(9, *(len(n) + 2 for n in names))
    lines = [f"{'field':<16}" + "".join(f"{n:>{width}}" for n in names)]
    for label, read in ROWS:
        cells = [read(r) if r is not None else "absent" for r in results.values()]
        lines.append(f"{label:<16}" + "".join(f"{c:>{width}}" for c in cells))
    return "\n".join(lines)


def format_misses(name: str, res: dict[str, Any]) -> str:
    """Every miss of one set: article, field, expected value, value found."""
    rows = [
        (d["article"], m["field"], m["expected"], m["found"])
        for d in res["details"]
        for m in d["misses"]
    ]
    lines = [f"misses on {name} ({len(rows)}): article | field | expected | found"]
    lines += [f"  {a} | {f} | {e!r} | {v!r}" for a, f, e, v in rows]
    return "\n".join(lines)


def _fit(sets: list[EvalSet], outcomes: dict[str, list[Outcome]]) -> int:
    """Refit calibration.json on the sets (all must be present) and print what it gives."""
    missing = [s.name for s in sets if s.name not in outcomes]
    if missing:
        sys.stderr.write(f"cannot fit the calibration: {', '.join(missing)} absent\n")
        return 2
    every = [o for rows in outcomes.values() for o in rows]
    table = Table.fit(every, tuple(s.name for s in sets))
    TABLE_PATH.write_text(table.to_json(), encoding="utf-8")
    sys.stdout.write(f"wrote {TABLE_PATH} ({len(every)} facts)\n")
    refit = [replace(o, confidence=table.confidence(o.fact, o.basis)) for o in every]
    sys.stdout.write(format_calibration("+".join(outcomes), refit) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    """CLI entry point."""
    ap = argparse.ArgumentParser(prog="python -m events.extraction.report", description=__doc__)
    ap.add_argument("sets", nargs="+", type=EvalSet.parse, help="NAME=ARTICLES_DIR,GOLD_JSON")
    ap.add_argument("--misses", action="append", default=[], help="list the misses of this set")
    ap.add_argument("--json", type=Path, help="also write every score as JSON to this file")
    ap.add_argument(
        "--calibration", action="append", default=[], help="print the calibration on this set"
    )
    ap.add_argument(
        "--fit-calibration",
        action="store_true",
        help=f"refit the confidence table on the sets given and write it to {TABLE_PATH.name}",
    )
    a = ap.parse_args(argv)
    results: dict[str, dict[str, Any] | None] = {}
    outcomes: dict[str, list[Outcome]] = {}
    for s in a.sets:
        if not s.present:
            results[s.name] = None
            continue
        results[s.name], gold, pred = evaluate_set(s)
        outcomes[s.name] = fact_outcomes(gold, pred, prefix=f"{s.name}/")
    if a.fit_calibration:
        return _fit(a.sets, outcomes)
    sys.stdout.write(format_sets(results) + "\n")
    for name in a.calibration:
        if name in outcomes:
            sys.stdout.write("\n" + format_calibration(name, outcomes[name]) + "\n")
        else:
            sys.stdout.write(f"\n{name}: absent, no calibration to print\n")
    for name in a.misses:
        if results.get(name) is not None:
            sys.stdout.write("\n" + format_misses(name, results[name]) + "\n")
        else:
            sys.stdout.write(f"\n{name}: absent, no misses to list\n")
    if a.json:
        a.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
