"""Every management command prints only its own output at its default verbosity: no log lines
(such as django-axes' "AXES: BEGIN version …" banner, printed first by every command before)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import get_commands
from django.db import connection

from events.management.commands.eval_grouping import bcubed
from events.models import Article
from events.samples import ARTICLES_DIR, sample_files, sample_meetings

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
    "eval_grouping": ["--help"],  # a real run: test_eval_grouping_… below
    "propose_rounds": [],
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


def test_bcubed_scores_a_split_and_a_merge():
    gold = {"a": "E1", "b": "E1", "c": "E2", "d": "E3"}
    assert bcubed({"a": "m1", "b": "m1", "c": "m2", "d": "m3"}, gold) == (1.0, 1.0, 1.0)
    # a and b split: every cluster pure, a and b each find half of their event.
    precision, recall, _ = bcubed({"a": "m1", "b": "m2", "c": "m3", "d": "m4"}, gold)
    assert (precision, recall) == (1.0, 0.75)
    # c and d merged: each of them shares its meeting with an article of another event.
    precision, recall, _ = bcubed({"a": "m1", "b": "m1", "c": "m2", "d": "m2"}, gold)
    assert (precision, recall) == (0.75, 1.0)


def test_eval_grouping_ingests_through_a_worker_and_names_the_misgroupings(tmp_path, regions):
    events = {
        f"S{n}": {
            "label": f"{m['city']} {m['date']}",
            "articles": [f"{a}.html" for a in m["articles"]],
        }
        for n, m in enumerate(sample_meetings())
    }
    exact = tmp_path / "events.json"
    exact.write_text(json.dumps({"events": events}), encoding="utf-8")
    done = manage("eval_grouping", str(ARTICLES_DIR), str(exact))
    assert done.returncode == 0, done.stderr
    assert "precision 1.000, recall 1.000, F1 1.000" in done.stdout, done.stdout
    assert "no misgrouped article" in done.stdout

    # A gold that puts the French report of the Tanger meeting in an event of its own.
    tanger = next(e for e in events.values() if len(e["articles"]) == 3)
    french = next(a for a in tanger["articles"] if "_fr" in a)
    tanger["articles"].remove(french)
    events["apart"] = {"label": "the French report", "articles": [french]}
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"events": events}), encoding="utf-8")
    done = manage("eval_grouping", str(ARTICLES_DIR), str(wrong))
    assert done.returncode == 0, done.stderr
    assert "should be apart" in done.stdout and french in done.stdout, done.stdout
    assert "F1 1.000" not in done.stdout
    assert not done.stderr.strip(), done.stderr
