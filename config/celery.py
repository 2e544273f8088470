"""Celery application: Redis broker, JSON only, tasks acknowledged after they finish.

Every Celery setting, the beat schedule included, lives in config/settings/celery.py under the
CELERY_ prefix; the tasks are found in each app's tasks.py.
"""

import os

from celery import Celery
from celery.signals import task_prerun
from django.db import close_old_connections

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

app = Celery("jihat")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@task_prerun.connect
def close_old_database_connections(**kwargs) -> None:
    """Before each task, what Django does before each request: drop a connection that broke
    (PostgreSQL restarted) or outlived CONN_MAX_AGE, so the task opens a fresh one."""
    close_old_connections()
