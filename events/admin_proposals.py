"""The review of proposals: what later reports would change on published meetings.

A proposal's change page is the review: each proposed fact beside the meeting's value now and
the words it came from, with a checkbox each, "Accept selected", "Accept all" and "Reject".
Decisions go through events/services/proposals.py, which needs the publish right; staff who may
see meetings may read proposals. The meeting's change page says how many proposals wait on it.

Imported by the last line of events/admin.py (the meeting admin is extended here, not there).
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from events.models import Meeting, MeetingProposal, ProposalStatus
from events.selectors.proposals import proposal_facts, proposal_pending_count
from events.services.proposals import proposal_accept, proposal_reject
from events.services.staff import can_publish


def fact_labels() -> dict[str, str]:
    """What each proposed fact is called on the review page, in the staff's language."""
    field = Meeting._meta.get_field
    return {
        **{
            name: str(field(name).verbose_name)
            for name in ("date", "city", "location", "kind", "programme", "title", "summary")
        },
        "official": _("official"),
        "role": _("role as written"),
        "figure": _("figure"),
        "source": _("source article"),
    }


@admin.register(MeetingProposal)
class MeetingProposalAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "fact_count", "created_at", "decided_by"]
    list_filter = ["status"]
    list_select_related = ["meeting", "meeting__region", "article", "decided_by"]
    search_fields = ["meeting__title__fold", "meeting__city__fold", "article__title__fold"]
    ordering = ["-status", "created_at", "id"]  # pending first

    # Proposals are made by ingestion and decided on their review page, never edited as rows.
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj=None) -> bool:
        return request.user.has_perm("events.view_meeting")

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self.has_view_permission(request)

    def lookup_allowed(self, lookup, value, request=None) -> bool:
        # The meeting page links to its own proposals (?meeting__id__exact=…).
        return lookup == "meeting__id__exact" or super().lookup_allowed(lookup, value, request)

    @admin.display(description=gettext_lazy("facts"))
    def fact_count(self, obj: MeetingProposal) -> int:
        return sum(1 for f in obj.facts or [] if f.get("kind") != "source")

    def change_view(self, request, object_id, form_url="", extra_context=None):
        return proposal_review(request, self, object_id)


def proposal_review(request: HttpRequest, model_admin: admin.ModelAdmin, object_id: str):
    """GET: the review page. POST: accept the ticked facts, all of them, or reject."""
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    if not str(object_id).isdigit():
        return redirect("admin:events_meetingproposal_changelist")
    proposal = get_object_or_404(
        MeetingProposal.objects.select_related("meeting", "meeting__region", "article"),
        pk=int(object_id),
    )
    if request.method == "POST":
        return _decide(request, proposal)
    labels = fact_labels()
    facts = [
        (fact, labels.get(fact.label, fact.label)) for fact in proposal_facts(proposal=proposal)
    ]
    context = {
        **admin.site.each_context(request),
        "title": _("Proposal: %(proposal)s") % {"proposal": proposal},
        "opts": MeetingProposal._meta,
        "proposal": proposal,
        "facts": facts,
        "pending": proposal.status == ProposalStatus.PENDING,
        "can_decide": can_publish(request.user),
    }
    return TemplateResponse(request, "admin/events/proposal/review.html", context)


def _decide(request: HttpRequest, proposal: MeetingProposal) -> HttpResponse:
    decision = request.POST.get("decision", "")
    try:
        if decision == "accept":
            keys = request.POST.getlist("fact")
            if not keys:
                messages.warning(request, _("Tick the facts to accept, or use “Accept all”."))
                return redirect("admin:events_meetingproposal_change", proposal.pk)
            proposal_accept(proposal=proposal, user=request.user, keys=keys)
        elif decision == "accept_all":
            proposal_accept(proposal=proposal, user=request.user)
        elif decision == "reject":
            proposal_reject(proposal=proposal, user=request.user)
        else:
            messages.error(request, _("Unknown decision."))
            return redirect("admin:events_meetingproposal_change", proposal.pk)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("admin:events_meetingproposal_change", proposal.pk)
    proposal.refresh_from_db()
    messages.success(
        request,
        _("%(proposal)s: %(status)s.")
        % {"proposal": proposal, "status": proposal.get_status_display()},
    )
    return redirect("admin:events_meetingproposal_change", proposal.pk)


# --------------------------------------------------------------- the meeting's change page


_MeetingAdmin = type(admin.site._registry[Meeting])


class MeetingWithProposalsAdmin(_MeetingAdmin):
    """The meeting admin of events/admin.py, saying on a meeting's page how many proposals
    wait on it, with a link to them."""

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "GET" and str(object_id).isdigit():
            count = proposal_pending_count(meeting_id=int(object_id))
            if count:
                url = reverse("admin:events_meetingproposal_changelist")
                text = ngettext("%(n)d pending proposal", "%(n)d pending proposals", count) % {
                    "n": count
                }
                messages.info(
                    request,
                    format_html(
                        "<a href='{}?meeting__id__exact={}&status__exact=pending'>{}</a>",
                        url,
                        int(object_id),
                        text,
                    ),
                )
        return super().change_view(request, object_id, form_url, extra_context)


admin.site.unregister(Meeting)
admin.site.register(Meeting, MeetingWithProposalsAdmin)
