"""The open data API: DRF, its schema, cross-origin reads and anonymous throttling."""

from .env import env

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}
SPECTACULAR_SETTINGS = {"TITLE": "jihat API", "VERSION": "1.0.0", "SERVE_INCLUDE_SCHEMA": False}

CORS_ALLOWED_ORIGIN_REGEXES = [r".*"] if env.bool("CORS_ALLOW_ALL", default=True) else []
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]

# Requests per address for anonymous clients (the API has no other kind), read by
# events.apis.PublicAnonThrottle; empty turns throttling off (the API benchmark measures the
# server, not the limiter). The counter lives in the default cache, so it is per process unless
# CACHE_URL points at Redis.
JIHAT_API_ANON_RATE = env("JIHAT_API_ANON_RATE", default="600/minute") or None
