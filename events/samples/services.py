"""Writes for the demo corpus: which stored rows came from it, flagged as demo data.

The flag is the one `generate_demo_data` sets (`is_synthetic`), so one command,
`delete_demo_data`, removes every kind of demo data. Plain `update()`s: marking is not an edit
of the facts, so it writes no history row.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Exists, OuterRef

from events.models import (
    Article,
    ExportFigure,
    Meeting,
    MeetingSource,
    Official,
    Origin,
    Participation,
)


def samples_other_articles_exist(*, hashes: Iterable[str]) -> bool:
    """True when the database holds articles that are neither samples nor other demo data."""
    return Article.objects.filter(is_synthetic=False).exclude(content_hash__in=hashes).exists()


@transaction.atomic
def samples_mark_demo(*, hashes: Iterable[str]) -> dict[str, int]:
    """Flag the sample articles and what only they produced; returns the rows flagged now.

    A meeting is demo when every source is a demo article (a real report of it keeps it real);
    an official when all their meetings are demo. Rows a person created are never flagged.
    """
    articles = Article.objects.filter(content_hash__in=list(hashes), is_synthetic=False).update(
        is_synthetic=True
    )
    demo_source = MeetingSource.objects.filter(meeting=OuterRef("pk"), article__is_synthetic=True)
    real_source = MeetingSource.objects.filter(meeting=OuterRef("pk"), article__is_synthetic=False)
    meetings = (
        Meeting.objects.filter(is_synthetic=False, origin=Origin.MACHINE)
        .filter(Exists(demo_source))
        .exclude(Exists(real_source))
        .update(is_synthetic=True)
    )
    figures = (
        ExportFigure.objects.filter(is_synthetic=False, origin=Origin.MACHINE)
        .filter(article__is_synthetic=True)
        .update(is_synthetic=True)
    )
    in_demo = Participation.objects.filter(official=OuterRef("pk"), meeting__is_synthetic=True)
    in_real = Participation.objects.filter(official=OuterRef("pk"), meeting__is_synthetic=False)
    officials = (
        Official.objects.filter(is_synthetic=False, origin=Origin.MACHINE, staff_edited_fields=[])
        .filter(Exists(in_demo))
        .exclude(Exists(in_real))
        .update(is_synthetic=True)
    )
    return {"articles": articles, "meetings": meetings, "officials": officials, "figures": figures}
