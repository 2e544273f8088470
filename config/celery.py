"""Celery application: Redis broker, JSON only, tasks acknowledged after they finish."""

import os

from celery import Celery
from celery.signals import task_prerun

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

app = Celery("jihat")
# All Celery settings live in Django settings under the CELERY_ prefix (config/settings/base.py).
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@task_prerun.connect
def close_old_database_connections(**kwargs) -> None:
    """Before each task, what Django does before each request: drop a connection that broke
    (PostgreSQL restarted) or outlived CONN_MAX_AGE, so the task opens a fresh one."""
    from django.db import close_old_connections

    close_old_connections()


# Celery beat: feeds are checked every 5 minutes; each feed is polled at its own interval.
app.conf.beat_schedule = {
    "poll-due-feeds": {"task": "events.poll_due_feeds", "schedule": 300.0},
    "requeue-stalled-articles": {"task": "events.requeue_stalled_articles", "schedule": 600.0},
}
