"""Issue 15 § 3: a pasted article beside files and addresses; one bad file does not reject the
batch (each refused file is named with its reason, the rest are queued); one stated limit."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from events.models import Article

FIXTURES = Path(__file__).resolve().parent.parent / "events" / "fixtures"
SUBMIT = "admin:events_article_submit"

pytestmark = pytest.mark.django_db


def _good() -> SimpleUploadedFile:
    return SimpleUploadedFile("oriental_ar.txt", (FIXTURES / "oriental_ar.txt").read_bytes())


def _ids(location: str) -> list[int]:
    raw = location.split("ids=")[1].split("&")[0]
    return [int(i) for i in raw.split(",") if i]


def test_an_empty_file_is_named_and_the_other_file_is_queued(editor_client):
    editor_client.cookies["django_language"] = "en"
    empty = SimpleUploadedFile("vide.txt", b"")
    response = editor_client.post(reverse(SUBMIT), {"files": [empty, _good()]}, follow=True)
    assert response.status_code == 200
    [article] = Article.objects.all()
    assert article.source_ref == "oriental_ar.txt" and article.status == "queued"
    messages = [str(m) for m in response.context["messages"]]
    assert "vide.txt is empty." in messages
    assert f'data-article="{article.pk}"' in response.content.decode()  # in the progress list


def test_a_file_over_the_limit_is_named_and_the_rest_of_the_batch_goes_on(editor_client, settings):
    settings.JIHAT_MAX_INPUT_MB = 0.01
    editor_client.cookies["django_language"] = "fr"
    big = SimpleUploadedFile("enorme.txt", b"x" * 20_000)
    response = editor_client.post(
        reverse(SUBMIT),
        {"files": [big, _good()], "urls": "https://news.example.ma/a/2"},
        follow=True,
    )
    assert response.status_code == 200
    refs = set(Article.objects.values_list("source_ref", flat=True))
    assert refs == {"oriental_ar.txt", "https://news.example.ma/a/2"}
    messages = [str(m) for m in response.context["messages"]]
    assert any(m.startswith("enorme.txt") and "0.01" in m for m in messages), messages


def test_only_refused_files_show_the_form_again_with_every_name(editor_client):
    editor_client.cookies["django_language"] = "en"
    files = [SimpleUploadedFile("a.txt", b""), SimpleUploadedFile("b.txt", b"")]
    response = editor_client.post(reverse(SUBMIT), {"files": files})
    assert response.status_code == 200
    html = response.content.decode()
    assert "a.txt is empty." in html and "b.txt is empty." in html
    assert not Article.objects.exists()


def test_a_pasted_text_is_stored_with_its_details_and_queued(editor_client):
    text = (FIXTURES / "oriental_ar.txt").read_text()
    response = editor_client.post(
        reverse(SUBMIT),
        {
            "text": text,
            "text_url": "https://news.example.ma/article/42",
            "text_outlet": "Hespress",
            "text_published": "2025-03-14",
        },
    )
    assert response.status_code == 302
    [pk] = _ids(response["Location"])
    article = Article.objects.get(pk=pk)
    assert article.status == "queued" and article.text == text.strip()
    assert article.url == "https://news.example.ma/article/42"
    assert article.outlet == "Hespress" and article.published == datetime.date(2025, 3, 14)
    assert article.content_hash
    # The same text again is the same article, not a second one.
    again = editor_client.post(reverse(SUBMIT), {"text": text})
    assert _ids(again["Location"]) == [pk] and Article.objects.count() == 1


def test_a_pasted_text_too_short_is_a_failed_article_with_its_reason(editor_client):
    response = editor_client.post(reverse(SUBMIT), {"text": "Trop court."})
    [pk] = _ids(response["Location"])
    article = Article.objects.get(pk=pk)
    assert article.status == "failed" and "no article" in article.error
    assert "Trop court" in article.source_ref


def test_details_without_a_text_and_a_text_over_the_limit_are_form_errors(editor_client, settings):
    editor_client.cookies["django_language"] = "en"
    response = editor_client.post(reverse(SUBMIT), {"text_outlet": "Hespress"})
    assert list(response.context["form"].errors) == ["text"]
    settings.JIHAT_MAX_INPUT_MB = 0.001
    response = editor_client.post(reverse(SUBMIT), {"text": "و" * 2000})
    assert "The text is larger than 0.001 MB." in response.content.decode()
    assert not Article.objects.exists()


def test_the_page_states_the_one_limit_in_the_staff_language(editor_client, settings):
    settings.JIHAT_MAX_INPUT_MB = 3
    editor_client.cookies["django_language"] = "en"
    html = editor_client.get(reverse(SUBMIT)).content.decode()
    assert "Each file, pasted text or web page may be at most 3 MB" in html
    assert 'name="text"' in html and 'name="text_url"' in html
    assert 'name="text_outlet"' in html and 'name="text_published"' in html
