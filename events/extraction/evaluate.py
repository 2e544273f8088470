# ruff: noqa: E501  (word lists, regex tables and report lines read better unwrapped)
"""Score predictions against gold: python -m events.extraction.evaluate GOLD.json PRED.json."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .calibration import Outcome
from .normalize import normalize_name

FIELDS = ("date", "region", "city", "kind")


def _fold_city(s: str | None) -> str | None:
    """City compared after case folding and removing accents."""
    if s is None:
        return None
    d = unicodedata.normalize("NFD", s)
    return "".join(c for c in d if unicodedata.category(c) != "Mn").casefold().strip()


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall, F1."""
    p = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _match_figures(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """Greedy one-to-one matching of amounts within 0.5 %."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        ga = float(g["amount_mad"])
        best = None
        for i, p in enumerate(pred):
            if i in used or p.get("amount_mad") is None:
                continue
            pa = float(p["amount_mad"])
            close = abs(pa - ga) <= 0.005 * max(abs(ga), abs(pa))
            if close and (best is None or abs(pa - ga) < abs(float(pred[best]["amount_mad"]) - ga)):
                best = i
        if best is not None:
            used.add(best)
            pairs.append((g, pred[best]))
    return pairs


@dataclass
class _Tally:
    """Counts summed over the articles by score()."""

    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {f: {"correct": 0, "total": 0, "false_positive": 0} for f in FIELDS}
    )
    o_tp: int = 0
    o_pred: int = 0
    o_gold: int = 0
    role_ok: int = 0
    role_n: int = 0
    f_tp: int = 0
    f_pred: int = 0
    f_gold: int = 0
    metric_ok: int = 0
    scope_ok: int = 0
    fig_n: int = 0


def _miss(detail: dict[str, Any], what: str, expected: Any, found: Any, text: str) -> None:
    """Record one miss: a line for the error list and a row for the misses table."""
    detail["errors"].append(text)
    detail["misses"].append({"field": what, "expected": expected, "found": found})


def _score_meeting(gm: dict, pm: dict, t: _Tally, detail: dict[str, Any]) -> None:
    """Meeting fields: right when equal to gold; a value where gold has none is a false positive."""
    for f in FIELDS:
        gv, pv = gm.get(f), pm.get(f)
        if f == "city":
            gv, pv = _fold_city(gv), _fold_city(pv)
        c = t.counts[f]
        if gv is None:
            if pv is not None:
                c["false_positive"] += 1
                _miss(detail, f, None, pv, f"{f}: predicted {pv!r}, gold null")
            continue
        c["total"] += 1
        if gv == pv:
            c["correct"] += 1
        else:
            _miss(detail, f, gv, pv, f"{f}: predicted {pv!r}, gold {gv!r}")


def _score_officials(g: dict, p: dict, t: _Tally, detail: dict[str, Any]) -> None:
    """Officials matched by normalised name (first prediction of a name wins), then their role."""
    gold_off = {normalize_name(o["name"]): o for o in g.get("officials") or []}
    pred_off: dict[str, dict] = {}
    for o in p.get("officials") or []:
        pred_off.setdefault(normalize_name(o.get("name", "")), o)
    t.o_gold += len(gold_off)
    t.o_pred += len(pred_off)
    for k, go in gold_off.items():
        if k not in pred_off:
            _miss(detail, "official", go["name"], None, f"missed official {go['name']}")
            continue
        t.o_tp += 1
        t.role_n += 1
        found = pred_off[k].get("role_code")
        if found == go.get("role_code"):
            t.role_ok += 1
        else:
            _miss(detail, f"role_code ({go['name']})", go.get("role_code"), found,
                  f"role_code of {go['name']}: {found} != {go.get('role_code')}")  # fmt: skip
    for k, po in pred_off.items():
        if k not in gold_off:
            _miss(detail, "official", None, po.get("name"), f"extra official {po.get('name')}")


def _score_figures(g: dict, p: dict, t: _Tally, detail: dict[str, Any]) -> None:
    """Figures matched one to one by amount, then their metric and scope."""
    gf = g.get("figures") or []
    pf = p.get("figures") or []
    pairs = _match_figures(gf, pf)
    t.f_tp += len(pairs)
    t.f_pred += len(pf)
    t.f_gold += len(gf)
    matched_g = {id(a) for a, _ in pairs}
    matched_p = {id(b) for _, b in pairs}
    for a, b in pairs:
        t.fig_n += 1
        t.metric_ok += a.get("metric") == b.get("metric")
        t.scope_ok += a.get("scope") == b.get("scope")
        if a.get("metric") != b.get("metric") or a.get("scope") != b.get("scope"):
            _miss(detail, f"figure {a['amount_mad']} metric/scope", f"{a.get('metric')}/{a.get('scope')}",
                  f"{b.get('metric')}/{b.get('scope')}",
                  f"figure {a['amount_mad']}: metric/scope {b.get('metric')}/{b.get('scope')} != {a.get('metric')}/{a.get('scope')}")  # fmt: skip
    for a in gf:
        if id(a) not in matched_g:
            _miss(detail, "figure", f"{a['amount_mad']} ({a.get('text')})", None,
                  f"missed figure {a['amount_mad']} ({a.get('text')})")  # fmt: skip
    for b in pf:
        if id(b) not in matched_p:
            _miss(detail, "figure", None, f"{b.get('amount_mad')} ({b.get('text')})",
                  f"extra figure {b.get('amount_mad')} ({b.get('text')})")  # fmt: skip


def _article_detail(g: dict, p: dict, t: _Tally) -> dict[str, Any]:
    """Score one article into the tally and return its errors and misses."""
    detail: dict[str, Any] = {"article": g["article"], "errors": [], "misses": []}
    _score_meeting(g.get("meeting") or {}, p.get("meeting") or {}, t, detail)
    _score_officials(g, p, t, detail)
    _score_figures(g, p, t, detail)
    if "error" in p:
        detail["errors"].insert(0, f"prediction error: {p['error']}")
    if not p:
        detail["errors"].insert(0, "no prediction for this article")
    return detail


def score(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    """All scores of the gold README, plus per-article details."""
    by_article = {p.get("article"): p for p in pred}
    res: dict[str, Any] = {"articles": len(gold), "meeting": {}, "details": []}
    t = _Tally()
    for g in gold:
        res["details"].append(_article_detail(g, by_article.get(g["article"]) or {}, t))
    for f in FIELDS:
        c = t.counts[f]
        acc = c["correct"] / c["total"] if c["total"] else 1.0
        res["meeting"][f] = {"accuracy": round(acc, 4), **c}
    res["officials"] = {
        **_prf(t.o_tp, t.o_pred, t.o_gold),
        "tp": t.o_tp,
        "predicted": t.o_pred,
        "gold": t.o_gold,
        "role_code_accuracy": round(t.role_ok / t.role_n, 4) if t.role_n else 1.0,
    }
    res["figures"] = {
        **_prf(t.f_tp, t.f_pred, t.f_gold),
        "tp": t.f_tp,
        "predicted": t.f_pred,
        "gold": t.f_gold,
        "metric_accuracy": round(t.metric_ok / t.fig_n, 4) if t.fig_n else 1.0,
        "scope_accuracy": round(t.scope_ok / t.fig_n, 4) if t.fig_n else 1.0,
    }
    return res


def fact_outcomes(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], *, prefix: str = ""
) -> list[Outcome]:
    """Every fact a prediction emits, with its basis, confidence and whether it is right.

    A meeting field is right when it equals gold (a value where gold has none is wrong); an
    official when gold names them, and their role code when it also matches; a figure when it
    matches a gold amount, and its metric and scope when they also match. The meeting of an
    article found irrelevant is empty (kind "other" is no finding then), but the figures of a
    trade official's statement count: the same rules made them."""
    by_article = {p.get("article"): p for p in pred}
    out: list[Outcome] = []
    for g in gold:
        p = by_article.get(g["article"]) or {}

        def add(fact: str, basis: Any, conf: Any, right: bool, _art: str = g["article"]) -> None:
            out.append(Outcome(prefix + _art, fact, basis or "", float(conf or 0), right))

        gm, pm = g.get("meeting") or {}, p.get("meeting") or {}
        for f in FIELDS if p.get("relevant") else ():
            pv, gv = pm.get(f), gm.get(f)
            if pv is not None:
                if f == "city":
                    pv, gv = _fold_city(pv), _fold_city(gv)
                basis, conf = (pm.get(k) or {} for k in ("basis", "confidence"))
                add(f"meeting.{f}", basis.get(f), conf.get(f), pv == gv)
        gold_off = {normalize_name(o["name"]): o for o in g.get("officials") or []}
        seen: set[str] = set()
        for o in p.get("officials") or []:
            k = normalize_name(o.get("name", ""))
            if k in seen:
                continue
            seen.add(k)
            ob, go = o.get("basis") or {}, gold_off.get(k)
            add("official", ob.get("name"), o.get("confidence"), go is not None)
            role_ok = go is not None and go.get("role_code") == o.get("role_code")
            add("official.role_code", ob.get("role_code"), o.get("role_confidence"), role_ok)
        pf = p.get("figures") or []
        matched = {id(b): a for a, b in _match_figures(g.get("figures") or [], pf)}
        for b in pf:
            fb, ga = b.get("basis") or {}, matched.get(id(b))
            add("figure", fb.get("amount"), b.get("confidence"), ga is not None)
            for f in ("metric", "scope"):
                ok = ga is not None and ga.get(f) == b.get(f)
                add(f"figure.{f}", fb.get(f), b.get(f"{f}_confidence"), ok)
    return out


def format_table(res: dict[str, Any], *, details: bool = True) -> str:
    """Human-readable score table."""
    lines = [
        f"articles: {res['articles']}",
        "",
        f"{'field':<10}{'accuracy':>10}{'correct':>9}{'total':>7}{'false+':>8}",
    ]
    for f in FIELDS:
        m = res["meeting"][f]
        lines.append(
            f"{f:<10}{m['accuracy']:>10.3f}{m['correct']:>9}{m['total']:>7}{m['false_positive']:>8}"
        )
    o = res["officials"]
    lines += ["", f"officials  P {o['precision']:.3f}  R {o['recall']:.3f}  F1 {o['f1']:.3f}  "
              f"(tp {o['tp']}, pred {o['predicted']}, gold {o['gold']})  role_code acc {o['role_code_accuracy']:.3f}"]  # fmt: skip
    fg = res["figures"]
    lines.append(f"figures    P {fg['precision']:.3f}  R {fg['recall']:.3f}  F1 {fg['f1']:.3f}  "
                 f"(tp {fg['tp']}, pred {fg['predicted']}, gold {fg['gold']})  metric acc {fg['metric_accuracy']:.3f}  scope acc {fg['scope_accuracy']:.3f}")  # fmt: skip
    if details:
        errs = [d for d in res["details"] if d["errors"]]
        if errs:
            lines += ["", "errors:"]
            for d in errs:
                lines.append(f"  {d['article']}")
                lines += [f"    - {e}" for e in d["errors"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """CLI entry point."""
    ap = argparse.ArgumentParser(prog="python -m events.extraction.evaluate")
    ap.add_argument("gold", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--quiet", action="store_true", help="no per-article error list")
    a = ap.parse_args(argv)
    gold = json.loads(a.gold.read_text(encoding="utf-8-sig"))
    pred = json.loads(a.pred.read_text(encoding="utf-8-sig"))
    res = score(gold, pred)
    if a.json:
        sys.stdout.write(json.dumps(res, ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(format_table(res, details=not a.quiet) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
