"""Raw bytes (an uploaded file or a fetched page) → article text and metadata.

Everything that can be wrong with input is caught here and raised as `BadInput` with a
sentence a staff member understands; the pipeline records it on the Article, never retries it.
"""

from __future__ import annotations

import codecs
import datetime
import hashlib
import re
import unicodedata
from dataclasses import dataclass

import trafilatura
from django.conf import settings

# Shorter than this, a "page" is a stub, an error page or a teaser, not an article.
MIN_ARTICLE_CHARS = 200

HTML_START = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<meta|<\?xml|<!--)", re.I)
HTML_TAGS = re.compile(rb"<(?:p|div|article|br|span|h[1-6])[\s>/]", re.I)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
WHITESPACE = re.compile(r"\s+")
ARABIC_OR_LATIN_LETTER = re.compile(r"[\u0600-\u06FFA-Za-zÀ-ÿ]")
# C0 controls except tab, newline, carriage return, form feed.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069): invisible, they
# reorder what is shown, so "حجيرة" with an override looks like another name (a look-alike
# official). Dropped before the text is stored, so evidence offsets count the stored text.
# The marks U+200E/U+200F stay: they order punctuation in mixed Arabic and French text.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


class BadInput(ValueError):
    """Input that will never become an article, however often it is retried."""


@dataclass(frozen=True)
class ArticleText:
    text: str
    title: str = ""
    published: datetime.date | None = None
    outlet: str = ""
    language: str = ""


def input_limit() -> int:
    """The largest file or page accepted, in bytes (JIHAT_MAX_INPUT_MB, one limit everywhere).

    Press articles are a few KB; 5 MB leaves room for saved pages full of markup and stops a
    50 MB upload before it is decoded.
    """
    return int(settings.JIHAT_MAX_INPUT_MB * 2**20)


def input_limit_mb() -> str:
    """The limit as people read it ("5"), in the MB (MiB) the setting is given in."""
    return f"{settings.JIHAT_MAX_INPUT_MB:g}"


def too_large(size: int | None = None) -> BadInput:
    """The refusal of an input above the limit, with the same words wherever it is checked
    (`size` None: a body that went past the limit while it was streamed)."""
    found = f"{size / 2**20:.1f} MB" if size is not None else f"more than {input_limit_mb()} MB"
    return BadInput(f"too large: {found} (limit {input_limit_mb()} MB)")


def strip_bidi_controls(text: str) -> str:
    """Text without bidirectional override and isolate characters (see BIDI_CONTROLS)."""
    return BIDI_CONTROLS.sub("", text) if text else text


def content_hash(text: str) -> str:
    """sha256 of the text after Unicode and white-space normalisation (the de-duplication key)."""
    normalized = WHITESPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def decode_bytes(data: bytes, *, declared_charset: str | None = None) -> str:
    """Decode text of unknown encoding: BOM, declared charset, UTF-8, then Windows-1256.

    Arabic files saved on Windows are often cp1256; UTF-16 files carry a BOM.
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data[:4096]:
        raise BadInput("binary file: it contains NUL bytes and no UTF-16 byte-order mark")
    candidates = [declared_charset] if declared_charset else []
    match = META_CHARSET.search(data[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "ignore"))
    candidates += ["utf-8", "cp1256"]
    for encoding in candidates:
        try:
            text = data.decode(_python_codec(encoding))
        except (LookupError, UnicodeDecodeError):
            continue
        if _looks_like_text(text):
            return text
    raise BadInput("not text: the bytes decode to no readable Arabic or Latin text")


def _python_codec(name: str) -> str:
    name = name.strip().lower()
    return {"windows-1256": "cp1256", "arabic": "cp1256"}.get(name, name)


def _looks_like_text(text: str) -> bool:
    sample = text[:20000]
    if not sample.strip():
        return True  # empty is reported later, with its own message
    controls = len(CONTROL_CHARS.findall(sample))
    letters = len(ARABIC_OR_LATIN_LETTER.findall(sample))
    return controls / len(sample) < 0.01 and letters / len(sample) > 0.3


def is_html(data: bytes) -> bool:
    head = data[:2048]
    return bool(HTML_START.match(head)) or len(HTML_TAGS.findall(data[:20000])) >= 3


def article_text_from_bytes(
    data: bytes,
    *,
    url: str | None = None,
    content_type: str = "",
    declared_charset: str | None = None,
) -> ArticleText:
    """The article's main text and metadata, from a plain-text file or an HTML page."""
    if not data or not data.strip():
        raise BadInput("empty: there is no text")
    if len(data) > input_limit():
        raise too_large(len(data))
    if "html" in content_type or (not content_type.startswith("text/plain") and is_html(data)):
        return _from_html(decode_bytes(data, declared_charset=declared_charset), url=url)
    text = decode_bytes(data, declared_charset=declared_charset).replace("\r\n", "\n")
    text = strip_bidi_controls(text).strip()
    return _checked(ArticleText(text=text, title=_first_line(text)))


def _from_html(html: str, *, url: str | None) -> ArticleText:
    # trafilatura drops scripts, styles, navigation and comments, and parses hostile markup
    # with lxml without executing anything.
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        # The publication date from the page's metadata and date elements only: the extensive
        # search guessed one from any date in the body ("2023" became 2023-01-01), which the
        # extractor then took for the day the article appeared; it also cost half the parse.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None or not (document.text or "").strip():
        raise BadInput("no article: the page has no main text")
    published = None
    if document.date:
        try:
            published = datetime.date.fromisoformat(document.date[:10])
        except ValueError:
            published = None
    title = strip_bidi_controls(document.title or "").strip()
    text = strip_bidi_controls(document.text).strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return _checked(
        ArticleText(
            text=text,
            title=title,
            published=published,
            outlet=strip_bidi_controls(document.sitename or document.hostname or "").strip(),
            language=(document.language or "").strip(),
        )
    )


def _checked(article: ArticleText) -> ArticleText:
    if len(article.text) < MIN_ARTICLE_CHARS:
        raise BadInput(
            f"no article: only {len(article.text)} characters of text "
            f"(at least {MIN_ARTICLE_CHARS})"
        )
    return article


def _first_line(text: str) -> str:
    first = text.split("\n", 1)[0].strip()
    return first[:300] if len(first) <= 300 else ""
