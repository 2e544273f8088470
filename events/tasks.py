"""Celery tasks: adapters that load by id, call one service, and decide what to retry.

Only transient errors are retried (network, database, broker); bad input becomes a recorded
failure on the Article at once. A task whose worker dies is redelivered (acks_late) and every
step is idempotent, so the result is stored once.
"""

from __future__ import annotations

import logging

from celery import Task, shared_task
from django.db import InterfaceError, OperationalError

from events.models import Source
from events.services import feeds, ingestion
from events.services.documents import BadInput
from events.services.fetching import TransientFetchError

logger = logging.getLogger(__name__)

TRANSIENT = (TransientFetchError, OperationalError, InterfaceError, ConnectionError)
RETRY = {
    # Progress lives on the Article row; a result in Redis would only be one more write that can
    # fail when the broker restarts.
    "ignore_result": True,
    "autoretry_for": TRANSIENT,
    "retry_backoff": 2,  # 2 s, 4 s, 8 s, … with jitter
    "retry_backoff_max": 120,
    "retry_jitter": True,
    "max_retries": 5,
}


class ArticleTask(Task):
    """Out of retries or on any unexpected error: the failure is recorded on the article."""

    def on_failure(self, exc, task_id, args, kwargs, einfo):
        article_id = args[0] if args else kwargs.get("article_id")
        if article_id is not None:
            ingestion.article_record_failure(
                article_id=article_id, error=f"{type(exc).__name__}: {exc}"
            )


def _bad_input(article_id: int, error: BadInput) -> bool:
    ingestion.article_record_failure(article_id=article_id, error=str(error))
    return False


@shared_task(base=ArticleTask, bind=True, name="events.fetch_article", **RETRY)
def fetch_article(self, article_id: int) -> bool:
    try:
        if not ingestion.article_fetch(article_id=article_id):
            self.request.chain = None  # duplicate or gone: stop the chain here
            return False
        return True
    except BadInput as error:
        self.request.chain = None
        return _bad_input(article_id, error)


@shared_task(base=ArticleTask, bind=True, name="events.extract_article", **RETRY)
def extract_article(self, article_id: int) -> bool:
    if not ingestion.article_extract(article_id=article_id):
        self.request.chain = None
        return False
    return True


@shared_task(base=ArticleTask, bind=True, name="events.store_article", **RETRY)
def store_article(self, article_id: int, publish: bool = False) -> str | None:
    outcome = ingestion.article_store(article_id=article_id, publish=publish)
    return outcome.result if outcome else None


@shared_task(bind=True, name="events.poll_feed", **RETRY)
def poll_feed(self, source_id: int) -> dict | None:
    source = Source.objects.filter(pk=source_id).first()
    if source is None:
        return None
    try:
        result = feeds.source_poll(source=source)
    except BadInput as error:
        Source.objects.filter(pk=source_id).update(last_error=str(error)[:2000])
        return {"error": str(error)}
    return {"new": result.new, "known": result.known, "not_modified": result.not_modified}


@shared_task(name="events.poll_due_feeds")
def poll_due_feeds() -> int:
    """Run by Celery beat: queue a poll of every feed whose interval has passed."""
    due = list(feeds.sources_due().values_list("pk", flat=True))
    for source_id in due:
        poll_feed.delay(source_id)
    return len(due)


@shared_task(name="events.requeue_stalled_articles")
def requeue_stalled_articles() -> int:
    """Run by Celery beat: articles whose message was lost go through the pipeline again."""
    return ingestion.articles_requeue_stalled()
