"""`{% site_config %}`: what every page's scripts read, as a JSON block (`#site-config`).

Language, link templates and the vocabularies (events/presentation.py `site_config`), so the
scripts hold no copy of a URL, a kind or a colour (static/js/config.js reads it).
"""

from django import template
from django.utils.html import json_script

from events.presentation import site_config as site_config_data

register = template.Library()


@register.simple_tag
def site_config() -> str:
    return json_script(site_config_data(), "site-config")
