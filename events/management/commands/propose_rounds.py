"""`manage.py propose_rounds`: proposals for meetings without a round, and new rounds for clusters.

Ingestion proposes a round for each new meeting; this command proposes again for every meeting
(after rounds were created or edited in the admin) and proposes new rounds where meetings of
one programme cluster in time without one. Staff then decide in the admin.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from events.models import Meeting
from events.services.rounds import round_propose_for_meeting, rounds_propose_new


class Command(BaseCommand):
    help = "Propose rounds for meetings without one, and new rounds for clusters of meetings."

    def handle(self, *args, **options):
        proposals = 0
        for meeting in Meeting.objects.filter(round__isnull=True, merged_into__isnull=True):
            proposals += round_propose_for_meeting(meeting=meeting) is not None
        rounds = rounds_propose_new()
        self.stdout.write(f"proposals: {proposals} for existing rounds, {len(rounds)} new rounds")
        for round_ in rounds:
            self.stdout.write(f"  new round {round_.slug}: {round_.proposals.count()} meetings")
