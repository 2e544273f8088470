"""Staff admin: every model registered; evidence and machine fields are read-only."""

from django.contrib import admin
from leaflet.admin import LeafletGeoAdmin
from simple_history.admin import SimpleHistoryAdmin

from events.models import (
    Article,
    ExportFigure,
    Meeting,
    MeetingSource,
    Official,
    OfficialAlias,
    Participation,
    Source,
)


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "feed_url", "language", "active", "last_polled_at"]
    list_filter = ["active", "language"]
    search_fields = ["name", "feed_url"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "language", "published", "status", "attempts"]
    list_filter = ["status", "language", "outlet"]
    search_fields = ["title", "url", "source_ref", "outlet"]
    readonly_fields = ["content_hash", "extraction", "extractor_version", "attempts", "created_at"]


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 0
    autocomplete_fields = ["official"]
    fields = ["official", "role", "role_code", "evidence_text"]


class ExportFigureInline(admin.TabularInline):
    model = ExportFigure
    extra = 0
    fields = ["amount_mad", "metric", "scope", "approximate", "year", "text"]


class MeetingSourceInline(admin.TabularInline):
    model = MeetingSource
    extra = 0
    raw_id_fields = ["article"]
    readonly_fields = ["evidence", "match_reason"]


@admin.register(Meeting)
class MeetingAdmin(LeafletGeoAdmin, SimpleHistoryAdmin):
    list_display = ["__str__", "region", "kind", "status", "date_certain"]
    list_filter = ["status", "kind", "region"]
    search_fields = ["title", "city", "summary"]
    date_hierarchy = "date"
    inlines = [ParticipationInline, ExportFigureInline, MeetingSourceInline]
    readonly_fields = ["warnings", "confidence", "origin", "staff_edited_fields"]


class OfficialAliasInline(admin.TabularInline):
    model = OfficialAlias
    extra = 0


@admin.register(Official)
class OfficialAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "needs_review"]
    list_filter = ["needs_review"]
    search_fields = ["name_ar", "name_latin", "aliases__alias"]
    inlines = [OfficialAliasInline]


@admin.register(ExportFigure)
class ExportFigureAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "region", "metric", "scope", "year", "approximate"]
    list_filter = ["metric", "scope", "region"]
    search_fields = ["text"]


@admin.register(Participation)
class ParticipationAdmin(SimpleHistoryAdmin):
    list_display = ["official", "meeting", "role_code"]
    list_filter = ["role_code"]
    autocomplete_fields = ["official"]
