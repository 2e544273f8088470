"""Test run: real PostGIS and Redis, a separate Redis database so a developer's worker
does not steal the test worker's tasks."""

from .base import *  # noqa: F403
from .env import env

DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://127.0.0.1:6379/15")
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=CELERY_BROKER_URL)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Static files are served from the finders during tests (no collectstatic run needed).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# The fixture news sites (tests/events/news_server.py) are on 127.0.0.1; the fetch-policy tests
# turn this off again (tests/events/test_fetch_policy.py).
JIHAT_FETCH_ALLOW_PRIVATE = env.bool("JIHAT_FETCH_ALLOW_PRIVATE", default=True)
