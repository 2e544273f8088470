"""`{{ url|http_url }}`: a stored address as a link target only when it is http(s).

Article and feed URLs come from the press and from feeds; rows stored before storage checked
the scheme (or written by any other path) may hold `javascript:…` or `data:…`. Templates put an
`href` only on what this returns, and show the rest as text. The JS side is `httpUrl()` in
static/js/dom.js.
"""

import re
from urllib.parse import urlsplit

from django import template

register = template.Library()

# The same rule as httpUrl() in static/js/dom.js: written as an absolute http(s) address.
HTTP_URL = re.compile(r"\s*https?://", re.IGNORECASE)


@register.filter
def http_url(value: object) -> str:
    """The URL if it is an absolute http(s) address with a host, else ""."""
    if not isinstance(value, str) or not HTTP_URL.match(value):
        return ""
    try:
        host = urlsplit(value.strip()).hostname
    except ValueError:  # e.g. "http://[::1" (an unclosed IPv6 bracket)
        return ""
    return value.strip() if host else ""
