"""Ingestion throughput through the real Celery worker, from local HTTP pages.

Generates N varied articles from the development corpus (years and days shifted so they make
distinct meetings, plus repeated reports of the same meetings), serves them from 127.0.0.1,
submits their URLs, and measures until every article is stored:
  articles per second, p50/p99 latency from enqueue to stored, peak worker memory (and whether
  it stays flat), and database queries per article (counted in-process on a sample).

Run: .venv/bin/python benchmarks/ingest.py [--articles 2000] [--workers 1 --concurrency 2]
It uses its own database (jihat_bench_ingest) and Redis database 10, so it disturbs nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("DATABASE_URL", "postgis://postgres@127.0.0.1:5432/jihat_bench_ingest")
os.environ.setdefault("CELERY_BROKER_URL", "redis://127.0.0.1:6379/10")
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.local"
os.environ["DEBUG"] = "false"
# The pages are served from 127.0.0.1, which the fetch policy refuses unless told otherwise.
os.environ["JIHAT_FETCH_ALLOW_PRIVATE"] = "true"

DEVSET = REPO / "tests" / "extraction" / "devset" / "articles"
YEAR = re.compile(r"\b(20[12]\d)\b")
SUBMIT_BATCH = 100
PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
    '<meta property="og:site_name" content="Bench News"></head><body><nav>menu</nav>'
    "<article><h1>{title}</h1>{body}</article><footer>footer</footer></body></html>"
)


def generate_pages(count: int, seed: int = 7) -> list[bytes]:
    """Varied article pages: a year shift makes a new meeting, a suffix a new text."""
    rng = random.Random(seed)
    bases = [p.read_text(encoding="utf-8") for p in sorted(DEVSET.glob("*.txt"))]
    pages = []
    for i in range(count):
        text = bases[i % len(bases)]
        shift = (i // len(bases)) % 6  # 6 variants of each meeting …
        text = YEAR.sub(lambda m, s=shift: str(int(m.group(1)) - s), text)
        # … each reported several times (the suffix keeps the texts distinct).
        text += f"\n\n{rng.choice(['المصدر', 'Source', 'متابعة'])}: {i}"
        title, _, body = text.partition("\n")
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
        pages.append(PAGE.format(title=title, body=paragraphs).encode("utf-8"))
    return pages


def serve(pages: list[bytes]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        # Keep-alive, as news sites serve it (the worker pools its connections); without
        # Nagle, or the body written after the headers waits for a delayed ACK.
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, *args):
            pass

        def do_GET(self):
            try:
                body = pages[int(self.path.split("?")[0].rsplit("/", 1)[1])]
            except (ValueError, IndexError):
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def prepare_database() -> None:
    subprocess.run([sys.executable, "scripts/create_database.py"], cwd=REPO, check=True)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"], cwd=REPO, check=True
    )
    subprocess.run(
        [sys.executable, "manage.py", "load_regions"],
        cwd=REPO,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def start_workers(count: int, concurrency: int) -> list[subprocess.Popen]:
    (REPO / "var" / "log").mkdir(parents=True, exist_ok=True)
    return [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "config",
                "worker",
                "--pool",
                "prefork",
                "--concurrency",
                str(concurrency),
                "-n",
                f"bench{i}@%h",
                "--without-gossip",
                "--without-mingle",
                "--loglevel",
                "WARNING",
            ],
            cwd=REPO,
            stdout=(REPO / "var" / "log" / f"bench-worker-{i}.log").open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        for i in range(count)
    ]


def tree_rss_mb(processes) -> float:
    total = 0
    for process in processes:
        try:
            parent = psutil.Process(process.pid)
            total += sum(p.memory_info().rss for p in [parent, *parent.children(recursive=True)])
        except psutil.NoSuchProcess:
            pass
    return total / 2**20


def queries_per_article(pages: list[bytes], base_url: str, sample: int = 30) -> float:
    """Run the three steps in-process on a sample and count the SQL they send."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from events.models import Article
    from events.services import steps

    counts = []
    for i in range(len(pages) - sample, len(pages)):
        url = f"{base_url}/{i}"
        article = Article.objects.create(url=url, source_ref=url)
        with CaptureQueriesContext(connection) as queries:
            if steps.article_fetch(article_id=article.pk):
                steps.article_extract(article_id=article.pk)
                steps.article_store(article_id=article.pk)
        counts.append(len(queries))
    return statistics.mean(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--concurrency", type=int, default=2)
    args = parser.parse_args()

    prepare_database()
    import django

    django.setup()
    from django.apps import apps
    from django.core.management.color import no_style
    from django.db import connection

    from config.celery import app
    from events.models import Article, Meeting, Official
    from events.pipeline import FINISHED
    from events.services.submission import articles_submit_urls

    # Every run starts from empty tables (history included): deleting rows instead left dead
    # tuples behind, and on a server without autovacuum each run was slower than the last.
    tables = [model._meta.db_table for model in apps.get_app_config("events").get_models()]
    connection.ops.execute_sql_flush(connection.ops.sql_flush(no_style(), tables))
    app.control.purge()

    sample = 30  # extra pages, ingested in-process at the end to count queries
    pages = generate_pages(args.articles + sample)
    server = serve(pages)
    base_url = f"http://127.0.0.1:{server.server_address[1]}/a"
    workers = start_workers(args.workers, args.concurrency)
    # The clock starts when every worker answers a ping: a worker importing Django, GDAL and
    # trafilatura (no .pyc files when PYTHONDONTWRITEBYTECODE is set) takes several seconds.
    deadline = time.monotonic() + 120
    while len(app.control.ping(timeout=1.0)) < args.workers:
        if time.monotonic() > deadline:
            raise SystemExit("the workers did not start: see var/log/bench-worker-*.log")
    memory: list[float] = []
    done = threading.Event()

    def sample_memory() -> None:
        while not done.is_set():
            memory.append(tree_rss_mb(workers))
            time.sleep(0.5)

    threading.Thread(target=sample_memory, daemon=True).start()
    try:
        started = time.perf_counter()
        for first in range(0, args.articles, SUBMIT_BATCH):  # as a feed poll or the command do
            batch = range(first, min(first + SUBMIT_BATCH, args.articles))
            articles_submit_urls(urls=[f"{base_url}/{i}" for i in batch])
        submitted = time.perf_counter() - started
        while Article.objects.exclude(status__in=FINISHED).exists():
            if time.perf_counter() - started > 1800:
                raise SystemExit("gave up after 30 minutes: is the worker running?")
            time.sleep(0.5)
        elapsed = time.perf_counter() - started
    finally:
        done.set()
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.wait(timeout=60)

    rows = Article.objects.values_list("status", "created_at", "updated_at")
    latencies = sorted((u - c).total_seconds() * 1000 for _, c, u in rows)
    statuses = {s: sum(1 for r in rows if r[0] == s) for s in {r[0] for r in rows}}
    quarter = max(len(memory) // 4, 1)
    print(f"articles:            {args.articles} ({statuses})")
    print(f"meetings:            {Meeting.objects.count()}, officials: {Official.objects.count()}")
    print(f"workers:             {args.workers} x concurrency {args.concurrency} (prefork)")
    print(f"submit:              {submitted:.1f} s ({args.articles / submitted:.0f} articles/s)")
    print(f"throughput:          {args.articles / elapsed:.1f} articles/s ({elapsed:.1f} s)")
    print(
        f"latency enqueue→stored: p50 {latencies[len(latencies) // 2]:.0f} ms, "
        f"p99 {latencies[int(len(latencies) * 0.99)]:.0f} ms"
    )
    print(
        f"worker memory (RSS): peak {max(memory):.0f} MB, first quarter "
        f"{statistics.mean(memory[:quarter]):.0f} MB, last quarter "
        f"{statistics.mean(memory[-quarter:]):.0f} MB"
    )
    print(
        f"queries per article: {queries_per_article(pages, base_url, sample):.1f} "
        f"(fetch + extract + store, in-process sample)"
    )
    server.shutdown()


if __name__ == "__main__":
    main()
