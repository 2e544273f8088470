"""The demo corpus: fictional press pages the project wrote, so a bare clone shows a working map.

`articles/` holds saved HTML pages (headline, outlet, publication date and a canonical URL on a
reserved `.example` domain, RFC 2606), derived from the project's own texts in
`tests/extraction/devset` and `setb`; `meetings.json` lists the meetings they must give. See
`README.md` here. `manage.py load_samples` ingests them through the Celery worker and marks what
they produced as demo data (`is_synthetic`), which `manage.py delete_demo_data` removes.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from events.services.documents import article_text_from_bytes, content_hash

SAMPLES_DIR = Path(__file__).resolve().parent
ARTICLES_DIR = SAMPLES_DIR / "articles"
MANIFEST = SAMPLES_DIR / "meetings.json"
ROUNDS = SAMPLES_DIR / "rounds.json"  # the demo's rounds (manage.py load_samples)


def sample_files() -> list[Path]:
    """The corpus's pages, in file-name order."""
    return sorted(ARTICLES_DIR.glob("*.html"))


@cache
def sample_hashes() -> frozenset[str]:
    """Content hashes of the pages' texts: an article is a sample by its text, not its file name."""
    return frozenset(
        content_hash(article_text_from_bytes(path.read_bytes()).text) for path in sample_files()
    )


def sample_meetings() -> list[dict]:
    """The meetings the corpus must give: region, date, kind, city, articles, officials, figures."""
    return json.loads(MANIFEST.read_text(encoding="utf-8"))["meetings"]
