"""Production: secrets and hosts must come from the environment; HTTPS everywhere."""

from .base import *  # noqa: F403
from .env import env

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# --- Staff admin (issue 8) ---------------------------------------------------------------------
# Staff sign in on shared office computers: a session lasts a working day, not Django's two weeks.
# (Secure, HTTP-only session and secure CSRF cookies are set above; lockout: settings/axes.py.)
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=12 * 3600)

# --- Web hardening (issue 13): the CSP of settings/security.py, plus: -------------------------
# HTTPS only: a resource written with http:// (a tile server's URL, say) is fetched over HTTPS.
CSP_DIRECTIVES = {**CSP_DIRECTIVES, "upgrade-insecure-requests": []}  # noqa: F405
# --- end of web hardening -------------------------------------------------------------------
