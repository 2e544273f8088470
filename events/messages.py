"""The one catalogue of what the machine tells staff: warnings, match reasons, failure reasons.

The pipeline stores a code with its parameters (a warning's `code` and `params`, a match
reason as `encode(code, **params)`); this module turns them into a sentence in the reader's
language, when the page is rendered. Rows stored before codes existed hold plain English: they
are shown as they are (a few fixed sentences of that time are recognised and translated).

Failure reasons on Article.error are the sentences events/services/documents.py and
fetching.py raise, each starting with a fixed tag ("empty:", "too large:", "unreachable:"):
FAILURES reads that tag as the code (the same pattern filters the admin's list in SQL) and the
numbers after it as parameters.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.db.models import Q
from django.utils.formats import number_format
from django.utils.functional import Promise
from django.utils.translation import get_language, gettext_noop, ngettext
from django.utils.translation import gettext_lazy as _

from events.models import MeetingKind
from regions.models import Region


def encode(code: str, **params: Any) -> str:
    """A code and its parameters as one short string for a text column (match_reason)."""
    payload: dict[str, Any] = {"code": code}
    if params:
        payload["params"] = params
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def decode(raw: str) -> tuple[str, dict[str, Any]] | None:
    """(code, params) of a string made by `encode`; None for older plain text."""
    if not raw or not raw.startswith("{"):
        return None
    try:
        payload = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("code"), str):
        return None
    params = payload.get("params")
    return payload["code"], params if isinstance(params, dict) else {}


def number(value: Any) -> str:
    """A count or an amount written the reader's way ("7 770 000 000" in French)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number_format(value, decimal_pos=0, use_l10n=True, force_grouping=True)
    return str(value)


def field_label(field: str) -> str:
    """ "meeting.city" → "city" / "ville" / "المدينة": the model field's own verbose name."""
    model_name, _dot, name = field.rpartition(".")
    model_name = {"figure": "exportfigure"}.get(model_name, model_name or "meeting")
    try:
        model = apps.get_model("events", model_name)
        return str(model._meta.get_field(name).verbose_name)
    except LookupError:
        return name or field


# ------------------------------------------------------------------------------------ warnings

# Codes from events/extraction (pure Python, English detail in "message") and from ingestion.
WARNINGS: dict[str, Promise] = {
    "date_after_publication": _(
        "The date in the text falls after the article's publication; "
        "the nearest earlier year was taken."
    ),
    "weekday_mismatch": _("The weekday named in the text does not match the date; please review."),
    "year_inferred": _("The text gives no year for the meeting; the year was inferred."),
    "date_month_only": _("Only a month and year are given; no date was set."),
    "multiple_regions": _("Other regions are named too; check the region kept."),
    "stop_number_conflict": _("The text gives this stop more than one number; please review."),
    "figures_capped": _("The text holds too many amounts; only the first ones were read."),
    "not_relevant": _("The article does not look like the report of a meeting."),
    "conflicting_report": _("Article %(article)s gives %(field)s = %(new)s; kept %(current)s."),
    "conflicting_report_staff": _(
        "Article %(article)s gives %(field)s = %(new)s; kept the staff's value %(current)s."
    ),
    "unknown_value": _(
        "Article %(article)s gives %(field)s = %(values)s, which is not a known value; "
        "stored as “other”."
    ),
    "text_capped": _(
        "Only the first %(read)s of %(total)s characters were read for extraction; "
        "the whole text is stored."
    ),
}
WARNING_CODES = {
    "conflicting_report": _("conflicting report"),
    "date_after_publication": _("date after publication"),
    "weekday_mismatch": _("weekday mismatch"),
    "year_inferred": _("year inferred"),
    "date_month_only": _("month only"),
    "multiple_regions": _("several regions"),
    "stop_number_conflict": _("stop number conflict"),
    "figures_capped": _("too many amounts"),
    "not_relevant": _("not relevant"),
    "unknown_value": _("unknown value"),
    "text_capped": _("text cut"),
}


def warning_code_label(code: str) -> str:
    return str(WARNING_CODES.get(code, code))


def warning_text(warning: dict[str, Any]) -> str:
    """One stored warning as a sentence in the reader's language."""
    if not isinstance(warning, dict):
        return str(warning)
    code = str(warning.get("code") or "")
    message = str(warning.get("message") or "")
    params = warning.get("params")
    if isinstance(params, dict):
        if code == "conflicting_report" and params.get("owner") == "staff":
            code = "conflicting_report_staff"
        template = WARNINGS.get(code)
        if template is not None:
            values = {
                key: field_label(value) if key == "field" else _param(value)
                for key, value in params.items()
            }
            values.setdefault("article", warning.get("article", "?"))
            try:
                return str(template) % values
            except (KeyError, TypeError, ValueError):
                pass
    template = WARNINGS.get(code)
    needs_params = template is not None and "%(" in str(template)
    if template is None or needs_params or (message and _english()):
        return message or code  # an older row, or English with the extractor's full detail
    return str(template)


def _param(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(_param(v) for v in value)
    return number(value)


def _english() -> bool:
    return (get_language() or "en").split("-")[0] == "en"


# -------------------------------------------------------------------------------- match reasons

NEW_MEETING = "new_meeting"
SAME_REGION = "same_region"
STAFF_ATTACHED = "staff_attached"
# Plain sentences stored before codes, recognised and shown in the reader's language.
LEGACY_REASONS = {"new meeting": NEW_MEETING, "attached by staff": STAFF_ATTACHED}


def match_reason_text(raw: str) -> str:
    """Why an article was attached to a meeting, in the reader's language."""
    decoded = decode(raw or "")
    if decoded is None:
        code = LEGACY_REASONS.get((raw or "").strip())
        if code is None:
            return raw or "—"
        decoded = (code, {})
    code, params = decoded
    if code == NEW_MEETING:
        return str(_("first report: a new meeting"))
    if code == STAFF_ATTACHED:
        return str(_("attached by staff"))
    if code == SAME_REGION:
        days = params.get("days")
        if days == 0:
            when = str(_("same date"))
        elif isinstance(days, int):
            when = ngettext("dates %(n)s day apart", "dates %(n)s days apart", days) % {
                "n": number(days)
            }
        else:
            when = str(_("date unknown on one side"))
        shared = int(params.get("shared") or 0)
        officials = ngettext("%(n)s official in common", "%(n)s officials in common", shared) % {
            "n": number(shared)
        }
        return str(_("same region %(region)s, %(when)s, kind %(kind)s, %(officials)s")) % {
            "region": _region_name(params.get("region", "")),
            "when": when,
            "kind": _kind_label(params.get("kind", "")),
            "officials": officials,
        }
    return raw


def _region_name(code: str) -> str:
    region = Region.objects.filter(code=code).only("name_ar", "name_fr", "name_en").first()
    if region is None:
        return code
    language = (get_language() or "fr").split("-")[0]
    return getattr(region, f"name_{language}", "") or region.name_fr


def _kind_label(kind: str) -> str:
    try:
        return str(MeetingKind(kind).label)
    except ValueError:
        return kind


# ------------------------------------------------------------------------------ failure reasons


@dataclass(frozen=True)
class Failure:
    code: str
    label: Promise  # the reason as a list filter and the dashboard name it
    pattern: str  # matches the stored text, in Python and in PostgreSQL (filters run in SQL)
    template: Promise  # the sentence, with the pattern's named groups as parameters


# An error recorded out of retries is "ExceptionName: detail": the tag follows that prefix.
_PREFIX = r"^([A-Za-z]+Error: )?"
FAILURES = (
    Failure("empty", _("empty"), _PREFIX + r"empty: ", _("The file or page is empty.")),
    Failure(
        "too_large",
        _("too large"),
        _PREFIX + r"too large: .*\(limit (?P<limit>[0-9.]+) MB\)",
        _("Larger than the limit of %(limit)s MB."),
    ),
    Failure(
        "binary",
        _("not text"),
        _PREFIX + r"(binary file|not text): ",
        _("The file is not text (a picture, a PDF or another binary file)."),
    ),
    Failure(
        "too_short",
        _("too short"),
        _PREFIX + r"no article: only (?P<found>[0-9]+) characters of text \(at least "
        r"(?P<least>[0-9]+)\)",
        _("Not an article: only %(found)s characters of text (at least %(least)s)."),
    ),
    Failure(
        "no_main_text",
        _("no main text"),
        _PREFIX + r"no article: ",
        _("Not an article: the page has no main text."),
    ),
    Failure(
        "unreachable",
        _("site unreachable"),
        _PREFIX + r"unreachable: ",
        _("The site could not be reached (no connection)."),
    ),
    Failure(
        "network",
        _("network error"),
        _PREFIX + r"(network error|timed out) fetching ",
        _("The network failed while fetching the page, again after several tries."),
    ),
    Failure(
        "too_slow",
        _("too slow"),
        _PREFIX + r"too slow: ",
        _("The site did not answer in time."),
    ),
    Failure(
        "http_status",
        _("HTTP error"),
        _PREFIX + r"HTTP (?P<status>[0-9]{3}) ",
        _("The site answered with the HTTP error %(status)s."),
    ),
    Failure(
        "redirects",
        _("too many redirects"),
        _PREFIX + r"too many redirects",
        _("The address redirects too many times."),
    ),
    Failure(
        "address_refused",
        _("address refused"),
        _PREFIX + r"(port [0-9]+ refused|not a web address: )",
        _("The address is refused: only public http(s) addresses are fetched."),
    ),
    Failure(
        "entries_skipped",
        _("entries skipped"),
        r"^(?P<n>[0-9]+) entr(y|ies) skipped",
        _("%(n)s feed entries skipped: their link is not an http(s) address."),
    ),
    Failure(
        "feed_unreadable",
        _("not a readable feed"),
        r"^not a readable feed",
        _("Not a readable RSS or Atom feed."),
    ),
)
FAILURE_OTHER = "other"
# Failures out of retries have no tag of their own: the worker's error, named as such.
WORKER_ERROR = re.compile(r"^(?P<type>[A-Za-z]+(Error|Exception)): ")
_COMPILED = [(failure, re.compile(failure.pattern)) for failure in FAILURES]


def failure_code(raw: str) -> str:
    """The code of a stored failure reason ("other" for a sentence no pattern knows)."""
    for failure, pattern in _COMPILED:
        if pattern.match(raw or ""):
            return failure.code
    return FAILURE_OTHER


def failure_label(code: str) -> str:
    for failure in FAILURES:
        if failure.code == code:
            return str(failure.label)
    return str(_("other reason"))


def failure_text(raw: str) -> str:
    """A stored failure reason as a sentence in the reader's language; an unknown one as is."""
    if not raw:
        return ""
    for failure, pattern in _COMPILED:
        found = pattern.match(raw)
        if found:
            params = {k: number(_num(v)) for k, v in found.groupdict().items() if v is not None}
            return str(failure.template) % params if params else str(failure.template)
    worker = WORKER_ERROR.match(raw)
    if worker:
        return str(_("Unexpected error in the worker (%(type)s); retry or report it.")) % {
            "type": worker["type"]
        }
    return raw


def _num(value: str) -> Any:
    """Whole numbers are grouped the reader's way; a limit such as "0.5" stays as written."""
    return int(value) if value.isdigit() else value


def failure_sql_pattern(code: str) -> str:
    """The code's pattern as PostgreSQL reads it (no named groups)."""
    for failure in FAILURES:
        if failure.code == code:
            return re.sub(r"\?P<\w+>", "", failure.pattern)
    raise LookupError(code)


def failure_q(code: str) -> Q:
    """Failed articles whose reason has this code ("other": none of the known patterns)."""
    if code == FAILURE_OTHER:
        known = Q()
        for failure in FAILURES:
            known |= Q(error__regex=failure_sql_pattern(failure.code))
        return Q(status="failed") & ~known
    try:
        return Q(status="failed", error__regex=failure_sql_pattern(code))
    except LookupError:
        return Q(pk__in=[])


# ------------------------------------------------------------------------------ history reasons

_MERGE_TAG = re.compile(
    r"^(?P<verb>merge|unmerge) (?P<kind>meeting|official) (?P<a>\d+) (into|from) (?P<b>\d+)$"
)


def history_reason_text(raw: str | None) -> str:
    """Why a version was recorded (events/services/staff.py tags merges), in words."""
    if not raw:
        return ""
    found = _MERGE_TAG.match(raw)
    if found is None:
        return raw
    params = {"a": found["a"], "b": found["b"]}
    if found["verb"] == "merge":
        return str(_("merge: #%(a)s merged into #%(b)s")) % params
    return str(_("merge undone: #%(a)s taken out of #%(b)s")) % params


def match_reason_is_new(raw: str) -> bool:
    """Whether the article made the meeting (its first report), in old or coded rows."""
    decoded = decode(raw or "")
    return decoded[0] == NEW_MEETING if decoded else (raw or "").startswith("new")


# ------------------------------------------------------------------------- map widget strings

# django-leaflet passes Leaflet.draw's strings through gettext when it renders a map widget
# (leaflet_draw_i18n); its own catalogues have no Arabic. Listed here, they are in jihat's
# catalogues (LOCALE_PATHS come first), so the widget speaks the staff's language.
LEAFLET_DRAW = (
    gettext_noop("Reset view"),
    gettext_noop("Cancel drawing"),
    gettext_noop("Cancel"),
    gettext_noop("Delete last point drawn"),
    gettext_noop("Delete last point"),
    gettext_noop("Draw a marker"),
    gettext_noop("Click map to place marker."),
    gettext_noop("Release mouse to finish drawing."),
    gettext_noop("Save changes."),
    gettext_noop("Save"),
    gettext_noop("Cancel editing, discards all changes."),
    gettext_noop("Edit layers"),
    gettext_noop("No layers to edit."),
    gettext_noop("Delete layers"),
    gettext_noop("No layers to delete."),
    gettext_noop("Drag handles, or marker to edit feature."),
    gettext_noop("Click cancel to undo changes."),
    gettext_noop("Click on a feature to remove"),
)
