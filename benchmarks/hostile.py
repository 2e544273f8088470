"""A generated hostile corpus: texts within the size limit that are built to be slow to extract.

Each case repeats one thing the extractor looks for (number words, month names, titles, amounts)
or stresses the scanner (megabyte lines, runs of one letter, deep punctuation), so that any rule
whose time grows faster than the text shows up here. `make bench` prints the worst case in seconds
per MB; the target is about 1 s per MB for every text within the size limit.

Run alone: .venv/bin/python benchmarks/hostile.py [--mb 1] [--limit 60] [CASE ...]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from events.extraction import extract  # noqa: E402  (the repository is on sys.path from here)

# Units repeated up to the target size; "\n" only where a case says so (megabyte lines elsewhere).
UNITS: dict[str, str] = {
    "number words (ar)": "خمسة ",
    "number words with multipliers (ar)": "خمسة مليارات و ",
    "number words (fr)": "cinq milliards ",
    "digits and separators": "1,2.3 ",
    "amounts (ar)": "2,6 مليار درهم ",
    "amounts (fr)": "12 MMDH ",
    "amounts in a sentence (ar)": "وبلغت صادرات الجهة 5 مليار درهم، ",
    "amounts in a sentence (fr)": "les exportations de la région: 5 MMDH, ",
    "number words before a stray word (ar)": "خمسة " * 20 + "x درهم ",
    "number words before a stray word (fr)": "cinq " * 20 + "x dirhams ",
    "month names (ar)": "نونبر ",
    "dates (fr)": "novembre 2024 ",
    "weekdays and dates (ar)": "يوم الثلاثاء 26 نونبر ",
    "titles (ar)": "السيد والي جهة ",
    "titles (fr)": "M. le ministre ",
    "names after titles (ar)": "كاتب الدولة عمر ",
    "region and city names": "سوس ماسة أكادير ",
    "stop ordinals and tour words": "في محطتها الثالثة بعد المحطة الأولى، sa 7e et dernière étape ",
    "one letter (ar)": "ا",
    "one letter (latin)": "x",
    "one word, no spaces": "التصدير",
    "deep punctuation": "(«[",
    "dots": ". ",
    "short lines": "ا\n",
}


def hostile_corpus(size_bytes: int) -> dict[str, str]:
    """Every case, each about `size_bytes` of UTF-8."""
    out = {}
    for name, unit in UNITS.items():
        n = max(1, size_bytes // len(unit.encode("utf-8")))
        out[name] = unit * n
    return out


def _extract_worker(text: str, queue: mp.Queue) -> None:
    t = time.perf_counter()
    extract(text, retrieved=date(2026, 11, 22))
    queue.put(time.perf_counter() - t)


def time_case(text: str, limit: float) -> float | None:
    """Seconds extract() takes on one text in a child process, or None past `limit`."""
    queue: mp.Queue = mp.get_context("fork").Queue()
    child = mp.get_context("fork").Process(target=_extract_worker, args=(text, queue))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    return queue.get() if child.exitcode == 0 else float("nan")


def run(size_mb: float, limit: float, only: list[str] | None = None) -> float:
    """Print seconds per MB for each case; return the worst (inf when a case passed `limit`)."""
    worst = 0.0
    corpus = hostile_corpus(int(size_mb * 1_000_000))
    for name, text in corpus.items():
        if only and name not in only:
            continue
        mb = len(text.encode("utf-8")) / 1_000_000
        seconds = time_case(text, limit)
        if seconds is None:
            print(f"  {name:<38} {mb:5.2f} MB   > {limit:.0f} s (stopped)")
            worst = float("inf")
            continue
        print(f"  {name:<38} {mb:5.2f} MB   {seconds:7.2f} s   {seconds / mb:7.2f} s/MB")
        worst = max(worst, seconds / mb)
    return worst


def main() -> int:
    """Benchmark entry point."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0, help="size of each hostile text")
    ap.add_argument("--limit", type=float, default=60.0, help="seconds before a case is stopped")
    ap.add_argument("cases", nargs="*", help="only these cases (names as printed)")
    a = ap.parse_args()
    print(f"hostile corpus: {len(UNITS)} cases of {a.mb:g} MB")
    worst = run(a.mb, a.limit, a.cases)
    print(f"hostile worst case: {worst:.2f} s/MB (target: about 1 s/MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
