"""Rounds: the stop number as reported, its conflicts, the machine's proposal, the staff's decision,
the kind that follows the round, new rounds from clusters, and the hook in ingestion."""

from __future__ import annotations

import datetime

import pytest

from events import extraction
from events.models import Meeting, Round, RoundProposal
from events.samples import ARTICLES_DIR
from events.services import rounds as svc
from events.services.documents import article_text_from_bytes
from events.services.meeting_store import meeting_apply_machine_facts, meeting_facts
from events.services.steps import article_store
from tests.factories import (
    ArticleFactory,
    MeetingFactory,
    MeetingSourceFactory,
    OfficialFactory,
    ParticipationFactory,
)

pytestmark = pytest.mark.django_db

D = datetime.date


def make_round(regions, **kw) -> Round:
    defaults = {
        "name_fr": "Caravane de l'export 2025",
        "slug": "caravane-2025",
        "programme": "export_caravan",
        "kind": Meeting.Kind.CARAVAN,
        "start": D(2025, 10, 1),
    }
    round_ = Round.objects.create(**{**defaults, **kw})
    svc.round_regions_default(round_=round_)
    return round_


def report(meeting: Meeting, **found) -> None:
    """Attach an article whose extraction says `found` of the meeting."""
    data = {"meeting": {"programme_key": None, "tour": False, "stop_number": None, **found}}
    MeetingSourceFactory(meeting=meeting, article=ArticleFactory(extraction=data))


def caravan_stop(regions, code: str, date: D, number: int | None, **kw) -> Meeting:
    meeting = MeetingFactory(region=regions[code], date=date, kind=Meeting.Kind.CARAVAN, **kw)
    report(
        meeting,
        programme_key="export_caravan",
        programme_basis="words",
        tour=True,
        stop_number=number,
        stop_confidence=0.9,
        stop_evidence={"text": f"{number}e étape", "start": 10, "end": 18},
    )
    return meeting


def codes(meeting: Meeting) -> list[str]:
    meeting.refresh_from_db()
    return [w["code"] for w in meeting.warnings]


def test_stop_number_stored_with_its_evidence(regions):
    meeting = caravan_stop(regions, "MA-01", D(2025, 10, 14), 2)
    signals = svc.meeting_round_signals_update(meeting=meeting)
    meeting.refresh_from_db()
    assert (meeting.stop_number, meeting.programme_key, meeting.tour) == (2, "export_caravan", True)
    assert meeting.stop_evidence["text"] == "2e étape"
    assert meeting.stop_evidence["article"] == meeting.sources.get().article_id
    assert signals.programme_words


def test_two_reports_numbering_the_stop_differently_warn(regions):
    """One outlet says sixth, another seventh, for the same Marrakech meeting."""
    meeting = caravan_stop(regions, "MA-07", D(2025, 11, 12), 6)
    report(meeting, stop_number=7, stop_confidence=0.8, tour=True)
    svc.meeting_round_signals_update(meeting=meeting)
    assert "stop_number_conflict" in codes(meeting)
    assert meeting.stop_number == 6  # the surer report's
    # a person sets the number: kept, whatever the reports say
    meeting.stop_number, meeting.staff_edited_fields = 7, ["stop_number"]
    meeting.save()
    svc.meeting_round_signals_update(meeting=meeting)
    meeting.refresh_from_db()
    assert meeting.stop_number == 7


def test_reported_number_against_date_order_warns(regions):
    round_ = make_round(regions)
    first = caravan_stop(regions, "MA-01", D(2025, 10, 14), 1)
    second = caravan_stop(regions, "MA-03", D(2025, 10, 16), 3)  # the press says 3rd; 2nd by date
    for m in (first, second):
        svc.meeting_round_signals_update(meeting=m)
        svc.round_proposal_confirm(proposal=svc.round_propose_for_meeting(meeting=m))
    assert "stop_order_conflict" in codes(second)
    assert "stop_order_conflict" not in codes(first)
    # the missing stop turns up: the 3rd is the 3rd, the warning goes
    missing = caravan_stop(regions, "MA-02", D(2025, 10, 15), None)
    svc.meeting_round_signals_update(meeting=missing)
    svc.round_proposal_confirm(proposal=svc.round_propose_for_meeting(meeting=missing))
    assert "stop_order_conflict" not in codes(second)
    round_.refresh_from_db()
    assert round_.start == D(2025, 10, 1) and round_.end == D(2025, 10, 16)
    svc.round_refresh(round_=round_, today=D(2025, 10, 20))
    assert round_.status == Round.Status.ONGOING
    svc.round_refresh(round_=round_, today=D(2026, 3, 1))  # nothing heard for months
    assert round_.status == Round.Status.DONE


def test_proposal_from_programme_dates_and_stop_then_confirm(regions):
    round_ = make_round(regions)
    meeting = caravan_stop(regions, "MA-01", D(2025, 10, 14), 1)
    svc.meeting_round_signals_update(meeting=meeting)
    proposal = svc.round_propose_for_meeting(meeting=meeting)
    assert proposal.round == round_ and proposal.decision == RoundProposal.Decision.PENDING
    assert "programme" in proposal.reason and "stop 1 in date order" in proposal.reason
    meeting.refresh_from_db()
    assert meeting.round is None  # a proposal, not a decision
    svc.round_proposal_confirm(proposal=proposal)
    meeting.refresh_from_db()
    assert meeting.round == round_ and meeting.is_staff_owned("round")
    proposal.refresh_from_db()
    assert proposal.decision == RoundProposal.Decision.CONFIRMED


def test_no_proposal_outside_the_dates_or_for_another_programme(regions):
    make_round(regions, end=D(2025, 12, 5))
    late = caravan_stop(regions, "MA-01", D(2026, 6, 1), None)
    other = MeetingFactory(region=regions["MA-02"], date=D(2025, 10, 20))
    report(other, programme_key="regions_export_lever", programme_basis="words", tour=True)
    for m in (late, other):
        svc.meeting_round_signals_update(meeting=m)
        assert svc.round_propose_for_meeting(meeting=m) is None


def test_refused_proposal_is_not_made_again(regions):
    make_round(regions)
    meeting = caravan_stop(regions, "MA-01", D(2025, 10, 14), 1)
    svc.meeting_round_signals_update(meeting=meeting)
    svc.round_proposal_refuse(proposal=svc.round_propose_for_meeting(meeting=meeting))
    assert svc.round_propose_for_meeting(meeting=meeting) is None
    meeting.refresh_from_db()
    assert meeting.round is None


def test_change_puts_the_meeting_into_another_round(regions):
    proposed = make_round(regions)
    chosen = make_round(regions, slug="autre", name_fr="Autre tournée", programme="")
    meeting = caravan_stop(regions, "MA-01", D(2025, 10, 14), 1)
    svc.meeting_round_signals_update(meeting=meeting)
    proposal = svc.round_propose_for_meeting(meeting=meeting)
    assert proposal.round == proposed
    svc.round_proposal_confirm(proposal=proposal, round_=chosen)
    meeting.refresh_from_db()
    assert meeting.round == chosen
    decisions = dict(meeting.round_proposals.values_list("round__slug", "decision"))
    assert decisions == {"caravane-2025": "refused", "autre": "confirmed"}


def test_machine_leaves_a_staff_round_alone(regions):
    make_round(regions)
    meeting = caravan_stop(regions, "MA-01", D(2025, 10, 14), 1)
    meeting.staff_edited_fields = ["round"]  # a person took it out of any round
    meeting.save()
    assert svc.round_propose_for_meeting(meeting=meeting) is None


def test_kind_follows_the_round(regions):
    """A presentation tour stays a presentation even when one outlet calls a stop "تشاوري"."""
    hejira = OfficialFactory(name_ar="عمر حجيرة", name_latin="Omar Hejira")
    round_ = make_round(
        regions,
        slug="presentation-2025",
        programme="programme_presentation",
        kind=Meeting.Kind.OTHER,
        start=D(2025, 7, 21),
        end=D(2025, 8, 30),
        lead_official=hejira,
    )
    meeting = MeetingFactory(
        region=regions["MA-02"], date=D(2025, 7, 22), kind=Meeting.Kind.CONSULTATION
    )
    ParticipationFactory(meeting=meeting, official=hejira)
    report(meeting, programme_key="roadmap_consultations", programme_basis="kind")
    svc.meeting_round_signals_update(meeting=meeting)
    proposal = svc.round_propose_for_meeting(meeting=meeting)
    assert proposal.round == round_ and "lead official" in proposal.reason
    svc.round_proposal_confirm(proposal=proposal)
    meeting.refresh_from_db()
    assert meeting.kind == Meeting.Kind.OTHER
    assert "kind_follows_round" in codes(meeting)
    assert not meeting.is_staff_owned("kind")
    # a later outlet's "لقاء تشاوري" does not turn it back into a consultation
    article = ArticleFactory(extraction={"meeting": {"kind": "consultation"}})
    facts = {**meeting_facts(article=article, data=article.extraction), "region": meeting.region}
    warnings = meeting_apply_machine_facts(meeting=meeting, facts=facts, article=article)
    assert meeting.kind == Meeting.Kind.OTHER
    assert any(w["field"] == "meeting.kind" for w in warnings)


def test_kind_a_person_set_stays(regions):
    round_ = make_round(regions, kind=Meeting.Kind.OTHER)
    meeting = caravan_stop(regions, "MA-01", D(2025, 10, 14), 1)
    meeting.staff_edited_fields = ["kind"]
    meeting.save()
    svc.meeting_round_set(meeting=meeting, round_=round_, user=None)
    meeting.refresh_from_db()
    assert meeting.kind == Meeting.Kind.CARAVAN


def test_cluster_without_a_round_becomes_a_proposed_round(regions):
    hejira = OfficialFactory(name_latin="Omar Hejira")
    stops = []
    for code, day in (("MA-09", 26), ("MA-08", 27), ("MA-03", 28)):
        m = MeetingFactory(region=regions[code], date=D(2024, 11, day))
        ParticipationFactory(meeting=m, official=hejira)
        report(m, programme_key="roadmap_consultations", programme_basis="kind")
        svc.meeting_round_signals_update(meeting=m)
        stops.append(m)
    lonely = MeetingFactory(region=regions["MA-04"], date=D(2025, 6, 1))
    report(lonely, programme_key="roadmap_consultations", programme_basis="kind")
    svc.meeting_round_signals_update(meeting=lonely)
    [new] = svc.rounds_propose_new(today=D(2024, 12, 1))
    assert new.is_proposal and new.programme == "roadmap_consultations"
    assert new.kind == Meeting.Kind.CONSULTATION and new.lead_official == hejira
    assert new.start == D(2024, 11, 26) and new.regions.count() == 12
    assert set(new.proposals.values_list("meeting_id", flat=True)) == {m.pk for m in stops}
    assert not Round.objects.public().filter(pk=new.pk).exists()
    assert svc.rounds_propose_new() == []  # the cluster has its proposals now
    svc.round_proposal_confirm(proposal=new.proposals.first())
    assert Round.objects.public().filter(pk=new.pk).exists()


def test_ingestion_proposes_the_round_of_a_new_meeting(regions):
    """article_store (the worker's last step) keeps the stop number and proposes the round."""
    round_ = make_round(regions)
    page = (ARTICLES_DIR / "05_taza_caravane_etape2_fr.html").read_bytes()
    text = article_text_from_bytes(page, url=None, content_type="text/html", declared_charset=None)
    data = extraction.extract(text.text, published=text.published, title=text.title).to_dict()
    article = ArticleFactory(
        text=text.text, title=text.title, extraction=data, status="processing", language="fr"
    )
    outcome = article_store(article_id=article.pk, publish=True)
    meeting = outcome.meeting
    meeting.refresh_from_db()
    assert (meeting.stop_number, meeting.programme_key) == (2, "export_caravan")
    assert meeting.stop_evidence["text"] == "2e étape"
    assert meeting.round_proposals.get().round == round_


def test_admin_confirms_and_changes_proposals(regions, admin_client):
    """The proposals' admin: its list, the confirm action, and a save with another round."""
    proposed = make_round(regions)
    other = make_round(regions, slug="autre", name_fr="Autre tournée", programme="")
    first = caravan_stop(regions, "MA-01", D(2025, 10, 14), 1)
    second = caravan_stop(regions, "MA-03", D(2025, 10, 16), 2)
    proposals = []
    for m in (first, second):
        svc.meeting_round_signals_update(meeting=m)
        proposals.append(svc.round_propose_for_meeting(meeting=m))
    assert admin_client.get("/admin/events/roundproposal/").status_code == 200
    assert admin_client.get(f"/admin/events/round/{proposed.pk}/change/").status_code == 200
    assert admin_client.get(f"/admin/events/meeting/{first.pk}/change/").status_code == 200
    response = admin_client.post(
        "/admin/events/roundproposal/",
        {"action": "confirm", "_selected_action": [proposals[0].pk]},
    )
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.round == proposed and first.is_staff_owned("round")
    url = f"/admin/events/roundproposal/{proposals[1].pk}/change/"
    assert admin_client.post(url, {"round": other.pk}).status_code == 302
    second.refresh_from_db()
    assert second.round == other
