"""`manage.py ingest PATH_OR_URL [...]`: queue articles on the Celery worker and report.

Files (.txt, .html, .htm) and folders of them, article URLs, and feeds (`--feed URL`). With
`--wait` (the default) it follows the articles until the worker has processed them, with a
progress bar, then prints a summary: new, merged, unchanged, irrelevant, failed (with reasons).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from events import messages
from events.models import Article, MeetingSource
from events.pipeline import FINISHED, feed_submit
from events.services.fetching import web_address_problem
from events.services.submission import (
    Submission,
    article_submit_file,
    article_submit_file_too_large,
    articles_submit_urls,
)

ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".text", ""}
POLL_SECONDS = 0.5
# "scheme:…" that is not a file: an address, which ingestion stores only if it is http(s).
ADDRESS = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


class Command(BaseCommand):
    help = "Ingest article files, folders, URLs and feeds through the Celery worker."

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="*", metavar="PATH_OR_URL")
        parser.add_argument(
            "--feed",
            action="append",
            default=[],
            metavar="URL",
            help="an RSS/Atom feed to register and poll now (repeatable)",
        )
        parser.add_argument(
            "--wait",
            action="store_true",
            default=True,
            help="wait for the worker and print a summary (default)",
        )
        parser.add_argument(
            "--no-wait", dest="wait", action="store_false", help="queue and return at once"
        )
        parser.add_argument(
            "--timeout", type=float, default=600, help="seconds to wait at most (default 600)"
        )
        parser.add_argument(
            "--force", action="store_true", help="process again articles that are already stored"
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="publish the meetings at once instead of leaving them for review",
        )
        parser.add_argument("--no-progress", dest="progress", action="store_false", default=True)

    def handle(self, *args, sources, feed, wait, timeout, force, publish, progress, **options):
        if not sources and not feed:
            raise CommandError("give at least one file, folder, URL or --feed URL")
        for url in feed:  # before anything is queued
            problem = web_address_problem(url.strip())
            if problem:
                raise CommandError(f"--feed {url}: {problem}")
        urls = [s for s in sources if ADDRESS.match(s) and not Path(s).exists()]
        submissions: list[Submission] = articles_submit_urls(
            urls=urls, force=force, publish=publish
        )
        for source in sources:
            if source in urls:
                continue
            files = self._files(Path(source))
            for path in files:
                submissions.append(self._submit_file(path, force=force, publish=publish))
        for url in feed:
            feed_source = feed_submit(feed_url=url)
            self.stdout.write(
                f"feed queued: {feed_source.feed_url} (its articles follow on the worker)"
            )
        self.stdout.write(f"queued {len(submissions)} article(s)")
        if not wait or not submissions:
            return
        self._follow(submissions, timeout=timeout, progress=progress)

    def _files(self, path: Path) -> list[Path]:
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in ARTICLE_SUFFIXES
                and not p.name.startswith(".")
            )
            if not files:
                raise CommandError(f"no article files (.txt, .html) in {path}")
            return files
        if path.is_file():
            return [path]
        raise CommandError(f"no such file or folder: {path}")

    def _submit_file(self, path: Path, *, force: bool, publish: bool) -> Submission:
        try:
            refused = article_submit_file_too_large(name=path.name, size=path.stat().st_size)
            if refused is not None:
                return refused  # over the size limit: not read at all
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"cannot read {path}: {error}") from error
        return article_submit_file(name=path.name, data=data, force=force, publish=publish)

    def _follow(self, submissions: list[Submission], *, timeout: float, progress: bool) -> None:
        ids = {s.article.pk for s in submissions if s.article.pk}
        known = {
            s.article.pk
            for s in submissions
            if not s.created
            and s.article.status in FINISHED
            and s.article.status != Article.Status.FAILED
        }
        waiting = ids - known
        deadline = time.monotonic() + timeout
        bar = tqdm(
            total=len(ids),
            initial=len(ids) - len(waiting),
            unit="article",
            disable=not progress,
            file=self.stderr,
        )
        while waiting and time.monotonic() < deadline:
            done = set(
                Article.objects.filter(pk__in=waiting, status__in=FINISHED).values_list(
                    "pk", flat=True
                )
            )
            if done:
                bar.update(len(done))
                waiting -= done
            if waiting:
                time.sleep(POLL_SECONDS)
        bar.close()
        self._summary(ids, known, waiting)

    def _summary(self, ids: set[int], known: set[int], waiting: set[int]) -> None:
        articles = Article.objects.in_bulk(ids)
        reasons = dict(
            MeetingSource.objects.filter(article_id__in=ids).values_list(
                "article_id", "match_reason"
            )
        )
        counts: Counter[str] = Counter()
        failures = []
        for pk, article in articles.items():
            if pk in known or article.status == Article.Status.DUPLICATE:
                counts["unchanged"] += 1
            elif pk in waiting:
                counts["still queued"] += 1
            elif article.status == Article.Status.FAILED:
                counts["failed"] += 1
                failures.append(f"  {article.source_ref}: {article.error}")
            elif article.status == Article.Status.IRRELEVANT:
                counts["irrelevant"] += 1
            elif messages.match_reason_is_new(reasons.get(pk, "")):
                counts["new"] += 1
            else:
                counts["merged"] += 1
        order = ["new", "merged", "unchanged", "irrelevant", "failed", "still queued"]
        self.stdout.write(
            "summary: "
            + ", ".join(f"{counts[k]} {k}" for k in order if counts[k] or k in order[:5])
        )
        for line in failures:
            self.stdout.write(self.style.ERROR(line))
        if waiting:
            self.stdout.write(
                self.style.WARNING(
                    f"{len(waiting)} article(s) still queued: is the Celery worker running?"
                )
            )
