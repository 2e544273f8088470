"""Django itself: hosts, apps, middleware, templates, database, cache, i18n, files, logging.

The two ordered lists (INSTALLED_APPS, MIDDLEWARE) are written out whole here, each entry with
the reason for its place, so that no other module inserts into them.
"""

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .env import BASE_DIR, env

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
    # Django's own widget templates, for FORM_RENDERER (settings/security.py).
    "django.forms",
    # Admin login lockout (settings/axes.py), named in the staff's language (config/apps.py).
    "config.apps.LoginLockoutConfig",
]

MIDDLEWARE = [
    # Outermost, so that every response gets the Content-Security-Policy header (static files
    # and error pages included; settings/security.py).
    "config.security.ContentSecurityPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session middleware: a cookie holding NUL is dropped before it is looked up; NUL
    # in an admin list's query string is a 400 (see its docstring).
    "config.security.RejectNulMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # After it (so it sees the response first): only ?embed= pages may be framed (issue 17).
    "config.security.EmbedFramingMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last (axes docs: it turns the lockout signal into the response; settings/axes.py).
    "axes.middleware.AxesMiddleware",
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
                "config.context_processors.follow_and_share",
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
    config = env.db_url_config(url)
    if config["ENGINE"] in ("django.db.backends.postgresql", POSTGIS_ENGINE):
        return {**config, "ENGINE": POSTGIS_ENGINE}
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
# Our own number formats where Django's differ from the pages' (config/formats/ar: grouping).
FORMAT_MODULE_PATH = ["config.formats"]

STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "var" / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

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
