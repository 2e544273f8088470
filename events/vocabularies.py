"""The vocabularies the public pages show, in one registry: codes, labels and what goes with them.

The codes and their translated labels are the model choices (`events/models.py`): the database
checks them, the filters and the API schema list them. What the pages need beyond a label lives
here, once per code: a meeting kind's colour (time axes, badges, the map's panel). The page
config (`{% site_config %}`, events/templatetags/site.py) sends every vocabulary to the scripts,
and static/js/vocabularies.js paints each `[data-kind]` element from it: no copy in site.css or
state.js. tests/dashboard/test_vocabularies.py checks every entry against its TextChoices.

Adding a meeting kind: its choice in `MeetingKind`, its colour below, its translations.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.db import models

from events.models import MeetingKind, Metric, RoleCode, Scope

COLOUR = re.compile(r"#[0-9a-f]{6}")


@dataclass(frozen=True)
class Vocabulary:
    """One set of choices as the pages see it."""

    name: str  # its key in the page config
    choices: type[models.TextChoices]
    # Per code, what the pages need besides the label ({"colour": "#21918c"}).
    extra: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # Attributes every code must have in `extra` (checked by the test, and by the page script).
    required: tuple[str, ...] = ()

    def config(self) -> dict[str, dict[str, str]]:
        """{code: {"label": …, **extra}} in the active language, in the choices' order."""
        return {
            code: {"label": str(label), **self.extra.get(code, {})}
            for code, label in self.choices.choices
        }

    def problems(self) -> list[str]:
        """What does not match the choices: codes missing an attribute, codes unknown."""
        codes = set(self.choices.values)
        found = [
            f"{self.name}: {code!r} is not a choice" for code in self.extra if code not in codes
        ]
        for code in self.choices.values:
            for attribute in self.required:
                if attribute not in self.extra.get(code, {}):
                    found.append(f"{self.name}: {code!r} has no {attribute}")
        return found


# Colours of the meeting kinds: viridis steps and two distinct hues, white text readable on each.
MEETING_KINDS = Vocabulary(
    "kinds",
    MeetingKind,
    {
        MeetingKind.CONSULTATION: {"colour": "#21918c"},
        MeetingKind.EVALUATION_FORUM: {"colour": "#3b528b"},
        MeetingKind.CARAVAN: {"colour": "#d95f0e"},
        MeetingKind.CHAMBER_MEETING: {"colour": "#7a5195"},
        MeetingKind.OTHER: {"colour": "#5c6b73"},
    },
    required=("colour",),
)
ROLE_CODES = Vocabulary("roles", RoleCode)
METRICS = Vocabulary("metrics", Metric)
SCOPES = Vocabulary("scopes", Scope)

VOCABULARIES: tuple[Vocabulary, ...] = (MEETING_KINDS, ROLE_CODES, METRICS, SCOPES)


def vocabularies_config() -> dict[str, dict[str, dict[str, str]]]:
    """Every vocabulary for the page config."""
    return {vocabulary.name: vocabulary.config() for vocabulary in VOCABULARIES}


def vocabulary(name: str) -> Vocabulary:
    """The vocabulary called `name` ("kinds", "roles", …), looked up when asked."""
    return next(v for v in VOCABULARIES if v.name == name)
