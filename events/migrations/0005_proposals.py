"""Proposals: what a later report would change on a published meeting, held for a reviewer
(events/services/proposals.py)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0004_search_fold_from_fold_search"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="MeetingProposal",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "facts",
                    models.JSONField(blank=True, default=list, verbose_name="proposed facts"),
                ),
                ("warnings", models.JSONField(blank=True, default=list, verbose_name="warnings")),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("pending", "pending"),
                            ("accepted", "accepted"),
                            ("rejected", "rejected"),
                        ],
                        default="pending",
                        max_length=10,
                        verbose_name="status",
                    ),
                ),
                ("decided_at", models.DateTimeField(blank=True, null=True, verbose_name="decided")),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="proposals",
                        to="events.article",
                        verbose_name="article",
                    ),
                ),
                (
                    "decided_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="decided by",
                    ),
                ),
                (
                    "meeting",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="proposals",
                        to="events.meeting",
                        verbose_name="meeting",
                    ),
                ),
            ],
            options={
                "verbose_name": "proposal",
                "verbose_name_plural": "proposals",
                "ordering": ["created_at", "id"],
                "indexes": [
                    models.Index(fields=["status", "meeting"], name="proposal_status_meeting")
                ],
                "constraints": [
                    models.UniqueConstraint(fields=("meeting", "article"), name="proposal_once"),
                    models.CheckConstraint(
                        condition=models.Q(("status__in", ["pending", "accepted", "rejected"])),
                        name="proposal_status_valid",
                    ),
                ],
            },
        ),
    ]
