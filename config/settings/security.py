"""Web hardening (issue 13): the Content-Security-Policy and the form renderer it needs.

Every response (pages, API, API docs, admin) carries this policy, sent by
config.security.ContentSecurityPolicyMiddleware (first in settings/core.py's MIDDLEWARE, with
the NUL guard after it). Scripts and styles come only from our own static files: no inline
<script>, no on…= handler, no javascript: URL, no style attribute (JS sets styles through CSSOM,
which the policy allows). Images may be data: URIs (Leaflet's icons) and the optional tile
server's. Browsers POST violations to /csp-report/. Changing a directive here changes every
settings mode (local, test and production read this; production adds upgrade-insecure-requests).
"""

import base64
import hashlib
from urllib.parse import urlsplit

from .maps import MAP_TILES_URL


def _tiles_source(url: str) -> list[str]:
    """The tile server's origin for img-src ("https://{s}.tile.example" → "https://*.tile…")."""
    if not url:
        return []
    parts = urlsplit(url)
    host = parts.netloc.replace("{s}", "*")
    return [f"{parts.scheme}://{host}"] if "{" not in host else [f"{parts.scheme}:"]


def _style_attribute_hash(css: str) -> str:
    """A CSP source allowing exactly this style="…" value (with 'unsafe-hashes')."""
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
# django-leaflet writes inline <script>s; templates/leaflet/ replaces them. Form widgets (the
# admin's map) render through the project's templates only with this renderer, which finds
# Django's own widget templates through the django.forms app (in settings/core.py).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
