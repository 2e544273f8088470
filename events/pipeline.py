"""The ingestion pipeline's queue: which steps run on the Celery worker, in which order, and when.

An article goes fetch → extract → store, one task per step (events/tasks.py). The chain is built
here from the tasks' names and sent once the current transaction commits, so an article row is
always in the database before a worker looks for it. This module also owns the work that is
queued without an article being submitted: a feed's registration and polls (`feed_submit`,
`feeds_enqueue_due`) and articles whose message was lost (`articles_requeue_stalled`).

Imports go one way, so nothing here imports the tasks and no service ever does:

    events/tasks.py ──► events/services/* ──► events/pipeline.py ──► task names
"""

from __future__ import annotations

import datetime

from celery import chain, signature
from celery.canvas import Signature
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from events.models import Article, ArticleStatus, Source
from events.services.documents import BadInput
from events.services.fetching import web_address_problem

# The tasks, by name (events/tasks.py registers them under these; the beat schedule in
# config/settings/celery.py names the last two).
FETCH_ARTICLE = "events.fetch_article"
EXTRACT_ARTICLE = "events.extract_article"
STORE_ARTICLE = "events.store_article"
POLL_FEED = "events.poll_feed"
POLL_DUE_FEEDS = "events.poll_due_feeds"
REQUEUE_STALLED_ARTICLES = "events.requeue_stalled_articles"

# Statuses after which an article's status no longer changes by itself: the pipeline is done
# with it (the command and the add-articles page stop following it). All but FAILED mean its
# run completed, so submitting it again does nothing unless forced.
FINISHED = frozenset(
    {ArticleStatus.DONE, ArticleStatus.IRRELEVANT, ArticleStatus.DUPLICATE, ArticleStatus.FAILED}
)
COMPLETED = FINISHED - {ArticleStatus.FAILED}

# An article still queued after this long lost its message (a task retries for < 5 minutes).
STALLED_AFTER = datetime.timedelta(minutes=30)
STALLED_BATCH = 500


# How every step is sent. Progress lives on the Article (or Source) row and nobody waits for a
# task's result; a process that sends a task by name without having imported it (the web, a
# command) would otherwise ask for the result and subscribe to its channel on the broker.
SEND_OPTIONS = {"ignore_result": True}


def _task(name: str, *args: object, immutable: bool = False) -> Signature:
    """A task by name; `immutable`: it ignores the previous step's result in a chain."""
    return signature(name, args=args, options=SEND_OPTIONS, immutable=immutable)


def _step(name: str, *args: object) -> Signature:
    """One step of an article's chain."""
    return _task(name, *args, immutable=True)


def article_chain(*, article_id: int, fetch: bool, publish: bool = False) -> Signature:
    """The steps for one article: fetch (when its text is not stored yet), extract, store."""
    steps = [_step(EXTRACT_ARTICLE, article_id), _step(STORE_ARTICLE, article_id, publish)]
    if fetch:
        steps.insert(0, _step(FETCH_ARTICLE, article_id))
    return chain(*steps)


def article_enqueue(*, article_id: int, fetch: bool, publish: bool = False) -> None:
    """Queue one article's steps, sent once the current transaction commits."""
    steps = article_chain(article_id=article_id, fetch=fetch, publish=publish)
    transaction.on_commit(steps.delay)


def articles_requeue_stalled(*, older_than: datetime.timedelta = STALLED_AFTER) -> int:
    """Queue again articles left queued or processing: their message was lost.

    A broker that keeps nothing on disk loses queued messages when it restarts; every step is
    idempotent, so sending an article through the pipeline again is always safe.
    """
    cutoff = timezone.now() - older_than
    stalled = list(
        Article.objects.filter(
            status__in=[ArticleStatus.QUEUED, ArticleStatus.PROCESSING], updated_at__lt=cutoff
        ).values_list("pk", "content_hash")[:STALLED_BATCH]
    )
    for article_id, digest in stalled:
        Article.objects.filter(pk=article_id).update(updated_at=timezone.now())
        article_enqueue(article_id=article_id, fetch=digest is None)
    return len(stalled)


def feed_submit(*, feed_url: str, name: str = "", language: str = "ar") -> Source:
    """Register a feed (or find it) and poll it now; Celery beat polls it from then on.

    Raises BadInput for an address that is not http(s).
    """
    feed_url = feed_url.strip()
    problem = web_address_problem(feed_url)
    if problem:
        raise BadInput(f"{problem}: {feed_url[:300]!r}")
    source, _ = Source.objects.get_or_create(
        feed_url=feed_url, defaults={"name": name or feed_url, "language": language}
    )
    transaction.on_commit(_task(POLL_FEED, source.pk).delay)
    return source


def sources_due(*, now: datetime.datetime | None = None) -> QuerySet[Source]:
    """Active feeds whose poll interval has passed."""
    now = now or timezone.now()
    return Source.objects.filter(active=True).filter(
        Q(last_polled_at__isnull=True)
        | Q(last_polled_at__lte=now - datetime.timedelta(minutes=1) * F("poll_interval_minutes"))
    )


def feeds_enqueue_due() -> int:
    """Queue a poll of every feed whose interval has passed (Celery beat runs this)."""
    due = list(sources_due().values_list("pk", flat=True))
    for source_id in due:
        _task(POLL_FEED, source_id).delay()
    return len(due)
