"""Sanity check for the jihat extraction dev set: python3 validate.py"""

import datetime
import json
import os
import sys
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
REGIONS = {f"MA-{i:02d}" for i in range(1, 13)}
ROLES = {
    "minister",
    "secretary_of_state",
    "wali",
    "governor",
    "region_council_president",
    "region_council_vice_president",
    "chamber_president",
    "chamber_vice_president",
    "cgem_president",
    "secretary_general",
    "director",
    "commune_president",
    "parliamentarian",
    "other",
}
KINDS = {"consultation", "evaluation_forum", "caravan", "chamber_meeting", "other"}
METRICS = {"exports", "imports", "production", "investment", "other"}
SCOPES = {"region", "national", "other"}
KEYS = [
    "article",
    "source_url",
    "language",
    "published",
    "retrieved",
    "meeting",
    "officials",
    "figures",
    "notes",
]


def iso(v):
    if v is None:
        return True
    try:
        return datetime.date.fromisoformat(v).isoformat() == v
    except (TypeError, ValueError):
        return False


def main():
    gold = json.loads(Path(HERE, "gold.json").read_text(encoding="utf-8"))
    errs = []
    files = sorted(f for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".txt"))
    names = [g["article"] for g in gold]
    if len(names) != len(set(names)):
        errs.append("duplicate gold entries")
    for f in set(files) - set(names):
        errs.append(f"{f}: no gold entry")
    for g in gold:
        a = g["article"]
        text = Path(HERE, "articles", a).read_text(encoding="utf-8") if a in files else ""
        errs += [f"{a}: {e}" for e in check_entry(g, files)]
        errs += [f"{a}: {e}" for e in check_meeting(g)]
        errs += [f"{a}: {e}" for e in check_officials(g["officials"], text)]
        errs += [f"{a}: {e}" for e in check_figures(g["figures"], text)]
    for e in errs:
        print("ERROR", e)
    print(f"{len(gold)} gold entries, {len(files)} article files, {len(errs)} errors")
    return 1 if errs else 0


def check_entry(g, files):
    """The entry's keys, its file, language, dates and notes."""
    errs = []
    if list(g.keys()) != KEYS:
        errs.append(f"keys {list(g.keys())}")
    if g["article"] not in files:
        errs.append("article file missing")
    if g["language"] not in ("ar", "fr"):
        errs.append("language")
    errs += [f"{k} not ISO" for k in ("published", "retrieved") if not iso(g[k])]
    if not g["notes"]:
        errs.append("empty notes")
    return errs


def check_meeting(g):
    """The meeting's fields; an article that reports no meeting has every field null."""
    m = g["meeting"]
    errs = []
    if list(m.keys()) != ["date", "region", "city", "kind"]:
        errs.append("meeting keys")
    if not iso(m["date"]):
        errs.append("meeting.date not ISO")
    if m["region"] is not None and m["region"] not in REGIONS:
        errs.append(f"region {m['region']}")
    no_meeting = m["date"] is None and m["region"] is None and m["city"] is None
    if m["kind"] not in KINDS and not (no_meeting and m["kind"] is None):
        errs.append(f"kind {m['kind']}")
    if m["date"] and g["published"] and m["date"] > g["published"]:
        errs.append("meeting after publication")
    if m["date"] and m["date"] > g["retrieved"]:
        errs.append("meeting after retrieval")
    return errs


def check_officials(officials, text):
    """Each official's keys and role code, name and role written as in the article."""
    errs = []
    for o in officials:
        if set(o) != {"name", "role", "role_code"} or o["role_code"] not in ROLES:
            errs.append(f"official {o}")
        if o["name"] not in text:
            errs.append(f"name not in text: {o['name']}")
        if o["role"] not in text:
            errs.append(f"role not in text: {o['role']}")
    return errs


def check_figures(figures, text):
    """Each figure's keys, amount, metric, scope and words as in the article."""
    errs = []
    for fg in figures:
        if set(fg) != {"amount_mad", "text", "metric", "scope", "approximate"}:
            errs.append(f"figure keys {fg}")
            continue
        if not isinstance(fg["amount_mad"], int) or fg["amount_mad"] <= 0:
            errs.append(f"amount {fg['amount_mad']}")
        if (
            fg["metric"] not in METRICS
            or fg["scope"] not in SCOPES
            or not isinstance(fg["approximate"], bool)
        ):
            errs.append(f"figure {fg}")
        if fg["text"] not in text:
            errs.append(f"figure text not in article: {fg['text']}")
    return errs


if __name__ == "__main__":
    sys.exit(main())
