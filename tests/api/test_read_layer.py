"""The read layer: one definition of public per entity, filters applied by selectors only."""

from __future__ import annotations

import pytest

from events.filters import InvalidFilters
from events.models import ExportFigure, Meeting, Official, Participation
from events.selectors.figures import figure_list
from events.selectors.meetings import meeting_list

pytestmark = pytest.mark.django_db


def test_public_rows_are_those_of_public_meetings(world):
    public = set(Meeting.objects.public().values_list("pk", flat=True))
    assert public == {m.pk for m in world.public}
    figures = ExportFigure.objects.public()
    assert figures.exists()
    assert set(figures.values_list("meeting_id", flat=True)) <= public
    assert not figures.filter(meeting__in=world.hidden).exists()
    participations = Participation.objects.public()
    assert set(participations.values_list("meeting_id", flat=True)) <= public
    assert participations.exists() and not participations.filter(meeting__in=world.hidden).exists()
    names = set(Official.objects.public().values_list("name_latin", flat=True))
    assert names == {"Mohamed Alami", "Fatima Bennani"}  # not the hidden one, not the duplicate


def test_figures_by_region_use_the_region_id_not_a_join(world):
    """FigureFilter's region method is wired: the (region, metric, year) index applies."""
    sql = str(figure_list(filters={"region": "MA-09"}).query)
    assert 'JOIN "regions_region"' not in sql and '"region_id" = (SELECT' in sql
    assert set(figure_list(filters={"region": "MA-09"}).values_list("region__code", flat=True)) == {
        "MA-09"
    }


def test_selectors_refuse_values_the_filters_do_not_clean(world):
    with pytest.raises(InvalidFilters) as caught:
        meeting_list(filters={"year": "abc"})
    assert list(caught.value.errors) == ["year"]


def test_region_page_and_api_list_the_same_meetings(client, world):
    ids = {
        m["id"]
        for m in client.get("/api/meetings/", {"region": "MA-09", "year": 2024}).json()["results"]
    }
    html = client.get("/en/regions/MA-09/", {"year": 2024}).content.decode()
    assert ids and all(f'id="meeting-{pk}"' in html for pk in ids)
    assert html.count('<li class="meeting ') == len(ids)
