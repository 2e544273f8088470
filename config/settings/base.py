"""Settings shared by every mode; each value can be overridden by an environment variable.

The defaults work on a developer machine with PostgreSQL (trust auth) and Redis on 127.0.0.1.
"""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-change-me-in-production")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.gis",
    "django.contrib.postgres",
    "leaflet",
    "rest_framework",
    "rest_framework_gis",
    "django_filters",
    "drf_spectacular",
    "corsheaders",
    "simple_history",
    "regions",
    "events",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# PostGIS through psycopg 3. postgis:// selects django.contrib.gis's backend; postgres:// and
# postgresql:// (the form hosts and images hand out) would select the plain PostgreSQL backend,
# which passes `check` and then fails on every geometry column, so they mean PostGIS too.
POSTGIS_ENGINE = "django.contrib.gis.db.backends.postgis"


def database_from_url(url: str) -> dict:
    """Django's DATABASES entry for a DATABASE_URL; anything but PostgreSQL is refused."""
    config = environ.Env.db_url_config(url)
    if config["ENGINE"] in ("django.db.backends.postgresql", POSTGIS_ENGINE):
        return {**config, "ENGINE": POSTGIS_ENGINE}
    from django.core.exceptions import ImproperlyConfigured

    scheme = url.split(":", 1)[0]
    raise ImproperlyConfigured(
        f"DATABASE_URL: jihat needs PostgreSQL with PostGIS (postgis://, postgres:// or "
        f"postgresql://), not {scheme}://"
    )


DATABASES = {
    "default": database_from_url(
        env("DATABASE_URL", default="postgis://postgres@127.0.0.1:5432/jihat")
    ),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# In-process by default; set CACHE_URL=redis://… when several web processes must share it
# (API throttling counts, cached GeoJSON).
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Arabic (RTL) first, as most of the press and the public read it.
LANGUAGE_CODE = "ar"
LANGUAGES = [("ar", _("Arabic")), ("fr", _("French")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Africa/Casablanca"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "var" / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Celery: Redis broker; a task is acknowledged only after it ran, so a worker killed
# mid-task (SIGKILL, OOM) has its task redelivered instead of lost.
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
CELERY_BEAT_SCHEDULE: dict = {}

# Maps: Leaflet comes from django-leaflet's static files. No tile layer unless one is set,
# so the site works without internet (the regions are drawn from our own GeoJSON).
MAP_TILES_URL = env("MAP_TILES_URL", default="")
MAP_TILES_ATTRIBUTION = env("MAP_TILES_ATTRIBUTION", default="")
LEAFLET_CONFIG = {
    "DEFAULT_CENTER": (28.5, -9.0),
    "DEFAULT_ZOOM": 5,
    "MIN_ZOOM": 4,
    "MAX_ZOOM": 14,
    "RESET_VIEW": False,
    "TILES": [("tiles", MAP_TILES_URL, {"attribution": MAP_TILES_ATTRIBUTION})]
    if MAP_TILES_URL
    else [],
    "ATTRIBUTION_PREFIX": "jihat",
    # The marker icons' folder, given: Leaflet guesses it from leaflet.css, which the manifest
    # storage rewrites to hashed names, and then asks for <page URL>/marker-icon.png (a 404 in
    # production: the admin's map widget showed no marker).
    "FORCE_IMAGE_PATH": True,
}

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}
SPECTACULAR_SETTINGS = {"TITLE": "jihat API", "VERSION": "1.0.0", "SERVE_INCLUDE_SCHEMA": False}

CORS_ALLOWED_ORIGIN_REGEXES = [r".*"] if env.bool("CORS_ALLOW_ALL", default=True) else []
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]


# --- Web hardening (issue 13): Content-Security-Policy and the NUL guard (config/security.py) ---
# Every response (pages, API, API docs, admin) carries this policy. Scripts and styles come only
# from our own static files: no inline <script>, no on…= handler, no javascript: URL, no style
# attribute (JS sets styles through CSSOM, which the policy allows). Images may be data: URIs
# (Leaflet's icons) and the optional tile server's. Browsers POST violations to /csp-report/.
# Changing a directive here changes every settings mode (local, test and production read this).
def _tiles_source(url: str) -> list[str]:
    """The tile server's origin for img-src ("https://{s}.tile.example" → "https://*.tile…")."""
    from urllib.parse import urlsplit

    if not url:
        return []
    parts = urlsplit(url)
    host = parts.netloc.replace("{s}", "*")
    return [f"{parts.scheme}://{host}"] if "{" not in host else [f"{parts.scheme}:"]


def _style_attribute_hash(css: str) -> str:
    """A CSP source allowing exactly this style="…" value (with 'unsafe-hashes')."""
    import base64
    import hashlib

    return f"'sha256-{base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()}'"


CSP_DIRECTIVES: dict[str, list[str]] = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    # The one style attribute a third-party page writes: django-simple-history's history list
    # (object_history_list.html, `<p class="paginator" style="border-top: 0">`).
    "style-src-attr": ["'unsafe-hashes'", _style_attribute_hash("border-top: 0")],
    "img-src": ["'self'", "data:", *_tiles_source(MAP_TILES_URL)],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "report-uri": ["/csp-report/"],
}
# Outermost, so that every response gets the header (static files and error pages included).
MIDDLEWARE.insert(0, "config.security.ContentSecurityPolicyMiddleware")
# Before the session middleware: a cookie holding NUL is dropped before it is looked up; NUL in
# an admin list's query string is a 400 (see its docstring).
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
    "config.security.RejectNulMiddleware",
)
# django-leaflet writes inline <script>s; templates/leaflet/ replaces them. Form widgets (the
# admin's map) render through the project's templates only with this renderer, which finds
# Django's own widget templates through the django.forms app.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
INSTALLED_APPS += ["django.forms"]
# --- end of web hardening -------------------------------------------------------------------

# Where the demo articles live (the five seed articles handed to the project).
JIHAT_SEEDS_DIR = env.path("JIHAT_SEEDS_DIR", default=BASE_DIR.parent / "shared" / "seeds")
# Publish machine-made meetings directly when every fact is confident; off: staff review first.
JIHAT_AUTO_PUBLISH = env.bool("JIHAT_AUTO_PUBLISH", default=False)

# --- Ingestion limits and fetch policy (README § Security → Fetch policy) ---------------------
# One size limit for an uploaded file and a fetched page, checked before any work.
JIHAT_MAX_INPUT_MB = env.float("JIHAT_MAX_INPUT_MB", default=5)
# Characters of an article's text handed to the extractor; the rest stays stored. Press
# articles are under 4,000 characters; the extractor answers 100,000 in well under a second.
JIHAT_EXTRACTION_MAX_CHARS = env.int("JIHAT_EXTRACTION_MAX_CHARS", default=100_000)
# One fetch (lookup, connect, TLS, every redirect and the whole body) ends after this many
# seconds, however slowly the server trickles its bytes.
JIHAT_FETCH_DEADLINE = env.float("JIHAT_FETCH_DEADLINE", default=30)
# Fetch from loopback and private addresses too (on any port): only for tests and benchmarks
# that serve pages from 127.0.0.1. Off, only public internet addresses on ports 80 and 443.
JIHAT_FETCH_ALLOW_PRIVATE = env.bool("JIHAT_FETCH_ALLOW_PRIVATE", default=False)

# Warnings and errors on the console by default, as Django itself does: a management command
# then prints only its own output, while gunicorn still shows what went wrong (the Celery worker
# logs through its own --loglevel). Admin sign-ins and lockouts (axes) are kept at INFO.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
    "loggers": {"axes": {"level": "INFO"}},
}

# gis.W001: Debian 12 ships GDAL 3.6, which cannot block file/network access from spatial
# reference strings. jihat never passes user-supplied SRS strings to GDAL (every geometry is
# SRID 4326, set by our code), so the warning does not apply.
SILENCED_SYSTEM_CHECKS = ["gis.W001"]

# --- Staff admin (issue 8): login brute-force protection with django-axes ---------------------
# Failed logins are counted per (username, client IP); after AXES_FAILURE_LIMIT the pair is
# locked out for AXES_COOLOFF_MINUTES (HTTP 429 with templates/admin/lockout.html), so a guesser
# is stopped while the same person can still sign in from the office. A success resets the count.
# Behind reverse proxies REMOTE_ADDR is the proxy's: set TRUSTED_PROXY_COUNT (the number of proxies
# that append to X-Forwarded-For) so each client is counted on its own address.
import datetime as _datetime  # noqa: E402

INSTALLED_APPS += ["axes"]
# AxesMiddleware must come last (axes docs: it turns the lockout signal into the response).
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]
AUTHENTICATION_BACKENDS = [
    "events.services.staff.StaffLoginBackend",  # axes' lockout check, see its docstring
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = _datetime.timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# No "AXES: BEGIN version …" banner at every start (every management command printed it first).
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "admin/lockout.html"
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "events.services.staff.client_ip"
