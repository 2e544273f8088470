"""Command line: python -m events.extraction --retrieved 2026-11-22 FILE [FILE ...]."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from datetime import date
from pathlib import Path

import lxml.html
import trafilatura

from .engine import extract

MAX_BYTES = 5_000_000
_HTML_RE = re.compile(rb"<\s*(?:html|body|p|div|article|head|!doctype)\b", re.IGNORECASE)


def _decode(raw: bytes) -> str:
    """Bytes to text: UTF-8 (with/without BOM), UTF-16 with BOM, else cp1256."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = raw.decode("cp1256")
    return text


def _html_to_text(raw: bytes, text: str) -> str:
    """Reduce a saved HTML page to its article text (trafilatura, else a plain tag strip)."""
    try:
        out = trafilatura.extract(text, include_comments=False, include_tables=False)
        if out and out.strip():
            return out
    except Exception:
        pass
    try:
        doc = lxml.html.fromstring(raw)
        for bad in doc.xpath("//script|//style|//noscript|//nav|//footer|//header|//aside"):
            bad.drop_tree()
        return "\n".join(t.strip() for t in doc.itertext() if t.strip())
    except Exception:
        return re.sub(r"<[^>]+>", " ", text)


def read_article(path: Path) -> str:
    """Read one article file as text; raise ValueError with a clear message when unusable."""
    if not path.exists():
        raise ValueError(f"file not found: {path}")
    if not path.is_file():
        raise ValueError(f"not a regular file: {path}")
    size = path.stat().st_size
    if size == 0:
        raise ValueError("empty file")
    if size > MAX_BYTES:
        raise ValueError(f"file too large ({size} bytes, limit {MAX_BYTES})")
    raw = path.read_bytes()
    utf16 = raw.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16 and raw.count(b"\x00") > len(raw) // 100:
        raise ValueError("binary file (NUL bytes), not text")
    try:
        text = _decode(raw)
    except UnicodeDecodeError as exc:
        raise ValueError(f"cannot decode as UTF-8, UTF-16 or cp1256: {exc}") from exc
    if _HTML_RE.search(raw[:5000] if not utf16 else text[:5000].encode("utf-8", "ignore")):
        text = _html_to_text(raw if not utf16 else text.encode("utf-8"), text)
    ctrl = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\n\r\t\f")
    if ctrl > max(10, len(text[:20000]) // 50):
        raise ValueError("binary content (control characters), not text")
    if not text.strip():
        raise ValueError("no text in file")
    return text


def _date_arg(s: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(s)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {s!r}") from exc


def main(argv: list[str] | None = None) -> int:
    """Extract every file and print one JSON array."""
    ap = argparse.ArgumentParser(prog="python -m events.extraction", description=__doc__)
    ap.add_argument("--retrieved", type=_date_arg, default=None, help="retrieval date YYYY-MM-DD")
    ap.add_argument("--published", type=_date_arg, default=None, help="publication date YYYY-MM-DD")
    ap.add_argument("files", nargs="+", help="article files (text or saved HTML)")
    args = ap.parse_args(argv)
    out = []
    for f in args.files:
        path = Path(f)
        item: dict = {"article": os.path.basename(f)}
        try:
            text = read_article(path)
            res = extract(text, published=args.published, retrieved=args.retrieved)
            item.update(res.to_dict())
        except (ValueError, OSError) as exc:
            item["error"] = str(exc)
        except Exception as exc:
            item["error"] = f"extraction failed: {type(exc).__name__}: {exc}"
        out.append(item)
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1))
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
