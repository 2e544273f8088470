"""Faults during ingestion: a worker killed mid-task, Redis and PostgreSQL restarting.

These start real worker processes (not threads) on the test database, because SIGKILL and
restarts are about processes and connections.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from celery import chain
from django.conf import settings
from django.db import connection
from django.db.models import Q

from config.celery import app
from events.models import Article, Meeting
from events.tasks import extract_article, fetch_article, store_article
from tests.events.news_server import NewsServer

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
# The first step goes to a queue only the worker processes started here consume; the next
# steps go to the default queue, which these workers consume too.
FAULT_QUEUE = "faults"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def worker_env(**extra: str) -> dict[str, str]:
    db = settings.DATABASES["default"]
    url = (
        f"postgis://{db['USER'] or 'postgres'}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": url,
        "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
        **extra,
    }


def start_worker(env: dict[str, str], name: str, log: Path) -> subprocess.Popen:
    return subprocess.Popen(
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
            "1",
            "-Q",
            f"{FAULT_QUEUE},celery",
            "-n",
            f"{name}@%h",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            "--loglevel",
            "INFO",
        ],
        cwd=ROOT,
        env=env,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, so SIGKILL reaches the pool child too
    )


def kill_group(process: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)
    process.wait(timeout=30)


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def submit_on_fault_queue(url: str, broker_connection=None) -> Article:
    """Queue the pipeline for one URL on the fault-test queue (all three steps)."""
    article = Article.objects.create(url=url, source_ref=url)
    chain(
        fetch_article.si(article.pk),
        extract_article.si(article.pk),
        store_article.si(article.pk, False),
    ).apply_async(queue=FAULT_QUEUE, connection=broker_connection)
    return article


def test_killed_worker_task_is_redelivered_and_stored_once(regions, tmp_path):
    env = worker_env(CELERY_VISIBILITY_TIMEOUT="3")
    log = tmp_path / "worker.log"
    with NewsServer(slow_seconds=4) as news:
        first = start_worker(env, "doomed", log)
        try:
            article = submit_on_fault_queue(news.url("/slow"))
            wait_for(lambda: news.hits["/slow"] >= 1, 60, "the worker to start fetching")
        finally:
            kill_group(first)  # SIGKILL in the middle of the fetch
        assert Article.objects.get(pk=article.pk).status != Article.Status.DONE
        second = start_worker(env, "rescuer", log)
        try:
            wait_for(
                lambda: Article.objects.get(pk=article.pk).status == Article.Status.DONE,
                120,
                "the redelivered task to finish",
            )
        finally:
            kill_group(second, signal.SIGTERM)
    assert news.hits["/slow"] >= 2  # fetched again: the task was redelivered
    assert Meeting.objects.count() == 1
    assert Meeting.objects.get().sources.count() == 1


def test_run_completes_after_the_broker_restarts(regions, tmp_path):
    """A private Redis on a free port is stopped and started during a run."""
    port = free_port()  # not a fixed one: test sessions of several checkouts may run at once
    redis_dir = tmp_path / "redis"
    redis_dir.mkdir()

    def start_redis() -> subprocess.Popen:
        process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "yes",
                "--dir",
                str(redis_dir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(
            lambda: (
                subprocess.run(
                    ["redis-cli", "-p", str(port), "ping"], capture_output=True
                ).stdout.strip()
                == b"PONG"
            ),
            20,
            "redis",
        )
        return process

    redis = start_redis()
    broker = f"redis://127.0.0.1:{port}/0"
    env = worker_env(CELERY_BROKER_URL=broker, CELERY_RESULT_BACKEND=broker)
    log = tmp_path / "worker.log"
    worker = start_worker(env, "steady", log)
    try:
        with NewsServer(slow_seconds=3) as news:
            with app.connection_for_write(broker) as conn:
                for name in ["oriental_ar", "oriental_fr", "unrelated_ar"]:
                    submit_on_fault_queue(news.url(f"/article/{name}"), conn)
            wait_for(lambda: sum(news.hits.values()) >= 1, 60, "the first fetch")
            redis.terminate()  # the broker goes away mid-run …
            redis.wait(timeout=20)
            time.sleep(2)
            redis = start_redis()  # … and comes back (append-only file: queued tasks survive)
            wait_for(
                lambda: Article.objects.filter(status__in=["done", "irrelevant"]).count() == 3,
                180,
                "all articles after the broker restart",
            )
        assert Meeting.objects.count() == 1
    finally:
        kill_group(worker, signal.SIGTERM)
        redis.terminate()
        redis.wait(timeout=20)


def test_run_completes_after_postgresql_drops_every_connection(regions, tmp_path):
    """What a PostgreSQL restart does to clients: every connection to the database is cut.

    The worker's next query fails; the task is retried with back-off and the run completes.
    """
    env = worker_env()
    log = tmp_path / "worker.log"
    worker = start_worker(env, "survivor", log)
    try:
        with NewsServer(slow_seconds=3) as news:
            article = submit_on_fault_queue(news.url("/slow"))
            wait_for(lambda: news.hits["/slow"] >= 1, 60, "the fetch to start")
            with connection.cursor() as cursor:  # while the worker waits on the slow page
                cursor.execute(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
                assert cursor.fetchone()[0] >= 1
            wait_for(
                lambda: Article.objects.get(pk=article.pk).status == Article.Status.DONE,
                180,
                "the article after the connections were cut",
            )
        assert Meeting.objects.count() == 1
    finally:
        kill_group(worker, signal.SIGTERM)


def database_ports(worker: subprocess.Popen) -> set[int]:
    """Local ports of the worker's (and its pool children's) connections to PostgreSQL."""
    port = int(settings.DATABASES["default"]["PORT"] or 5432)
    processes = [psutil.Process(worker.pid), *psutil.Process(worker.pid).children(recursive=True)]
    return {
        c.laddr.port
        for p in processes
        for c in p.net_connections(kind="tcp")
        if c.raddr and c.raddr.port == port and c.status == psutil.CONN_ESTABLISHED
    }


def test_worker_reuses_its_database_connection_and_replaces_a_broken_one(regions, tmp_path):
    """A new PostgreSQL connection per task cost more than the task itself, so the worker keeps
    one; a connection cut between tasks is replaced before the next task, not retried through."""
    log = tmp_path / "worker.log"
    worker = start_worker(worker_env(), "reuser", log)

    def fetch(news: NewsServer, i: int) -> set[int]:
        url = news.url(f"/article/oriental_ar?copy={i}")
        article = Article.objects.create(url=url, source_ref=url)
        fetch_article.si(article.pk).apply_async(queue=FAULT_QUEUE)
        wait_for(
            lambda: (
                Article.objects.filter(pk=article.pk)
                .filter(Q(content_hash__isnull=False) | Q(status=Article.Status.DUPLICATE))
                .exists()
            ),
            60,
            f"fetch {i}",
        )
        time.sleep(1)  # the task has committed; let it finish (Celery's post-task hooks)
        return database_ports(worker)

    try:
        with NewsServer() as news:
            used = [fetch(news, i) for i in range(3)]
            assert len(used[0]) == 1 and used == [used[0]] * 3
            with connection.cursor() as cursor:  # what a PostgreSQL restart does to it
                cursor.execute(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE client_port = %s",
                    [next(iter(used[0]))],
                )
                assert cursor.fetchone()[0] == 1
            after_cut = fetch(news, 3)
    finally:
        kill_group(worker, signal.SIGTERM)
    assert len(after_cut) == 1 and after_cut != used[0]
    assert Article.objects.filter(status=Article.Status.FAILED).count() == 0
    assert "retry" not in log.read_text(errors="replace").lower()
