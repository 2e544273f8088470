"""`manage.py eval_grouping ARTICLES EVENTS.json`: how well ingestion groups reports into meetings.

Ingests every article of ARTICLES through a real Celery worker into a scratch database (the
configured one is never touched), then compares the article → meeting grouping with the gold
events (`{"events": {id: {"articles": [file, ...], "label": ...}}}`, like
`../shared/real/events.json`): B-cubed precision, recall and F1 over the gold articles, and
every misgrouping with the facts and the match rule behind it. Run by `make eval`; it
measures, it changes nothing.

The worker runs in this process on a queue of its own (celery.contrib.testing, as the test
suite does), so a `make run` worker on the same broker never takes its tasks.
"""

from __future__ import annotations

import json
import time
import uuid
from collections import defaultdict
from pathlib import Path

from celery.contrib.testing.worker import start_worker
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from config.celery import app
from events import messages
from events.management.commands.ingest import ARTICLE_SUFFIXES
from events.models import Article, MeetingSource
from events.pipeline import FINISHED
from events.services.submission import article_submit_file
from regions.services import region_load_all

POLL_SECONDS = 0.5


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 (Bagga & Baldwin 1998) over the items of `gold`.

    Each item's precision is the share of its predicted cluster that shares its gold cluster,
    its recall the share of its gold cluster that shares its predicted cluster; both averaged.
    """
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item in items:
        by_pred[predicted[item]].add(item)
        by_gold[gold[item]].add(item)
    precision = recall = 0.0
    for item in items:
        same = len(by_pred[predicted[item]] & by_gold[gold[item]])
        precision += same / len(by_pred[predicted[item]])
        recall += same / len(by_gold[gold[item]])
    precision, recall = precision / len(items), recall / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


class Command(BaseCommand):
    help = (
        "Score the article → meeting grouping against gold events (B-cubed), ingesting the "
        "articles through a real Celery worker into a scratch database."
    )

    def add_arguments(self, parser):
        parser.add_argument("articles", type=Path, help="folder of article files")
        parser.add_argument("events", type=Path, help="gold events JSON (events.<id>.articles)")
        parser.add_argument("--timeout", type=float, default=600)
        parser.add_argument(
            "--keep", action="store_true", help="keep the scratch database to look at"
        )

    def handle(self, *args, articles: Path, events: Path, timeout: float, keep: bool, **opts):
        files = sorted(
            p for p in articles.glob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
        )
        if not files:
            raise CommandError(f"no article files in {articles}")
        try:
            gold_events = json.loads(events.read_text(encoding="utf-8"))["events"]
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(f"cannot read gold events from {events}: {error}") from error
        gold = {name: eid for eid, event in gold_events.items() for name in event["articles"]}

        original = connection.settings_dict["NAME"]
        scratch = f"{original}_grouping_eval"
        connection.settings_dict.setdefault("TEST", {})["NAME"] = scratch
        self.stdout.write(f"grouping: {len(files)} articles of {articles} into database {scratch}")
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        try:
            rows = self._ingest(files, timeout=timeout)
        finally:
            # The worker's threads keep their connections (CELERY_DB_REUSE_MAX): close them, or
            # the scratch database cannot be dropped.
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            if not keep:
                connection.creation.destroy_test_db(original, verbosity=0)
        self._report(rows, gold, gold_events)

    def _ingest(self, files: list[Path], *, timeout: float) -> dict[str, dict]:
        """Every file through the worker; each article's meeting, facts and match rule."""
        region_load_all()
        queue = f"jihat-eval-grouping-{uuid.uuid4().hex[:8]}"
        app.conf.task_default_queue = queue
        with start_worker(
            app, pool="threads", concurrency=2, perform_ping_check=False, queues=[queue]
        ):
            ids = [article_submit_file(name=p.name, data=p.read_bytes()).article.pk for p in files]
            waiting, deadline = set(ids), time.monotonic() + timeout
            while waiting and time.monotonic() < deadline:
                waiting -= set(
                    Article.objects.filter(pk__in=waiting, status__in=FINISHED).values_list(
                        "pk", flat=True
                    )
                )
                time.sleep(POLL_SECONDS)
        if waiting:
            raise CommandError(f"{len(waiting)} article(s) not processed within {timeout:.0f} s")
        links = {
            s.article_id: s
            for s in MeetingSource.objects.select_related("meeting__region", "meeting__merged_into")
        }
        rows = {}
        for article in Article.objects.filter(pk__in=ids):
            link = links.get(article.pk)
            meeting = link.meeting if link else None
            while meeting is not None and meeting.merged_into_id:
                meeting = meeting.merged_into
            found = (article.extraction or {}).get("meeting") or {}
            rows[article.source_ref] = {
                "meeting": meeting.pk if meeting else None,
                "status": article.status,
                "reason": messages.match_reason_text(link.match_reason) if link else "",
                "facts": (
                    f"{found.get('region') or '-'} {found.get('date') or 'no date'} "
                    f"{found.get('kind') or '-'} {found.get('city') or '-'}"
                ),
                "officials": [o["name"] for o in (article.extraction or {}).get("officials", [])],
            }
        return rows

    def _report(self, rows: dict[str, dict], gold: dict[str, str], events: dict) -> None:
        missing = sorted(set(gold) - set(rows))
        if missing:
            raise CommandError(f"gold articles not among the files: {', '.join(missing)}")
        # An article in no meeting (not relevant, failed) is a cluster of its own.
        predicted = {
            name: f"m{row['meeting']}" if row["meeting"] else f"alone:{name}"
            for name, row in rows.items()
        }
        precision, recall, f1 = bcubed(predicted, gold)
        self.stdout.write(
            f"grouping B-cubed over {len(gold)} gold articles in {len(set(gold.values()))} "
            f"events: precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}"
        )

        self._misgroupings(rows, gold, events, predicted)

    def _misgroupings(
        self, rows: dict[str, dict], gold: dict[str, str], events: dict, predicted: dict[str, str]
    ) -> None:
        """Each gold event split over meetings, each meeting joining gold events, and articles
        outside the gold that made or joined a meeting, with the facts and rule behind each."""

        def line(name: str) -> str:
            row = rows[name]
            where = f"meeting {row['meeting']}" if row["meeting"] else row["status"]
            people = ", ".join(row["officials"][:4]) or "no officials"
            rule = f" [{row['reason']}]" if row["reason"] else ""
            return f"    {name}: {where}{rule}; read as {row['facts']}; {people}"

        split = [
            eid
            for eid in events
            if len({predicted[n] for n in events[eid]["articles"] if n in predicted}) > 1
        ]
        by_meeting: dict[str, list[str]] = defaultdict(list)
        for name in gold:
            by_meeting[predicted[name]].append(name)
        joined = [names for names in by_meeting.values() if len({gold[n] for n in names}) > 1]
        if not split and not joined:
            self.stdout.write("no misgrouped article")
        for eid in split:
            self.stdout.write(f"  should be together ({eid}: {events[eid].get('label', '')}):")
            for name in events[eid]["articles"]:
                self.stdout.write(line(name))
        for names in joined:
            self.stdout.write("  should be apart (one meeting, several gold events):")
            for name in sorted(names, key=lambda n: gold[n]):
                self.stdout.write(f"{line(name)}  (gold {gold[name]})")
        extra = sorted(n for n in rows if n not in gold and rows[n]["meeting"])
        if extra:
            self.stdout.write("  articles in no gold event that made or joined a meeting:")
            for name in extra:
                self.stdout.write(line(name))
