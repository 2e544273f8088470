"""API and page benchmark at 100,000 meetings: wrk against gunicorn, EXPLAIN ANALYZE beside it.

    .venv/bin/python benchmarks/api.py                      # or: make bench-api
    .venv/bin/python benchmarks/api.py --meetings 100000 --duration 5 --browser

1. Loads `--meetings` synthetic meetings (generate_demo_data, `--seed`) into a separate
   database (`--db`, default jihat_bench; kept between runs when it already holds them).
2. Starts gunicorn with the production settings on 127.0.0.1 (throttling off: we measure the
   server, not the limiter) and, for each target, prints
   - the response size (gzipped), the median time of 20 one-at-a-time requests,
   - wrk's p50/p99 latency and requests/s (2 threads, 8 connections, `--duration` s),
   - the time PostgreSQL takes for the same request's queries (EXPLAIN ANALYZE of every
     statement the view ran, captured in this process) and the ratio endpoint / database.
3. With `--browser`: time to first render of the map page in headless Chromium, against this
   database and against one with 100 meetings (jihat_bench_small).
Targets (issue 7): ratio ≤ 3 for list endpoints, regions GeoJSON ≤ 150 KB gzipped, the map
page's first render at 100,000 meetings within 1.5x of 100 meetings.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PG = "postgis://postgres@127.0.0.1:5432/"
LIST_ENDPOINTS = {"regions GeoJSON", "stats", "meetings filtered", "meetings all", "meetings q"}
TARGETS = [
    ("regions GeoJSON", "/api/regions/"),
    ("stats", "/api/stats/"),
    ("meetings filtered", "/api/meetings/?region=MA-09&year=2024"),
    ("meetings all", "/api/meetings/"),
    ("meetings q", "/api/meetings/?q=%D8%A7%D9%84%D8%B5%D8%A7%D8%AF%D8%B1%D8%A7%D8%AA"),
    ("region timeline", "/fr/regions/MA-09/"),
    ("map page", "/fr/"),
    ("CSV export", "/api/meetings/?region=MA-09&year=2024&format=csv"),
]


def environment(db: str, static_root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=PG + db,
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="benchmark-only-not-a-secret-" + "x" * 32,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(static_root),
        JIHAT_API_ANON_RATE="",
        CELERY_BROKER_URL=os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/14"),
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT),
    )
    return env


def manage(env: dict, *args: str, check: bool = True) -> str:
    result = subprocess.run(
        [PY, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        message = f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr[-1500:]}"
        if check:
            sys.exit(message)
        print("  WARNING " + message)
    return result.stdout


def prepare_database(env: dict, *, meetings: int, seed: int, fresh: bool) -> None:
    subprocess.run([PY, "scripts/create_database.py"], cwd=ROOT, env=env, check=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_regions")
    count = int(
        manage(
            env,
            "shell",
            "-c",
            "from events.models import Meeting;"
            "print(Meeting.objects.filter(is_synthetic=True).count())",
        ).split()[-1]
    )
    if fresh or count != meetings:
        started = time.monotonic()
        out = manage(
            env, "generate_demo_data", f"--meetings={meetings}", f"--seed={seed}", "--replace"
        )
        print(f"  {out.strip().splitlines()[-1]} (wall {time.monotonic() - started:.0f} s)")
    else:
        print(f"  reusing {count} synthetic meetings in {env['DATABASE_URL'].rsplit('/', 1)[1]}")
    manage(
        env,
        "shell",
        "-c",
        # VACUUM sets the visibility map that index-only scans need (autovacuum would, later).
        "from django.db import connection; connection.cursor().execute('VACUUM ANALYZE')",
    )


def start_gunicorn(env: dict, port: int, workers: int, log: Path) -> subprocess.Popen:
    command = [GUNICORN, "config.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(workers)]
    with log.open("a") as out:  # Django's and gunicorn's logs, not the report
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats/?region=MA-12", timeout=2)
            return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    sys.exit("gunicorn did not start")


def fetch(url: str) -> tuple[int, bytes, float]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            body = response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        body, status = exc.read(), exc.code
    return status, body, time.perf_counter() - started


def wait_idle(base: str, limit: float = 300) -> None:
    """After wrk, let the workers finish the requests still queued before measuring more."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if fetch(base + "/api/stats/?region=MA-12")[2] < 0.5:
            return
        time.sleep(0.5)


def run_wrk(url: str, duration: int) -> dict:
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{duration}s", "--latency", "-H", "Accept-Encoding: gzip", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def ms(label: str) -> float:
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "p50": ms("50"),
        "p99": ms("99"),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "errors": int(non2xx.group(1)) if non2xx else 0,
    }


def database_times(env: dict, paths: list[str], repeats: int = 5) -> dict[str, dict]:
    """For each path: its queries (captured in-process) and their EXPLAIN ANALYZE time (ms)."""
    code = f"""
import json, re, statistics, sys
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_ENCODING="gzip")
out = {{}}
for path in {paths!r}:
    def consume(r):
        return b"".join(r.streaming_content) if r.streaming else r.content
    consume(client.get(path))  # warm per-process caches, as the gunicorn workers are
    with CaptureQueriesContext(connection) as ctx:
        consume(client.get(path))
    # A streamed export runs its SELECT as a server-side cursor: DECLARE … FOR SELECT.
    statements = [re.sub(r'^DECLARE "[^"]+" NO SCROLL CURSOR WITH HOLD FOR ', "", q["sql"])
                  for q in ctx.captured_queries]
    statements = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    runs = []
    with connection.cursor() as cursor:
        for _ in range({repeats}):
            total = 0.0
            for sql in statements:
                cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)
                plan = cursor.fetchone()[0][0]
                total += plan["Planning Time"] + plan["Execution Time"]
            runs.append(total)
    out[path] = {{"queries": len(ctx.captured_queries), "db_ms": statistics.median(runs)}}
print(json.dumps(out))
"""
    result = subprocess.run([PY, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"EXPLAIN ANALYZE failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def explain_main_queries(env: dict) -> None:
    """The plan of the meeting list's main query for the map's filters: which index serves it."""
    code = """
import django
django.setup()
from django.db import connection
from events.filters import MeetingFilter
from events.selectors.meetings import meeting_rows
for params in [{"region": "MA-09", "year": "2024"}, {"year": "2020", "kind": "caravan"},
               {"q": "الصادرات"}, {"q": "tinghir"}, {"q": "zzzz"}, {"official": "5"}, {}]:
    filters = MeetingFilter.clean(params, strict=True)
    page = meeting_rows(filters=filters).order_by("-date", "-id")[:51]
    sql, args = page.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) " + sql, args)
        lines = [r[0] for r in cursor.fetchall()]
    scans = sorted({
        l.strip().lstrip("-> ").split("  (")[0]
        for l in lines if " Scan" in l and "events_meeting" in l
    })
    total = [l for l in lines if "Execution Time" in l][0].strip()
    print(f"  {params}: {'; '.join(scans) or 'no meeting scan'} ({total})")
"""
    result = subprocess.run([PY, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    print(result.stdout.rstrip() or result.stderr[-2000:])


def first_render_ms(url: str, runs: int = 5) -> float:
    """Median time to the map's drawn regions (and first contentful paint) in headless Chromium."""
    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        for i in range(runs + 1):
            context = browser.new_context()
            page = context.new_page()
            started = time.perf_counter()
            page.goto(url, wait_until="commit")
            page.wait_for_selector("path.leaflet-interactive", timeout=30000)
            elapsed = (time.perf_counter() - started) * 1000
            if i:  # the first run warms the server's caches
                times.append(elapsed)
            context.close()
        browser.close()
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--db", default="jihat_bench")
    parser.add_argument("--port", type=int, default=8150)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--duration", type=int, default=5, help="seconds of wrk per target")
    parser.add_argument("--fresh", action="store_true", help="regenerate the data even if present")
    parser.add_argument("--browser", action="store_true", help="also time the map page in Chromium")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")

    static_root = Path(tempfile.mkdtemp(prefix="jihat-bench-static-"))
    env = environment(args.db, static_root)
    print(f"[bench-api] database {args.db}: {args.meetings} meetings, seed {args.seed}")
    prepare_database(env, meetings=args.meetings, seed=args.seed, fresh=args.fresh)
    # Pages need the static manifest in production mode; the API does not.
    manage(env, "collectstatic", "--noinput", "-v0", check=False)
    base = f"http://127.0.0.1:{args.port}"
    log_path = static_root.parent / "jihat-bench-gunicorn.log"
    print(f"  gunicorn log: {log_path}")
    server = start_gunicorn(env, args.port, args.workers, log_path)
    try:
        # One client on an idle server first (the ratio's numerator), then wrk for each.
        rows = []
        for name, path in TARGETS:
            status, body, _ = fetch(base + path)
            if status == 404:
                rows.append((name, path, status, None))
                continue
            first = max(fetch(base + path)[2] for _ in range(2))  # warm both workers
            repeats = 20 if first < 0.5 else 3  # a page taking seconds gets 3 tries
            one = statistics.median(fetch(base + path)[2] * 1000 for _ in range(repeats))
            print(f"  {name}: {status}, {one:.0f} ms", flush=True)
            rows.append((name, path, status, {"bytes": len(body), "one_ms": one}))
        for _name, path, _status, r in rows:
            if r is not None:
                r.update(run_wrk(base + path, args.duration))
                wait_idle(base)
        db = database_times(env, [path for _n, path, status, r in rows if r and status == 200])
        print(
            f"\n{'target':<18} {'status':>6} {'gzip KB':>8} {'1-client':>9} {'DB':>8} "
            f"{'ratio':>6} {'queries':>7} {'wrk p50':>8} {'p99':>8} {'req/s':>7}"
        )
        for name, path, status, r in rows:
            if r is None:
                print(f"{name:<18} {status:>6}  (page missing: {path})")
                continue
            d = db.get(path)
            if d is None:
                print(f"{name:<18} {status:>6}  (failed: see {log_path})")
                continue
            ratio = r["one_ms"] / d["db_ms"] if d["db_ms"] else float("inf")
            flag = " !" if name in LIST_ENDPOINTS and ratio > 3 else ""
            print(
                f"{name:<18} {status:>6} {r['bytes'] / 1024:>8.1f} {r['one_ms']:>7.1f}ms "
                f"{d['db_ms']:>6.1f}ms {ratio:>6.1f} {d['queries']:>7} {r['p50']:>6.1f}ms "
                f"{r['p99']:>6.1f}ms {r['rps']:>7.1f}{flag}"
                + (f"  ({r['errors']} non-2xx)" if r["errors"] else "")
            )
        regions = next(r for n, _p, _s, r in rows if n == "regions GeoJSON")
        status, body, _ = fetch(base + "/api/regions/")
        raw = len(gzip.decompress(body)) if body[:2] == b"\x1f\x8b" else len(body)
        print(
            f"\nregions GeoJSON: {regions['bytes'] / 1024:.1f} KB gzipped ({raw / 1024:.0f} KB "
            f"raw); target ≤ 150 KB: {'ok' if regions['bytes'] <= 150 * 1024 else 'MISSED'}"
        )
        print(
            "ratio = median one-client endpoint time / PostgreSQL time (EXPLAIN ANALYZE, "
            "planning + execution, all queries of the request); target ≤ 3 for lists"
        )
        print("\nMain meeting-list query plans at this size:")
        explain_main_queries(env)
        started = time.monotonic()
        status, body, _ = fetch(base + "/api/meetings/?format=csv")
        print(
            f"\nfull CSV export: {len(body) / 1e6:.1f} MB gzipped, "
            f"{time.monotonic() - started:.1f} s"
        )
        if args.browser:
            small = environment(args.db + "_small", static_root)
            prepare_database(small, meetings=100, seed=args.seed, fresh=False)
            small_server = start_gunicorn(small, args.port + 1, 1, log_path)
            try:
                big_ms = first_render_ms(base + "/fr/")
                small_ms = first_render_ms(f"http://127.0.0.1:{args.port + 1}/fr/")
            finally:
                small_server.terminate()
                small_server.wait()
            print(
                f"\nmap page first render (regions drawn), headless Chromium, median of 5: "
                f"{big_ms:.0f} ms at {args.meetings} meetings vs {small_ms:.0f} ms at 100 "
                f"= {big_ms / small_ms:.2f}x (target ≤ 1.5x)"
            )
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(static_root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
