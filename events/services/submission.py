"""Articles in: uploaded files, pasted texts and web addresses become queued Article rows.

Each entry point stores what it was given (or finds it already stored: same URL, same text),
records input refused before any work as a failed article with the reason, and queues the
article's steps through the pipeline (events/pipeline.py). Feeds are registered by
`pipeline.feed_submit`; a feed's poll submits its entries here (feeds.py).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone

from events.models import Article, Source
from events.pipeline import COMPLETED, article_enqueue
from events.services.documents import (
    ArticleText,
    BadInput,
    article_text_from_bytes,
    content_hash,
    input_limit,
    too_large,
)
from events.services.fetching import web_address_problem
from events.services.steps import article_mark_failed, article_text_fields


@dataclass(frozen=True)
class Submission:
    article: Article
    created: bool  # False: the article (same URL or same text) was already known


def article_submit_url(
    *, url: str, feed: Source | None = None, force: bool = False, publish: bool = False
) -> Submission:
    """Queue a page for fetching; a URL already stored is not fetched again unless `force`."""
    return articles_submit_urls(urls=[url], feed=feed, force=force, publish=publish)[0]


def articles_submit_urls(
    *, urls: list[str], feed: Source | None = None, force: bool = False, publish: bool = False
) -> list[Submission]:
    """Queue pages for fetching, all in a few queries (a feed's entries, a command's URLs).

    One Submission per distinct URL, in order. A URL already stored is not fetched again
    unless `force`, or unless its earlier run did not finish. Only http(s) addresses are
    stored as URLs (bulk_create skips field validation); any other becomes a failed article
    with the reason, its text kept as the source reference, never as a link.
    """
    given = list(dict.fromkeys(u.strip() for u in urls if u and u.strip()))
    refused = {u: problem for u in given if (problem := web_address_problem(u))}
    wanted = [u for u in given if u not in refused]
    known = {a.url: a for a in Article.objects.filter(url__in=wanted)}
    fresh = {u for u in wanted if u not in known}
    if fresh:
        # ON CONFLICT DO NOTHING: a URL submitted at the same moment by another process.
        Article.objects.bulk_create(
            [Article(url=u, source_ref=u, feed=feed, status=Article.Status.QUEUED) for u in fresh],
            ignore_conflicts=True,
        )
        known.update((a.url, a) for a in Article.objects.filter(url__in=fresh))
    again = [
        a.pk for u, a in known.items() if u not in fresh and (force or a.status not in COMPLETED)
    ]
    if again:
        Article.objects.filter(pk__in=again).update(status=Article.Status.QUEUED, error="")
        for article in known.values():  # as stored now: a caller waits for these again
            if article.pk in again:
                article.status, article.error = Article.Status.QUEUED, ""
    submissions = []
    for url in given:
        if url in refused:
            submissions.append(article_submit_failure(name=url, error=refused[url]))
            continue
        article = known[url]
        created = url in fresh
        if created or article.pk in again:
            article_enqueue(
                article_id=article.pk, fetch=article.content_hash is None, publish=publish
            )
        submissions.append(Submission(article, created))
    return submissions


def article_submit_file(
    *, name: str, data: bytes, force: bool = False, publish: bool = False
) -> Submission:
    """Store an uploaded file's text and queue its extraction; bad files are recorded as failed."""
    try:
        text = article_text_from_bytes(data)
    except BadInput as error:
        return article_submit_failure(name=name, error=str(error))
    digest = content_hash(text.text)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:
        if force or existing.status != Article.Status.DONE:
            # Queued again, in the row and in hand, so that a caller waiting for the worker
            # (manage.py ingest --force) waits for this run instead of reading the last one.
            Article.objects.filter(pk=existing.pk).update(status=Article.Status.QUEUED, error="")
            existing.status, existing.error = Article.Status.QUEUED, ""
            article_enqueue(article_id=existing.pk, fetch=False, publish=publish)
        return Submission(existing, False)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                source_ref=name,
                content_hash=digest,
                retrieved_at=timezone.now(),
                **article_text_fields(text),
            )
    except IntegrityError:  # the same text submitted at the same moment by another process
        return Submission(Article.objects.get(content_hash=digest), False)
    article_enqueue(article_id=article.pk, fetch=False, publish=publish)
    return Submission(article, True)


def article_submit_text(
    *,
    text: str,
    url: str = "",
    outlet: str = "",
    published: datetime.date | None = None,
    publish: bool = False,
) -> Submission:
    """Store an article's text pasted by staff (with what they know of where it appeared) and
    queue its extraction; the page is not fetched. Text refused (too short, too large) is
    recorded as a failed article, named by its address or its first words, like a bad file.

    The same address or the same text already stored is that article: nothing is overwritten.
    """
    name = url or _pasted_name(text)
    try:
        # The same checks as a file (size, readable text, long enough), on the bytes given.
        read = article_text_from_bytes(text.encode("utf-8"), content_type="text/plain")
    except BadInput as error:
        return article_submit_failure(name=name, error=str(error))
    read = ArticleText(text=read.text, title=read.title, published=published, outlet=outlet.strip())
    digest = content_hash(read.text)
    existing = Article.objects.filter(content_hash=digest).first() or (
        Article.objects.filter(url=url).first() if url else None
    )
    if existing is not None:
        if existing.status not in COMPLETED:
            article_enqueue(
                article_id=existing.pk, fetch=existing.content_hash is None, publish=publish
            )
        return Submission(existing, False)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                url=url or None,
                source_ref=name,
                content_hash=digest,
                retrieved_at=timezone.now(),
                **article_text_fields(read),
            )
    except IntegrityError:  # the same text or address submitted at the same moment
        return Submission(
            Article.objects.filter(content_hash=digest).first() or Article.objects.get(url=url),
            False,
        )
    article_enqueue(article_id=article.pk, fetch=False, publish=publish)
    return Submission(article, True)


def _pasted_name(text: str) -> str:
    """How a person finds a pasted text again: its first words."""
    first = " ".join(text.split())[:80]
    return f"« {first} »" if first else "« »"


def article_submit_failure(*, name: str, error: str) -> Submission:
    """Record input refused before any work (a bad file, a file over the size limit, an address
    that is not http(s)) as a failed article named `name`; the same name again is one more
    attempt of the same article."""
    article = (
        Article.objects.filter(source_ref=name[:2000], url__isnull=True, content_hash__isnull=True)
        .order_by("-id")
        .first()
    )
    if article is None:
        article = Article(source_ref=name[:2000])
    article_mark_failed(article=article, error=error, count_attempt=True)
    return Submission(article, article.attempts <= 1)


def article_submit_file_too_large(*, name: str, size: int) -> Submission | None:
    """The refusal of a file above the size limit, before it is read; None when it fits."""
    if size <= input_limit():
        return None
    return article_submit_failure(name=name, error=str(too_large(size)))
