"""Page furniture (bylines, related links, comment forms, tickers) blanked out before extraction."""

from __future__ import annotations

import re

from .lang import alt, ar, fr
from .normalize import norm

# A line that is furniture by itself.
FURNITURE_LINE_RE = re.compile(
    norm(rf"^\s*(?:{alt(ar.FURNITURE_LINE, fr.FURNITURE_LINE)})\b[^\n]{{0,60}}$"),
    re.IGNORECASE | re.MULTILINE,
)
# A market ticker: "MASI 17 845,32 ▲0,42% | USD/MAD 9,21 | Or 1 012 DH/g"
TICKER_RE = re.compile(rf"(?:{fr.TICKER}|[▲▼]|{ar.TICKER}).*(?:\||[▲▼])", re.IGNORECASE)
# A related-link or ticker line: "اقرأ أيضا: …", "Lire aussi : …", "عاجل | …".
PREFIX_LINE_RE = re.compile(
    norm(rf"^\s*(?:{alt(ar.RELATED_PREFIX, fr.RELATED_PREFIX)})\s*[:|\-»>]"), re.IGNORECASE
)
# Headings after which the rest is a list of other articles (until a real paragraph).
RELATED_HEAD_RE = re.compile(
    norm(rf"^\s*(?:{alt(ar.RELATED_HEAD, fr.RELATED_HEAD)})\s*:?\s*$"), re.IGNORECASE
)
# Headings after which nothing belongs to the article (comment forms).
TAIL_HEAD_RE = re.compile(
    norm(rf"^\s*(?:{alt(ar.COMMENTS_HEAD, fr.COMMENTS_HEAD)})"), re.IGNORECASE
)
# Byline at the start of a line: "ع شركيف / حدث كم :", "جمال الساخي:", "Par Karim X -".
BYLINE_RE = re.compile(
    norm(
        rf"^\s*(?:(?:{alt(ar.BYLINE_WORD, fr.BYLINE_WORD)})\s*:?\s*[^\n:]{{2,40}}?\s*(?::|-|\||$)"
        r"|[^\n:/|.،,]{2,30}/[^\n:/|.،,]{2,30}:"
        r"|[^\s\n:.،,]+(?:\s+[^\s\n:.،,]+){0,2}\s*:\s*$)"
    ),
    re.IGNORECASE,
)


_PARAGRAPH = 150  # characters: a line this long is article text, not a list of links
_NUMBERS_ONLY_RE = re.compile(r"[\d\s|:/.,()\-]+")  # a stray page number or counter
_NON_WORD_RE = re.compile(r"\W+")


def _head_mode(line: str) -> str:
    """The section a heading opens: "tail" (comment form), "related" (other articles) or ""."""
    if TAIL_HEAD_RE.match(line):
        return "tail"
    if RELATED_HEAD_RE.match(line):
        return "related"
    return ""


def _in_section(mode: str, stripped: str) -> bool:
    """Inside a comment tail every line is furniture; inside a related list, every short one."""
    return mode == "tail" or (mode == "related" and len(stripped) < _PARAGRAPH)


def _is_furniture(line: str, stripped: str) -> bool:
    """A line that is furniture by itself: related-link prefix, furniture word, ticker, counter."""
    return bool(
        PREFIX_LINE_RE.match(line)
        or FURNITURE_LINE_RE.match(line)
        or TICKER_RE.search(line)
        or (len(stripped) < 4 and _NUMBERS_ONLY_RE.fullmatch(stripped))
    )


def _furniture_end(line: str, stripped: str, idx: int, seen: set[str]) -> int | None:
    """How much of a line outside any section is furniture (None: none of it).

    A repeated long line is the title shown twice; a byline is only looked for in the page head
    (first 12 lines), where it sits under the title. `seen` collects the lines kept so far.
    """
    if _is_furniture(line, stripped):
        return len(line)
    key = _NON_WORD_RE.sub("", stripped)
    if key in seen and len(key) > 20:
        return len(line)  # repeated title
    seen.add(key)
    if idx < 12:
        bm = BYLINE_RE.match(line)
        if bm:
            return bm.end()
    return None


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """Spaces over the spans, newlines kept, so every offset into the text stays valid."""
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def blank_spans(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Replace furniture with spaces (keeping offsets) and return the blanked spans."""
    pos = 0
    spans: list[tuple[int, int]] = []
    seen: set[str] = set()
    mode = ""
    body = False  # a paragraph has been read (before it, a related list is the site's menu)
    for idx, line in enumerate(text.split("\n")):
        a = pos
        pos = a + len(line) + 1
        stripped = line.strip()
        if not stripped:
            if mode == "related" and not body:
                mode = ""  # "آخر الأخبار" in the menu above the title: the title is not a link
            continue
        if _in_section(mode, stripped):
            spans.append((a, a + len(line)))
            continue
        mode = _head_mode(line)
        if mode:
            spans.append((a, a + len(line)))
            continue
        body = body or len(stripped) >= _PARAGRAPH
        end = _furniture_end(line, stripped, idx, seen)
        if end is not None:
            spans.append((a, a + end))
    return _blank(text, spans), spans
