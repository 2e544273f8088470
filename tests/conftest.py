"""Shared fixtures: the 12 regions in the test database and a real Celery worker.

The worker runs in a thread of the test process (celery.contrib.testing), consuming from the
real Redis broker (database 15, see config/settings/test.py) and writing to the test database.
Tests that use it need `django_db(transaction=True)` so the worker sees their committed rows.
"""

from __future__ import annotations

import pytest
from celery.contrib.testing.worker import start_worker
from django.db import connection

from config.celery import app as celery_app
from regions.models import Region
from regions.services import region_load_all
from tests.shared_data import SHARED_DIR, used


@pytest.fixture
def regions(db):
    """The 12 regions, loaded by the same service as `manage.py load_regions`."""

    if Region.objects.count() != 12:
        region_load_all()
    return {r.code: r for r in Region.objects.all()}


@pytest.fixture(scope="session")
def celery_worker_session(django_db_setup, django_db_blocker):
    """One real worker for the whole session, on a purged test queue."""
    celery_app.control.purge()
    with django_db_blocker.unblock():
        with start_worker(
            celery_app, pool="threads", concurrency=2, perform_ping_check=False, shutdown_timeout=30
        ) as worker:
            yield worker
        # Workers keep their database connection between tasks; the connections of its
        # finished threads are still open and would keep the test database from being dropped.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


@pytest.fixture
def celery_worker(celery_worker_session, transactional_db):
    """The running worker; the test's data is committed so the worker can read it."""
    return celery_worker_session


_outcomes: dict[str, str] = {}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Remember each test's outcome (a failure or skip in any phase wins over a passed call)."""
    if report.when == "call" or report.outcome != "passed":
        _outcomes.setdefault(report.nodeid, report.outcome)
        if report.outcome != "passed":
            _outcomes[report.nodeid] = report.outcome


def pytest_terminal_summary(terminalreporter) -> None:
    """How many tests needed data from ../shared, and how many of them ran."""

    if not used:
        return
    counts: dict[str, int] = {}
    for node in used:
        outcome = _outcomes.get(node, "passed")
        counts[outcome] = counts.get(outcome, 0) + 1
    detail = ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items()))
    terminalreporter.write_line(
        f"[shared data] {len(used)} tests need {SHARED_DIR}: {detail}", bold=True
    )
