"""Confidence that means "the probability that this fact is right", fitted on real press.

Every fact the engine emits (the meeting's date, region, city and kind; each official and their
role code; each figure, its metric and its scope) has a basis: the kind of evidence it rests on
(the rule that chose a figure's scope, the raw score band and warnings of a date, an official's
role code…). `calibration.json`, beside this module, counts for each fact kind and basis how
many such facts were right on the annotated real articles. A fact's confidence is that share,
pulled towards its fact kind's share when the basis was seen only a few times (an m-estimate),
so that a rule seen right 3 times out of 3 is not called certain; a basis never seen gets its
fact kind's share, and a fact kind never seen gets 0.5.

Refit the table after any change to the rules (it prints the calibration it reaches):

    make calibrate    # .venv/bin/python -m events.extraction.report --fit-calibration real=…

`PUBLISH_THRESHOLD` is the confidence at or above which a fact is published without review when
`JIHAT_AUTO_PUBLISH` is on: `auto_publishable(confidence)` for one fact,
`unconfident_facts(extraction_dict)` for everything an extraction holds. `make eval` prints how
often the facts above it were right (in the table's own articles, and with each article left
out of the fit in turn).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .schema import Extraction, Figure, Meeting, Official

TABLE_PATH = Path(__file__).with_name("calibration.json")
# A fact at or above this confidence may be published without review. Chosen so that on
# ../shared/real the facts above it are right at least 97 % of the time (see make eval).
PUBLISH_THRESHOLD = 0.95
# Weight, in facts, of the fact kind's share in a basis's estimate (the m of the m-estimate).
PSEUDO_COUNT = 4
UNSEEN = 0.5  # confidence of a fact kind the table has never seen

FACT_KINDS = (
    "meeting.date",
    "meeting.region",
    "meeting.city",
    "meeting.kind",
    "official",
    "official.role_code",
    "figure",
    "figure.metric",
    "figure.scope",
)
# Confidence bands that make eval reports, and thresholds it reports the precision above.
BANDS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001)
THRESHOLDS = (0.8, 0.9, 0.95, 0.97)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One emitted fact, scored against gold."""

    article: str
    fact: str  # one of FACT_KINDS
    basis: str
    confidence: float
    right: bool


# --- bases of the facts whose rules give a raw score ---------------------------------------


def _band(raw: float) -> str:
    """Raw score band of a rule that scores its choice (dates, places, kind, officials)."""
    if raw >= 0.85:
        return "raw >= 0.85"
    if raw >= 0.7:
        return "raw 0.70-0.85"
    if raw >= 0.5:
        return "raw 0.50-0.70"
    return "raw < 0.50"


def _meeting_bases(m: Meeting, warning_codes: set[str]) -> dict[str, str | None]:
    """Basis of each meeting fact that was found."""
    date_tags = sorted(
        warning_codes & {"year_inferred", "weekday_mismatch", "date_after_publication"}
    )
    region_tags = sorted(warning_codes & {"multiple_regions"})
    return {
        "date": "; ".join([_band(m.date_confidence), *date_tags]) if m.date else None,
        "region": "; ".join([_band(m.region_confidence), *region_tags]) if m.region else None,
        "city": _band(m.city_confidence) if m.city else None,
        "kind": f"{m.kind}; {_band(m.kind_confidence)}",
    }


# --- the table ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """Counts of right facts per fact kind and basis, and the confidences they give."""

    counts: dict[str, dict[str, tuple[int, int]]]  # fact -> basis -> (facts, right)
    fitted_on: tuple[str, ...] = ()

    def kind_share(self, fact: str) -> float:
        """Share of right facts of a kind, Laplace-smoothed; UNSEEN when never seen."""
        rows = self.counts.get(fact)
        if not rows:
            return UNSEEN
        n = sum(c[0] for c in rows.values())
        right = sum(c[1] for c in rows.values())
        return (right + 1) / (n + 2)

    def confidence(self, fact: str, basis: str | None) -> float:
        """Probability that a fact of this kind and basis is right."""
        prior = self.kind_share(fact)
        n, right = self.counts.get(fact, {}).get(basis or "", (0, 0))
        return round((right + PSEUDO_COUNT * prior) / (n + PSEUDO_COUNT), 3)

    def without(self, outcomes: Iterable[Outcome]) -> Table:
        """The table less some facts (to score an article with a fit that never saw it)."""
        counts = {f: dict(rows) for f, rows in self.counts.items()}
        for o in outcomes:
            n, right = counts[o.fact][o.basis]
            counts[o.fact][o.basis] = (n - 1, right - int(o.right))
        return Table(counts, self.fitted_on)

    @classmethod
    def fit(cls, outcomes: Iterable[Outcome], fitted_on: tuple[str, ...] = ()) -> Table:
        """Count outcomes per fact kind and basis."""
        counts: dict[str, dict[str, tuple[int, int]]] = {}
        for o in outcomes:
            n, right = counts.setdefault(o.fact, {}).get(o.basis, (0, 0))
            counts[o.fact][o.basis] = (n + 1, right + int(o.right))
        return cls(counts, fitted_on)

    def to_json(self) -> str:
        """The table as written to calibration.json: one basis per line, sorted."""
        blocks = []
        for f in (k for k in FACT_KINDS if k in self.counts):
            rows = [
                f'   {json.dumps(b, ensure_ascii=False)}: {{"facts": {n}, "right": {r}}}'
                for b, (n, r) in sorted(self.counts[f].items())
            ]
            blocks.append(f"  {json.dumps(f)}: {{\n" + ",\n".join(rows) + "\n  }")
        about = "Facts emitted and facts right, per fact kind and basis; see calibration.py."
        return (
            f'{{\n "about": {json.dumps(about)},\n'
            f' "fitted_on": {json.dumps(list(self.fitted_on))},\n'
            ' "facts": {\n' + ",\n".join(blocks) + "\n }\n}\n"
        )

    @classmethod
    def load(cls, path: Path = TABLE_PATH) -> Table:
        """The table in calibration.json (an empty one when the file is missing)."""
        if not path.is_file():
            return cls({})
        doc = json.loads(path.read_text(encoding="utf-8"))
        counts = {
            f: {b: (int(c["facts"]), int(c["right"])) for b, c in rows.items()}
            for f, rows in doc.get("facts", {}).items()
        }
        return cls(counts, tuple(doc.get("fitted_on", ())))


TABLE = Table.load()


# --- applying it ------------------------------------------------------------------------------


def calibrate(x: Extraction, table: Table = TABLE) -> Extraction:
    """The extraction with each fact's basis recorded and its confidence read from the table.

    Figures arrive with their bases set by the figure rules; the other facts arrive with the
    raw scores of their rules, which become their bases."""
    m = x.meeting
    if m.kind_basis is None:
        mb = _meeting_bases(m, {w.code for w in x.warnings})
    else:  # calibrated already: the raw scores are gone, the bases stay
        mb = {"date": m.date_basis, "region": m.region_basis, "city": m.city_basis,
              "kind": m.kind_basis}  # fmt: skip
    meeting = replace(
        m,
        date_basis=mb["date"],
        region_basis=mb["region"],
        city_basis=mb["city"],
        kind_basis=mb["kind"],
        date_confidence=table.confidence("meeting.date", mb["date"]) if m.date else 0.0,
        region_confidence=table.confidence("meeting.region", mb["region"]) if m.region else 0.0,
        city_confidence=table.confidence("meeting.city", mb["city"]) if m.city else 0.0,
        kind_confidence=table.confidence("meeting.kind", mb["kind"]),
    )
    officials = tuple(_official(o, table) for o in x.officials)
    figures = tuple(_figure(f, table) for f in x.figures)
    return replace(x, meeting=meeting, officials=officials, figures=figures)


def _official(o: Official, table: Table) -> Official:
    """An official with calibrated confidences (name from its raw score band, role by code)."""
    basis = o.basis or _band(o.confidence)
    role_basis = o.role_basis or o.role_code
    return replace(
        o,
        basis=basis,
        role_basis=role_basis,
        confidence=table.confidence("official", basis),
        role_confidence=table.confidence("official.role_code", role_basis),
    )


def _figure(f: Figure, table: Table) -> Figure:
    """A figure with calibrated confidences for its amount, metric and scope."""
    return replace(
        f,
        confidence=table.confidence("figure", f.basis),
        metric_confidence=table.confidence("figure.metric", f.metric_basis),
        scope_confidence=table.confidence("figure.scope", f.scope_basis),
    )


def auto_publishable(confidence: float | None) -> bool:
    """Whether a fact this confident may be published without review."""
    return confidence is not None and confidence >= PUBLISH_THRESHOLD


def fact_confidences(data: dict[str, Any]) -> list[tuple[str, float]]:
    """(path, confidence) of every fact in an extraction's JSON form (Extraction.to_dict())."""
    out: list[tuple[str, float]] = []
    meeting = data.get("meeting") or {}
    conf = meeting.get("confidence") or {}
    for f in ("date", "region", "city", "kind"):
        if meeting.get(f) is not None:
            out.append((f"meeting.{f}", float(conf.get(f) or 0.0)))
    for i, o in enumerate(data.get("officials") or []):
        out.append((f"officials[{i}]", float(o.get("confidence") or 0.0)))
        out.append((f"officials[{i}].role_code", float(o.get("role_confidence") or 0.0)))
    for i, fg in enumerate(data.get("figures") or []):
        out.append((f"figures[{i}]", float(fg.get("confidence") or 0.0)))
        out.append((f"figures[{i}].metric", float(fg.get("metric_confidence") or 0.0)))
        out.append((f"figures[{i}].scope", float(fg.get("scope_confidence") or 0.0)))
    return out


def unconfident_facts(data: dict[str, Any]) -> list[str]:
    """Paths of the facts of an extraction (JSON form) below the publish threshold: a meeting
    may be published without review only when this is empty (and the article is relevant)."""
    if not data.get("relevant", False):
        return ["relevant"]
    return [path for path, c in fact_confidences(data) if not auto_publishable(c)]


# --- reporting ----------------------------------------------------------------------------------


def _share(rows: list[Outcome]) -> str:
    """'right/facts = share' of some outcomes."""
    if not rows:
        return f"{'-':>14}"
    right = sum(o.right for o in rows)
    return f"{right:>4}/{len(rows):<4} {right / len(rows):5.2f}"


def left_out_confidences(outcomes: list[Outcome], table: Table) -> list[Outcome]:
    """Each outcome with the confidence a fit without its article gives it."""
    by_article: dict[str, list[Outcome]] = {}
    for o in outcomes:
        by_article.setdefault(o.article, []).append(o)
    out = []
    for rows in by_article.values():
        t = table.without(rows)
        out += [replace(o, confidence=t.confidence(o.fact, o.basis)) for o in rows]
    return out


def format_calibration(
    name: str, outcomes: list[Outcome], threshold: float = PUBLISH_THRESHOLD
) -> str:
    """Per fact kind and overall: facts and share right in each confidence band, and the
    precision of the facts at or above the threshold (also with each article left out)."""
    bands = list(itertools.pairwise(BANDS))
    heads = [f"{a:.2f}-{min(b, 1.0):.2f}" for a, b in bands]
    lines = [
        f"calibration on {name} (right/facts share; publish threshold {threshold:.2f})",
        f"{'fact':<20}" + "".join(f"{h:>15}" for h in heads) + f"{'above':>15}{'left out':>15}",
    ]
    fresh = Table.fit(outcomes)
    loao = left_out_confidences(outcomes, fresh)
    kinds = [k for k in FACT_KINDS if any(o.fact == k for o in outcomes)]
    for kind in [*kinds, "all"]:
        rows = [o for o in outcomes if kind in ("all", o.fact)]
        left = [o for o in loao if kind in ("all", o.fact)]
        cells = [_share([o for o in rows if a <= o.confidence < b]) for a, b in bands]
        cells.append(_share([o for o in rows if o.confidence >= threshold]))
        cells.append(_share([o for o in left if o.confidence >= threshold]))
        lines.append(f"{kind:<20}" + "".join(f"{c:>15}" for c in cells))
    for label, rows in (("in the fit", outcomes), ("left out", loao)):
        cells = []
        for t in THRESHOLDS:
            above = [o for o in rows if o.confidence >= t]
            share = f"{sum(o.right for o in above) / len(above):.3f}" if above else "-"
            cells.append(f">={t:.2f}: {share} of {len(above)}")
        lines.append(f"precision {label:<11}" + "; ".join(cells))
    stale = Table.load().counts != fresh.counts
    if stale:
        lines.append(
            "the stored table was fitted on other predictions: run `make calibrate` to refit it"
        )
    return "\n".join(lines)
