"""Which stored meeting a report is about (meeting_find_match), on the rules the real press needs.

On ../shared/real/ the secretary of state chairs most meetings of a region, and many reports give
no date: "date unknown on one side and one official in common" merged distinct meetings (grouping
precision 0.854). A different city, or an undated report with only the touring official in common
and no known kind in common, is now a meeting of its own.
"""

from __future__ import annotations

import datetime
import re

import pytest

from events.services.meeting_store import meeting_find_match
from tests.factories import MeetingFactory, OfficialFactory, ParticipationFactory
from tests.shared_data import shared_path
from tests.test_commands import manage

pytestmark = pytest.mark.django_db

NOV_26 = datetime.date(2024, 11, 26)


@pytest.fixture
def minister():
    return OfficialFactory()


def _stored(regions, minister, *, date, city="Oujda", kind="other", more=()):
    meeting = MeetingFactory(region=regions["MA-02"], date=date, city=city, kind=kind)
    for official in (minister, *more):
        ParticipationFactory(meeting=meeting, official=official)
    return meeting


def _find(regions, officials, *, date, city="Oujda", kind="other"):
    meeting, _ = meeting_find_match(
        region=regions["MA-02"],
        date=date,
        kind=kind,
        official_ids={o.pk for o in officials},
        city=city,
    )
    return meeting


def test_the_same_day_in_one_region_is_one_meeting_whatever_the_city(regions, minister):
    stored = _stored(regions, minister, date=NOV_26, city="Oujda")
    assert _find(regions, [], date=NOV_26, city="Berkane") == stored


def test_within_the_window_an_official_in_common_joins_but_not_across_cities(regions, minister):
    stored = _stored(regions, minister, date=NOV_26)
    two_days_later = NOV_26 + datetime.timedelta(days=2)
    assert _find(regions, [minister], date=two_days_later) == stored
    assert _find(regions, [minister], date=two_days_later, city="") == stored
    assert _find(regions, [minister], date=two_days_later, city="Nador") is None


def test_undated_with_only_the_touring_official_in_common_is_a_meeting_of_its_own(
    regions, minister
):
    _stored(regions, minister, date=None, kind="other")
    assert _find(regions, [minister], date=None, kind="other") is None
    assert _find(regions, [minister], date=NOV_26, kind="other") is None


def test_undated_joins_on_the_same_known_kind_or_two_officials_in_common(regions, minister):
    governor = OfficialFactory()
    forum = _stored(regions, minister, date=None, kind="evaluation_forum", more=[governor])
    assert _find(regions, [minister], date=None, kind="evaluation_forum") == forum
    assert _find(regions, [minister, governor], date=None, kind="other") == forum
    assert _find(regions, [minister, governor], date=None, city="Nador") is None


def test_grouping_on_the_real_press_stays_above_its_floor():
    articles = shared_path("real", "articles")
    events = shared_path("real", "events.json")
    done = manage("eval_grouping", str(articles), str(events))
    assert done.returncode == 0, done.stderr
    f1 = float(re.search(r"F1 (\d\.\d+)", done.stdout).group(1))
    assert f1 >= 0.95, done.stdout
