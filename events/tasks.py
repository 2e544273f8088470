"""Celery tasks: adapters that take an id, call one service, and decide what to retry.

Only transient errors are retried (network, database, broker); bad input becomes a recorded
failure on the Article at once, logged here, on the worker. A task whose worker dies is
redelivered (acks_late) and every step is idempotent, so the result is stored once. Tasks are
registered under the names events/pipeline.py chains and schedules them by.
"""

from __future__ import annotations

import logging

from celery import Task, shared_task
from django.db import InterfaceError, OperationalError

from events import pipeline
from events.models import Source
from events.services import feeds, steps
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


def _record_failure(article_id: int, error: str) -> None:
    """The failure on the article (the admin and the command show it) and in the worker's log."""
    article = steps.article_record_failure(article_id=article_id, error=error)
    logger.warning("article %s failed: %s", article.source_ref if article else article_id, error)


class ArticleTask(Task):
    """Out of retries or on any unexpected error: the failure is recorded on the article."""

    def on_failure(self, exc, task_id, args, kwargs, einfo):
        article_id = args[0] if args else kwargs.get("article_id")
        if article_id is not None:
            _record_failure(article_id, f"{type(exc).__name__}: {exc}")


@shared_task(base=ArticleTask, bind=True, name=pipeline.FETCH_ARTICLE, **RETRY)
def fetch_article(self, article_id: int) -> bool:
    try:
        if not steps.article_fetch(article_id=article_id):
            self.request.chain = None  # duplicate or gone: stop the chain here
            return False
        return True
    except BadInput as error:
        self.request.chain = None
        _record_failure(article_id, str(error))
        return False


@shared_task(base=ArticleTask, bind=True, name=pipeline.EXTRACT_ARTICLE, **RETRY)
def extract_article(self, article_id: int) -> bool:
    if not steps.article_extract(article_id=article_id):
        self.request.chain = None
        return False
    return True


@shared_task(base=ArticleTask, bind=True, name=pipeline.STORE_ARTICLE, **RETRY)
def store_article(self, article_id: int, publish: bool = False) -> str | None:
    outcome = steps.article_store(article_id=article_id, publish=publish)
    return outcome.result if outcome else None


@shared_task(bind=True, name=pipeline.POLL_FEED, **RETRY)
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


@shared_task(name=pipeline.POLL_DUE_FEEDS)
def poll_due_feeds() -> int:
    """Run by Celery beat: queue a poll of every feed whose interval has passed."""
    return pipeline.feeds_enqueue_due()


@shared_task(name=pipeline.REQUEUE_STALLED_ARTICLES)
def requeue_stalled_articles() -> int:
    """Run by Celery beat: articles whose message was lost go through the pipeline again."""
    return pipeline.articles_requeue_stalled()
