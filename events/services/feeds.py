"""Polling RSS/Atom feeds: new entries become queued articles; nothing is fetched twice.

Registering a feed and deciding when it is due are the pipeline's (events/pipeline.py); a poll
submits its new entries through submission.py like any other URLs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import feedparser
from django.utils import timezone

from events.models import Article, Source
from events.services.documents import BadInput
from events.services.fetching import fetch_url, web_address_problem
from events.services.submission import articles_submit_urls

logger = logging.getLogger(__name__)

# A feed lists its latest entries; more than this in one poll is a broken or hostile feed.
MAX_ENTRIES_PER_POLL = 200


@dataclass(frozen=True)
class PollResult:
    new: int
    known: int
    not_modified: bool = False
    skipped: int = 0  # entries whose link is not an http(s) address


def source_poll(*, source: Source) -> PollResult:
    """Fetch the feed (conditional GET) and queue entries whose URL is not stored yet.

    A broken feed raises BadInput after recording the error on the source. Entries whose
    link is not an http(s) address (`javascript:…`) are not stored; the source says how many.
    """
    page = fetch_url(source.feed_url, etag=source.etag, last_modified=source.modified)
    source.last_polled_at = timezone.now()
    if page.not_modified:
        source.last_error = ""
        source.save(update_fields=["last_polled_at", "last_error", "updated_at"])
        return PollResult(0, 0, not_modified=True)
    parsed = feedparser.parse(page.content)
    entries = [e.get("link") for e in parsed.entries[:MAX_ENTRIES_PER_POLL] if e.get("link")]
    if parsed.bozo and not entries:
        source.last_error = f"not a readable feed: {parsed.get('bozo_exception', 'parse error')}"
        source.save(update_fields=["last_polled_at", "last_error", "updated_at"])
        raise BadInput(source.last_error)
    links = [str(link).strip() for link in entries]
    refused = [link for link in links if web_address_problem(link)]
    links = [link for link in links if link not in refused]
    known = set(Article.objects.filter(url__in=links).values_list("url", flat=True))
    articles_submit_urls(urls=[link for link in links if link not in known], feed=source)
    source.etag, source.modified = page.etag, page.last_modified
    source.last_error = _skipped_note(refused)
    source.save()
    return PollResult(new=len(set(links) - known), known=len(known), skipped=len(refused))


def _skipped_note(refused: list[str]) -> str:
    """What the source records about entries it did not store (shown as text, never a link)."""
    if not refused:
        return ""
    example = refused[0][:80]
    return (
        f"{len(refused)} entr{'y' if len(refused) == 1 else 'ies'} skipped: the link is not an "
        f"http(s) address (first: {example!r})"
    )
