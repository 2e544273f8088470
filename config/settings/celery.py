"""Celery (config/celery.py reads every CELERY_* name here): broker, redelivery, beat schedule.

A task is acknowledged only after it ran, so a worker killed mid-task (SIGKILL, OOM) has its
task redelivered instead of lost; every ingestion step is idempotent, so it is stored once.
"""

from .core import TIME_ZONE
from .env import env

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://127.0.0.1:6379/0")
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=CELERY_BROKER_URL)
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_RESULT_EXPIRES = 24 * 3600
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Celery's Django fixup closes the database connection before and after every task unless this
# is set; a new connection per task (a PostgreSQL backend to start, PostGIS types to look up)
# cost more than the task itself. Connections now live as long as CONN_MAX_AGE, and
# config/celery.py drops a broken or obsolete one before each task, as Django does per request.
CELERY_DB_REUSE_MAX = env.int("CELERY_DB_REUSE_MAX", default=1000)
# Sending a task (and each next step of a chain) retries for about a minute, so a broker that
# restarts mid-run delays the work instead of dropping it.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 20,
    "interval_start": 0.5,
    "interval_step": 1,
    "interval_max": 5,
}
# Redelivery of an unacknowledged task happens after this timeout; it must exceed the
# longest task (time limit above), or a slow task would run twice.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600)
}
CELERY_TIMEZONE = TIME_ZONE
# Celery beat, by task name (events/pipeline.py names the tasks): feeds are checked every
# 5 minutes, each polled at its own interval; articles whose message was lost (a broker restart)
# are queued again every 10 minutes.
CELERY_BEAT_SCHEDULE = {
    "poll-due-feeds": {"task": "events.poll_due_feeds", "schedule": 300.0},
    "requeue-stalled-articles": {"task": "events.requeue_stalled_articles", "schedule": 600.0},
}
