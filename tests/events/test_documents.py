"""Raw bytes → article text: every kind of bad input gets a clear BadInput, good input its text."""

import pytest

from events.services.documents import (
    BadInput,
    article_text_from_bytes,
    content_hash,
)
from tests.events.news_server import FIXTURES, HOSTILE, fixture_page

ORIENTAL_AR = (FIXTURES / "oriental_ar.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t \r\n", "empty"),
        ((FIXTURES / "binary.bin").read_bytes(), "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "binary"),
        (b"a" * (5 * 2**20 + 1), "too large"),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article"),
        ("مرحبا".encode(), "no article"),
    ],
    ids=["empty", "blank", "nul-bytes", "png", "huge", "page-without-article", "too-short"],
)
def test_bad_input_is_refused_with_a_clear_reason(data, message):
    with pytest.raises(BadInput, match=message):
        article_text_from_bytes(data)


@pytest.mark.parametrize(
    "encoded",
    [
        ORIENTAL_AR.encode("utf-8"),
        b"\xef\xbb\xbf" + ORIENTAL_AR.encode("utf-8"),
        ORIENTAL_AR.encode("utf-16"),  # with BOM
        ORIENTAL_AR.encode("cp1256"),  # Windows Arabic, no BOM
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "windows-1256"],
)
def test_text_files_in_any_common_encoding_decode_to_the_same_text(encoded):
    article = article_text_from_bytes(encoded)
    assert content_hash(article.text) == content_hash(ORIENTAL_AR)
    assert article.title.startswith("وجدة")


def test_html_page_gives_main_text_title_and_metadata_without_furniture():
    article = article_text_from_bytes(fixture_page("oriental_fr"), url="http://127.0.0.1/a")
    assert article.title.startswith("Oujda")
    assert "Omar Hejira" in article.text
    assert article.outlet == "Jihat Test News"
    assert str(article.published) == "2025-03-14"
    assert "اقرأ أيضا" not in article.text and "©" not in article.text


def test_hostile_html_keeps_the_text_and_drops_every_script():
    article = article_text_from_bytes(fixture_page("oriental_ar", template=HOSTILE))
    assert "عمر حجيرة" in article.text
    for bad in ("alert(", "document.cookie", "javascript:", "onerror", "evil"):
        assert bad not in article.text


def test_content_hash_ignores_whitespace_and_unicode_form():
    assert content_hash("لقاء  تشاوري\n\nبأكادير ") == content_hash("لقاء تشاوري بأكادير")
    assert content_hash("Fès") == content_hash("Fe\u0300s")  # composed = decomposed accent
    assert content_hash("a") != content_hash("b")


@pytest.mark.parametrize(
    ("head", "byline", "published"),
    [
        (
            '<meta property="article:published_time" content="2025-03-14T10:00:00+01:00">',
            "",
            "2025-03-14",
        ),
        ("", '<time datetime="2025-03-14">14 مارس 2025</time>', "2025-03-14"),
        ("", '<p class="date">نشر في 14/03/2025</p>', "2025-03-14"),
        ("", "", "None"),  # a year in the text is not the day the article appeared
    ],
    ids=["meta", "time-element", "date-byline", "none"],
)
def test_publication_date_comes_from_the_page_metadata_never_from_the_body(head, byline, published):
    body = "<p>" + "انعقد اللقاء التشاوري الجهوي حول برنامج التصدير بحضور والي الجهة. " * 5
    body += "وبلغت صادرات الجهة سنة 2023 حوالي خمسة مليارات درهم.</p>"
    page = (
        f"<html><head><meta charset='utf-8'><title>لقاء تشاوري</title>{head}</head><body>"
        f"<article><h1>لقاء تشاوري</h1>{byline}{body}</article></body></html>"
    )
    article = article_text_from_bytes(page.encode(), url="http://127.0.0.1/a")
    assert str(article.published) == published


BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_bidi_override_and_isolate_characters_are_dropped_from_text_and_html():
    hostile = ORIENTAL_AR.replace("عمر حجيرة", f"\u202eعمر{BIDI} حجيرة\u2069")
    plain = article_text_from_bytes(hostile.encode("utf-8"))
    assert plain.text == ORIENTAL_AR.strip()
    html = fixture_page("oriental_ar").decode().replace("وجدة", "\u2066وجدة\u202e", 1)
    page = article_text_from_bytes(html.encode("utf-8"))
    assert not set(BIDI) & set(page.text + page.title + page.outlet)
    assert page.title.startswith("وجدة")
    # The marks that order punctuation in mixed text stay.
    assert "\u200f" in article_text_from_bytes(f"{ORIENTAL_AR}\u200f.".encode()).text


def test_the_size_limit_is_the_one_setting(settings):
    settings.JIHAT_MAX_INPUT_MB = 1
    with pytest.raises(BadInput, match=r"too large: 1\.0 MB \(limit 1 MB\)"):
        article_text_from_bytes(b"a" * (2**20 + 1))
    assert article_text_from_bytes(ORIENTAL_AR.encode()).text
