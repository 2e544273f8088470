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
        if list(g.keys()) != KEYS:
            errs.append(f"{a}: keys {list(g.keys())}")
        if a not in files:
            errs.append(f"{a}: article file missing")
        if g["language"] not in ("ar", "fr"):
            errs.append(f"{a}: language")
        for k in ("published", "retrieved"):
            if not iso(g[k]):
                errs.append(f"{a}: {k} not ISO")
        m = g["meeting"]
        if list(m.keys()) != ["date", "region", "city", "kind"]:
            errs.append(f"{a}: meeting keys")
        if not iso(m["date"]):
            errs.append(f"{a}: meeting.date not ISO")
        if m["region"] is not None and m["region"] not in REGIONS:
            errs.append(f"{a}: region {m['region']}")
        if m["kind"] not in KINDS:
            errs.append(f"{a}: kind {m['kind']}")
        if m["date"] and g["published"] and m["date"] > g["published"]:
            errs.append(f"{a}: meeting after publication")
        if m["date"] and m["date"] > g["retrieved"]:
            errs.append(f"{a}: meeting after retrieval")
        text = Path(HERE, "articles", a).read_text(encoding="utf-8") if a in files else ""
        for o in g["officials"]:
            if set(o) != {"name", "role", "role_code"} or o["role_code"] not in ROLES:
                errs.append(f"{a}: official {o}")
            if o["name"] not in text:
                errs.append(f"{a}: name not in text: {o['name']}")
            if o["role"] not in text:
                errs.append(f"{a}: role not in text: {o['role']}")
        for fg in g["figures"]:
            if set(fg) != {"amount_mad", "text", "metric", "scope", "approximate"}:
                errs.append(f"{a}: figure keys {fg}")
                continue
            if not isinstance(fg["amount_mad"], int) or fg["amount_mad"] <= 0:
                errs.append(f"{a}: amount {fg['amount_mad']}")
            if (
                fg["metric"] not in METRICS
                or fg["scope"] not in SCOPES
                or not isinstance(fg["approximate"], bool)
            ):
                errs.append(f"{a}: figure {fg}")
            if fg["text"] not in text:
                errs.append(f"{a}: figure text not in article: {fg['text']}")
        if not g["notes"]:
            errs.append(f"{a}: empty notes")
    for e in errs:
        print("ERROR", e)
    print(f"{len(gold)} gold entries, {len(files)} article files, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
