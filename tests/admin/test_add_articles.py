"""The "add articles" page: files and addresses go to the ingestion pipeline (Celery), and the
page follows each article's status through a small JSON view.

The first tests stop at the queue (the transaction never commits, so nothing is sent); the
`celery_worker` ones run the real pipeline, and check together with it that what staff corrected
in the admin is not overwritten by a later report of the same meeting.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from events.models import Article, Meeting, Source
from tests.factories import MeetingFactory

FIXTURES = Path(__file__).resolve().parent.parent / "events" / "fixtures"
SUBMIT = "admin:events_article_submit"
STATUS = "admin:events_article_status"


def _ids(location: str) -> str:
    return location.split("ids=")[1].split("&")[0]


@pytest.mark.django_db
def test_files_urls_and_feeds_are_queued_and_listed(editor_client):
    upload = SimpleUploadedFile("oriental_ar.txt", (FIXTURES / "oriental_ar.txt").read_bytes())
    response = editor_client.post(
        reverse(SUBMIT),
        {
            "files": [upload],
            "urls": "https://news.example.ma/a/1\nhttps://news.example.ma/a/1\n\n",
            "feeds": "https://news.example.ma/feed.xml",
        },
    )
    assert response.status_code == 302
    ids = [int(i) for i in _ids(response["Location"]).split(",")]
    assert len(ids) == 2  # one file, one address (the repeated line is dropped)
    assert set(Article.objects.filter(pk__in=ids).values_list("status", flat=True)) == {"queued"}
    assert Source.objects.filter(feed_url="https://news.example.ma/feed.xml").exists()

    page = editor_client.get(response["Location"])
    html = page.content.decode()
    assert 'id="articles-status"' in html and 'data-finished="false"' in html
    assert "admin_extra/add_articles.js" in html and "articles-status-config" in html
    assert "https://news.example.ma/a/1" in html

    status = editor_client.get(page.context["status_config"]["url"]).json()
    assert [a["status"] for a in status["articles"]] == ["queued", "queued"]
    assert status["finished"] is False and status["feeds"][0]["polled"] == ""


@pytest.mark.django_db
def test_a_bad_file_is_a_recorded_failure_with_its_reason(editor_client):
    upload = SimpleUploadedFile("photo.bin", (FIXTURES / "binary.bin").read_bytes())
    response = editor_client.post(reverse(SUBMIT), {"files": [upload]})
    ids = _ids(response["Location"])
    status = editor_client.get(reverse(STATUS), {"ids": ids}).json()
    [row] = status["articles"]
    assert row["status"] == "failed" and row["error"]
    assert row["ref"] == "photo.bin"
    assert status["finished"] is True


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({}, "__all__"),
        ({"urls": "ftp://example.ma/x"}, "urls"),
        ({"urls": "javascript:alert(1)"}, "urls"),
        ({"feeds": "not an address"}, "feeds"),
    ],
)
def test_the_form_refuses_bad_input(editor_client, data, error):
    response = editor_client.post(reverse(SUBMIT), data)
    assert response.status_code == 200
    assert list(response.context["form"].errors) == [error]
    assert 'class="errorlist' in response.content.decode()
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_feeds_need_the_right_to_add_feeds(make_staff):
    user = make_staff()
    user.user_permissions.set(
        Permission.objects.filter(codename__in=["add_article", "view_article"])
    )
    client = Client()
    client.force_login(user)
    response = client.post(reverse(SUBMIT), {"feeds": "https://news.example.ma/feed.xml"})
    assert response.status_code == 403
    assert not Source.objects.exists()


def _wait(client: Client, url: str, timeout: float = 90) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        data = client.get(url).json()
        if data["finished"]:
            return data
        time.sleep(0.5)
    raise AssertionError(f"articles not finished in {timeout} s: {data}")


def _submit(client: Client, name: str) -> dict:
    upload = SimpleUploadedFile(name, (FIXTURES / name).read_bytes())
    response = client.post(reverse(SUBMIT), {"files": [upload]})
    page = client.get(response["Location"])
    return _wait(client, page.context["status_config"]["url"])


@pytest.mark.worker
def test_uploaded_article_goes_through_the_worker_and_staff_edits_survive(
    celery_worker, regions, make_staff
):
    client = Client()
    client.force_login(make_staff("editor", "reviewer"))

    status = _submit(client, "oriental_ar.txt")
    [row] = status["articles"]
    assert row["status"] == "done", row
    assert len(row["meetings"]) == 1
    meeting = Meeting.objects.get()

    # a person corrects the city in the admin form: the field becomes staff-owned
    response = client.get(reverse("admin:events_meeting_change", args=[meeting.pk]))
    form = response.context["adminform"].form
    data = {name: form[name].value() for name in form.fields}
    data = {k: ("" if v is None else v) for k, v in data.items() if not isinstance(v, bool) or v}
    data.update({"city": "Oujda-Angad"})
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        for sub in inline.formset.forms:
            for name in sub.fields:
                value = sub[name].value()
                if value is not None and value is not False:
                    data[sub.add_prefix(name)] = value.pk if hasattr(value, "pk") else value
    if meeting.location:
        data["location"] = meeting.location.geojson
    response = client.post(reverse("admin:events_meeting_change", args=[meeting.pk]), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    meeting.refresh_from_db()
    assert meeting.city == "Oujda-Angad" and "city" in meeting.staff_edited_fields

    # the same meeting reported in French: merged in, the staff's city stays
    status = _submit(client, "oriental_fr.txt")
    assert status["articles"][0]["status"] == "done"
    meeting.refresh_from_db()
    assert Meeting.objects.count() == 1
    assert meeting.articles.count() == 2
    assert meeting.city == "Oujda-Angad"


@pytest.mark.worker
def test_a_failed_pipeline_step_shows_its_reason(celery_worker, regions, make_staff):
    client = Client()
    client.force_login(make_staff("editor"))
    response = client.post(reverse(SUBMIT), {"urls": "http://127.0.0.1:9/nothing-listens-here"})
    page = client.get(response["Location"])
    status = _wait(client, page.context["status_config"]["url"], timeout=120)
    [row] = status["articles"]
    assert row["status"] == "failed" and row["error"]


@pytest.mark.django_db
def test_source_files_uploaded_from_the_meeting_form_are_attached(editor_client, regions):
    meeting_data = {
        "title": "Rencontre",
        "kind": "consultation",
        "status": "needs_review",
        "programme": "",
        "summary": "",
        "date": "2025-03-04",
        "date_precision": "day",
        "date_certain": "on",
        "region": regions["MA-08"].pk,
        "city": "Oujda",
        "location": "",
        **{f"{p}-TOTAL_FORMS": "0" for p in ("participations", "figures", "sources")},
        **{f"{p}-INITIAL_FORMS": "0" for p in ("participations", "figures", "sources")},
        "source_files": [
            SimpleUploadedFile("oriental_ar.txt", (FIXTURES / "oriental_ar.txt").read_bytes()),
            SimpleUploadedFile("photo.bin", (FIXTURES / "binary.bin").read_bytes()),
        ],
    }
    form_page = editor_client.get(reverse("admin:events_meeting_add")).content.decode()
    assert 'enctype="multipart/form-data"' in form_page and 'name="source_files"' in form_page
    response = editor_client.post(reverse("admin:events_meeting_add"), meeting_data, follow=True)
    assert response.status_code == 200
    meeting = Meeting.objects.get(title="Rencontre")
    [link] = meeting.sources.select_related("article")
    assert link.article.source_ref == "oriental_ar.txt"
    assert link.article.status == "queued" and link.match_reason == "attached by staff"
    failed = Article.objects.get(source_ref="photo.bin")
    assert failed.status == "failed"
    messages = [str(m) for m in response.context["messages"]]
    assert any(m.startswith("photo.bin: ") for m in messages)


@pytest.mark.django_db
def test_the_upload_field_is_hidden_without_the_right_to_add_articles(reviewer_client, regions):
    meeting = MeetingFactory(region=regions["MA-08"])
    html = reviewer_client.get(
        reverse("admin:events_meeting_change", args=[meeting.pk])
    ).content.decode()
    assert 'name="source_files"' not in html


# --- issue 13: one size limit, stated on the form and checked first; http(s) addresses only ----


@pytest.mark.django_db
def test_the_forms_state_the_one_size_limit_they_check(editor_client, settings, regions):
    editor_client.cookies["django_language"] = "en"
    page = editor_client.get(reverse(SUBMIT)).content.decode()
    assert "at most 5 MB each" in page
    settings.JIHAT_MAX_INPUT_MB = 2
    assert "at most 2 MB each" in editor_client.get(reverse(SUBMIT)).content.decode()

    meeting = MeetingFactory(region=regions["MA-01"])
    form = editor_client.get(reverse("admin:events_meeting_change", args=[meeting.pk]))
    assert "at most 2 MB each" in form.content.decode()


@pytest.mark.django_db
def test_a_file_over_the_limit_is_refused_by_the_form_before_any_work(editor_client, settings):
    settings.JIHAT_MAX_INPUT_MB = 0.001
    editor_client.cookies["django_language"] = "en"
    upload = SimpleUploadedFile("oriental_ar.txt", (FIXTURES / "oriental_ar.txt").read_bytes())
    response = editor_client.post(reverse(SUBMIT), {"files": [upload]})
    assert response.status_code == 200
    assert "oriental_ar.txt is larger than 0.001 MB." in response.content.decode()
    assert not Article.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    ["http://user:secret@news.example.ma/a", "ftp://news.example.ma/feed.xml"],
)
def test_addresses_with_credentials_or_another_scheme_are_refused(editor_client, url):
    for field in ("urls", "feeds"):
        response = editor_client.post(reverse(SUBMIT), {field: url})
        assert response.status_code == 200
        assert list(response.context["form"].errors) == [field]
    assert not Article.objects.exists() and not Source.objects.exists()


@pytest.mark.django_db
def test_the_feed_admin_takes_only_http_addresses(editor_client):
    """Django's URLField alone would take ftp://."""
    url = reverse("admin:events_source_add")
    data = {"name": "X", "language": "ar", "active": "on", "poll_interval_minutes": "60"}
    response = editor_client.post(url, {**data, "feed_url": "ftp://news.example.ma/feed.xml"})
    assert response.status_code == 200 and "feed_url" in response.context["adminform"].form.errors
    response = editor_client.post(url, {**data, "feed_url": "https://news.example.ma/feed.xml"})
    assert response.status_code == 302
    assert list(Source.objects.values_list("feed_url", flat=True)) == [
        "https://news.example.ma/feed.xml"
    ]
