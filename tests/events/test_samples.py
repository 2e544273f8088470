"""The demo corpus (events/samples) through the real Celery worker gives the meetings it promises
(events/samples/meetings.json), is marked as demo data, and leaves with one command."""

from __future__ import annotations

import io
import time
from collections import Counter

import pytest
from django.core.management import call_command

from events.models import Article, ExportFigure, Meeting, Official, Participation
from events.samples import sample_files, sample_meetings

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

# A real report (written here) of the sample Laâyoune consultation: same region, same day, same
# Secretary of State, so the worker adds it to that demo meeting.
REAL_LAAYOUNE = (
    "العيون: مشاورات جهوية حول الصادرات\n\n"
    "انعقد يوم الاثنين 16 دجنبر 2024 بمقر ولاية جهة العيون الساقية الحمراء لقاء تشاوري جهوي "
    "حول التجارة الخارجية، ترأسه كاتب الدولة المكلف بالتجارة الخارجية السيد عمر حجيرة، "
    "وخصص لتدارس سبل الرفع من صادرات الجهة نحو أسواق غرب إفريقيا وتبسيط مساطر المواكبة "
    "لفائدة المقاولات الصغرى والمتوسطة والتعاونيات النشيطة في الصيد البحري.\n"
)


def run(command: str, *args: str) -> str:
    out = io.StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def stored_meetings() -> list[dict]:
    """The stored meetings in the manifest's shape."""
    meetings = []
    for meeting in Meeting.objects.select_related("region").prefetch_related(
        "articles", "participations__official", "figures"
    ):
        meetings.append(
            {
                "region": meeting.region.code,
                "date": meeting.date.isoformat() if meeting.date else None,
                "kind": meeting.kind,
                "city": meeting.city,
                "articles": sorted(
                    a.source_ref.removesuffix(".html") for a in meeting.articles.all()
                ),
                "officials": sorted(
                    p.official.name_ar or p.official.name_latin
                    for p in meeting.participations.all()
                ),
                "figures": sorted(
                    ([int(f.amount_mad), f.metric, f.scope] for f in meeting.figures.all()),
                    key=lambda f: -f[0],
                ),
            }
        )
    return sorted(meetings, key=lambda m: m["articles"])


def wait_until_stored(article: Article, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        article.refresh_from_db()
        if article.status == Article.Status.DONE:
            return
        time.sleep(0.3)
    raise AssertionError(f"article {article.pk} still {article.status}")


def test_every_sample_article_gives_the_meeting_it_was_written_for(celery_worker, regions):
    expected = sample_meetings()
    articles = sum(len(m["articles"]) for m in expected)
    assert len(sample_files()) == articles  # every page is accounted for in the manifest

    out = run("load_samples", "--timeout", "240")
    assert f"{len(expected)} new, {articles - len(expected)} merged, 0 unchanged" in out, out

    wanted = [{k: v for k, v in m.items() if k != "tour_stop"} for m in expected]
    assert stored_meetings() == sorted(wanted, key=lambda m: m["articles"])
    # What a new user sees: published meetings in all 12 regions, both languages, every kind.
    assert set(Meeting.objects.values_list("status", flat=True)) == {Meeting.Status.PUBLISHED}
    assert Meeting.objects.filter(region__isnull=False).values("region").distinct().count() == 12
    assert set(Meeting.objects.values_list("kind", flat=True)) == set(Meeting.Kind.values)
    assert {d.year for d in Meeting.objects.filter(date__isnull=False).dates("date", "year")} >= {
        2024,
        2025,
        2026,
    }
    assert Meeting.objects.filter(date__isnull=True).count() == 1
    assert set(ExportFigure.objects.values_list("scope", flat=True)) >= {"region", "national"}
    # Several outlets, in both languages, merged into one meeting.
    merged = [m for m in expected if len(m["articles"]) > 1]
    assert merged and all(
        {Article.objects.get(source_ref=f"{a}.html").language for a in m["articles"]}
        == {"ar", "fr"}
        for m in merged
    )
    # Each source reads as a press article: headline, outlet, publication date.
    for article in Article.objects.all():
        assert article.title and article.outlet and article.published, article.source_ref
        assert article.status == Article.Status.DONE and article.is_synthetic
    # One programme's tour: numbered stops in different regions on successive dates.
    stops = sorted((m["tour_stop"], m["date"], m["region"]) for m in expected if "tour_stop" in m)
    assert [n for n, *_ in stops] == list(range(1, len(stops) + 1)) and len(stops) >= 5
    assert [d for _, d, _ in stops] == sorted(d for _, d, _ in stops)
    assert len({r for *_, r in stops}) == len(stops)
    tour = Meeting.objects.filter(kind=Meeting.Kind.CARAVAN)
    assert all(m.programme for m in tour), [m.city for m in tour if not m.programme]
    # Everything they produced is demo data, and only demo data is on the map.
    assert not Meeting.objects.filter(is_synthetic=False).exists()
    assert not Official.objects.filter(is_synthetic=False).exists()
    assert not ExportFigure.objects.filter(is_synthetic=False).exists()


def test_samples_load_once_and_leave_with_delete_demo_data(celery_worker, regions, tmp_path):
    staff_meeting = Meeting.objects.create(
        region=regions["MA-04"], title="entered by staff", origin="staff", status="published"
    )
    run("load_samples", "--timeout", "240")
    meetings = Meeting.objects.count()
    again = run("load_samples", "--if-empty", "--timeout", "240")
    assert f"{len(sample_files())} unchanged" in again, again
    assert Meeting.objects.count() == meetings

    # A real article reporting a demo meeting joins it; demo data is then removed.
    report = tmp_path / "laayoune-real-report.txt"
    report.write_text(REAL_LAAYOUNE, encoding="utf-8")
    real = run("ingest", str(report), "--no-progress", "--publish", "--timeout", "60")
    real_article = Article.objects.get(is_synthetic=False)
    demo_meeting = real_article.meetings.get()
    assert demo_meeting.is_synthetic and demo_meeting.articles.count() == 2, real
    out = run("delete_demo_data")
    assert "1 real article(s) had joined a demo meeting: queued again" in out, out

    # The real article is stored again, in a meeting of its own; the Secretary of State it
    # names stays, now a real person; nothing else demo is left.
    wait_until_stored(real_article)
    own = real_article.meetings.get()
    assert (own.region.code, str(own.date), own.is_synthetic) == ("MA-11", "2024-12-16", False)
    assert own.status == Meeting.Status.PUBLISHED  # it was public, it stays public
    hejira = Official.objects.get(participations__meeting=own)
    assert hejira.name_ar == "عمر حجيرة" and not hejira.is_synthetic
    assert set(Meeting.objects.all()) == {staff_meeting, own}
    assert Article.objects.count() == 1 and not Official.objects.filter(is_synthetic=True).exists()
    assert Participation.objects.count() == 1
    assert Counter(ExportFigure.objects.values_list("is_synthetic", flat=True)) == Counter()

    # A database that holds real articles gets no demo data from `--if-empty` (make run, docker).
    skipped = run("load_samples", "--if-empty")
    assert "not loaded, the database already holds other articles" in skipped
    assert not Article.objects.filter(is_synthetic=True).exists()
