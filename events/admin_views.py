"""Admin pages beyond the change lists: the review queue, merge confirmation, "add articles".

Views are thin: they read (the small selectors below build what a reviewer sees), call a service
from events/services/, and redirect. They are mounted by the ModelAdmins' `get_urls` inside
`admin_site.admin_view`, so only active staff reach them; each checks its own permission.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import admin, messages
from django.contrib.gis.geos import GEOSGeometry
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.core.validators import URLValidator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.functional import lazy
from django.utils.html import conditional_escape, format_html
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST
from simple_history.template_utils import HistoricalRecordContextHelper

from events import messages as catalogue
from events import pipeline
from events.models import Article, ArticleStatus, Meeting, MeetingStatus, Official, Source
from events.services import submission
from events.services.documents import input_limit, input_limit_mb
from events.services.fetching import web_address_problem
from events.services.staff import (
    meeting_merge,
    meeting_set_status,
    meeting_unmerge,
    official_merge,
    official_unmerge,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

REVIEW_PAGE_SIZE = 10
# Meeting fields a reviewer checks, in reading order; evidence keys use the same names.
REVIEWED_FIELDS = ("title", "kind", "date", "region", "city", "programme")
MAX_FILES = 20
MAX_URLS = 50


def _context(request: HttpRequest, *, title: str, opts, **extra: Any) -> dict[str, Any]:
    return {**admin.site.each_context(request), "title": title, "opts": opts, **extra}


def _ids(raw: str) -> list[int]:
    return [int(part) for part in raw.split(",") if part.strip().isdigit()][:200]


# ------------------------------------------------------------------------------ evidence view


@dataclass(frozen=True)
class Quote:
    """Words of one article supporting one fact; `placed` when found at the stored offsets."""

    article_id: int | None
    text: str
    start: int | None
    end: int | None


@dataclass
class Fact:
    label: str
    value: str
    quotes: list[Quote] = field(default_factory=list)


@dataclass(frozen=True)
class Segment:
    text: str
    mark: str = ""  # the facts these words are evidence for; empty = plain text


@dataclass
class ArticleView:
    article: Article
    segments: list[Segment]
    unplaced: list[tuple[str, str]]  # (fact, quote) whose words are not in the text


def _where(text: str, quote: Quote) -> tuple[int, int] | None:
    """Where the quote is in the text: the stored offsets if they still hold, else a search."""
    start, end = quote.start, quote.end
    placed = start is not None and end is not None and 0 <= start < end <= len(text)
    if placed and (not quote.text or text[start:end] == quote.text):
        return start, end
    if quote.text:
        found = text.find(quote.text)
        if found >= 0:
            return found, found + len(quote.text)
    return None


def text_highlight(
    *, text: str, marks: Iterable[tuple[str, Quote]]
) -> tuple[list[Segment], list[tuple[str, str]]]:
    """Cut the article text into plain and highlighted segments (overlaps are joined)."""
    spans: list[tuple[int, int, str]] = []
    unplaced: list[tuple[str, str]] = []
    for label, quote in marks:
        where = _where(text, quote)
        if where is None:
            unplaced.append((label, quote.text))
        else:
            spans.append((*where, label))
    spans.sort()
    joined: list[list] = []
    for start, end, label in spans:
        if joined and start < joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], end)
            if label not in joined[-1][2]:
                joined[-1][2].append(label)
        else:
            joined.append([start, end, [label]])
    segments, cursor = [], 0
    for start, end, labels in joined:
        if start > cursor:
            segments.append(Segment(text[cursor:start]))
        segments.append(Segment(text[start:end], " · ".join(labels)))
        cursor = end
    if cursor < len(text):
        segments.append(Segment(text[cursor:]))
    return segments, unplaced


def _display(meeting: Meeting, name: str) -> str:
    value = getattr(meeting, name)
    if name == "kind":
        return meeting.get_kind_display()
    if name == "date" and value:
        precision = meeting.get_date_precision_display()
        return f"{value.isoformat()} ({precision}){'' if meeting.date_certain else ' ≈'}"
    return str(value) if value not in (None, "") else "—"


def meeting_review_facts(*, meeting: Meeting) -> list[Fact]:
    """Each fact of a meeting with the quoted words of every article that supports it."""
    facts = []
    sources = list(meeting.sources.all())
    for name in REVIEWED_FIELDS:
        quotes = []
        for source in sources:
            ev = (source.evidence or {}).get(name)
            if isinstance(ev, dict) and ev.get("text"):
                quotes.append(Quote(source.article_id, ev["text"], ev.get("start"), ev.get("end")))
        label = str(Meeting._meta.get_field(name).verbose_name)
        facts.append(Fact(label, _display(meeting, name), quotes))
    for part in meeting.participations.all():
        quote = Quote(part.article_id, part.evidence_text, part.evidence_start, part.evidence_end)
        value = f"{part.official} — {part.role or part.get_role_code_display()}"
        facts.append(Fact(_("participant"), value, [quote] if part.evidence_text else []))
    for figure in meeting.figures.all():
        quote = Quote(
            figure.article_id, figure.evidence_text, figure.evidence_start, figure.evidence_end
        )
        value = f"{figure} ({figure.get_scope_display()}, {figure.year or '?'})"
        facts.append(Fact(_("figure"), value, [quote] if figure.evidence_text else []))
    return facts


def meeting_review_articles(*, meeting: Meeting, facts: list[Fact]) -> list[ArticleView]:
    """Every source article's text with the words of each fact highlighted."""
    views = []
    for source in meeting.sources.select_related("article"):
        article = source.article
        marks = [
            (fact.label, quote)
            for fact in facts
            for quote in fact.quotes
            if quote.article_id == article.pk
        ]
        segments, unplaced = text_highlight(text=article.text or "", marks=marks)
        views.append(ArticleView(article, segments, unplaced))
    return views


def _review_queryset() -> QuerySet[Meeting]:
    return (
        Meeting.objects.filter(status=MeetingStatus.NEEDS_REVIEW, merged_into__isnull=True)
        .select_related("region")
        .prefetch_related("sources", "participations__official", "figures")
        .order_by("created_at", "id")
    )


def _require_view(request: HttpRequest) -> None:
    if not request.user.has_perm("events.view_meeting"):
        raise PermissionDenied


@require_GET
def review_queue(request: HttpRequest) -> HttpResponse:
    _require_view(request)
    page = Paginator(_review_queryset(), REVIEW_PAGE_SIZE).get_page(request.GET.get("page"))
    items = [(meeting, meeting_review_facts(meeting=meeting)) for meeting in page.object_list]
    context = _context(
        request,
        title=_("Meetings to review"),
        opts=Meeting._meta,
        page=page,
        items=items,
        can_decide=request.user.has_perm("events.publish_meeting"),
        can_edit=request.user.has_perm("events.change_meeting"),
    )
    return TemplateResponse(request, "admin/events/meeting/review_queue.html", context)


@require_GET
def review_meeting(request: HttpRequest, pk: int) -> HttpResponse:
    _require_view(request)
    meeting = get_object_or_404(
        Meeting.objects.select_related("region", "merged_into").prefetch_related(
            "sources", "participations__official", "figures"
        ),
        pk=pk,
    )
    facts = meeting_review_facts(meeting=meeting)
    context = _context(
        request,
        title=_("Review: %(meeting)s") % {"meeting": meeting},
        opts=Meeting._meta,
        meeting=meeting,
        facts=facts,
        articles=meeting_review_articles(meeting=meeting, facts=facts),
        can_decide=request.user.has_perm("events.publish_meeting"),
        can_edit=request.user.has_perm("events.change_meeting"),
    )
    return TemplateResponse(request, "admin/events/meeting/review_meeting.html", context)


@require_POST
def review_decide(request: HttpRequest, pk: int) -> HttpResponse:
    """One click: publish or reject, then on to the next meeting waiting for review."""
    meeting = get_object_or_404(Meeting, pk=pk)
    decisions = {"publish": MeetingStatus.PUBLISHED, "reject": MeetingStatus.REJECTED}
    status = decisions.get(request.POST.get("decision", ""))
    if status is None:
        messages.error(request, _("Unknown decision."))
        return redirect("admin:events_meeting_review")
    try:
        meeting_set_status(meeting=meeting, status=status, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("admin:events_meeting_review_one", pk=pk)
    messages.success(
        request,
        _("%(meeting)s: %(status)s.")
        % {"meeting": meeting, "status": meeting.get_status_display()},
    )
    if request.POST.get("then") == "next":
        following = _review_queryset().exclude(pk=pk).first()
        if following is not None:
            return redirect("admin:events_meeting_review_one", pk=following.pk)
    return redirect("admin:events_meeting_review")


# ------------------------------------------------------------------------------------- merges


def merge_redirect(request: HttpRequest, urlname: str, queryset: QuerySet) -> HttpResponse | None:
    """From the change-list action to the page where the reviewer picks the row to keep."""
    ids = list(queryset.values_list("pk", flat=True)[:3])
    if len(ids) != 2:
        messages.error(request, _("Select exactly two rows to merge."))
        return None
    return HttpResponseRedirect(f"{reverse(urlname)}?ids={ids[0]},{ids[1]}")


def unmerge_each(request: HttpRequest, queryset: QuerySet, *, kind: str) -> None:
    undo = {"meeting": meeting_unmerge, "official": official_unmerge}[kind]
    done = 0
    for row in queryset.filter(merged_into__isnull=False):
        try:
            undo(duplicate=row, user=request.user)
            done += 1
        except ValidationError as error:
            messages.error(request, f"{row}: {' '.join(error.messages)}")
    if done:
        messages.success(request, _("%(n)d merge(s) undone.") % {"n": done})
    else:
        messages.warning(request, _("None of the selected rows is merged."))


def _merge_confirm(request: HttpRequest, *, model, merge, perm: str, changelist: str):
    if not request.user.has_perm(perm):
        raise PermissionDenied
    ids = _ids(request.POST.get("ids") or request.GET.get("ids", ""))
    rows = list(model.objects.filter(pk__in=ids))
    if len(rows) != 2:
        messages.error(request, _("Select exactly two rows to merge."))
        return redirect(changelist)
    if request.method == "POST":
        target_id = request.POST.get("target", "")
        target = next((r for r in rows if str(r.pk) == target_id), None)
        if target is None:
            messages.error(request, _("Choose the row to keep."))
        else:
            duplicate = next(r for r in rows if r.pk != target.pk)
            try:
                result = merge(target=target, duplicate=duplicate, user=request.user)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
                return redirect(changelist)
            messages.success(
                request,
                _(
                    "%(dup)s merged into %(target)s: %(moved)d moved, %(linked)d linked, "
                    "%(kept)d already there. Undo with the “Undo the merge” action."
                )
                % {
                    "dup": duplicate,
                    "target": target,
                    "moved": result.moved,
                    "linked": result.linked,
                    "kept": result.kept,
                },
            )
            opts = model._meta
            return redirect(f"admin:{opts.app_label}_{opts.model_name}_change", target.pk)
    context = _context(
        request,
        title=_("Merge: which one is kept?"),
        opts=model._meta,
        rows=rows,
        ids=",".join(str(r.pk) for r in rows),
    )
    return TemplateResponse(request, "admin/events/merge_confirm.html", context)


def meeting_merge_confirm(request: HttpRequest) -> HttpResponse:
    return _merge_confirm(
        request,
        model=Meeting,
        merge=meeting_merge,
        perm="events.merge_meeting",
        changelist="admin:events_meeting_changelist",
    )


def official_merge_confirm(request: HttpRequest) -> HttpResponse:
    return _merge_confirm(
        request,
        model=Official,
        merge=official_merge,
        perm="events.merge_official",
        changelist="admin:events_official_changelist",
    )


# ------------------------------------------------------------------------------- add articles


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data if d]
        return [single(data, initial)] if data else []


class BatchFileField(MultipleFileField):
    """Several files, each judged alone: an empty file is not a form error that loses the
    others (Django's FileField refuses the whole form); `uploads_split` names it instead."""

    def clean(self, data, initial=None):
        given = data if isinstance(data, list | tuple) else [data] if data else []
        files = [d for d in given if d is not None and hasattr(d, "size")]
        if self.required and not files:
            raise ValidationError(self.error_messages["required"], code="required")
        return files


def uploads_split(files: list) -> tuple[list, list[tuple[str, str]]]:
    """The files to queue, and (name, reason) for each refused before it is read: empty, or
    over the one input limit (JIHAT_MAX_INPUT_MB) by the size the upload declares."""
    accepted, rejected = [], []
    for upload in files:
        if upload.size == 0:
            rejected.append((upload.name, _("%(name)s is empty.") % {"name": upload.name}))
        elif upload.size > input_limit():
            reason = _("%(name)s is larger than %(mb)s MB.") % {
                "name": upload.name,
                "mb": input_limit_mb(),
            }
            rejected.append((upload.name, reason))
        else:
            accepted.append(upload)
    return accepted, rejected


def check_uploads(files: list) -> list:
    """At most MAX_FILES files, each within the one input limit (JIHAT_MAX_INPUT_MB), checked
    on the sizes the upload declares, before any file is read."""
    if len(files) > MAX_FILES:
        raise ValidationError(_("At most %(n)d files at once.") % {"n": MAX_FILES})
    for upload in files:
        if upload.size > input_limit():
            raise ValidationError(
                _("%(name)s is larger than %(mb)s MB.")
                % {"name": upload.name, "mb": input_limit_mb()}
            )
    return files


def _upload_limit_text() -> str:
    return _("Up to %(n)d files of at most %(mb)s MB each.") % {
        "n": MAX_FILES,
        "mb": input_limit_mb(),
    }


def _paste_limit_text() -> str:
    return _("At most %(mb)s MB of text.") % {"mb": input_limit_mb()}


def input_limit_text() -> str:
    """The one limit (JIHAT_MAX_INPUT_MB), as the add-articles page states it above the form."""
    return _(
        "Each file, pasted text or web page may be at most %(mb)s MB; "
        "a larger one is refused before it is read."
    ) % {"mb": input_limit_mb()}


# The form states the limit it checks, read when the form is shown (the setting may change).
upload_limit_text = lazy(_upload_limit_text, str)
paste_limit_text = lazy(_paste_limit_text, str)


def report_uploads(request: HttpRequest, articles: list[Article]) -> None:
    """One message per uploaded file: queued for extraction, or why it was refused."""
    for article in articles:
        if article.status == ArticleStatus.FAILED:
            reason = catalogue.failure_text(article.error)
            messages.error(request, f"{article.source_ref}: {reason}")
        else:
            url = reverse("admin:events_article_submit") + f"?ids={article.pk}&feeds="
            messages.info(
                request,
                format_html(
                    "{} — {} <a href='{}'>{}</a>",
                    article.source_ref,
                    article.get_status_display(),
                    url,
                    _("follow"),
                ),
            )


def _lines(value: str, *, limit: int) -> list[str]:
    lines = list(dict.fromkeys(line.strip() for line in value.splitlines() if line.strip()))
    if len(lines) > limit:
        raise ValidationError(gettext_lazy("At most %(n)d lines."), params={"n": limit})
    validate = URLValidator(schemes=["http", "https"])
    for line in lines:
        validate(line)
        problem = web_address_problem(line)
        if problem:
            raise ValidationError(problem)
    return lines


class ArticlesAddForm(forms.Form):
    files = BatchFileField(
        label=gettext_lazy("Files (text, HTML)"),
        required=False,
        help_text=upload_limit_text(),
    )
    text = forms.CharField(
        label=gettext_lazy("Or paste an article's text"),
        required=False,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=paste_limit_text(),
    )
    text_url = forms.URLField(
        label=gettext_lazy("Its address (optional)"),
        required=False,
        max_length=2000,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"dir": "ltr", "size": 60}),
    )
    text_outlet = forms.CharField(
        label=gettext_lazy("Its outlet (optional)"), required=False, max_length=200
    )
    text_published = forms.DateField(
        label=gettext_lazy("Its publication date (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    urls = forms.CharField(
        label=gettext_lazy("Article addresses (one per line)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "ltr"}),
    )
    feeds = forms.CharField(
        label=gettext_lazy("RSS/Atom feeds to follow (one per line)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "dir": "ltr"}),
    )

    rejected: list[tuple[str, str]]

    GROUPS = (
        ("files", ("files",)),
        ("text", ("text", "text_url", "text_outlet", "text_published")),
        ("addresses", ("urls", "feeds")),
    )

    def groups(self) -> list[tuple[str, list]]:
        """The fields in the page's fieldsets: files, a pasted text and its details, addresses."""
        return [(name, [self[f] for f in fields]) for name, fields in self.GROUPS]

    def clean_files(self):
        files = self.cleaned_data["files"]
        if len(files) > MAX_FILES:
            raise ValidationError(_("At most %(n)d files at once.") % {"n": MAX_FILES})
        accepted, self.rejected = uploads_split(files)
        return accepted

    def clean_text(self):
        text = self.cleaned_data["text"]
        if len(text.encode("utf-8")) > input_limit():
            raise ValidationError(
                _("The text is larger than %(mb)s MB.") % {"mb": input_limit_mb()}
            )
        return text

    def clean_text_url(self):
        url = self.cleaned_data["text_url"]
        problem = web_address_problem(url) if url else ""
        if problem:
            raise ValidationError(problem)
        return url

    def clean_urls(self):
        return _lines(self.cleaned_data["urls"], limit=MAX_URLS)

    def clean_feeds(self):
        return _lines(self.cleaned_data["feeds"], limit=MAX_URLS)

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        for extra in ("text_url", "text_outlet", "text_published"):
            if data.get(extra) and not data.get("text"):
                self.add_error("text", _("Paste the text these details belong to."))
                return data
        wanted = data.get("files") or data.get("text") or data.get("urls") or data.get("feeds")
        if not wanted:
            rejected = getattr(self, "rejected", [])
            if rejected:  # nothing left to queue: the refusals are the answer
                for _name, reason in rejected:
                    self.add_error("files", reason)
            else:
                raise ValidationError(_("Give at least one file, text, address or feed."))
        return data


def articles_add(request: HttpRequest) -> HttpResponse:
    """Upload files, paste a text or addresses; the work goes to Celery; the page then shows
    progress. A file refused in a batch is named with its reason; the others are queued."""
    if not request.user.has_perm("events.add_article"):
        raise PermissionDenied
    posted = request.method == "POST"
    form = ArticlesAddForm(request.POST, request.FILES) if posted else ArticlesAddForm()
    if posted and form.is_valid():
        data = form.cleaned_data
        if data["feeds"] and not request.user.has_perm("events.add_source"):
            raise PermissionDenied
        for _name, reason in form.rejected:
            messages.error(request, reason)
        article_ids = []
        for upload in data["files"]:
            result = submission.article_submit_file(name=upload.name, data=upload.read())
            article_ids.append(result.article.pk)
        if data["text"]:
            result = submission.article_submit_text(
                text=data["text"],
                url=data["text_url"],
                outlet=data["text_outlet"],
                published=data["text_published"],
            )
            article_ids.append(result.article.pk)
        for url in data["urls"]:
            result = submission.article_submit_url(url=url)
            article_ids.append(result.article.pk)
        feed_ids = [pipeline.feed_submit(feed_url=url).pk for url in data["feeds"]]
        query = f"ids={','.join(map(str, article_ids))}&feeds={','.join(map(str, feed_ids))}"
        return HttpResponseRedirect(f"{reverse('admin:events_article_submit')}?{query}")
    article_ids, feed_ids = _ids(request.GET.get("ids", "")), _ids(request.GET.get("feeds", ""))
    context = _context(
        request,
        title=_("Add articles"),
        opts=Article._meta,
        form=form,
        limit_text=input_limit_text(),
        status=articles_status_data(article_ids=article_ids, feed_ids=feed_ids),
        status_config={
            "url": f"{reverse('admin:events_article_status')}?"
            f"ids={','.join(map(str, article_ids))}&feeds={','.join(map(str, feed_ids))}",
        },
    )
    return TemplateResponse(request, "admin/events/article/add_articles.html", context)


def articles_status_data(*, article_ids: list[int], feed_ids: list[int]) -> dict[str, Any]:
    """What the add-articles page shows: each article's status and each feed's last poll."""
    articles = Article.objects.filter(pk__in=article_ids).prefetch_related("meetings")
    by_id = {a.pk: a for a in articles}
    rows = []
    for pk in dict.fromkeys(article_ids):
        article = by_id.get(pk)
        if article is None:
            continue
        rows.append(
            {
                "id": article.pk,
                "ref": article.source_ref,
                "title": article.title,
                "status": article.status,
                "label": article.get_status_display(),
                "error": catalogue.failure_text(article.error),
                "url": reverse("admin:events_article_change", args=[article.pk]),
                "meetings": [
                    {"label": str(m), "url": reverse("admin:events_meeting_change", args=[m.pk])}
                    for m in article.meetings.all()
                ],
            }
        )
    feeds = [
        {
            "id": feed.pk,
            "name": feed.name,
            "polled": feed.last_polled_at.isoformat() if feed.last_polled_at else "",
            "error": catalogue.failure_text(feed.last_error),
            "articles": feed.articles.count(),
            "url": reverse("admin:events_source_change", args=[feed.pk]),
        }
        for feed in Source.objects.filter(pk__in=feed_ids)
    ]
    finished = all(r["status"] in pipeline.FINISHED for r in rows) and all(
        f["polled"] for f in feeds
    )
    return {"articles": rows, "feeds": feeds, "finished": finished}


@require_GET
def articles_status(request: HttpRequest) -> JsonResponse:
    """Polled by static/admin_extra/add_articles.js: a quick read, no worker involved."""
    if not request.user.has_perm("events.view_article"):
        raise PermissionDenied
    data = articles_status_data(
        article_ids=_ids(request.GET.get("ids", "")), feed_ids=_ids(request.GET.get("feeds", ""))
    )
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


# ------------------------------------------------------------------------------------ history

HISTORY_TYPES = {
    "+": gettext_lazy("Created"),
    "~": gettext_lazy("Changed"),
    "-": gettext_lazy("Deleted"),
}
HISTORY_TEXT_CHARS = 240  # a summary's change is shown cut at a word, with "…"


class HistoryChanges(HistoricalRecordContextHelper):
    """simple_history's change list in the staff's language: field names as labelled on the
    form, choices as their labels, staff-owned fields by name, warnings as sentences, dates
    and numbers localized, nothing shown as a Python repr."""

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        return history_value(field, value)

    def stringify_delta_change_values(self, change, old, new):
        return conditional_escape(old), conditional_escape(new)


def history_value(field, value) -> str:
    """One stored value of a field as a person reads it."""
    if value is None or (isinstance(value, str | list | tuple | dict) and not value):
        return "—"
    if field.name == "warnings" and isinstance(value, list):
        return " · ".join(catalogue.warning_text(w) for w in value)
    if field.name == "staff_edited_fields" and isinstance(value, list | tuple):
        return ", ".join(_field_name(field.model, name) for name in value)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    return _scalar(value)


def _field_name(model, name: str) -> str:
    try:
        return str(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return str(name)


def _scalar(value) -> str:
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if isinstance(value, datetime.datetime):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "DATE_FORMAT")
    if isinstance(value, Decimal | int | float):
        return catalogue.number(value)
    if isinstance(value, GEOSGeometry):
        return f"{value.y:.4f}, {value.x:.4f}" if value.geom_type == "Point" else value.geom_type
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return Truncator(str(value)).chars(HISTORY_TEXT_CHARS)


def history_records_annotate(records) -> None:
    """What the history list shows beside the changes: the action and the reason, in words."""
    for record in records:
        record.jihat_action = HISTORY_TYPES.get(record.history_type, record.history_type)
        record.jihat_reason = catalogue.history_reason_text(record.history_change_reason)
