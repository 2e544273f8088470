"""The linear-time lookups answer exactly what the per-mention scans they replaced answered."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from events.extraction.dates import find_dates
from events.extraction.normalize import normalize_name
from events.extraction.officials import OfficialMatch, _conflict_components, dedupe
from events.extraction.spans import any_within, last_before, next_at

_M = OfficialMatch(0, 1, 0, 1, "other", 0.5)


def _dedupe_reference(items: list[tuple[str, OfficialMatch]]) -> list[str]:
    """The former quadratic dedupe: compare each name with every person kept so far."""
    kept: list[str] = []
    keys: list[set[str]] = []
    for name, _m in items:
        k = set(normalize_name(name).split())
        for i, kk in enumerate(keys):
            if k <= kk or kk <= k:
                if len(k) > len(kk):
                    kept[i], keys[i] = name, k
                break
        else:
            kept.append(name)
            keys.append(k)
    return kept


_WORDS = st.sampled_from(["عمر", "حجيرة", "محمد", "بن", "علي", "Omar", "Hjira", "El", ""])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=0, max_size=4).map(" ".join), max_size=12))
def test_dedupe_matches_the_pairwise_rule(names: list[str]) -> None:
    got = [name for name, _m in dedupe([(n, _M) for n in names])]
    assert got == _dedupe_reference([(n, _M) for n in names])


def _components_reference(cands: list[tuple]) -> list[set[int]]:
    """The former grouping: each candidate merged with every group it conflicts with."""
    comps: list[list[tuple]] = []
    for c in cands:
        hit = [
            comp
            for comp in comps
            if any(o[2] == c[2] or not (c[4] <= o[3] or c[3] >= o[4]) for o in comp)
        ]
        merged = [c]
        for comp in hit:
            merged += comp
            comps.remove(comp)
        comps.append(merged)
    return [{id(x) for x in comp} for comp in sorted(comps, key=lambda g: min(x[3] for x in g))]


@st.composite
def _candidates(draw) -> list[tuple]:
    out = []
    for _ in range(draw(st.integers(0, 14))):
        s = draw(st.integers(0, 30))
        e = s + draw(st.integers(1, 4))
        out.append((0, 0, draw(st.integers(0, 6)), s, e, "nf", False, False))
    return out


@settings(max_examples=300, deadline=None)
@given(_candidates())
def test_conflict_components_match_the_pairwise_grouping(cands: list[tuple]) -> None:
    got = [{id(x) for x in comp} for comp in _conflict_components(cands)]
    assert got == _components_reference(cands)


def _dates_reference_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in find_dates(text)]


def test_dates_never_overlap_and_keep_the_first_reading() -> None:
    text = "الثلاثاء 26/11/2024 و26 نونبر 2024، le mardi 3 décembre 2024 et 2024-12-03 " * 3
    spans = _dates_reference_spans(text)
    assert all(b <= c for (_a, b), (c, _d) in pairwise(spans))
    assert len(spans) == 12


@given(st.lists(st.integers(0, 50), unique=True).map(sorted), st.integers(-2, 52))
def test_position_lookups_answer_like_a_scan(positions: list[int], pos: int) -> None:
    assert next_at(positions, pos) == next((p for p in positions if p >= pos), None)
    assert last_before(positions, pos) == max((p for p in positions if p < pos), default=-1)


@given(
    st.lists(st.tuples(st.integers(0, 3), st.integers(1, 3)), max_size=10),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_any_within_answers_like_a_scan(steps: list[tuple[int, int]], a: int, b: int) -> None:
    spans, pos = [], 0
    for gap, length in steps:  # sorted, non-overlapping
        spans.append((pos + gap, pos + gap + length))
        pos += gap + length
    assert any_within(spans, a, b) == any(a <= s and e <= b for s, e in spans)
