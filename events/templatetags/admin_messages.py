"""Template filters over the one message catalogue (events/messages.py), for admin pages."""

from __future__ import annotations

from typing import Any

from django import template

from events import messages

register = template.Library()


@register.filter
def warning_text(warning: dict[str, Any]) -> str:
    return messages.warning_text(warning)


@register.filter
def warning_label(warning: dict[str, Any]) -> str:
    return messages.warning_code_label(str((warning or {}).get("code") or ""))


@register.filter
def failure_text(raw: str) -> str:
    return messages.failure_text(raw)
