"""Rounds in the admin: rounds created and edited, the machine's proposals confirmed, changed
or refused (each through events/services/rounds.py), and a meeting's round on its own page.

Imported by the last line of events/admin.py, after MeetingAdmin is registered (found here in
the registry, so that this module does not import events.admin back).
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from events.models import Meeting, Round, RoundProposal
from events.services.rounds import (
    round_proposal_confirm,
    round_proposal_refuse,
    round_refresh,
    round_regions_default,
)
from events.services.staff import staff_edit_save


class RoundMeetingInline(admin.TabularInline):
    """The round's stops, read-only here: a meeting changes round on its own page."""

    model = Meeting
    fk_name = "round"
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["date", "region", "city", "kind", "stop_number", "status"]
    readonly_fields = fields
    ordering = ["date", "id"]

    def has_add_permission(self, request, obj=None) -> bool:
        return False


class ProposalInline(admin.TabularInline):
    model = RoundProposal
    fk_name = "round"
    extra = 0
    can_delete = False
    fields = ["meeting", "score", "reason", "decision"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Round)
class RoundAdmin(admin.ModelAdmin):
    list_display = ["__str__", "slug", "programme", "kind", "status", "start", "end", "stops"]
    list_filter = ["status", "programme", "kind", "is_proposal", "is_synthetic"]
    search_fields = ["name_ar__fold", "name_fr__fold", "name_en__fold", "slug"]
    prepopulated_fields = {"slug": ["name_fr"]}
    autocomplete_fields = ["lead_official"]
    filter_horizontal = ["regions"]
    inlines = [RoundMeetingInline, ProposalInline]
    fields = [
        "name_ar",
        "name_fr",
        "name_en",
        "slug",
        "programme",
        "kind",
        "lead_official",
        "start",
        "end",
        "status",
        "regions",
        "is_proposal",
        "origin",
        "staff_edited_fields",
        "is_synthetic",
    ]
    readonly_fields = ["origin", "staff_edited_fields", "is_synthetic"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_stops=Count("meetings", distinct=True))

    @admin.display(description=_("stops"), ordering="_stops")
    def stops(self, obj: Round) -> int:
        return obj._stops

    def save_model(self, request, obj, form, change):
        """What a person sets on a round is theirs: the machine no longer moves it."""
        staff_edit_save(instance=obj, changed_fields=form.changed_data, user=request.user)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        round_regions_default(round_=form.instance)  # none chosen: all 12
        round_refresh(round_=form.instance)


@admin.register(RoundProposal)
class RoundProposalAdmin(admin.ModelAdmin):
    """The review queue of proposals: confirm, or refuse; "change" = edit the round, then save."""

    list_display = ["meeting", "round", "score", "reason", "decision", "decided_at"]
    list_filter = ["decision", "round"]
    list_select_related = ["meeting", "meeting__region", "round"]
    search_fields = ["round__name_fr__fold", "meeting__title__fold", "meeting__city__fold"]
    autocomplete_fields = ["round"]
    fields = ["meeting", "round", "score", "reason", "decision", "decided_at"]
    readonly_fields = ["meeting", "score", "reason", "decision", "decided_at"]
    actions = ["confirm", "refuse"]

    def has_add_permission(self, request) -> bool:
        return False

    def save_model(self, request, obj, form, change):
        """Saving a proposal with another round confirms the meeting into that round."""
        stored = RoundProposal.objects.get(pk=obj.pk)
        round_proposal_confirm(proposal=stored, user=request.user, round_=obj.round)

    @admin.action(description=_("Confirm the proposed round"), permissions=["change"])
    def confirm(self, request, queryset):
        for proposal in queryset.select_related("meeting", "round"):
            round_proposal_confirm(proposal=proposal, user=request.user)
        self._report(request, queryset.count())

    @admin.action(description=_("Refuse the proposed round"), permissions=["change"])
    def refuse(self, request, queryset):
        for proposal in queryset.select_related("meeting", "round"):
            round_proposal_refuse(proposal=proposal, user=request.user)
        self._report(request, queryset.count())

    def _report(self, request, count: int) -> None:
        message = ngettext("%(n)d proposal decided.", "%(n)d proposals decided.", count)
        self.message_user(request, message % {"n": count}, messages.SUCCESS)


# The meeting's page shows its round (staff-owned once set) and the stop number as reported.
MeetingAdmin = type(admin.site._registry[Meeting])
MeetingAdmin.fieldsets = [
    *MeetingAdmin.fieldsets,
    (
        _("Round"),
        {"fields": ["round", "programme_key", "tour", "stop_number", "stop_last", "stop_evidence"]},
    ),
]
MeetingAdmin.autocomplete_fields = [*MeetingAdmin.autocomplete_fields, "round"]
MeetingAdmin.readonly_fields = [
    *MeetingAdmin.readonly_fields,
    "programme_key",
    "tour",
    "stop_evidence",
]
