"""The shared factories build valid rows that satisfy every database constraint."""

import pytest

from tests.factories import ExportFigureFactory, MeetingSourceFactory, ParticipationFactory

pytestmark = pytest.mark.django_db


def test_factories_build_a_complete_meeting(regions):
    figure = ExportFigureFactory(meeting__region=regions["MA-09"])
    meeting = figure.meeting
    ParticipationFactory(meeting=meeting)
    MeetingSourceFactory(meeting=meeting)
    assert meeting.city == "Agadir" and meeting.region.code == "MA-09"
    assert meeting.participations.count() == 1 and meeting.articles.count() == 1
    assert figure.region == meeting.region
