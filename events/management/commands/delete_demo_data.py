"""Remove every synthetic row made by `generate_demo_data` (and only those).

Plain SQL deletes in foreign-key order: Django's `QuerySet.delete()` would load 100,000
meetings into memory and write a history row for each (simple_history's delete signal).
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
)


def delete_demo_data() -> dict[str, int]:
    """Delete synthetic meetings, articles, officials, figures and what hangs off them."""
    meeting = Meeting._meta.db_table
    article = Article._meta.db_table
    official = Official._meta.db_table
    syn_meetings = f"SELECT id FROM {meeting} WHERE is_synthetic"
    syn_articles = f"SELECT id FROM {article} WHERE is_synthetic"
    syn_officials = f"SELECT id FROM {official} WHERE is_synthetic"
    statements = [
        ("unmerged", f"UPDATE {meeting} SET merged_into_id = NULL "
                     f"WHERE merged_into_id IN ({syn_meetings})"),
        ("figures", f"DELETE FROM {ExportFigure._meta.db_table} "
                    f"WHERE is_synthetic OR meeting_id IN ({syn_meetings})"),
        ("participations", f"DELETE FROM {Participation._meta.db_table} "
                           f"WHERE meeting_id IN ({syn_meetings}) "
                           f"OR official_id IN ({syn_officials})"),
        ("sources", f"DELETE FROM {MeetingSource._meta.db_table} "
                    f"WHERE meeting_id IN ({syn_meetings}) OR article_id IN ({syn_articles})"),
        ("meetings", f"DELETE FROM {meeting} WHERE is_synthetic"),
        ("articles_undup", f"UPDATE {article} SET duplicate_of_id = NULL "
                           f"WHERE duplicate_of_id IN ({syn_articles})"),
        ("articles", f"DELETE FROM {article} WHERE is_synthetic"),
        ("officials_unmerged", f"UPDATE {official} SET merged_into_id = NULL "
                               f"WHERE merged_into_id IN ({syn_officials})"),
        ("aliases", f"DELETE FROM {OfficialAlias._meta.db_table} "
                    f"WHERE official_id IN ({syn_officials})"),
        ("officials", f"DELETE FROM {official} WHERE is_synthetic"),
    ]  # fmt: skip
    counts = {}
    with transaction.atomic(), connection.cursor() as cursor:
        for name, sql in statements:
            cursor.execute(sql)
            counts[name] = cursor.rowcount
    return counts


class Command(BaseCommand):
    help = "Delete all synthetic demo data (rows with is_synthetic=True and their links)."

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
