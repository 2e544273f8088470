"""The staff start page's counts (events/selectors/dashboard.py), as links into the lists."""

from __future__ import annotations

from urllib.parse import urlencode

from django import template
from django.urls import reverse

from events.selectors.dashboard import dashboard_counts

register = template.Library()


@register.simple_tag(takes_context=True)
def staff_dashboard(context) -> list[dict]:
    """The counts the user may see, each with the URL of its filtered change list."""
    user = context["request"].user
    return [
        {
            "key": row.key,
            "label": row.label,
            "count": row.count,
            "url": f"{reverse(row.changelist)}?{urlencode(row.query)}",
        }
        for row in dashboard_counts()
        if user.has_perm(row.perm)
    ]
