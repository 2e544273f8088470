"""Throughput and memory of the extraction engine over seeds + devset, with dateparser as reference.

Run: .venv/bin/python benchmarks/extraction.py [--repeat N]
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import sys
import time
from datetime import date
from pathlib import Path

try:
    import psutil
except ImportError:  # a dev dependency: without it, /proc gives the resident set size
    psutil = None

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks import hostile  # noqa: E402
from events.extraction import extract  # noqa: E402

SEEDS = REPO.parent / "shared" / "seeds"
DEV = REPO / "tests" / "extraction" / "devset" / "articles"


def _rss_mb() -> float:
    """Current resident set size in MB (psutil if present, else /proc)."""
    if psutil is not None:
        return psutil.Process().memory_info().rss / 2**20
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def _peak_mb() -> float:
    """Peak RSS of this process in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run(name: str, fn, texts: list[str], repeat: int) -> None:
    """Time fn over the corpus repeated; print articles/s, p50/p99 and memory."""
    fn(texts[0])  # warm-up (imports, caches)
    gc.collect()
    rss0 = _rss_mb()
    times = []
    t0 = time.perf_counter()
    c0 = time.process_time()
    mid = None
    for r in range(repeat):
        for t in texts:
            s = time.perf_counter()
            fn(t)
            times.append((time.perf_counter() - s) * 1000)
        if r == repeat // 2:
            gc.collect()
            mid = _rss_mb()
    total = time.perf_counter() - t0
    cpu = time.process_time() - c0
    gc.collect()
    rss1 = _rss_mb()
    q = statistics.quantiles(times, n=100)
    print(
        f"{name:<26} {len(times) / total:7.1f} art/s wall, {len(times) / cpu:7.1f} art/s CPU   "
        f"p50 {q[49]:7.2f} ms   p99 {q[98]:7.2f} ms   "
        f"n={len(times)}   RSS {rss0:.1f} -> {mid:.1f} -> {rss1:.1f} MB "
        f"(growth {rss1 - rss0:+.1f})   "
        f"peak {_peak_mb():.1f} MB"
    )


def main() -> int:
    """Benchmark entry point."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20, help="passes over the corpus for extract()")
    ap.add_argument("--ref-repeat", type=int, default=1, help="passes for the dateparser reference")
    ap.add_argument("--hostile-mb", type=float, default=1.0, help="size of each hostile text")
    ap.add_argument("--hostile-limit", type=float, default=30.0, help="seconds per hostile case")
    a = ap.parse_args()
    files = sorted(SEEDS.glob("*.txt")) + sorted(DEV.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    if not texts:
        print("no corpus found")
        return 1
    chars = sum(map(len, texts))
    print(f"corpus: {len(texts)} articles, {chars / len(texts):.0f} chars on average")
    retrieved = date(2026, 11, 22)
    _run("events.extraction.extract", lambda t: extract(t, retrieved=retrieved), texts, a.repeat)
    try:
        # imported after extract()'s run, so that its memory does not count in extract's RSS
        from dateparser.search import search_dates  # noqa: PLC0415
    except ImportError:
        print("dateparser not installed: no reference")
    else:
        _run(
            "dateparser.search_dates",
            lambda t: search_dates(t, languages=["ar", "fr"]),
            texts,
            a.ref_repeat,
        )
    print(f"hostile corpus: {len(hostile.UNITS)} generated cases of {a.hostile_mb:g} MB each")
    worst = hostile.run(a.hostile_mb, a.hostile_limit)
    print(f"hostile worst case: {worst:.2f} s/MB (target: about 1 s/MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
