"""Page furniture (bylines, related links, comment forms, tickers) blanked out before extraction."""

from __future__ import annotations

import re

from .normalize import norm

# A line that is furniture by itself.
FURNITURE_LINE_RE = re.compile(
    norm(
        r"^\s*(?:اترك\s+(?:رد|تعليقا)|لن\s+يتم\s+نشر\s+عنوان\s+بريدك|الحقول\s+(?:الالزامية|الإلزامية)"
        r"|التعاليق|التعليقات|تعليقات|فهرس\s+المقال|شارك(?:وا)?(?:\s+المقال)?|مشاركة|اقرأ\s+أيضا|اقرأ\s+كذلك"
        r"|مقالات\s+ذات\s+صلة|أخبار\s+ذات\s+صلة|مواضيع\s+ذات\s+صلة|المزيد|الأكثر\s+قراءة|الأكثر\s+مشاهدة"
        r"|آخر\s+الأخبار|اخر\s+الاخبار|عاجل|تابعونا|الوسوم|كلمات\s+مفتاحية|إعلان|جميع\s+الحقوق\s+محفوظة"
        r"|lire\s+aussi|lire\s+[ée]galement|[àa]\s+lire\s+aussi|articles?\s+similaires|articles?\s+li[ée]s"
        r"|sur\s+le\s+m[êe]me\s+sujet|partager|partagez|commentaires?|laisser\s+un\s+commentaire"
        r"|votre\s+adresse\s+(?:e-?mail|de\s+messagerie)|les\s+plus\s+lus|tags?|publicit[ée]|newsletter"
        r"|abonnez-vous|tous\s+droits\s+r[ée]serv[ée]s|cookies?|related|read\s+more|share)"
        r"\b[^\n]{0,60}$"
    ),
    re.IGNORECASE | re.MULTILINE,
)
# A market ticker: "MASI 17 845,32 ▲0,42% | USD/MAD 9,21 | Or 1 012 DH/g"
TICKER_RE = re.compile(
    r"(?:\b(?:MASI|MADEX|USD/MAD|EUR/MAD|Brent)\b|[▲▼]|مازي|البورصة).*(?:\||[▲▼])", re.IGNORECASE
)
# A related-link or ticker line: "اقرأ أيضا: …", "Lire aussi : …", "عاجل | …".
PREFIX_LINE_RE = re.compile(
    norm(
        r"^\s*(?:اقرأ\s+أيضا|اقرأ\s+ايضا|اقرأ\s+كذلك|اقرأ\s+المزيد|عاجل|آخر\s+الأخبار|شاهد\s+أيضا|لا\s+تفوت"
        r"|lire\s+aussi|[àa]\s+lire\s+aussi|lire\s+[ée]galement|voir\s+aussi|read\s+also|flash|urgent)"
        r"\s*[:|\-»>]"
    ),
    re.IGNORECASE,
)
# Headings after which the rest is a list of other articles (until a real paragraph).
RELATED_HEAD_RE = re.compile(
    norm(
        r"^\s*(?:اقرأ\s+أيضا|مقالات\s+ذات\s+صلة|أخبار\s+ذات\s+صلة|مواضيع\s+ذات\s+صلة|الأكثر\s+قراءة"
        r"|آخر\s+الأخبار|اخر\s+الاخبار|المزيد\s+من\s+الأخبار|lire\s+aussi|[àa]\s+lire\s+aussi"
        r"|articles?\s+similaires|articles?\s+li[ée]s|sur\s+le\s+m[êe]me\s+sujet|les\s+plus\s+lus"
        r"|derni[èe]res\s+(?:nouvelles|actualit[ée]s)|related)\s*:?\s*$"
    ),
    re.IGNORECASE,
)
# Headings after which nothing belongs to the article (comment forms).
TAIL_HEAD_RE = re.compile(
    norm(
        r"^\s*(?:اترك\s+(?:رد|تعليقا)|أضف\s+تعليق|التعليقات\s*\(|laisser\s+un\s+commentaire"
        r"|(?:\d+\s+)?commentaires?\s*(?:\(\d+\))?\s*$|r[ée]agir|votre\s+adresse\s+e-?mail)"
    ),
    re.IGNORECASE,
)
# Byline at the start of a line: "ع شركيف / حدث كم :", "جمال الساخي:", "Par Karim X -".
BYLINE_RE = re.compile(
    norm(
        r"^\s*(?:(?:بقلم|كتب|كتبت|متابعة|إعداد|تحرير|par|de\s+notre\s+correspondant)\s*:?\s*[^\n:]{2,40}?\s*(?::|-|\||$)"
        r"|[^\n:/|.،,]{2,30}/[^\n:/|.،,]{2,30}:"
        r"|[^\s\n:.،,]+(?:\s+[^\s\n:.،,]+){0,2}\s*:\s*$)"
    ),
    re.IGNORECASE,
)


_PARAGRAPH = 150  # characters: a line this long is article text, not a list of links


def blank_spans(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Replace furniture with spaces (keeping offsets) and return the blanked spans."""
    lines = text.split("\n")
    pos = 0
    spans: list[tuple[int, int]] = []
    seen: set[str] = set()
    mode = ""
    body = False  # a paragraph has been read (before it, a related list is the site's menu)
    for idx, line in enumerate(lines):
        a, b = pos, pos + len(line)
        pos = b + 1
        stripped = line.strip()
        if not stripped:
            if mode == "related" and not body:
                mode = ""  # "آخر الأخبار" in the menu above the title: the title is not a link
            continue
        if mode == "tail":
            spans.append((a, b))
            continue
        if mode == "related":
            if len(stripped) < _PARAGRAPH:
                spans.append((a, b))
                continue
            mode = ""
        if TAIL_HEAD_RE.match(line):
            mode = "tail"
            spans.append((a, b))
            continue
        if RELATED_HEAD_RE.match(line):
            mode = "related"
            spans.append((a, b))
            continue
        body = body or len(stripped) >= _PARAGRAPH
        if (
            PREFIX_LINE_RE.match(line)
            or FURNITURE_LINE_RE.match(line)
            or TICKER_RE.search(line)
            or (re.fullmatch(r"[\d\s|:/.,()\-]+", stripped) and len(stripped) < 4)
        ):
            spans.append((a, b))
            continue
        key = re.sub(r"\W+", "", stripped)
        if key in seen and len(key) > 20:
            spans.append((a, b))  # repeated title
            continue
        seen.add(key)
        if idx < 12:
            bm = BYLINE_RE.match(line)
            if bm:
                spans.append((a, a + bm.end()))
    if not spans:
        return text, []
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars), spans
