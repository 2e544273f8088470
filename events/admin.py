"""Staff admin: enter, correct, review and merge. Declarative; every write goes through a service.

- Saves call `events.services.staff.staff_edit_save`, which marks what a person set as
  staff-owned so ingestion never overwrites it.
- Review decisions and merges are actions backed by `events.publish_meeting` /
  `events.merge_meeting` / `events.merge_official` (see migration events/0002_staff_groups).
- Search is accent- and Arabic-letter-variant-blind through the `fold` lookup (events/search.py):
  staff search and public search fold the same way.
- Custom pages (review queue, merge confirmation, "add articles") are in events/admin_views.py.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Exists, OuterRef, URLField
from django.http import Http404, HttpRequest
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from leaflet.admin import LeafletGeoAdminMixin
from simple_history.admin import SimpleHistoryAdmin

from events import admin_views
from events import messages as catalogue
from events.models import (
    Article,
    ExportFigure,
    Meeting,
    MeetingSource,
    MeetingStatus,
    Official,
    OfficialAlias,
    Participation,
    Source,
    StaffEditable,
)
from events.search import FOLD_DROP as FOLD_DROP_CHARACTERS
from events.search import FOLD_PAIRS
from events.selectors.dashboard import CONFLICTS, conflict_q
from events.services.fetching import web_address_problem
from events.services.staff import (
    PERM_MERGE_OFFICIAL,
    alias_staff_save,
    can_merge_meetings,
    can_publish,
    meeting_attach_files,
    meeting_bulk_set_status,
    meeting_status_check,
    review_fields_keep,
    staff_edit_save,
)

# ------------------------------------------------------------------------------ folded search
# `field__fold=term` (search_fields such as "title__fold") is registered by events/search.py on
# every text field: the stored text folded by `jihat_fold`, the term by fold_search, the same
# fold as public search. The tables it is generated from, for readers and tests:
FOLD_MAP = dict(FOLD_PAIRS)
FOLD_DROP = FOLD_DROP_CHARACTERS


# ----------------------------------------------------------------------------------- filters


class YearFilter(admin.SimpleListFilter):
    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = model_admin.get_queryset(request).dates("date", "year", order="DESC")
        return [(str(d.year), str(d.year)) for d in years]

    def queryset(self, request, queryset):
        return queryset.filter(date__year=self.value()) if self.value() else queryset


class HasWarningsFilter(admin.SimpleListFilter):
    title = _("warnings")
    parameter_name = "has_warnings"

    def lookups(self, request, model_admin):
        return [("yes", _("with warnings")), ("no", _("without warnings"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(warnings=[])
        if self.value() == "no":
            return queryset.filter(warnings=[])
        return queryset


class OutletFilter(admin.SimpleListFilter):
    title = _("source outlet")
    parameter_name = "outlet"

    def lookups(self, request, model_admin):
        outlets = (
            MeetingSource.objects.exclude(article__outlet="")
            .values_list("article__outlet", flat=True)
            .distinct()
            .order_by("article__outlet")
        )
        return [(o, o) for o in outlets]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        reported = MeetingSource.objects.filter(
            meeting=OuterRef("pk"), article__outlet=self.value()
        )
        return queryset.filter(Exists(reported))


class FailureReasonFilter(admin.SimpleListFilter):
    """Failed articles by reason: the catalogue's patterns, run in SQL (events/messages.py)."""

    title = _("failure reason")
    parameter_name = "reason"

    def lookups(self, request, model_admin):
        choices = [(f.code, f.label) for f in catalogue.FAILURES]
        return [*choices, (catalogue.FAILURE_OTHER, _("other reason"))]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        return queryset.filter(catalogue.failure_q(self.value()))


class ConflictFilter(admin.SimpleListFilter):
    """Meetings whose later reports disagree on a field (the start page's counts)."""

    title = _("conflicting reports")
    parameter_name = "conflict"

    def lookups(self, request, model_admin):
        return [("date", _("date")), ("city", _("city")), ("region", _("region"))]

    def queryset(self, request, queryset):
        if self.value() in CONFLICTS:
            return queryset.filter(conflict_q(self.value()))
        return queryset


class LastPollFilter(admin.SimpleListFilter):
    title = _("last poll")
    parameter_name = "last_poll"

    def lookups(self, request, model_admin):
        return [("failed", _("failed")), ("ok", _("succeeded")), ("never", _("never polled"))]

    def queryset(self, request, queryset):
        if self.value() == "failed":
            return queryset.exclude(last_error="")
        if self.value() == "ok":
            return queryset.filter(last_error="", last_polled_at__isnull=False)
        if self.value() == "never":
            return queryset.filter(last_polled_at__isnull=True)
        return queryset


class MergedFilter(admin.SimpleListFilter):
    title = _("merged")
    parameter_name = "merged"

    def lookups(self, request, model_admin):
        return [("no", _("not merged")), ("yes", _("merged into another"))]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(merged_into__isnull=self.value() == "no")
        return queryset


# ------------------------------------------------------------------------------------ mixins


class StaffEditAdminMixin:
    """Saves of the row and of its inlines go through the staff-edit service."""

    object_history_template = "admin/events/history/object_history.html"
    object_history_list_template = "admin/events/history/object_history_list.html"
    object_history_form_template = "admin/events/history/object_history_form.html"

    def get_historical_record_context_helper(self, request, historical_record):
        return admin_views.HistoryChanges(self.model, historical_record)

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        super().set_history_delta_changes(request, historical_records, foreign_keys_are_objs)
        admin_views.history_records_annotate(historical_records)

    def _history_ids_or_404(self, object_id: str, version_id: str | None = None) -> None:
        # django-simple-history hands the raw path segment to the ORM: /history/abc/ was a
        # ValueError (a 500). An id that cannot be one is a 404, as on Django's own pages.
        try:
            self.model._meta.pk.to_python(unquote(object_id))
            if version_id is not None:
                history = getattr(self.model, self.model._meta.simple_history_manager_attribute)
                history.model._meta.pk.to_python(version_id)
        except ValidationError as error:
            raise Http404 from error

    def history_view(self, request, object_id, extra_context=None):
        self._history_ids_or_404(object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self._history_ids_or_404(object_id, version_id)
        # django-simple-history shows a view-only user the old version without a Revert button
        # but would still save a POST to it: a revert is a change and needs the change right.
        if request.method == "POST":
            obj = self.get_object(request, unquote(object_id))
            if not self.has_change_permission(request, obj):
                raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        # A revert builds the row from an old version, old decisions included: those stay.
        kept = review_fields_keep(instance=obj, user=request.user)
        if kept:
            fields = ", ".join(str(obj._meta.get_field(name).verbose_name) for name in kept)
            self.message_user(
                request,
                _(
                    "Kept as they are: %(fields)s. Only a reviewer changes the review status; "
                    "merges are made and undone with the Merge actions."
                )
                % {"fields": fields},
                messages.WARNING,
            )
        staff_edit_save(instance=obj, changed_fields=form.changed_data, user=request.user)

    def save_formset(self, request, form, formset, change):
        rows = formset.save(commit=False)
        for obj in formset.deleted_objects:
            obj.delete()
        changed = {id(f.instance): f.changed_data for f in formset.forms}
        for obj in rows:
            if isinstance(obj, StaffEditable):
                fields = changed.get(id(obj), [])
                staff_edit_save(instance=obj, changed_fields=fields, user=request.user)
            elif isinstance(obj, OfficialAlias):
                alias_staff_save(alias=obj)
            else:
                obj.save()
        formset.save_m2m()


def evidence_html(row) -> str:
    """The quoted words a fact came from, or a dash when a person entered it."""
    if not row or not row.evidence_text:
        return "—"
    return format_html("<q class='evidence' dir='auto'>{}</q>", row.evidence_text)


# ----------------------------------------------------------------------------------- inlines


class ParticipationInline(admin.TabularInline):
    model = Participation
    fk_name = "meeting"
    extra = 0
    autocomplete_fields = ["official"]
    fields = ["official", "role", "role_code", "name_as_written", "evidence", "origin"]
    readonly_fields = ["name_as_written", "evidence", "origin"]

    @admin.display(description=_("evidence"))
    def evidence(self, obj):
        return evidence_html(obj)


class ExportFigureInline(admin.StackedInline):
    model = ExportFigure
    fk_name = "meeting"
    extra = 0
    fields = [
        "amount_mad",
        "metric",
        "scope",
        "approximate",
        "year",
        "period",
        "region",
        "text",
        "evidence",
        "origin",
    ]
    readonly_fields = ["evidence", "origin"]

    @admin.display(description=_("evidence"))
    def evidence(self, obj):
        return evidence_html(obj)


class MeetingSourceInline(admin.TabularInline):
    model = MeetingSource
    extra = 0
    autocomplete_fields = ["article"]
    fields = ["article", "outlet", "reason", "evidence_fields"]
    readonly_fields = ["outlet", "reason", "evidence_fields"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "article":
            field.label = _("article")  # the model field has no verbose name of its own
        return field

    @admin.display(description=_("match reason"))
    def reason(self, obj):
        return catalogue.match_reason_text(obj.match_reason) if obj and obj.pk else "—"

    @admin.display(description=_("outlet"))
    def outlet(self, obj):
        return obj.article.outlet if obj and obj.article_id else "—"

    @admin.display(description=_("evidence for"))
    def evidence_fields(self, obj):
        return ", ".join(sorted(obj.evidence)) if obj and obj.evidence else "—"


class OfficialAliasInline(admin.TabularInline):
    model = OfficialAlias
    extra = 0
    fields = ["alias", "normalized", "origin"]
    readonly_fields = ["origin"]


# ----------------------------------------------------------------------------------- meetings


class MeetingAdminForm(forms.ModelForm):
    source_files = admin_views.MultipleFileField(
        label=_("Upload source articles"),
        required=False,
        help_text=format_lazy(
            "{} {}",
            _("Text or HTML files: extracted in the background and attached here."),
            admin_views.upload_limit_text(),
        ),
    )

    class Meta:
        model = Meeting
        fields = "__all__"  # noqa: DJ007 -- the admin's fieldsets choose what is shown

    def clean_source_files(self):
        return admin_views.check_uploads(self.cleaned_data["source_files"])

    def clean(self):
        """A status the meeting cannot take (published while merged) is a form error, not a 500.
        Judged on the stored row: a revert's old version may not know of a later merge."""
        data = super().clean()
        status = data.get("status")
        stored = Meeting.objects.filter(pk=self.instance.pk).first() if self.instance.pk else None
        if status and stored is not None and status != stored.status:
            try:
                meeting_status_check(meeting=stored, status=status)
            except ValidationError as error:
                self.add_error("status", error)
        return data


@admin.register(Meeting)
class MeetingAdmin(StaffEditAdminMixin, LeafletGeoAdminMixin, SimpleHistoryAdmin):
    form = MeetingAdminForm
    # Fits 1366 px beside the filters: provenance and merges are filters and form fields.
    list_display = [
        "date",
        "title_or_id",
        "region_name",
        "city",
        "kind",
        "status",
        "warning_count",
        "source_count",
    ]
    list_display_links = ["date", "title_or_id"]
    list_filter = [
        "status",
        "region",
        YearFilter,
        "kind",
        HasWarningsFilter,
        ConflictFilter,
        OutletFilter,
        "origin",
        "date_certain",
        MergedFilter,
    ]
    list_select_related = ["region", "merged_into"]
    search_fields = [
        "title__fold",
        "city__fold",
        "summary__fold",
        "programme__fold",
        "participations__official__name_ar__fold",
        "participations__official__name_latin__fold",
        "participations__official__aliases__alias__fold",
        "articles__title__fold",
        "articles__outlet__fold",
    ]
    search_help_text = _("Arabic or French; accents and letter variants (أ/ا, ة/ه, é/e) ignored.")
    date_hierarchy = "date"
    autocomplete_fields = ["region"]
    inlines = [ParticipationInline, ExportFigureInline, MeetingSourceInline]
    actions = ["publish", "reject", "mark_for_review", "merge", "unmerge"]
    fieldsets = [
        (None, {"fields": ["title", "kind", "status", "programme", "summary"]}),
        (_("When"), {"fields": ["date", "date_precision", "date_certain"]}),
        (_("Where"), {"fields": ["region", "city", "location"]}),
        (_("Review"), {"fields": ["warning_list", "merged_into", "review_link"]}),
        (_("Source articles"), {"fields": ["source_files"]}),
        (
            _("Provenance"),
            {
                "classes": ["collapse"],
                "fields": [
                    "origin",
                    "staff_edited_fields",
                    "confidence",
                    "created_at",
                    "updated_at",
                    "is_synthetic",
                ],
            },
        ),
    ]
    readonly_fields = [
        "warning_list",
        "merged_into",
        "review_link",
        "origin",
        "staff_edited_fields",
        "confidence",
        "created_at",
        "updated_at",
        "is_synthetic",
    ]

    class Media:
        css = {"all": ["admin_extra/admin.css"]}
        js = ["admin_extra/regions_overlay.js"]

    def get_queryset(self, request):
        sources = Count("sources", distinct=True)
        return (
            super()
            .get_queryset(request)
            .annotate(_sources=sources)
            .order_by(*Meeting._meta.ordering)
        )

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            fields.append("status")  # editors correct facts; reviewers decide what is public
        return fields

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if request.user.has_perm("events.add_article"):
            return fieldsets
        return [fs for fs in fieldsets if "source_files" not in fs[1]["fields"]]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        uploads = [(f.name, f.read()) for f in form.cleaned_data.get("source_files") or []]
        if uploads:
            articles = meeting_attach_files(meeting=form.instance, files=uploads, user=request.user)
            admin_views.report_uploads(request, articles)

    def has_publish_permission(self, request: HttpRequest) -> bool:
        return can_publish(request.user)

    def has_merge_permission(self, request: HttpRequest) -> bool:
        return can_merge_meetings(request.user)

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("review/", view(admin_views.review_queue), name="events_meeting_review"),
            path(
                "<int:pk>/review/",
                view(admin_views.review_meeting),
                name="events_meeting_review_one",
            ),
            path("<int:pk>/decide/", view(admin_views.review_decide), name="events_meeting_decide"),
            path("merge/", view(admin_views.meeting_merge_confirm), name="events_meeting_merge"),
            *super().get_urls(),
        ]

    @admin.display(description=_("title"), ordering="title")
    def title_or_id(self, obj):
        return obj.title or f"#{obj.pk}"

    @admin.display(description=_("region"), ordering="region__code")
    def region_name(self, obj):
        return obj.region.name if obj.region_id else "—"

    @admin.display(description=_("warnings"))
    def warning_count(self, obj):
        return len(obj.warnings or []) or ""

    @admin.display(description=_("sources"), ordering="_sources")
    def source_count(self, obj):
        return obj._sources

    @admin.display(description=_("warnings"))
    def warning_list(self, obj):
        if not obj or not obj.warnings:
            return "—"
        return format_html(
            "<ul class='warnings'>{}</ul>",
            format_html_join(
                "",
                "<li><strong class='warning-code'>{}</strong> {}</li>",
                (
                    (
                        catalogue.warning_code_label(str(w.get("code") or "")),
                        catalogue.warning_text(w),
                    )
                    for w in obj.warnings
                    if isinstance(w, dict)
                ),
            ),
        )

    @admin.display(description=_("evidence"))
    def review_link(self, obj):
        if not obj or not obj.pk:
            return "—"
        url = reverse("admin:events_meeting_review_one", args=[obj.pk])
        return format_html("<a href='{}'>{}</a>", url, _("Facts next to their evidence"))

    @admin.action(description=_("Publish selected meetings"), permissions=["publish"])
    def publish(self, request, queryset):
        self._set_status(request, queryset, MeetingStatus.PUBLISHED)

    @admin.action(description=_("Reject selected meetings"), permissions=["publish"])
    def reject(self, request, queryset):
        self._set_status(request, queryset, MeetingStatus.REJECTED)

    @admin.action(description=_("Send selected meetings back for review"), permissions=["publish"])
    def mark_for_review(self, request, queryset):
        self._set_status(request, queryset, MeetingStatus.NEEDS_REVIEW)

    def _set_status(self, request, queryset, status: str) -> None:
        self._report(
            request, meeting_bulk_set_status(meetings=queryset, status=status, user=request.user)
        )

    @admin.action(description=_("Merge two selected meetings…"), permissions=["merge"])
    def merge(self, request, queryset):
        return admin_views.merge_redirect(request, "admin:events_meeting_merge", queryset)

    @admin.action(description=_("Undo the merge of selected meetings"), permissions=["merge"])
    def unmerge(self, request, queryset):
        admin_views.unmerge_each(request, queryset, kind="meeting")

    def _report(self, request, count: int) -> None:
        self.message_user(request, _("%(n)d meeting(s) changed.") % {"n": count}, messages.SUCCESS)


# ---------------------------------------------------------------------------------- officials


@admin.register(Official)
class OfficialAdmin(StaffEditAdminMixin, SimpleHistoryAdmin):
    list_display = [
        "__str__",
        "name_ar",
        "name_latin",
        "needs_review",
        "participation_count",
        "origin",
        "merged_into",
    ]
    list_filter = ["needs_review", "origin", MergedFilter]
    search_fields = ["name_ar__fold", "name_latin__fold", "aliases__alias__fold"]
    search_help_text = MeetingAdmin.search_help_text
    inlines = [OfficialAliasInline]
    fields = [
        "name_ar",
        "name_latin",
        "needs_review",
        "merged_into",
        "merged_officials_list",
        "origin",
        "staff_edited_fields",
        "is_synthetic",
    ]
    readonly_fields = [
        "merged_into",
        "merged_officials_list",
        "origin",
        "staff_edited_fields",
        "is_synthetic",
    ]
    actions = ["merge", "unmerge"]

    def get_queryset(self, request):
        # Explicit order: with GROUP BY the model's default ordering is not applied.
        parts = Count("participations")
        return (
            super().get_queryset(request).annotate(_parts=parts).order_by(*Official._meta.ordering)
        )

    def has_merge_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm(PERM_MERGE_OFFICIAL)

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("merge/", view(admin_views.official_merge_confirm), name="events_official_merge"),
            *super().get_urls(),
        ]

    def get_search_results(self, request, queryset, search_term):
        # The autocomplete of a participation's official offers only people not merged away.
        queryset, dupes = super().get_search_results(request, queryset, search_term)
        if request.path.endswith("/autocomplete/"):
            queryset = queryset.filter(merged_into__isnull=True)
        return queryset, dupes

    @admin.display(description=_("meetings"), ordering="_parts")
    def participation_count(self, obj):
        return obj._parts

    @admin.display(description=_("merged into this one"))
    def merged_officials_list(self, obj):
        merged = list(obj.merged_officials.all()) if obj and obj.pk else []
        return ", ".join(str(o) for o in merged) or "—"

    @admin.action(description=_("Merge two selected officials…"), permissions=["merge"])
    def merge(self, request, queryset):
        return admin_views.merge_redirect(request, "admin:events_official_merge", queryset)

    @admin.action(description=_("Undo the merge of selected officials"), permissions=["merge"])
    def unmerge(self, request, queryset):
        admin_views.unmerge_each(request, queryset, kind="official")


# ------------------------------------------------------------------------ participants, figures


@admin.register(Participation)
class ParticipationAdmin(StaffEditAdminMixin, SimpleHistoryAdmin):
    list_display = ["official", "meeting", "role_code", "role", "origin"]
    list_filter = ["role_code", "origin", "meeting__region"]
    list_select_related = ["official", "meeting", "meeting__region"]
    search_fields = [
        "official__name_ar__fold",
        "official__name_latin__fold",
        "role__fold",
        "name_as_written__fold",
        "meeting__title__fold",
    ]
    autocomplete_fields = ["official", "meeting", "article"]
    readonly_fields = [
        "name_as_written",
        "matched_alias",
        "evidence_text",
        "evidence_start",
        "evidence_end",
        "origin",
        "staff_edited_fields",
        "confidence",
    ]


@admin.register(ExportFigure)
class ExportFigureAdmin(StaffEditAdminMixin, SimpleHistoryAdmin):
    list_display = ["__str__", "region", "metric", "scope", "year", "approximate", "origin"]
    list_filter = ["metric", "scope", "region", "year", "approximate", "origin"]
    list_select_related = ["region"]
    search_fields = ["text__fold", "period__fold", "meeting__title__fold"]
    autocomplete_fields = ["meeting", "region", "article"]
    readonly_fields = [
        "evidence_text",
        "evidence_start",
        "evidence_end",
        "origin",
        "staff_edited_fields",
        "confidence",
        "is_synthetic",
    ]


# -------------------------------------------------------------------------- articles and feeds


# Addresses typed without a scheme are https (Django 6's default, without its warning).
URL_FORM_FIELDS = {URLField: {"assume_scheme": "https"}}


class SourceAdminForm(forms.ModelForm):
    """The admin adds Meta (model and fields) when it builds the form."""

    def clean_feed_url(self):
        """Django's URLField also takes ftp://; a feed is fetched over http(s) only."""
        url = self.cleaned_data["feed_url"]
        problem = web_address_problem(url)
        if problem:
            raise ValidationError(problem)
        return url


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    form = SourceAdminForm
    formfield_overrides = URL_FORM_FIELDS
    list_display = ["name", "feed_url", "language", "active", "last_polled_at", "last_error_text"]
    list_filter = ["active", "language", LastPollFilter]
    search_fields = ["name__fold", "feed_url"]
    readonly_fields = ["etag", "modified", "last_polled_at", "last_error_text"]
    exclude = ["last_error"]

    @admin.display(description=_("last error"))
    def last_error_text(self, obj):
        return catalogue.failure_text(obj.last_error) if obj and obj.last_error else "—"


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    formfield_overrides = URL_FORM_FIELDS
    list_display = ["__str__", "outlet", "language", "published", "status", "reason", "attempts"]
    list_filter = ["status", FailureReasonFilter, "language", "outlet", "feed"]
    search_fields = ["title__fold", "text__fold", "url", "source_ref__fold", "outlet__fold"]
    date_hierarchy = "published"
    readonly_fields = [
        "url",
        "source_ref",
        "feed",
        "content_hash",
        "status",
        "reason",
        "attempts",
        "last_attempt_at",
        "retrieved_at",
        "duplicate_of",
        "extraction",
        "extractor",
        "is_synthetic",
        "created_at",
        "meeting_links",
    ]

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("add-articles/", view(admin_views.articles_add), name="events_article_submit"),
            path(
                "add-articles/status/",
                view(admin_views.articles_status),
                name="events_article_status",
            ),
            *super().get_urls(),
        ]

    def get_exclude(self, request, obj=None):
        # Shown in the staff's language by `reason` and `extractor` (no verbose name of its own).
        return ["error", "extractor_version"]

    @admin.display(description=_("extractor version"))
    def extractor(self, obj):
        return (obj.extractor_version if obj else "") or "—"

    @admin.display(description=_("error"))
    def reason(self, obj):
        return catalogue.failure_text(obj.error) if obj and obj.error else "—"

    def add_view(self, request, form_url="", extra_context=None):
        # Articles come in through ingestion (fetch, extract, store), never as a bare row.
        return redirect("admin:events_article_submit")

    @admin.display(description=_("meetings"))
    def meeting_links(self, obj):
        return (
            format_html_join(
                ", ",
                "<a href='{}'>{}</a>",
                (
                    (reverse("admin:events_meeting_change", args=[m.pk]), m)
                    for m in obj.meetings.all()
                ),
            )
            or "—"
        )


admin.site.site_header = _("jihat — staff")
admin.site.site_title = _("jihat staff")
admin.site.index_title = _("Meetings, officials and figures")
admin.site.index_template = "admin/jihat_index.html"  # the day's counts first
# The apps sidebar took 300 px of a 1366 px screen beside the list filters; the home page and
# the breadcrumbs lead to every list.
admin.site.enable_nav_sidebar = False
# Registered from their own modules: proposals on published meetings, rounds and theirs.
from events import admin_proposals, admin_rounds  # noqa: E402, F401
