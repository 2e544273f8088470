"""Remove every demo row: the synthetic ones from `generate_demo_data` and the sample articles
of `load_samples` (both flagged `is_synthetic`), and only those.

Plain SQL deletes in foreign-key order: Django's `QuerySet.delete()` would load 100,000
meetings into memory and write a history row for each (simple_history's delete signal).
Real data that met demo data loses nothing: a real article that had joined a demo meeting is
queued again (the worker stores it in a meeting of its own), and a demo official who also
appears in real meetings stays, as a real person.
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from events.models import (
    Article,
    ExportFigure,
    Meeting,
    MeetingSource,
    Official,
    OfficialAlias,
    Participation,
    Round,
    RoundProposal,
)
from events.pipeline import article_enqueue


def delete_demo_data() -> dict[str, int]:
    """Delete demo meetings, articles, officials, figures and what hangs off them."""
    meeting = Meeting._meta.db_table
    article = Article._meta.db_table
    official = Official._meta.db_table
    source = MeetingSource._meta.db_table
    figure = ExportFigure._meta.db_table
    participation = Participation._meta.db_table
    syn_meetings = f"SELECT id FROM {meeting} WHERE is_synthetic"
    syn_articles = f"SELECT id FROM {article} WHERE is_synthetic"
    syn_officials = f"SELECT id FROM {official} WHERE is_synthetic"
    round_ = Round._meta.db_table
    syn_rounds = f"SELECT id FROM {round_} WHERE is_synthetic"
    statements = [
        ("unmerged", f"UPDATE {meeting} SET merged_into_id = NULL "
                     f"WHERE merged_into_id IN ({syn_meetings})"),
        ("figures", f"DELETE FROM {figure} "
                    f"WHERE is_synthetic OR meeting_id IN ({syn_meetings})"),
        ("figures_unquoted", f"UPDATE {figure} SET article_id = NULL "
                             f"WHERE article_id IN ({syn_articles})"),
        ("participations", f"DELETE FROM {participation} "
                           f"WHERE meeting_id IN ({syn_meetings})"),
        ("participations_unquoted", f"UPDATE {participation} SET article_id = NULL "
                                    f"WHERE article_id IN ({syn_articles})"),
        ("sources", f"DELETE FROM {source} "
                    f"WHERE meeting_id IN ({syn_meetings}) OR article_id IN ({syn_articles})"),
        ("round_proposals", f"DELETE FROM {RoundProposal._meta.db_table} "
                            f"WHERE meeting_id IN ({syn_meetings}) OR round_id IN ({syn_rounds})"),
        ("rounds_left", f"UPDATE {meeting} SET round_id = NULL WHERE round_id IN ({syn_rounds})"),
        ("round_regions", f"DELETE FROM {Round.regions.through._meta.db_table} "
                          f"WHERE round_id IN ({syn_rounds})"),
        ("rounds", f"DELETE FROM {round_} WHERE is_synthetic"),
        ("meetings", f"DELETE FROM {meeting} WHERE is_synthetic"),
        ("articles_undup", f"UPDATE {article} SET duplicate_of_id = NULL "
                           f"WHERE duplicate_of_id IN ({syn_articles})"),
        ("articles", f"DELETE FROM {article} WHERE is_synthetic"),
        # Someone real now (a real article named them): keep them, no longer demo.
        ("officials_kept", f"UPDATE {official} SET is_synthetic = false WHERE is_synthetic "
                           f"AND id IN (SELECT official_id FROM {participation})"),
        ("officials_unmerged", f"UPDATE {official} SET merged_into_id = NULL "
                               f"WHERE merged_into_id IN ({syn_officials})"),
        ("rounds_unled", f"UPDATE {round_} SET lead_official_id = NULL "
                         f"WHERE lead_official_id IN ({syn_officials})"),
        ("aliases", f"DELETE FROM {OfficialAlias._meta.db_table} "
                    f"WHERE official_id IN ({syn_officials})"),
        ("officials", f"DELETE FROM {official} WHERE is_synthetic"),
    ]  # fmt: skip
    counts = {}
    with transaction.atomic(), connection.cursor() as cursor:
        # Real articles reported in a demo meeting, and whether that meeting was public.
        cursor.execute(
            f"SELECT DISTINCT s.article_id, m.status = 'published' FROM {source} s "
            f"JOIN {meeting} m ON m.id = s.meeting_id JOIN {article} a ON a.id = s.article_id "
            "WHERE m.is_synthetic AND NOT a.is_synthetic"
        )
        orphaned = cursor.fetchall()
        for name, sql in statements:
            cursor.execute(sql)
            counts[name] = cursor.rowcount
        Article.objects.filter(pk__in=[pk for pk, _ in orphaned]).update(
            status=Article.Status.QUEUED, error=""
        )
        for pk, published in orphaned:
            article_enqueue(article_id=pk, fetch=False, publish=published)
    counts["requeued"] = len(orphaned)
    return counts


class Command(BaseCommand):
    help = (
        "Delete all demo data: synthetic rows (generate_demo_data) and the sample articles "
        "(load_samples), with their meetings, officials and figures."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        counts = delete_demo_data()
        self.stdout.write(
            self.style.SUCCESS(
                f"Deleted {counts['meetings']} meetings, {counts['articles']} articles, "
                f"{counts['officials']} officials, {counts['figures']} figures, "
                f"{counts['participations']} participations in "
                f"{time.monotonic() - started:.1f} s"
            )
        )
        if counts["requeued"]:
            self.stdout.write(
                f"{counts['requeued']} real article(s) had joined a demo meeting: queued again "
                "on the Celery worker, to be stored in meetings of their own"
            )
