"""`manage.py ingest` run as a user runs it: its output is its own lines, nothing else."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from events.models import Article

pytestmark = pytest.mark.django_db(transaction=True)

REPO = Path(__file__).resolve().parents[2]
LOG_LINE = re.compile(r"\b(?:DEBUG|INFO|WARNING|ERROR)\b")


def manage(*args: str) -> subprocess.CompletedProcess:
    """`manage.py …` in a fresh process on the test database, at the default log level."""
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"postgis://{db['USER']}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}",
    }
    env.pop("LOG_LEVEL", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


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
