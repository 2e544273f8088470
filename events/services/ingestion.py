"""Ingestion: articles in (files, URLs, feeds), meetings, officials and figures out.

The pipeline is fetch → extract → store, one Celery task per step (events/tasks.py), each step
a function here that is safe to run twice. The one rule that matters most lives in
`meeting_upsert_from_extraction`: a field a person edited is never overwritten by a machine;
new machine evidence is attached to the meeting and conflicting values become warnings.
"""

from __future__ import annotations

import datetime
import logging
import zlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.contrib.gis.geos import Point
from django.contrib.postgres.aggregates import ArrayAgg
from django.db import IntegrityError, connection, transaction
from django.db.models import Exists, Prefetch
from django.utils import timezone

from events import extraction
from events.extraction import normalize_name
from events.models import (
    Article,
    ExportFigure,
    Meeting,
    MeetingSource,
    Participation,
    RoleCode,
    Source,
)
from events.services.documents import (
    ArticleText,
    BadInput,
    article_text_from_bytes,
    content_hash,
    input_limit,
    too_large,
)
from events.services.fetching import fetch_url, web_address_problem
from events.services.officials import (
    ResolvedOfficial,
    alias_index,
    official_by_spelling,
    official_resolve,
)
from regions.models import Region

logger = logging.getLogger(__name__)

EXTRACTOR_VERSION = getattr(extraction, "__version__", "1")
# Reports of one meeting may disagree on the day by one (a weekday typo, "yesterday" misread);
# beyond two days it is another meeting.
MATCH_MAX_DAYS = 2
# Two figures within 0.5 % are the same amount written differently (2,6 vs 2.6 milliards).
FIGURE_SAME_RELATIVE = Decimal("0.005")
# Warnings that make a meeting's date uncertain (shown with "≈", left for review).
UNCERTAIN_DATE_WARNINGS = {
    "year_inferred",
    "weekday_mismatch",
    "date_after_publication",
    "date_moved",
    "relative_date",
}
MEETING_FIELDS = (
    "date",
    "date_precision",
    "date_certain",
    "region",
    "city",
    "location",
    "kind",
    "title",
    "summary",
    "programme",
)
AUTO_PUBLISH_MIN_CONFIDENCE = 0.8
# An article still queued after this long lost its message (a task retries for < 5 minutes).
STALLED_AFTER = datetime.timedelta(minutes=30)
STALLED_BATCH = 500


@dataclass(frozen=True)
class Submission:
    article: Article
    created: bool  # False: the article (same URL or same text) was already known


@dataclass(frozen=True)
class StoreOutcome:
    result: str  # "new", "merged", "unchanged", "irrelevant"
    meeting: Meeting | None = None


# ---------------------------------------------------------------------------------- submitting


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
    finished = {Article.Status.DONE, Article.Status.IRRELEVANT, Article.Status.DUPLICATE}
    again = [
        a.pk for u, a in known.items() if u not in fresh and (force or a.status not in finished)
    ]
    if again:
        Article.objects.filter(pk__in=again).update(status=Article.Status.QUEUED, error="")
    submissions = []
    for url in given:
        if url in refused:
            submissions.append(article_submit_failure(name=url, error=refused[url]))
            continue
        article = known[url]
        created = url in fresh
        if created or article.pk in again:
            enqueue_pipeline(
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
            enqueue_pipeline(article_id=existing.pk, fetch=False, publish=publish)
        return Submission(existing, False)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                source_ref=name,
                content_hash=digest,
                retrieved_at=timezone.now(),
                **_text_fields(text),
            )
    except IntegrityError:  # the same text submitted at the same moment by another process
        return Submission(Article.objects.get(content_hash=digest), False)
    enqueue_pipeline(article_id=article.pk, fetch=False, publish=publish)
    return Submission(article, True)


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
    _mark_failed(article, error, count_attempt=True)
    return Submission(article, article.attempts <= 1)


def article_submit_file_too_large(*, name: str, size: int) -> Submission | None:
    """The refusal of a file above the size limit, before it is read; None when it fits."""
    if size <= input_limit():
        return None
    return article_submit_failure(name=name, error=str(too_large(size)))


def feed_submit(*, feed_url: str, name: str = "", language: str = "ar") -> Source:
    """Register a feed (or find it) and poll it now; Celery beat polls it from then on.

    Raises BadInput for an address that is not http(s).
    """
    from events.tasks import poll_feed

    feed_url = feed_url.strip()
    problem = web_address_problem(feed_url)
    if problem:
        raise BadInput(f"{problem}: {feed_url[:300]!r}")
    source, _ = Source.objects.get_or_create(
        feed_url=feed_url, defaults={"name": name or feed_url, "language": language}
    )
    transaction.on_commit(lambda: poll_feed.delay(source.pk))
    return source


def enqueue_pipeline(*, article_id: int, fetch: bool, publish: bool = False) -> None:
    """Chain the steps for one article, sent once the current transaction commits."""
    from celery import chain

    from events.tasks import extract_article, fetch_article, store_article

    steps = [extract_article.si(article_id), store_article.si(article_id, publish)]
    if fetch:
        steps.insert(0, fetch_article.si(article_id))
    transaction.on_commit(lambda: chain(*steps).delay())


def articles_requeue_stalled(*, older_than: datetime.timedelta = STALLED_AFTER) -> int:
    """Queue again articles left queued or processing: their message was lost.

    A broker that keeps nothing on disk loses queued messages when it restarts; every step is
    idempotent, so sending an article through the pipeline again is always safe.
    """
    cutoff = timezone.now() - older_than
    stalled = list(
        Article.objects.filter(
            status__in=[Article.Status.QUEUED, Article.Status.PROCESSING], updated_at__lt=cutoff
        ).values_list("pk", "content_hash")[:STALLED_BATCH]
    )
    for article_id, digest in stalled:
        Article.objects.filter(pk=article_id).update(updated_at=timezone.now())
        enqueue_pipeline(article_id=article_id, fetch=digest is None)
    return len(stalled)


# ------------------------------------------------------------------------------- pipeline steps


def article_fetch(*, article_id: int) -> bool:
    """Download the page and keep its text; False when there is nothing more to do."""
    article = _unique(Article.objects.only("url", "content_hash", "attempts").filter(pk=article_id))
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
    fields = {**_text_fields(text), "content_hash": digest, "retrieved_at": now}
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
    original_id = _unique(same_text.values_list("pk", flat=True))
    Article.objects.filter(pk=article.pk).update(
        status=Article.Status.DUPLICATE,
        duplicate_of_id=original_id,
        error="",
        title=text.title[:1000],
    )
    return False


def article_extract(*, article_id: int) -> bool:
    """Run the extraction engine on the stored text; its full output is kept on the article."""
    article = _unique(
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
        published=article.published or _parse_date(result.get("published")),
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
        article = _unique(
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
        article.status = (
            Article.Status.IRRELEVANT if outcome.result == "irrelevant" else Article.Status.DONE
        )
        article.error = ""
        article.save(update_fields=["status", "error", "updated_at"])
        return outcome


def article_record_failure(*, article_id: int, error: str) -> None:
    """Record why an article could not be ingested; what is already stored stays as it is."""
    article = Article.objects.filter(pk=article_id).first()
    if article is not None:
        _mark_failed(article, error, count_attempt=False)


def _mark_failed(article: Article, error: str, *, count_attempt: bool) -> None:
    """A failed article with its reason. `attempts` counts tries, once each: a fetch counts
    its own (article_fetch), so a failure after it is not one more; a file refused on
    submission, or an article that never got to a fetch, is one try."""
    article.status = Article.Status.FAILED
    article.error = error[:2000]
    if count_attempt or article.attempts == 0:
        article.attempts += 1
    article.last_attempt_at = timezone.now()
    article.save()
    logger.warning("article %s failed: %s", article.source_ref, error)


# ------------------------------------------------------------------------------ meetings


def meeting_upsert_from_extraction(*, article: Article, publish: bool = False) -> StoreOutcome:
    """Create the meeting an article reports, or add the article to the meeting it matches."""
    data: dict[str, Any] = article.extraction or {}
    facts = meeting_facts(article=article, data=data)
    if not data.get("relevant", True) or (
        facts["region"] is None and facts["date"] is None and not data.get("officials")
    ):
        return StoreOutcome("irrelevant")

    region: Region | None = facts["region"]
    _lock(f"meetings:{region.code if region else '-'}")
    people = []
    found = data.get("officials") or []
    # Most names are spellings seen before: read those aliases only. The whole index (for
    # transliterations and surnames) is read for a new spelling, and again after one is stored.
    spellings = alias_index(normalized={normalize_name(p["name"]) for p in found})
    index: list | None = None
    for person in found:
        resolved = official_by_spelling(name=person["name"], index=spellings)
        if resolved is None:
            index = alias_index() if index is None else index
            resolved = official_resolve(name=person["name"], index=index)
            if resolved is None:
                continue
            if resolved.method != "alias":
                index = None
        if all(resolved.official_id != known.official_id for _, known in people):
            people.append((person, resolved))  # two spellings of one person in one text
    official_ids = {resolved.official_id for _, resolved in people}

    meeting, reason = meeting_find_match(
        region=region, date=facts["date"], kind=facts["kind"], official_ids=official_ids
    )
    warnings = [
        {**w, "article": article.pk} for w in data.get("warnings") or [] if isinstance(w, dict)
    ]
    evidence = (data.get("meeting") or {}).get("evidence") or {}
    if meeting is None:
        # A new meeting has no sources, participants or figures yet: plain inserts, no look-ups.
        meeting = Meeting.objects.create(
            **facts,
            status=_initial_status(data, warnings, publish),
            confidence=_meeting_confidence(data),
            warnings=_merge_warnings([], warnings),
        )
        MeetingSource.objects.create(
            meeting=meeting, article=article, evidence=evidence, match_reason="new meeting"
        )
        for person, resolved in people:
            Participation.objects.create(
                meeting=meeting,
                official_id=resolved.official_id,
                **participation_fields(article=article, person=person, resolved=resolved),
            )
        figures_add(meeting=meeting, article=article, figures=data.get("figures"), known=[])
        return StoreOutcome("new", meeting)

    before = _meeting_state(meeting)
    warnings += meeting_apply_machine_facts(meeting=meeting, facts=facts, article=article)
    if (
        publish
        and meeting.status == Meeting.Status.NEEDS_REVIEW
        and not meeting.is_staff_owned("status")
    ):
        meeting.status = Meeting.Status.PUBLISHED
    meeting.warnings = _merge_warnings(meeting.warnings, warnings)
    if _meeting_state(meeting) != before:  # an unchanged meeting gets no write, no history row
        meeting.save()
    # The article is locked and the region's meetings too: a source row exists only if this
    # article was stored before (re-ingested with --force); then it is left as it was.
    MeetingSource.objects.bulk_create(
        [
            MeetingSource(
                meeting=meeting, article=article, evidence=evidence, match_reason=reason[:300]
            )
        ],
        ignore_conflicts=True,
    )
    # The participations came with the meeting (meeting_find_match prefetches them).
    present = {p.official_id: p for p in meeting.participations.all()}
    for person, resolved in people:
        participation_upsert(
            meeting=meeting,
            article=article,
            person=person,
            resolved=resolved,
            existing=present.get(resolved.official_id),
        )
    figures_add(
        meeting=meeting,
        article=article,
        figures=data.get("figures"),
        known=list(meeting.figures.only("meeting_id", "metric", "scope", "amount_mad").order_by()),
    )
    return StoreOutcome("merged", meeting)


def meeting_facts(*, article: Article, data: dict[str, Any]) -> dict[str, Any]:
    """The meeting's field values as this article gives them."""
    found = data.get("meeting") or {}
    region = (
        _unique(Region.objects.only("pk", "code").filter(code=found["region"]))
        if found.get("region")
        else None
    )
    city = found.get("city") or ""
    location = None
    if city:
        lonlat = extraction.city_location(city)
        if lonlat:
            location = Point(*lonlat, srid=4326)
    codes = {w.get("code") for w in data.get("warnings") or [] if isinstance(w, dict)}
    date = _parse_date(found.get("date"))
    kind = found.get("kind") if found.get("kind") in Meeting.Kind.values else Meeting.Kind.OTHER
    return {
        "date": date,
        "date_precision": found.get("date_precision") or Meeting.DatePrecision.DAY,
        "date_certain": date is not None and not (codes & UNCERTAIN_DATE_WARNINGS),
        "region": region,
        "city": city[:120],
        "location": location,
        "kind": kind,
        "title": (article.title or data.get("title") or "")[:500],
        "summary": _summary(article.text, article.title),
        "programme": (found.get("programme") or "")[:300],
    }


def meeting_find_match(
    *, region: Region | None, date: datetime.date | None, kind: str, official_ids: set[int]
) -> tuple[Meeting | None, str]:
    """The stored meeting this report is about, if any, with the reason for the match.

    Same region; kind equal (or one of them unknown); date equal, or within MATCH_MAX_DAYS
    with an official in common, or unknown on one side with an official in common.
    """
    if region is None:
        return None, ""
    candidates = Meeting.objects.filter(region=region, merged_into__isnull=True)
    if date is not None:
        window = datetime.timedelta(days=MATCH_MAX_DAYS)
        candidates = candidates.filter(
            date__range=(date - window, date + window)
        ) | candidates.filter(date__isnull=True)
    # Decide on ids, kinds, dates and participants only; read the whole row of the chosen one.
    rows = candidates.annotate(
        official_ids=ArrayAgg("participations__official_id", distinct=True)
    ).values_list("pk", "kind", "date", "official_ids")
    best, best_key, best_reason = None, None, ""
    for pk, meeting_kind, meeting_date, meeting_officials in rows[:50]:
        if kind != meeting_kind and Meeting.Kind.OTHER not in (kind, meeting_kind):
            continue
        shared = official_ids & set(meeting_officials or ())
        days = abs((meeting_date - date).days) if meeting_date and date else None
        if not (days == 0 or shared):
            continue
        key = (days == 0, len(shared), -(days or 0))
        if best_key is None or key > best_key:
            when = (
                "same date"
                if days == 0
                else (
                    f"dates {days} day(s) apart" if days is not None else "date unknown on one side"
                )
            )
            best, best_key = pk, key
            best_reason = (
                f"same region {region.code}, {when}, kind {meeting_kind}, "
                f"{len(shared)} official(s) in common"
            )
    if best is None:
        return None, ""
    # Of its participants, what filling an empty role needs (the evidence columns are wide).
    participants = Participation.objects.only(
        "meeting_id", "official_id", "role", "role_code", "origin", "staff_edited_fields"
    ).order_by()
    meeting = Meeting.objects.prefetch_related(Prefetch("participations", participants)).get(
        pk=best
    )
    return meeting, best_reason


def meeting_apply_machine_facts(
    *, meeting: Meeting, facts: dict[str, Any], article: Article
) -> list[dict[str, Any]]:
    """Fill what the meeting lacks from a new report; never touch staff-owned fields.

    Returns review warnings for values that disagree with what is kept.
    """
    warnings = []
    for field in MEETING_FIELDS:
        if field in ("region", "summary", "date_precision", "date_certain"):
            continue  # region: the match key, equal by construction; the others follow below
        new, current = facts[field], getattr(meeting, field)
        if new in (None, ""):
            continue
        if (
            field == "date"
            and not meeting.is_staff_owned("date")
            and (current is None or (not meeting.date_certain and facts["date_certain"]))
        ):
            # A certain date from a new report replaces a missing or inferred one.
            meeting.date, meeting.date_precision = new, facts["date_precision"]
            meeting.date_certain = facts["date_certain"]
            continue
        if current in (None, "") and not meeting.is_staff_owned(field):
            setattr(meeting, field, new)
            continue
        if _differs(new, current):
            owner = "staff" if meeting.is_staff_owned(field) else "first report"
            warnings.append(
                {
                    "code": "conflicting_report",
                    "field": f"meeting.{field}",
                    "article": article.pk,
                    "message": f"Article {article.pk} gives {field} = {new}; kept the "
                    f"{owner}'s value {current}.",
                }
            )
    if not meeting.summary and facts["summary"] and not meeting.is_staff_owned("summary"):
        meeting.summary = facts["summary"]
    return warnings


def participation_fields(*, article: Article, person: dict, resolved) -> dict[str, Any]:
    """A participation's machine values: role as written, role code, evidence, matching rule."""
    evidence = person.get("evidence") or {}
    role_code = person.get("role_code") if person.get("role_code") in RoleCode.values else "other"
    matched = resolved.method
    if resolved.matched_alias:
        matched = f"{resolved.method}: {resolved.matched_alias}"
    return {
        "role": (person.get("role") or "")[:500],
        "role_code": role_code,
        "article": article,
        "evidence_text": evidence.get("text", ""),
        "evidence_start": evidence.get("start"),
        "evidence_end": evidence.get("end"),
        "name_as_written": person.get("name", "")[:200],
        "matched_alias": matched[:200],
        "confidence": person.get("confidence"),
    }


def participation_upsert(
    *,
    meeting: Meeting,
    article: Article,
    person: dict,
    resolved: ResolvedOfficial,
    existing: Participation | None,
) -> None:
    """Add an official to the meeting once; a later report only fills an empty role."""
    fields = participation_fields(article=article, person=person, resolved=resolved)
    if existing is None:
        Participation.objects.create(meeting=meeting, official_id=resolved.official_id, **fields)
        return
    if existing.role or not fields["role"] or existing.is_staff_owned("role"):
        return
    existing.role = fields["role"]
    if not existing.is_staff_owned("role_code"):
        existing.role_code = fields["role_code"]
    existing.save()


def figures_add(
    *, meeting: Meeting, article: Article, figures: list | None, known: list[ExportFigure]
) -> None:
    """Store each figure once per meeting, however many reports repeat it.

    `known` holds the meeting's figures; the ones created here are added to it.
    """
    for figure in figures or []:
        stored = figure_upsert(meeting=meeting, article=article, figure=figure, known=known)
        if stored is not None and stored not in known:
            known.append(stored)


def figure_upsert(
    *, meeting: Meeting, article: Article, figure: dict, known: list[ExportFigure]
) -> ExportFigure | None:
    """The meeting's figure for this amount: one of `known` within 0.5 %, or a new one."""
    try:
        amount = Decimal(str(figure["amount_mad"])).quantize(Decimal("0.01"))
    except (KeyError, ArithmeticError, ValueError):
        return None
    if amount < 0:
        return None
    metric = figure.get("metric") if figure.get("metric") in ExportFigure.Metric.values else "other"
    scope = figure.get("scope") if figure.get("scope") in ExportFigure.Scope.values else "other"
    tolerance = max(amount * FIGURE_SAME_RELATIVE, Decimal("0.01"))
    for same in known:
        if (
            same.metric == metric
            and same.scope == scope
            and abs(same.amount_mad - amount) <= tolerance
        ):
            return same
    evidence = figure.get("evidence") or {}
    # The year the text says the figure is for; else the year of the meeting that reported it,
    # so that "latest figure" and the figures-by-year chart can place it.
    year = figure.get("year")
    if not (isinstance(year, int) and 1956 <= year <= 2100) and meeting.date:
        year = meeting.date.year
    return ExportFigure.objects.create(
        meeting=meeting,
        article=article,
        amount_mad=amount,
        metric=metric,
        scope=scope,
        approximate=bool(figure.get("approximate")),
        year=year if isinstance(year, int) and 1956 <= year <= 2100 else None,
        region_id=meeting.region_id if scope == ExportFigure.Scope.REGION else None,
        text=(figure.get("text") or "")[:500],
        evidence_text=evidence.get("text", ""),
        evidence_start=evidence.get("start"),
        evidence_end=evidence.get("end"),
        confidence=figure.get("confidence"),
    )


# ------------------------------------------------------------------------------ helpers


def _text_fields(text: ArticleText) -> dict[str, Any]:
    return {
        "text": text.text,
        "title": text.title[:1000],
        "outlet": text.outlet[:200],
        "published": text.published,
        "language": text.language if text.language in ("ar", "fr", "en") else "",
    }


def _unique(queryset):
    """The row a lookup on a unique key finds, or None: first() would sort by the model's
    ordering, which such a lookup does not need (and which costs a compile and a sort)."""
    return next(iter(queryset.order_by()[:1]), None)


def _parse_date(value: Any) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _summary(text: str, title: str) -> str:
    """The first paragraph that is not the title: a readable summary for the timeline."""
    for paragraph in (p.strip() for p in (text or "").split("\n")):
        if len(paragraph) > 80 and paragraph != (title or "").strip():
            return paragraph[:600]
    return ""


def _meeting_confidence(data: dict[str, Any]) -> float | None:
    values = [
        v
        for v in ((data.get("meeting") or {}).get("confidence") or {}).values()
        if isinstance(v, int | float)
    ]
    return round(min(max(sum(values) / len(values), 0.0), 1.0), 3) if values else None


def _initial_status(data: dict[str, Any], warnings: list, publish: bool) -> str:
    confident = (_meeting_confidence(data) or 0) >= AUTO_PUBLISH_MIN_CONFIDENCE and not warnings
    if publish or (settings.JIHAT_AUTO_PUBLISH and confident):
        return Meeting.Status.PUBLISHED
    return Meeting.Status.NEEDS_REVIEW


def _merge_warnings(existing: list, new: list) -> list:
    seen = {(w.get("code"), w.get("field"), w.get("article")) for w in existing}
    merged = list(existing)
    for warning in new:
        key = (warning.get("code"), warning.get("field"), warning.get("article"))
        if key not in seen:
            seen.add(key)
            merged.append(warning)
    return merged


def _meeting_state(meeting: Meeting) -> tuple:
    """What a machine may change on a meeting, to tell whether it needs saving."""
    return (
        *(getattr(meeting, field) for field in MEETING_FIELDS if field != "region"),
        meeting.status,
        len(meeting.warnings or []),
    )


def _differs(new: Any, current: Any) -> bool:
    if isinstance(new, Point) or isinstance(current, Point):
        return False  # the location follows the city; the city comparison says it already
    return str(new).casefold() != str(current).casefold()


def _lock(name: str) -> None:
    """Transaction-scoped lock: two workers storing reports of one meeting don't both create it."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [zlib.crc32(name.encode())])
