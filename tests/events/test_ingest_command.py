"""`manage.py ingest` run as a user runs it: its output is its own lines, nothing else."""

from __future__ import annotations

import pytest

from events.models import Article
from tests.events.news_server import FIXTURES
from tests.test_commands import LOG_LINE, manage

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_bad_file_is_reported_once_by_the_command_itself(tmp_path, regions):
    (tmp_path / "empty.txt").write_bytes(b"")
    done = manage("ingest", "--no-progress", str(tmp_path / "empty.txt"))
    assert done.returncode == 0, done.stderr
    assert "1 failed" in done.stdout, done.stdout
    assert done.stdout.count("empty.txt") == 1, done.stdout  # the summary's failure line
    # No log line beside it (a WARNING from the service recording the failure, say).
    assert done.stderr == "", done.stderr
    assert not LOG_LINE.search(done.stdout), done.stdout
    assert Article.objects.get().status == Article.Status.FAILED


def test_force_waits_for_the_new_run_instead_of_reading_the_last_one(
    tmp_path, regions, celery_worker
):
    """`ingest --force` on an article already done used to count it "unchanged" and return
    before the worker had run it again (the row still said done)."""
    page = tmp_path / "oriental.txt"
    page.write_bytes((FIXTURES / "oriental_ar.txt").read_bytes())
    first = manage("ingest", "--no-progress", "--timeout", "120", str(page))
    assert first.returncode == 0 and "1 new" in first.stdout, first.stdout
    article = Article.objects.get()
    Article.objects.filter(pk=article.pk).update(extraction=None)  # the new run writes it again

    again = manage("ingest", "--no-progress", "--force", "--timeout", "120", str(page))
    assert again.returncode == 0, again.stderr
    assert "0 unchanged" in again.stdout and "still queued" not in again.stdout, again.stdout
    article.refresh_from_db()
    assert article.status == Article.Status.DONE and article.extraction is not None
