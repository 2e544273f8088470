"""Orchestration: text in, an Extraction out."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta

from .calibration import calibrate
from .clutter import blank_spans
from .dates import (
    DateMention,
    _valid,
    current_year,
    find_dates,
    find_header,
    find_published,
    resolve_relative,
)
from .figures import MAX_AMOUNTS, scan_figures, speaks_for_foreign_trade
from .kind import classify_kind, follow_programme
from .lang import alt, ar, fr
from .language import detect_language
from .normalize import Normalized, norm, normalize
from .officials import dedupe, find_officials
from .places import REGIONS, PlaceMention, choose_places, find_places
from .programmes import choose_programme, read_programme
from .relevance import judge_relevance
from .schema import Evidence, Extraction, Figure, Meeting, Official, OtherStop, Warning
from .stops import StopChoice, find_stops

MAX_CHARS = 300_000  # longer inputs are cut: articles are far shorter
_WD_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

MEETING_CUE_RE = re.compile(norm(alt(ar.MEETING_CUES, fr.MEETING_CUES)), re.IGNORECASE)
OTHER_EVENT_RE = re.compile(
    norm(rf"(?:{alt(ar.OTHER_EVENT, fr.OTHER_EVENT)})(?:\s+\S+){{0,6}}\s*$"), re.IGNORECASE
)
PROCEEDINGS_RE = re.compile(norm(alt(ar.PROCEEDINGS, fr.PROCEEDINGS)), re.IGNORECASE)
ANNIVERSARY_RE = re.compile(
    norm(alt(ar.ANNIVERSARY, fr.ANNIVERSARY, ar.COMMEMORATION, fr.COMMEMORATION)), re.IGNORECASE
)
NEXT_STOP_RE = re.compile(norm(alt(fr.NEXT_STOP, ar.NEXT_STOP)), re.IGNORECASE)


def _ev(n: Normalized, start: int | None, end: int | None) -> Evidence | None:
    """Evidence in the original text for a normalised span."""
    if start is None or end is None:
        return None
    a, b = n.span(start, end)
    return Evidence(a, b, n.original[a:b])


def _mention_ev(n: Normalized, p: PlaceMention | None) -> Evidence | None:
    """Evidence for a place mention, if any."""
    return _ev(n, p.start, p.end) if p else None


def _text(ev: Evidence | None) -> str | None:
    """The words of some evidence, or None."""
    return ev.text if ev else None


def _stop_fields(n: Normalized, s: StopChoice) -> dict[str, object]:
    """The meeting's tour and stop fields from the stop scan, with evidence in the original."""
    others = []
    for o in s.others:
        ev = _ev(n, o.start, o.end)
        if ev is not None:
            others.append(OtherStop(o.number, o.last, o.relation, ev))
    return {
        "tour": s.tour,
        "tour_evidence": _ev(n, s.tour_start, s.tour_end),
        "stop_number": s.number,
        "stop_last": s.last,
        "stop_scope": s.scope,
        "stop_evidence": _ev(n, s.start, s.end),
        "stop_confidence": s.confidence,
        "other_stops": tuple(others),
    }


def _title(text: str) -> tuple[str | None, int]:
    """First heading-like line and where it ends (0 when none)."""
    pos = 0
    for line in text.split("\n"):
        s = line.strip()
        if s:
            if len(s) <= 200 and not s.endswith((".", "،", ",")):
                return s, pos + len(line)
            return None, 0
        pos += len(line) + 1
    return None, 0


_INDEX_DATES = 32  # date mentions beyond which cue words are indexed (articles have a few)


def _cue_starts(text: str, rx: re.Pattern = MEETING_CUE_RE) -> tuple[list[int], list[int]]:
    """Starts and ends of the matches of a word pattern in the whole text, found once."""
    spans = [c.span() for c in rx.finditer(text)]
    return [a for a, _b in spans], [b for _a, b in spans]


def _cue_near(cues: tuple[list[int], list[int]] | None, a: int, b: int) -> bool:
    """Some word found by _cue_starts overlaps [a, b).

    When none does, the pattern cannot match inside the window either (its words have no
    look-around), so the per-mention scan is skipped: a long text of dates stays linear.
    Without an index (an article with few dates), the window is always scanned.
    """
    if cues is None:
        return True
    starts, ends = cues
    i = bisect_left(starts, a)
    return (i > 0 and ends[i - 1] > a) or (i < len(starts) and starts[i] < b)


def _date_score(text: str, m: DateMention, cues: tuple[list[int], list[int]] | None) -> float:
    """How likely a date mention is the meeting's date (higher is better)."""
    score = 0.0
    if m.weekday is not None:
        score += 2.0
    if m.year is not None:
        score += 0.5
    if m.numeric:
        score -= 1.0
    a = max(0, m.start - 160)
    b = min(len(text), m.end + 160)
    best = 0.0
    for c in MEETING_CUE_RE.finditer(text, a, b) if _cue_near(cues, a, b) else ():
        d = m.start - c.end() if c.end() <= m.start else c.start() - m.end
        if d < 0:
            continue
        seg = text[min(c.end(), m.end) : max(c.start(), m.start)]
        if "\n" in seg or "." in seg.replace("..", ""):
            continue
        best = max(best, 3.0 * (1 - d / 170))
    score += best
    score += 1.0 / (1 + m.start / 800)
    return score


def _other_event(
    text: str, m: DateMention, anniversaries: tuple[list[int], list[int]] | None
) -> bool:
    """The date belongs to another event: a launch, an earlier or next stop, an anniversary."""
    before = text[max(0, m.start - 70) : m.start]
    clause = re.split(r"[,;\n.]", before)[-1]
    if OTHER_EVENT_RE.search(clause):
        # "انطلقت يوم الجمعة 5 دجنبر… أشغال المنتدى": what started is the meeting itself
        rest = re.split(r"[,;\n.]", text[m.end : m.end + 120])[0]
        return not PROCEEDINGS_RE.search(rest)
    sentence = re.split(r"[\n.]", text[max(0, m.start - 120) : m.start])[-1]
    if NEXT_STOP_RE.search(sentence):
        return True  # "Prochaine étape : Khémisset, le 11 mars"
    # "à l'occasion de l'anniversaire du discours du 18 mars 2003": the date commemorated,
    # unless a meeting word comes between ("بمناسبة الذكرى… انعقد يوم…")
    if not _cue_near(anniversaries, max(0, m.start - 300), m.start):
        return False
    sentence = re.split(r"[\n.!?]", text[max(0, m.start - 300) : m.start])[-1]
    ends = [a.end() for a in ANNIVERSARY_RE.finditer(sentence)]
    return bool(ends) and MEETING_CUE_RE.search(sentence, ends[-1]) is None


def _resolve(
    m: DateMention,
    *,
    published: date | None,
    ref: date | None,
    context_years: list[int],
    warnings: list[Warning],
) -> date | None:
    """Turn a mention into a date, inferring or correcting the year as the README says."""
    if m.relative:
        return resolve_relative(m, published)
    if m.day is None:
        return None
    month = m.month
    if month is None:
        if not (m.current and published):
            return None
        month = published.month
    wd = m.weekday
    if m.year is not None:
        d = _valid(m.year, month, m.day)
        if d is None:
            return None
        if ref and d > ref:
            for y in range(m.year - 1, m.year - 12, -1):
                c = _valid(y, month, m.day)
                if c and c <= ref and (wd is None or c.weekday() == wd):
                    warnings.append(Warning(
                        "date_after_publication", "meeting.date",
                        f"The text says {d.isoformat()}, after the article's publication/retrieval "
                        f"date {ref.isoformat()}; took {c.isoformat()}, the nearest earlier year "
                        "in which the named weekday matches.",
                    ))  # fmt: skip
                    return c
            return None
        if wd is not None and d.weekday() != wd:
            warnings.append(Warning(
                "weekday_mismatch", "meeting.date",
                f"The text names a {_WD_NAMES[wd]} but {d.isoformat()} is a "
                f"{_WD_NAMES[d.weekday()]}; kept the date, please review.",
            ))  # fmt: skip
        return d
    # no year: a stated publication date fixes it (الجاري / courant point there too)
    if published:
        c = _valid(published.year, month, m.day)
        if c and c > published:
            c = _valid(published.year - 1, month, m.day)
        if c:
            warnings.append(Warning(
                "year_inferred", "meeting.date",
                f"The text gives no year for the meeting; took {c.year} from the publication date.",
            ))  # fmt: skip
            if wd is not None and c.weekday() != wd:
                warnings.append(Warning(
                    "weekday_mismatch", "meeting.date",
                    f"The text names a {_WD_NAMES[wd]} but {c.isoformat()} is a "
                    f"{_WD_NAMES[c.weekday()]}; kept the date, please review.",
                ))  # fmt: skip
            return c
    # then years of other dated events in the text, then the reference year
    cands: list[int] = []
    if published:
        cands += [published.year, published.year - 1]
    cands += [y for y in context_years if y not in cands]
    if ref:
        cands += [y for y in range(ref.year, ref.year - 7, -1) if y not in cands]
    first_ok = None
    if not context_years:
        return None  # nothing in the text fixes the year (a weekday alone does not)
    for y in cands:
        c = _valid(y, month, m.day)
        if c is None or (ref and c > ref):
            continue
        if first_ok is None:
            first_ok = c
        if wd is None or c.weekday() == wd:
            warnings.append(Warning(
                "year_inferred", "meeting.date",
                f"The text gives no year for the meeting; inferred {y} from the article's context"
                + (" and the weekday." if wd is not None else "."),
            ))  # fmt: skip
            return c
    if first_ok is not None:
        warnings.append(Warning(
            "year_inferred", "meeting.date",
            f"The text gives no year for the meeting; assumed {first_ok.year} (unconfirmed).",
        ))  # fmt: skip
        if wd is not None and first_ok.weekday() != wd:
            warnings.append(Warning(
                "weekday_mismatch", "meeting.date",
                f"The named weekday does not match {first_ok.isoformat()}; please review.",
            ))  # fmt: skip
    return first_ok


def extract(
    text: str,
    *,
    published: date | None = None,
    retrieved: date | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Extraction:
    """Extract the meeting, officials and figures from one article's text."""
    if not isinstance(text, str):
        text = str(text or "")
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    full = text
    if title and title.strip() and title.strip() not in text[: len(title) + 200]:
        full = title.strip() + "\n\n" + text
    n = normalize(full)
    clean, _spans = blank_spans(n.text)
    language = detect_language(clean)
    head, title_end = _title(clean)
    if title and title.strip():
        head = title.strip()
    elif head is not None:
        # report the heading as written in the original text
        ev = _ev(n, clean.find(head), clean.find(head) + len(head))
        head = ev.text.strip() if ev else head
    warnings: list[Warning] = []

    # dates
    mentions = find_dates(clean)
    pub_m = find_published(clean, mentions)
    header_m = find_header(clean, mentions, pub_m)
    text_pub = date(pub_m.year, pub_m.month, pub_m.day) if pub_m else None  # type: ignore[arg-type]
    pub = published or text_pub
    ref_candidates = [d for d in (pub, retrieved) if d]
    ref = min(ref_candidates) if ref_candidates else None
    context_years = sorted(
        {m.year for m in mentions if m.year and m.day and m is not pub_m and m is not header_m},
        reverse=True,
    )
    cy = current_year(clean)  # "سنة 2026 الجارية", "l'année 2025 en cours"
    if cy is not None:
        context_years = [cy, *(y for y in context_years if y != cy)]
    scored = []
    # many dates (a hostile text): index the cue words once instead of scanning each window
    many = len(mentions) > _INDEX_DATES
    cues = _cue_starts(clean) if many else None
    anniversaries = _cue_starts(clean, ANNIVERSARY_RE) if many else None
    for m in mentions:
        if m is pub_m or m is header_m or (m.day is None and m.relative is None):
            continue
        if _other_event(clean, m, anniversaries):
            continue
        if m.relative and pub is None:
            continue
        if m.relative == "weekday" and m.weekday is None:
            continue
        s = _date_score(clean, m, cues)
        if m.relative:
            s -= 1.5
        scored.append((s, -m.start, m))
    meeting_date = None
    date_m = None
    date_conf = 0.0
    if scored:
        scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
        for s, _neg, m in scored:
            w: list[Warning] = []
            d = _resolve(m, published=pub, ref=ref, context_years=context_years, warnings=w)
            if d is not None:
                meeting_date, date_m = d, m
                warnings += w
                date_conf = round(max(0.2, min(0.95, 0.45 + 0.1 * s)) - 0.2 * bool(w), 2)
                break
    month_only = None
    if meeting_date is None:
        for m in mentions:
            if m.day is None and m.month and m.year:
                month_only = m
                break

    # places, officials, kind, figures
    places = find_places(clean, title_end=title_end)
    offs = find_officials(clean, original=lambda a, b: n.original[slice(*n.span(a, b))])
    title_regions: dict[str, float] = {}
    place_starts = [p.start for p in places]  # places come sorted by start
    for o in offs:
        if o.role_code in ("wali", "region_council_president", "region_council_vice_president"):
            i = bisect_left(place_starts, o.title_start)
            while i < len(places) and places[i].start < o.title_end:
                p = places[i]
                if p.region:
                    title_regions[p.region] = title_regions.get(p.region, 0) + 2.0
                i += 1
    choice = choose_places(places, title_regions=title_regions)
    if len(choice.other_regions) > 0:
        names = ", ".join(REGIONS[c]["fr"] for c in choice.other_regions)
        warnings.append(Warning(
            "multiple_regions", "meeting.region",
            f"Other regions are named too ({names}); kept {REGIONS[choice.region]['fr']}.",
        ))  # fmt: skip
    officials: list[Official] = []
    pairs = []
    for o in offs:
        ev = _ev(n, o.name_start, o.name_end)
        if ev is None:
            continue
        pairs.append((ev.text.strip(), o))
    for name, o in dedupe(pairs):
        rv = _ev(n, o.title_start, o.title_end)
        role = rv.text.strip(" ،,-") if rv else ""
        a, b = min(o.name_start, o.title_start), max(o.name_end, o.title_end)
        ev = _ev(n, a, b)
        if ev is not None:
            officials.append(Official(name, role, o.role_code, ev, o.confidence))
    chamber_named = any(o.role_code == "chamber_president" for o in offs)
    kc = classify_kind(clean, title_end=title_end, chamber_president_named=chamber_named)
    named = read_programme(clean, title_end=title_end)
    if named.family is not None and named.family_match is not None:
        fm = named.family_match
        kc = follow_programme(kc, family_kind=named.family.kind, start=fm.start(), end=fm.end())
    prog = choose_programme(named, kind=kc.kind, presented=kc.presented)
    stops = find_stops(
        clean,
        title_end=title_end,
        region_starts=[p.start for p in places if p.kind in ("region", "old_region", "province")],
    )
    if stops.conflict:
        warnings.append(Warning(
            "stop_number_conflict", "meeting.stop_number",
            f"The text numbers this stop {stops.number} and also "
            + ", ".join(str(c) for c in stops.conflict) + "; kept the clearest, please review.",
        ))  # fmt: skip
    figures: list[Figure] = []
    scan = scan_figures(clean)
    if scan.capped:
        warnings.append(Warning(
            "figures_capped", "figures",
            f"The text holds more than {MAX_AMOUNTS} dirham amounts; only the first "
            f"{MAX_AMOUNTS} were read (a table or a malformed page?).",
        ))  # fmt: skip
    for f in scan.figures:
        ev = _ev(n, f.start, f.end)
        whole = round(f.amount)
        amount: int | float = whole if abs(f.amount - whole) < 1e-6 else f.amount
        if ev is None:
            continue
        figures.append(
            Figure(amount, ev.text, f.metric, f.scope, f.approximate, f.year, ev, f.confidence,
                   basis=f.amount_basis, metric_basis=f.metric_basis, scope_basis=f.scope_basis)
        )  # fmt: skip
    relevance = judge_relevance(clean)
    relevant = relevance.relevant
    meeting = Meeting(
        date=meeting_date,
        date_precision="day" if meeting_date else None,
        region=choice.region,
        city=choice.city,
        kind=kc.kind,
        programme=_text(_ev(n, prog.wording_start, prog.wording_end)),
        date_evidence=_ev(n, date_m.start, date_m.end) if date_m else None,
        region_evidence=_mention_ev(n, choice.region_mention),
        city_evidence=_mention_ev(n, choice.city_mention),
        kind_evidence=_ev(n, kc.start, kc.end),
        date_confidence=date_conf,
        region_confidence=choice.region_confidence,
        city_confidence=choice.city_confidence,
        kind_confidence=round(kc.confidence, 2),
        programme_key=prog.key,
        programme_basis=prog.basis,
        programme_period=prog.period,
        programme_evidence=_ev(n, prog.key_start, prog.key_end),
        **_stop_fields(n, stops),
    )
    if meeting_date and ref and meeting_date > ref + timedelta(days=0):
        pass
    if month_only is not None and meeting_date is None:
        warnings.append(Warning(
            "date_month_only", "meeting.date",
            "Only a month and year are given; the day is not fixed, so no date was set.",
        ))  # fmt: skip
    if relevance.statement or not relevant:
        # No meeting, so no kind either (the real-press gold leaves every meeting field null).
        meeting = Meeting(kind=None)
        # No meeting: a statement on foreign trade (in parliament, or by the official in charge
        # of it) keeps the figures that official gives, and no one else's.
        if not any(
            o.role_code in ("minister", "secretary_of_state")
            and speaks_for_foreign_trade(clean[o.title_start : o.title_end])
            for o in offs
        ):
            figures = []
        if relevance.statement:
            msg = "A statement on foreign trade in parliament, not a meeting: no meeting facts."
        else:
            officials = []
            msg = "No paragraph reports a meeting about foreign trade or exports."
        warnings.append(Warning("not_relevant", "relevant", msg))
    return calibrate(Extraction(
        language=language,
        published=pub,
        retrieved=retrieved,
        relevant=relevant,
        title=head,
        meeting=meeting,
        officials=tuple(officials),
        figures=tuple(figures),
        warnings=tuple(warnings),
        url=url,
    ))  # fmt: skip
