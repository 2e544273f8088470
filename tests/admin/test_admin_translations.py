"""The staff admin's own strings are translated: the review queue and the "add articles" page
speak Arabic and French, and no catalogue entry is left with an empty translation.

Ministry staff work in Arabic or French; an empty msgstr silently falls back to the English
source, so the catalogues are checked here as well as two rendered pages.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import ArticleFactory, MeetingFactory, MeetingSourceFactory

LOCALE = Path(settings.BASE_DIR) / "locale"
CATALOGUES = sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))

# (translated, English source) pairs expected on each page, per language.
REVIEW_QUEUE = {
    "ar": [
        ("لقاءات في انتظار المراجعة", "Meetings to review"),
        ("الموافقة والنشر", "Approve and publish"),
        ("قراءة المقالات مع إبراز الكلمات المقتبسة", "Read the articles with the quoted words"),
        ("لقاء واحد في انتظار المراجعة.", "meeting waits for review."),
    ],
    "fr": [
        ("Rencontres à relire", "Meetings to review"),
        ("Valider et publier", "Approve and publish"),
        ("Lire les articles avec les mots cités surlignés", "Read the articles with the quoted"),
        ("1 rencontre à relire.", "meeting waits for review."),
    ],
}
ADD_ARTICLES = {
    "ar": [
        ("إضافة مقالات", "Add articles"),
        ("عناوين المقالات (عنوان في كل سطر)", "Article addresses (one per line)"),
        ("خلاصات RSS/Atom للتتبع (خلاصة في كل سطر)", "RSS/Atom feeds to follow"),
        ("إرسال للمعالجة", "Send to the pipeline"),
        ("سير المعالجة", "Progress"),
        ("في قائمة الانتظار", ">queued<"),
    ],
    "fr": [
        ("Ajouter des articles", "Add articles"),
        ("Adresses des articles (une par ligne)", "Article addresses (one per line)"),
        ("Flux RSS/Atom à suivre (un par ligne)", "RSS/Atom feeds to follow"),
        ("Envoyer au traitement", "Send to the pipeline"),
        ("Avancement", "Progress"),
        ("en attente", ">queued<"),
    ],
}


@pytest.fixture
def waiting(regions):
    meeting = MeetingFactory(region=regions["MA-09"], status="needs_review", city="أكادير")
    MeetingSourceFactory(meeting=meeting, article=ArticleFactory(text="لقاء تشاوري بأكادير."))
    return meeting


def _assert_translated(html: str, pairs: list[tuple[str, str]]) -> None:
    for translated, english in pairs:
        assert translated in html, translated
        assert english not in html, english


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_review_queue_is_translated(senior_client, waiting, lang):
    senior_client.cookies["django_language"] = lang
    response = senior_client.get(reverse("admin:events_meeting_review"))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'lang="{lang}"' in html
    _assert_translated(html, REVIEW_QUEUE[lang])


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_review_page_of_one_meeting_is_translated(senior_client, waiting, lang):
    senior_client.cookies["django_language"] = lang
    html = senior_client.get(
        reverse("admin:events_meeting_review_one", args=[waiting.pk])
    ).content.decode()
    expected = {
        "ar": [("قائمة المراجعة", "Review queue"), ("حالة المراجعة", "review status")],
        "fr": [("File de relecture", "Review queue"), ("état de relecture", "review status")],
    }[lang]
    _assert_translated(html, expected)


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_add_articles_page_and_its_status_list_are_translated(editor_client, lang):
    editor_client.cookies["django_language"] = lang
    # Queued only: the transaction never commits, so nothing reaches the pipeline.
    response = editor_client.post(
        reverse("admin:events_article_submit"),
        {"files": [], "urls": "https://news.example.ma/a/7", "feeds": ""},
    )
    assert response.status_code == 302
    page = editor_client.get(response["Location"])
    html = page.content.decode()
    assert 'id="articles-status"' in html
    _assert_translated(html, ADD_ARTICLES[lang])

    # The JavaScript status list shows the labels of the JSON view, translated on the server.
    status = editor_client.get(page.context["status_config"]["url"]).json()
    expected_label = {"ar": "في قائمة الانتظار", "fr": "en attente"}[lang]
    assert [a["label"] for a in status["articles"]] == [expected_label]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_add_articles_form_error_is_translated(editor_client, lang):
    editor_client.cookies["django_language"] = lang
    response = editor_client.post(reverse("admin:events_article_submit"), {"urls": "", "feeds": ""})
    assert response.status_code == 200
    expected = {
        "ar": "أدخل ملفا أو نصا أو عنوانا أو خلاصة واحدة على الأقل.",
        "fr": "Indiquez au moins un fichier, un texte, une adresse ou un flux.",
    }[lang]
    _assert_translated(response.content.decode(), [(expected, "Give at least one file")])


# --- catalogues ---------------------------------------------------------------------------


def _po_entries(path: Path) -> list[dict]:
    """A small .po reader: flags, msgid, msgid_plural and every msgstr of each live entry."""
    entries: list[dict] = []
    entry: dict | None = None
    last: tuple | None = None
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = raw.strip()
        if not line:
            if entry is not None and not entry["obsolete"]:
                entries.append(entry)
            entry, last = None, None
            continue
        if entry is None:
            entry = {"flags": set(), "msgid": "", "plural": None, "msgstr": {}, "obsolete": False}
        last = _po_line(entry, line, last)
    return entries


def _po_line(entry: dict, line: str, last: tuple | None) -> tuple | None:
    """Read one line into its entry; returns the field a following string line continues."""
    if line.startswith("#"):
        if line.startswith("#~"):
            entry["obsolete"] = True
        elif line.startswith("#,"):
            entry["flags"].update(f.strip() for f in line[2:].split(","))
        return last
    if line.startswith('"'):
        value = ast.literal_eval(line)
        if last[0] == "msgstr":
            entry["msgstr"][last[1]] += value
        else:
            entry[last[0]] += value
        return last
    keyword, value = line.split(" ", 1)
    value = ast.literal_eval(value)
    if keyword == "msgctxt":
        return last
    if keyword == "msgid":
        entry["msgid"] = value
        return ("msgid",)
    if keyword == "msgid_plural":
        entry["plural"] = value
        return ("plural",)
    index = int(keyword[7:-1]) if keyword.startswith("msgstr[") else 0
    entry["msgstr"][index] = value
    return ("msgstr", index)


def _nplurals(entries: list[dict]) -> int:
    header = next(e for e in entries if e["msgid"] == "")["msgstr"][0]
    forms = next(line for line in header.splitlines() if line.startswith("Plural-Forms:"))
    return int(forms.split("nplurals=")[1].split(";")[0])


def test_catalogues_exist_for_arabic_and_french():
    names = {(p.parent.parent.name, p.name) for p in CATALOGUES}
    assert {("ar", "django.po"), ("fr", "django.po")} <= names
    assert {("ar", "djangojs.po"), ("fr", "djangojs.po")} <= names


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_no_catalogue_entry_is_left_untranslated(path):
    entries = _po_entries(path)
    nplurals = _nplurals(entries)
    empty = []
    for entry in entries:
        if not entry["msgid"] or "fuzzy" in entry["flags"]:
            continue
        if any(value == "" for value in entry["msgstr"].values()):
            empty.append(entry["msgid"])
        if entry["plural"] is not None and len(entry["msgstr"]) != nplurals:
            empty.append(f"{entry['msgid']} ({len(entry['msgstr'])}/{nplurals} plural forms)")
    assert empty == []
    assert len(entries) > 1
