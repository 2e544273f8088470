"""HTTP hardening that applies to every response or request (issue 13), and who sent a request.

- `ContentSecurityPolicyMiddleware`: one Content-Security-Policy on every response (public
  pages, API, API docs, admin), built from `settings.CSP_DIRECTIVES`. Scripts run only from our
  own files, so a string that slips into HTML can never run as a script.
- `csp_report`: browsers POST the policy's violations here; each becomes one log line (and the
  browser tests fail on it).
- `RejectNulMiddleware`: PostgreSQL text cannot hold a NUL character, and a value carrying one
  reaches the database as a DataError (a 500): cookies holding one are dropped, and an admin
  list's query string holding one is a 400.
- `embed_kind` and `EmbedFramingMiddleware` (issue 17): a page asked for with `?embed=map`
  (or `timeline`, `board`) shows that part alone, and only such a response may be framed by
  other sites; every other response keeps `X-Frame-Options: DENY` and `frame-ancestors 'none'`.
- `client_ip`: the address a request comes from, behind TRUSTED_PROXY_COUNT reverse proxies. The
  one rule for it: the admin login lockout counts it (settings.AXES_CLIENT_IP_CALLABLE) and so
  does the API throttle (events/apis.py).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

if TYPE_CHECKING:
    from django.http import HttpRequest, QueryDict

CSP_HEADER = "Content-Security-Policy"
# A report is a small JSON object (≈ 1 KB); anything longer is cut before logging.
CSP_REPORT_MAX_BYTES = 8 * 1024
csp_logger = logging.getLogger("jihat.csp")


def csp_header_value(directives: Mapping[str, Sequence[str]]) -> str:
    """`{"script-src": ["'self'"], …}` → `script-src 'self'; …` (a directive without value
    sources, such as `upgrade-insecure-requests`, is written alone)."""
    return "; ".join(" ".join([name, *sources]) for name, sources in directives.items())


class ContentSecurityPolicyMiddleware:
    """Adds the site's Content-Security-Policy to every response that has none of its own.

    With DEBUG on, Django's technical 404 and 500 pages (inline styles and scripts, shown only
    to a developer) are left without the header so that they stay readable.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if CSP_HEADER in response:
            return response
        if settings.DEBUG and response.status_code in (404, 500):
            return response
        response[CSP_HEADER] = csp_header_value(settings.CSP_DIRECTIVES)
        return response


@csrf_exempt  # browsers send reports without a CSRF token; the view only logs
@require_POST
def csp_report(request: HttpRequest) -> HttpResponse:
    """One warning per violation report (`application/csp-report` or JSON), then 204."""
    body = request.read(CSP_REPORT_MAX_BYTES)
    try:
        report = json.loads(body)
    except ValueError:
        report = None
    if isinstance(report, dict):
        report = report.get("csp-report", report)
    if isinstance(report, dict):
        csp_logger.warning(
            "CSP violation: %s blocked %s on %s",
            str(report.get("violated-directive") or report.get("effective-directive"))[:100],
            str(report.get("blocked-uri", ""))[:200],
            str(report.get("document-uri", ""))[:200],
            extra={"csp_report": report},
        )
    else:
        csp_logger.warning("CSP violation report that is not JSON (%d bytes)", len(body))
    return HttpResponse(status=204)


# --- Embedding (issue 17 § 5) ---------------------------------------------------------------

EMBED_PARAMETER = "embed"
# The pages with a part worth showing alone (by URL name), and those parts. "round-detail" is
# the round page's name (templates/events/rounds/); its parts carry `data-embed="board"` etc.
EMBEDDABLE_PAGES: dict[str, tuple[str, ...]] = {
    "home": ("map", "timeline"),
    "region-detail": ("timeline",),
    "round-detail": ("board", "map", "timeline"),
}
# Who may frame an embed response: any web page (a newsroom's CMS, a blog), over http or https.
EMBED_FRAME_ANCESTORS = ["*"]


def embed_kind(request: HttpRequest) -> str | None:
    """The part `?embed=` asks this page to show alone, when the page has it; else None.

    Read from the URL only (never a cookie): a framed page is exactly the URL its embed snippet
    names, and no other response of the site becomes frameable.
    """
    kind = request.GET.get(EMBED_PARAMETER)
    match = getattr(request, "resolver_match", None)
    if not kind or match is None:
        return None
    return kind if kind in EMBEDDABLE_PAGES.get(match.url_name or "", ()) else None


class EmbedFramingMiddleware:
    """Lets other sites frame embed responses (and only those).

    Listed after Django's XFrameOptionsMiddleware, so it sees the response first: an embed
    page (a 200 GET of an embeddable page with a valid `?embed=`) is exempted from
    X-Frame-Options and gets the site's CSP with `frame-ancestors` opened; the outer CSP
    middleware then leaves that header as it is.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and embed_kind(request) is not None
        ):
            response.xframe_options_exempt = True
            directives = {**settings.CSP_DIRECTIVES, "frame-ancestors": EMBED_FRAME_ANCESTORS}
            response[CSP_HEADER] = csp_header_value(directives)
        return response


def _holds_nul(data: QueryDict) -> bool:
    return any("\x00" in key or any("\x00" in v for v in values) for key, values in data.lists())


class RejectNulMiddleware:
    """No NUL character reaches PostgreSQL through a cookie or an admin list's query string.

    Pages and the API validate their query parameters with forms, whose CharField refuses NUL
    (pages drop the value, the API answers 400 with the parameter); path parameters are
    validated by the URL converters and the views (tests/security/test_paths.py walks them all).
    Two ways in were left: a cookie (a session cookie holding NUL was a 500 on every admin
    page), dropped here before the session middleware reads it; and the admin's list filters,
    which pass `?kind=…` straight to the ORM, so a NUL there is a 400.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if any("\x00" in value for value in request.COOKIES.values()):
            request.COOKIES = {k: v for k, v in request.COOKIES.items() if "\x00" not in v}
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs) -> None:
        match = request.resolver_match
        if match is not None and match.namespace == "admin" and _holds_nul(request.GET):
            raise BadRequest("NUL character in the query string")


def client_ip(request: HttpRequest) -> str | None:
    """The address this request comes from: what login failures and API requests are counted
    against (AXES_CLIENT_IP_CALLABLE, events.apis.PublicAnonThrottle).

    Behind TRUSTED_PROXY_COUNT reverse proxies, each of which appends the address it saw to
    X-Forwarded-For, the client is the one the outermost trusted proxy saw; anything further
    left was written by the client and is not trusted. Without proxies: REMOTE_ADDR.
    """
    count = settings.TRUSTED_PROXY_COUNT
    hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    hops = [h for h in hops if h]
    if count and len(hops) >= count:
        return hops[-count]
    return request.META.get("REMOTE_ADDR")
