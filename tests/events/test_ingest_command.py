"""`manage.py ingest` run as a user runs it: its output is its own lines, nothing else."""

from __future__ import annotations

import pytest

from events.models import Article
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
