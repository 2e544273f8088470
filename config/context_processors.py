"""What templates/base.html needs on every page to be followed and shared (issue 17).

`embed`: the part the page shows alone (`?embed=map|timeline|board`, config.security
`embed_kind`), or None; base.html then leaves out the site's header and footer. The feed link,
OpenGraph tags and permalink come from `{% page_meta %}` (events/templatetags/follow.py), which
also reads the view's context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from config.security import embed_kind

if TYPE_CHECKING:
    from django.http import HttpRequest


def follow_and_share(request: HttpRequest) -> dict[str, Any]:
    kind = embed_kind(request)
    return {"embed": kind, "embed_body_class": f"embed embed-{kind}" if kind else ""}
