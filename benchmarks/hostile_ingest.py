"""Hostile input through both doors: the extraction command line and ingestion by the worker.

Writes a folder of bad input (the generated hostile corpus of benchmarks/hostile.py, plus empty,
binary, wrongly encoded, UTF-16, oversized, NUL-laden and hostile-HTML files) and checks what
issue 13 asks of it:
  - `python -m events.extraction` answers every file (a result or an error) within the budget;
  - `manage.py ingest DIR` through a real Celery worker gives every file a stored result or a
    recorded error within the budget, the worker still answers a ping afterwards, and the
    meetings, participations and figures already stored (the published sample corpus) are
    byte-for-byte unchanged.
It prints figures, and exits non-zero when a check fails; no test asserts times.

Run: .venv/bin/python benchmarks/hostile_ingest.py [--mb 0.5] [--budget 120] [DIR]
Own database jihat_bench_hostile and Redis database 11, so it disturbs nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("DATABASE_URL", "postgis://postgres@127.0.0.1:5432/jihat_bench_hostile")
os.environ.setdefault("CELERY_BROKER_URL", "redis://127.0.0.1:6379/11")
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.local"
os.environ["DEBUG"] = "false"

from benchmarks.hostile import hostile_corpus  # noqa: E402
from benchmarks.ingest import prepare_database, start_workers  # noqa: E402

# The stored rows whose content must not change; compared as one digest per table.
TABLES = ("events_meeting", "events_participation", "events_exportfigure", "events_meetingsource")
NESTED = 20_000  # <div> levels of the hostile HTML page


def write_corpus(folder: Path, size_mb: float, max_input_mb: int) -> list[str]:
    """The hostile files, named by case; returns their names."""
    files: dict[str, bytes] = {
        f"case-{i:02d}.txt": text.encode("utf-8")
        for i, text in enumerate(hostile_corpus(int(size_mb * 1_000_000)).values())
    }
    files |= {
        "empty.txt": b"",
        "blank.txt": b" \n\t\n " * 100,
        "binary.txt": os.urandom(200_000),
        "latin1.txt": "Les exportations de la région ont atteint 5 milliards, été".encode("latin-1")
        * 2_000,
        "utf16.txt": "لقاء تشاوري جهوي بأكادير حول التصدير".encode("utf-16") * 2_000,
        "nul.txt": ("صادرات الجهة \x00 5 مليار درهم " * 5_000).encode("utf-8"),
        "oversize.txt": b"x " * ((max_input_mb + 1) * 1_000_000 // 2),
        "hostile.html": (
            "<html><head><script>alert(1)</script></head><body>"
            + "<div>" * NESTED
            + '<img src=x onerror="alert(1)"><a href="javascript:alert(1)">ا</a>'
            + "</div>" * NESTED
            + "</body></html>"
        ).encode("utf-8"),
        "bidi.txt": "\u202eلقاء تشاوري\u202c بأكادير \u2066عمر حجيرة\u2069 ".encode() * 1_000,
    }
    for name, data in files.items():
        (folder / f"hostile-{name}").write_bytes(data)
    return sorted(f"hostile-{name}" for name in files)


def run_cli(folder: Path, names: list[str], budget: float) -> tuple[float, int, str]:
    """Seconds, files answered and a note, for `python -m events.extraction` on every file."""
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "events.extraction", *(str(folder / n) for n in names)],
            cwd=REPO,
            capture_output=True,
            timeout=budget,
        )
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, 0, f"stopped after {budget:.0f} s"
    seconds = time.perf_counter() - start
    try:
        answers = json.loads(done.stdout)
    except ValueError:
        return seconds, 0, f"exit {done.returncode}, output is not JSON"
    return seconds, len(answers), f"exit {done.returncode}"


def table_digests(upto: dict[str, int] | None = None) -> tuple[dict[str, str], dict[str, int]]:
    """A digest of each table's rows (those up to `upto`'s ids when given), and the last ids.

    New rows are allowed (a hostile file may still report a meeting, held for review); what was
    stored before must not change.
    """
    from django.db import connection

    digests, last = {}, {}
    with connection.cursor() as cursor:
        for table in TABLES:
            limit = (upto or {}).get(table)
            where = f"WHERE t.id <= {int(limit)}" if limit is not None else ""
            cursor.execute(
                f"SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')), "
                f"coalesce(max(t.id), 0) FROM {table} t {where}"
            )
            digests[table], last[table] = cursor.fetchone()
    return digests, last


def manage(*args: str, timeout: float | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def article_outcomes(names: list[str]) -> dict[str, str]:
    """Each hostile file's stored status (with its recorded error), by file name."""
    from events.models import Article

    rows = Article.objects.filter(source_ref__in=names).values_list("source_ref", "status", "error")
    return {ref: f"{status}: {error}" if error else status for ref, status, error in rows}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=0.5, help="size of each generated hostile text")
    ap.add_argument("--budget", type=float, default=120.0, help="seconds for each door")
    ap.add_argument("folder", nargs="?", help="a hostile corpus of your own (default: generated)")
    a = ap.parse_args()

    # A fresh database each run, so every file is new to it (and --force is not needed).
    url = os.environ["DATABASE_URL"]
    subprocess.run(
        ["dropdb", "--if-exists", "-h", "127.0.0.1", "-U", "postgres", url.rsplit("/", 1)[1]],
        check=True,
    )
    prepare_database()
    import django

    django.setup()
    from django.conf import settings

    from config.celery import app
    from events.pipeline import FINISHED

    app.control.purge()
    workers = start_workers(1, 2)
    failures: list[str] = []
    try:
        samples = manage("ingest", "events/samples/articles", "--publish", "--timeout", "300")
        if samples.returncode != 0:
            print(samples.stdout, samples.stderr)
            return 2
        before, last_ids = table_digests()
        with tempfile.TemporaryDirectory(prefix="jihat-hostile-") as tmp:
            folder = Path(a.folder).resolve() if a.folder else Path(tmp)
            names = (
                sorted(p.name for p in folder.iterdir() if p.is_file())
                if a.folder
                else write_corpus(folder, a.mb, settings.JIHAT_MAX_INPUT_MB)
            )
            mb = sum((folder / n).stat().st_size for n in names) / 1_000_000
            print(f"hostile corpus: {len(names)} files, {mb:.1f} MB in {folder}")

            seconds, answered, note = run_cli(folder, names, a.budget)
            print(
                f"  extraction CLI   {seconds:6.1f} s   {answered}/{len(names)} answered ({note})"
            )
            if answered != len(names) or seconds > a.budget:
                failures.append("extraction CLI")

            start = time.perf_counter()
            try:
                done = manage(
                    "ingest",
                    str(folder),
                    "--no-progress",
                    "--timeout",
                    str(int(a.budget)),
                    timeout=a.budget + 30,
                )
                summary = (done.stdout.strip().splitlines() or ["(no output)"])[-1]
            except subprocess.TimeoutExpired:
                summary = "stopped"
            seconds = time.perf_counter() - start
            outcomes = article_outcomes(names)
            missing = [n for n in names if n not in outcomes]
            print(
                f"  ingest + worker  {seconds:6.1f} s   {len(outcomes)}/{len(names)} "
                f"with a stored result; {summary.strip()}"
            )
            for name in names:
                print(f"    {name:<22} {outcomes.get(name, 'NO RECORD')[:100]}")
            if seconds > a.budget or any(
                o.split(":")[0] not in FINISHED for o in outcomes.values()
            ):
                failures.append("ingestion")
            if missing:
                failures.append(f"no recorded result for {missing}")
        alive = bool(app.control.ping(timeout=5))
        print(f"  worker answers a ping afterwards: {alive}")
        unchanged = table_digests(last_ids)[0] == before
        print(f"  stored meetings, participations, figures, sources unchanged: {unchanged}")
        if not alive:
            failures.append("worker lost")
        if not unchanged:
            failures.append("stored rows changed")
    finally:
        for worker in workers:
            worker.terminate()
            worker.wait(30)
    print(
        "hostile ingestion: "
        + ("all checks passed" if not failures else "FAILED: " + ", ".join(failures))
    )
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
