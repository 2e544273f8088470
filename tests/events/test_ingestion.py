"""Ingestion end to end through the real Celery worker, Redis and PostGIS.

Remote news sites are simulated by tests/events/news_server.py on 127.0.0.1.
"""

from __future__ import annotations

import datetime
import io
import shutil
import time
from pathlib import Path

import httpx
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from events.models import (
    Article,
    ExportFigure,
    Meeting,
    MeetingSource,
    Official,
    Participation,
    Source,
)
from events.pipeline import articles_requeue_stalled, feed_submit
from events.services import fetching
from events.services.documents import content_hash
from events.services.feeds import source_poll
from events.services.steps import extraction_input
from events.services.submission import articles_submit_urls
from events.tasks import fetch_article
from tests.events.news_server import FIXTURES, HOSTILE_LINKS, NewsServer
from tests.shared_data import shared_path

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

SEED_MEETINGS = {
    ("MA-09", "2024-11-26", "consultation", "Agadir"),
    ("MA-03", "2024-11-28", "consultation", "Fès"),
    ("MA-12", "2025-12-26", "evaluation_forum", "Dakhla"),
    ("MA-09", "2026-01-30", "chamber_meeting", "Agadir"),
    ("MA-11", "2025-10-21", "caravan", "Laâyoune"),
}


def ingest(*args: str) -> str:
    out = io.StringIO()
    call_command("ingest", *args, "--no-progress", "--timeout", "120", stdout=out)
    return out.getvalue()


def meetings_snapshot() -> set[tuple]:
    return {
        (m.region.code, str(m.date), m.kind, m.city)
        for m in Meeting.objects.select_related("region")
    }


def people_snapshot() -> dict[str, int]:
    return {(o.name_ar or o.name_latin): o.participations.count() for o in Official.objects.all()}


@pytest.fixture
def news(celery_worker):
    with NewsServer(slow_seconds=8) as server:
        yield server


@pytest.fixture
def seeds(tmp_path) -> list[Path]:
    files = sorted(shared_path("seeds").glob("*.txt"))
    assert len(files) == 5
    return files


def test_seeds_ingested_twice_in_any_order_give_the_same_meetings(
    celery_worker, regions, seeds, tmp_path
):
    summary = ingest(*map(str, seeds))
    assert "5 new" in summary, summary
    assert meetings_snapshot() == SEED_MEETINGS
    first_people = people_snapshot()
    # One person across articles: the Secretary of State chairs three of them, the wali two.
    assert first_people["عمر حجيرة"] == 3
    assert first_people["سعيد أمزازي"] == 2

    again = ingest(str(shared_path("seeds")))  # the folder, a second time
    assert "5 unchanged" in again, again
    assert Meeting.objects.count() == 5 and Article.objects.count() == 5

    # From scratch in the reverse order: the same meetings and people.
    Meeting.objects.all().delete()
    Participation.objects.all().delete()
    Official.objects.all().delete()
    Article.objects.all().delete()
    for path in reversed(seeds):
        shutil.copy(path, tmp_path / path.name)
        ingest(str(tmp_path / path.name))
    assert meetings_snapshot() == SEED_MEETINGS
    assert people_snapshot() == first_people
    fes = ExportFigure.objects.get(meeting__region__code="MA-03")
    # "2,6 مليار درهم" states no year: it is placed in the year of the meeting that reported it.
    assert (int(fes.amount_mad), fes.metric, fes.scope, fes.year) == (
        2_600_000_000,
        "exports",
        "region",
        2024,
    )


def test_one_meeting_reported_in_arabic_and_french_is_one_meeting(news, regions):
    summary = ingest(news.url("/article/oriental_ar"), news.url("/article/oriental_fr"))
    assert "1 new" in summary and "1 merged" in summary, summary
    meeting = Meeting.objects.get()
    assert (meeting.region.code, str(meeting.date), meeting.city) == (
        "MA-02",
        "2025-03-13",
        "Oujda",
    )
    assert meeting.articles.count() == 2
    assert meeting.status == Meeting.Status.NEEDS_REVIEW  # machine-made: staff review first
    hejira = Official.objects.get(aliases__alias="Omar Hejira")
    assert hejira.aliases.filter(alias="عمر حجيرة").exists()
    # Whichever report the worker stored first made the meeting; the other one matched it.
    reasons = sorted(MeetingSource.objects.values_list("match_reason", flat=True))
    assert reasons[0] == "new meeting" and reasons[1].startswith("same region MA-02"), reasons
    participation = meeting.participations.get(official=hejira)
    assert participation.evidence_text and participation.article is not None
    # The regional export figure quoted by both reports is stored once, with its words.
    figures = meeting.figures.filter(metric="exports")
    assert figures.count() == 1 and int(figures.get().amount_mad) == 6_500_000_000
    # Every fact points back to the words it came from.
    source = meeting.sources.first()
    date_evidence = source.evidence["date"]
    assert (
        source.article.text[date_evidence["start"] : date_evidence["end"]] == date_evidence["text"]
    )


def test_staff_corrections_are_never_overwritten(celery_worker, regions):
    ingest(str(FIXTURES / "oriental_ar.txt"))
    meeting = Meeting.objects.get()
    meeting.city = "Oujda-Angad"
    meeting.title = "Concertation régionale de l'Oriental (corrigé)"
    meeting.status = Meeting.Status.PUBLISHED
    meeting.staff_edited_fields = ["city", "title", "status"]
    meeting.save()
    participation = meeting.participations.first()
    participation.role = "Secrétaire d'État (corrigé)"
    participation.staff_edited_fields = ["role"]
    participation.save()

    summary = ingest(str(FIXTURES / "oriental_fr.txt"))
    assert "1 merged" in summary, summary
    meeting.refresh_from_db()
    assert meeting.city == "Oujda-Angad"
    assert meeting.title == "Concertation régionale de l'Oriental (corrigé)"
    assert meeting.status == Meeting.Status.PUBLISHED
    # The report disagrees with the staff's city on a published meeting: its evidence waits
    # for a reviewer as a proposal (tests/events/test_proposals.py), the public page unchanged.
    assert meeting.articles.count() == 1
    assert "meeting.city" in {fact["key"] for fact in meeting.proposals.get().facts}
    assert any(
        w["code"] == "conflicting_report" and w["field"] == "meeting.city" for w in meeting.warnings
    )
    participation.refresh_from_db()
    assert participation.role == "Secrétaire d'État (corrigé)"


def test_feed_entries_are_fetched_once(news, regions):
    out = io.StringIO()
    call_command("ingest", "--feed", news.url("/feed.xml"), stdout=out)
    _wait_for(lambda: Article.objects.filter(status="done").count() == 2)
    assert Meeting.objects.count() == 1
    source = Source.objects.get()
    assert source.last_polled_at is not None and source.last_error == ""
    assert source_poll(source=source).new == 0  # a second poll queues nothing new
    assert news.hits["/article/oriental_ar"] == 1


def test_bad_files_are_recorded_failures_and_nothing_is_lost(celery_worker, regions, tmp_path):
    ingest(str(FIXTURES / "oriental_ar.txt"))
    before = (Meeting.objects.count(), Official.objects.count(), ExportFigure.objects.count())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes((FIXTURES / "binary.bin").read_bytes())
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.write(b"\xd8\xa7" * (25 * 1024 * 1024))  # 50 MB of Arabic letters
    (tmp_path / "hostile.html").write_bytes(
        b"<html><script>alert(1)</script><body onload=x>"
        b"<iframe src=javascript:1></iframe></body></html>"
    )
    summary = ingest(str(tmp_path))
    assert "4 failed" in summary, summary
    failed = {a.source_ref: a.error for a in Article.objects.filter(status="failed")}
    assert failed["empty.txt"].startswith("empty")
    assert failed["binary.txt"].startswith("binary")
    assert failed["huge.txt"].startswith("too large")
    assert failed["hostile.html"].startswith("no article")
    assert (
        Meeting.objects.count(),
        Official.objects.count(),
        ExportFigure.objects.count(),
    ) == before


def test_text_in_windows_1256_and_utf16_is_ingested(celery_worker, regions, tmp_path):
    text = (FIXTURES / "oriental_ar.txt").read_text(encoding="utf-8")
    (tmp_path / "cp1256.txt").write_bytes(text.encode("cp1256"))
    summary = ingest(str(tmp_path / "cp1256.txt"))
    assert "1 new" in summary, summary
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    assert "1 unchanged" in ingest(str(tmp_path / "utf16.txt"))  # same text: stored once
    assert Meeting.objects.get().region.code == "MA-02"


def test_an_article_about_something_else_makes_no_meeting(celery_worker, regions):
    summary = ingest(str(FIXTURES / "unrelated_ar.txt"))
    assert "1 irrelevant" in summary, summary
    assert Article.objects.get().status == Article.Status.IRRELEVANT
    assert not Meeting.objects.exists()


def test_unreachable_and_broken_urls_are_recorded_failures(news, regions, monkeypatch):
    monkeypatch.setattr(fetching, "TIMEOUT", httpx.Timeout(1.0))
    monkeypatch.setattr(fetching, "_shared_client", None)  # rebuilt with the short time-out
    monkeypatch.setattr(fetch_article, "max_retries", 1)
    urls = {
        name: news.url(path)
        for name, path in [
            ("timeout", "/slow"),
            ("404", "/status/404"),
            ("500", "/status/500"),
            ("loop", "/loop"),
            ("no-article", "/empty-page"),
            ("huge", "/huge"),
        ]
    }
    summary = ingest(*urls.values())
    assert "6 failed" in summary, summary
    errors = {a.url: a.error for a in Article.objects.all()}
    assert "timed out" in errors[urls["timeout"]]
    assert "HTTP 404" in errors[urls["404"]]
    assert "HTTP 500" in errors[urls["500"]]
    assert news.hits["/status/500"] == 2  # a server error is retried, a 404 is not
    assert news.hits["/status/404"] == 1
    assert "too many redirects" in errors[urls["loop"]]
    assert "no article" in errors[urls["no-article"]]
    assert "too large" in errors[urls["huge"]]
    assert all(a.attempts >= 1 for a in Article.objects.all())
    assert not Meeting.objects.exists()
    # The worker is alive and well: the next article goes through.
    assert "1 new" in ingest(news.url("/article/oriental_ar"))


def test_transient_errors_are_retried_until_the_page_comes(news, regions):
    summary = ingest(news.url("/flaky"))  # 503, 503, then the article
    assert "1 new" in summary, summary
    assert news.hits["/flaky"] == 3


def test_hostile_page_is_ingested_without_its_scripts(news, regions):
    ingest(news.url("/hostile"))
    article = Article.objects.get()
    assert article.status == Article.Status.DONE
    assert "alert(" not in article.text and "<script" not in article.text


def test_a_broken_feed_is_recorded_on_the_source(news, regions):
    call_command("ingest", "--feed", news.url("/broken-feed.xml"), stdout=io.StringIO())
    _wait_for(lambda: Source.objects.filter(last_error__gt="").exists())
    assert "not a readable feed" in Source.objects.get().last_error
    assert not Article.objects.exists()


def test_an_article_whose_message_was_lost_is_queued_again(celery_worker, regions):
    text = (FIXTURES / "oriental_ar.txt").read_text(encoding="utf-8")
    article = Article.objects.create(
        source_ref="lost.txt", text=text, content_hash=content_hash(text)
    )
    assert articles_requeue_stalled() == 0  # recent: its message may still be on its way
    Article.objects.filter(pk=article.pk).update(
        updated_at=timezone.now() - datetime.timedelta(hours=1)
    )
    assert articles_requeue_stalled() == 1
    _wait_for(lambda: Article.objects.get(pk=article.pk).status == Article.Status.DONE)
    assert Meeting.objects.get().region.code == "MA-02"


def _wait_for(condition, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError("condition not met in time")


def test_urls_given_together_are_queued_in_one_pass_and_each_fetched_once(news, regions):
    """The command (and a feed poll) submits its URLs together; repeats are not fetched again."""
    ingest(news.url("/article/oriental_ar"))
    fr = news.url("/article/oriental_fr")
    out = ingest(news.url("/article/oriental_ar"), fr, fr)
    assert "queued 2 article(s)" in out
    assert news.hits == {"/article/oriental_ar": 1, "/article/oriental_fr": 1}
    assert Article.objects.count() == 2 and Meeting.objects.count() == 1
    assert Meeting.objects.get().sources.count() == 2


# --- issue 13: hostile feeds and input -------------------------------------------------------


def test_a_failed_fetch_counts_one_attempt(news, regions, monkeypatch):
    """Each fetch is one attempt: a 404 is one, a 500 retried once is two (no extra count
    when the failure is recorded)."""
    monkeypatch.setattr(fetch_article, "max_retries", 1)
    ingest(news.url("/status/404"), news.url("/status/500"))
    attempts = {a.url.rsplit("/", 1)[1]: a.attempts for a in Article.objects.all()}
    assert attempts == {"404": news.hits["/status/404"], "500": news.hits["/status/500"]}
    assert attempts == {"404": 1, "500": 2}


def test_feed_entries_that_are_not_web_addresses_are_never_stored(news, regions):
    call_command("ingest", "--feed", news.url("/hostile-feed.xml"), stdout=io.StringIO())
    _wait_for(lambda: Article.objects.filter(status="done").exists())
    urls = list(Article.objects.values_list("url", flat=True))
    assert urls == [news.url("/article/oriental_ar")]  # the one real article
    assert not Article.objects.filter(source_ref__in=HOSTILE_LINKS).exists()
    source = Source.objects.get()
    assert source.last_error.startswith(f"{len(HOSTILE_LINKS)} entries skipped"), source.last_error
    assert "not an http(s) address" in source.last_error


def test_an_address_that_is_not_http_is_a_recorded_failure_never_a_link(celery_worker, regions):
    summary = ingest("javascript:alert(document.cookie)", "ftp://example.ma/a")
    assert "2 failed" in summary, summary
    assert "javascript:alert(document.cookie): not a web address" in summary
    for article in Article.objects.all():
        assert article.url is None and article.status == Article.Status.FAILED
        assert "only http and https" in article.error


def test_the_services_store_only_web_addresses(db):
    """bulk_create skips the URLField's validation: the service checks every address itself."""
    submissions = articles_submit_urls(
        urls=["javascript:alert(1)", "https://news.example.ma/a", "data:text/html,x"]
    )
    stored = {s.article.url for s in submissions}
    assert stored == {"https://news.example.ma/a", None}
    assert Article.objects.filter(url__isnull=False).count() == 1
    with pytest.raises(fetching.BadInput, match="only http and https"):
        feed_submit(feed_url="ftp://example.ma/feed.xml")


def test_a_feed_address_that_is_not_http_is_refused_by_the_command(db):
    with pytest.raises(CommandError, match="only http and https"):
        call_command("ingest", "--feed", "ftp://example.ma/feed.xml", stdout=io.StringIO())


def test_a_long_text_is_capped_for_extraction_and_the_article_says_so(
    celery_worker, regions, settings, tmp_path
):
    text = (FIXTURES / "oriental_ar.txt").read_text(encoding="utf-8")
    filler = "\n".join(f"فقرة إضافية رقم {i} لا علاقة لها باللقاء." for i in range(400))
    (tmp_path / "long.txt").write_text(f"{text}\n{filler}", encoding="utf-8")
    settings.JIHAT_EXTRACTION_MAX_CHARS = len(text) + 200
    assert "1 new" in ingest(str(tmp_path / "long.txt"))
    article = Article.objects.get()
    assert article.text.endswith("لا علاقة لها باللقاء.")  # the whole text is kept
    capped = article.extraction["text_capped"]
    assert capped["total_chars"] == len(article.text)
    assert len(text) <= capped["read_chars"] <= settings.JIHAT_EXTRACTION_MAX_CHARS
    meeting = Meeting.objects.get()
    assert meeting.region.code == "MA-02"  # the facts at the start were read
    assert any(w["code"] == "text_capped" for w in meeting.warnings)
    for source in meeting.sources.all():
        for evidence in source.evidence.values():
            assert article.text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_extraction_input_is_a_prefix_cut_between_words(settings):
    settings.JIHAT_EXTRACTION_MAX_CHARS = 20
    assert extraction_input("short text") == ("short text", False)
    head, capped = extraction_input("one two three four five six seven")
    assert capped and head == "one two three four" and len(head) <= 20
    assert extraction_input("x" * 50) == ("x" * 20, True)  # no space: cut at the limit


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    celery_worker, regions, settings, tmp_path, monkeypatch
):
    settings.JIHAT_MAX_INPUT_MB = 0.001  # about 1 KB: the fixture article is larger
    shutil.copy(FIXTURES / "oriental_ar.txt", tmp_path / "big.txt")
    read: list[Path] = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or real(self))
    summary = ingest(str(tmp_path / "big.txt"))
    assert "1 failed" in summary and "too large" in summary, summary
    assert "(limit 0.001 MB)" in Article.objects.get().error
    assert read == []


def test_bidi_controls_are_dropped_before_storage_and_offsets_still_hold(
    celery_worker, regions, tmp_path
):
    """U+202E in a title, U+2066…U+2069 around a name: a look-alike official otherwise."""
    text = (FIXTURES / "oriental_ar.txt").read_text(encoding="utf-8")
    hostile = text.replace("وجدة:", "وجدة\u202e:", 1).replace(
        "عمر حجيرة", "\u2067عمر\u202d حجيرة\u2069", 1
    )
    assert hostile != text
    (tmp_path / "bidi.txt").write_text(hostile, encoding="utf-8")
    assert "1 new" in ingest(str(tmp_path / "bidi.txt"))
    article = Article.objects.get()
    assert article.text == text.strip() and article.title == text.split("\n", 1)[0]
    controls = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    names = [o.name_ar + o.name_latin for o in Official.objects.all()]
    names += list(Participation.objects.values_list("name_as_written", flat=True))
    assert names and not any(controls & set(name) for name in names)
    assert Official.objects.filter(name_ar="عمر حجيرة").exists()
    for part in Participation.objects.all():
        assert article.text[part.evidence_start : part.evidence_end] == part.evidence_text
