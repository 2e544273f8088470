"""The pipeline's steps on one article, as the Celery worker runs them: fetch, extract, store.

Each step is called by one task (events/tasks.py), reads the article by id, and is safe to run
twice (a redelivered task stores nothing twice). Storing hands the extraction to the meeting
store (meeting_store.py). How an article's text and its failure are written also lives here;
submission.py reuses both.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists
from django.utils import timezone

from events import extraction
from events.models import Article, Language
from events.services.common import iso_date, unique_row
from events.services.documents import ArticleText, article_text_from_bytes, content_hash
from events.services.fetching import fetch_url
from events.services.meeting_store import StoreOutcome, meeting_upsert_from_extraction
from events.services.rounds import meeting_rounds_after_report

EXTRACTOR_VERSION = getattr(extraction, "__version__", "1")


def article_fetch(*, article_id: int) -> bool:
    """Download the page and keep its text; False when there is nothing more to do."""
    article = unique_row(
        Article.objects.only("url", "content_hash", "attempts").filter(pk=article_id)
    )
    if article is None or article.content_hash:
        return article is not None  # already fetched (a redelivered task): go on
    Article.objects.filter(pk=article_id).update(
        status=Article.Status.PROCESSING,
        attempts=article.attempts + 1,
        last_attempt_at=timezone.now(),
    )
    page = fetch_url(article.url)
    text = article_text_from_bytes(
        page.content, url=page.url, content_type=page.content_type, declared_charset=page.charset
    )
    return article_set_text(article=article, text=text)


def article_set_text(*, article: Article, text: ArticleText) -> bool:
    """Save fetched text, or mark the article a duplicate when the same text is stored already."""
    digest = content_hash(text.text)
    now = timezone.now()
    fields = {**article_text_fields(text), "content_hash": digest, "retrieved_at": now}
    same_text = Article.objects.filter(content_hash=digest).exclude(pk=article.pk)
    try:
        with transaction.atomic():
            # One statement: keep the text unless another article has it already.
            saved = (
                Article.objects.filter(pk=article.pk)
                .filter(~Exists(same_text))
                .update(**fields, updated_at=now)
            )
    except IntegrityError:  # the same text stored at the same moment by another worker
        saved = 0
    if saved:
        for field, value in fields.items():
            setattr(article, field, value)
        return True
    original_id = unique_row(same_text.values_list("pk", flat=True))
    Article.objects.filter(pk=article.pk).update(
        status=Article.Status.DUPLICATE,
        duplicate_of_id=original_id,
        error="",
        title=text.title[:1000],
    )
    return False


def article_extract(*, article_id: int) -> bool:
    """Run the extraction engine on the stored text; its full output is kept on the article."""
    article = unique_row(
        Article.objects.only(
            "text", "title", "url", "published", "retrieved_at", "language"
        ).filter(pk=article_id, content_hash__isnull=False)
    )
    if article is None:
        return False
    retrieved = timezone.localdate(article.retrieved_at) if article.retrieved_at else None
    text, capped = extraction_input(article.text)
    result = extraction.extract(
        text,
        published=article.published,
        retrieved=retrieved,
        url=article.url,
        title=article.title or None,
    ).to_dict()
    if capped:
        result = _with_cap_recorded(result, read=len(text), total=len(article.text))
    Article.objects.filter(pk=article_id).update(
        extraction=result,
        extractor_version=EXTRACTOR_VERSION,
        language=article.language or result.get("language") or "",
        published=article.published or iso_date(result.get("published")),
        status=Article.Status.PROCESSING,
    )
    return True


def extraction_input(text: str) -> tuple[str, bool]:
    """The part of an article's text handed to the extractor, and whether it was cut.

    At most JIHAT_EXTRACTION_MAX_CHARS characters, cut at the last line break or space before
    the limit: a prefix, so every evidence offset is an offset in the stored text too.
    """
    limit = settings.JIHAT_EXTRACTION_MAX_CHARS
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    cut = max(head.rfind("\n"), head.rfind(" "))
    return (head[:cut] if cut > limit // 2 else head), True


def _with_cap_recorded(result: dict[str, Any], *, read: int, total: int) -> dict[str, Any]:
    """Say on the article (its extraction) and to the reviewer (a warning) that text was cut."""
    warning = {
        "code": "text_capped",
        "field": "article.text",
        "params": {"read": read, "total": total},
        "message": f"Only the first {read} of {total} characters were read for extraction "
        f"(limit JIHAT_EXTRACTION_MAX_CHARS); the whole text is stored.",
    }
    return {
        **result,
        "text_capped": {"read_chars": read, "total_chars": total},
        "warnings": [*(result.get("warnings") or []), warning],
    }


def article_store(*, article_id: int, publish: bool = False) -> StoreOutcome | None:
    """Turn the article's extraction into a meeting with its officials and figures, once."""
    with transaction.atomic():
        article = unique_row(
            Article.objects.select_for_update()
            .only("status", "extraction", "text", "title")
            .filter(pk=article_id)
        )
        if article is None or article.extraction is None:
            return None
        if article.status in {Article.Status.DONE, Article.Status.IRRELEVANT}:
            link = article.meeting_links.select_related("meeting").first()
            return StoreOutcome("unchanged", link.meeting if link else None)
        outcome = meeting_upsert_from_extraction(article=article, publish=publish)
        if outcome.meeting is not None:  # its stop number, and the round it may be a stop of
            meeting_rounds_after_report(meeting=outcome.meeting)
        article.status = (
            Article.Status.IRRELEVANT if outcome.result == "irrelevant" else Article.Status.DONE
        )
        article.error = ""
        article.save(update_fields=["status", "error", "updated_at"])
        return outcome


def article_record_failure(*, article_id: int, error: str) -> Article | None:
    """Record why an article could not be ingested; what is already stored stays as it is.

    Returns the article (None when it is gone), for the worker's log line.
    """
    article = Article.objects.filter(pk=article_id).first()
    if article is not None:
        article_mark_failed(article=article, error=error, count_attempt=False)
    return article


def article_mark_failed(*, article: Article, error: str, count_attempt: bool) -> None:
    """A failed article with its reason. `attempts` counts tries, once each: a fetch counts
    its own (article_fetch), so a failure after it is not one more; a file refused on
    submission, or an article that never got to a fetch, is one try.

    Nothing is logged here: the caller says it where its reader looks (the worker's log, the
    command's summary, the add-articles page).
    """
    article.status = Article.Status.FAILED
    article.error = error[:2000]
    if count_attempt or article.attempts == 0:
        article.attempts += 1
    article.last_attempt_at = timezone.now()
    article.save()


def article_text_fields(text: ArticleText) -> dict[str, Any]:
    """The Article columns an article's text fills, cut to their lengths."""
    return {
        "text": text.text,
        "title": text.title[:1000],
        "outlet": text.outlet[:200],
        "published": text.published,
        "language": text.language if text.language in Language.values else "",
    }
