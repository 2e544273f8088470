"""`manage.py load_samples`: the demo corpus (events/samples) through the worker, published.

What a new user's `make run` and `docker-compose up` call, so the first look is a filled map.
Safe to run again: stored pages are "unchanged". The rows are marked as demo data;
`manage.py delete_demo_data` removes them.
"""

from __future__ import annotations

import json

from django.core.management import call_command
from django.core.management.base import BaseCommand

from events.samples import ARTICLES_DIR, ROUNDS, sample_hashes
from events.samples.services import samples_mark_demo, samples_other_articles_exist
from events.services.rounds import rounds_load


class Command(BaseCommand):
    help = "Ingest the demo articles through the Celery worker, publish them, mark them as demo."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="do nothing when the database already holds other articles (a product in use)",
        )
        parser.add_argument(
            "--timeout", type=float, default=600, help="seconds to wait at most (default 600)"
        )

    def handle(self, *args, if_empty: bool, timeout: float, **options):
        hashes = sample_hashes()
        if if_empty and samples_other_articles_exist(hashes=hashes):
            self.stdout.write(
                "demo articles: not loaded, the database already holds other articles "
                "(load them anyway with: manage.py load_samples)"
            )
            return
        call_command(
            "ingest",
            str(ARTICLES_DIR),
            "--publish",
            "--no-progress",
            "--timeout",
            str(timeout),
            stdout=self.stdout,
            stderr=self.stderr,
        )
        marked = samples_mark_demo(hashes=hashes)
        if any(marked.values()):
            self.stdout.write(
                f"marked as demo data: {marked['meetings']} meetings, {marked['articles']} "
                f"articles, {marked['officials']} officials, {marked['figures']} figures "
                "(remove them with: manage.py delete_demo_data)"
            )
        # the demo's rounds (events/samples/rounds.json), their stops put in by the proposals
        rounds = rounds_load(definitions=json.loads(ROUNDS.read_text()), synthetic=True)
        stops = sum(r.meetings.count() for r in rounds)
        self.stdout.write(f"demo rounds: {len(rounds)} rounds, {stops} stops")
