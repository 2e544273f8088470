"""Every management command prints only its own output at its default verbosity: no log lines
(such as django-axes' "AXES: BEGIN version …" banner, printed first by every command before)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import get_commands
from django.db import connection

from events.samples import sample_files

pytestmark = pytest.mark.django_db(transaction=True)

REPO = Path(__file__).resolve().parents[1]
LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ (?:DEBUG|INFO|WARNING|ERROR) ", re.M)
# The project's commands, each run as a user would run it (cheap arguments where it has some).
PROJECT_COMMANDS = {
    "load_regions": [],
    "ingest": ["--no-wait", str(sample_files()[0])],
    "load_samples": ["--if-empty"],  # the database holds another article: a one-line answer
    "generate_demo_data": ["--meetings", "20"],
    "delete_demo_data": [],
}


def manage(*args: str) -> subprocess.CompletedProcess:
    """`manage.py …` in a fresh process on the test database, as a user's shell would run it."""
    settings = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"postgis://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}",
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_every_project_command_is_listed_here():
    ours = {name for name, app in get_commands().items() if app in {"events", "regions"}}
    assert ours == set(PROJECT_COMMANDS)


@pytest.mark.parametrize(("command", "args"), sorted(PROJECT_COMMANDS.items()))
def test_a_command_prints_only_its_own_output(command, args, regions):
    from events.models import Article

    Article.objects.create(source_ref="elsewhere.txt")  # a database in use
    done = manage(command, *args)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), "the command said nothing"
    output = done.stdout + done.stderr
    assert "AXES" not in output, output
    assert not LOG_LINE.search(output), output
    assert not done.stderr.strip(), done.stderr


def test_django_commands_print_only_their_own_output(regions):
    done = manage("check")
    assert done.returncode == 0
    assert (done.stdout + done.stderr).strip() == "System check identified no issues (1 silenced)."

