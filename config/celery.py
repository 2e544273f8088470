"""Celery application: Redis broker, JSON only, tasks acknowledged after they finish."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

app = Celery("jihat")
# All Celery settings live in Django settings under the CELERY_ prefix (config/settings/base.py).
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Celery beat: feeds are checked every 5 minutes; each feed is polled at its own interval.
app.conf.beat_schedule = {
    "poll-due-feeds": {"task": "events.poll_due_feeds", "schedule": 300.0},
    "requeue-stalled-articles": {"task": "events.requeue_stalled_articles", "schedule": 600.0},
}
