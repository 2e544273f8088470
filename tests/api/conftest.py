"""API test data: a small, varied world of public and hidden meetings, built with the factories."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.core.cache import cache

from events.models import Meeting
from regions.selectors import region_shapes_clear
from tests.factories import (
    ArticleFactory,
    ExportFigureFactory,
    MeetingFactory,
    MeetingSourceFactory,
    OfficialFactory,
    ParticipationFactory,
)


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Throttle counters live in the cache; region geometry in a per-process memo."""
    cache.clear()
    region_shapes_clear()
    yield
    cache.clear()
    region_shapes_clear()


class World:
    """What `world` made, for assertions."""

    def __init__(self):
        self.public: list[Meeting] = []
        self.hidden: list[Meeting] = []


@pytest.fixture
def world(regions) -> World:
    """Public meetings over 3 regions, 3 years and several kinds, plus every kind of hidden one."""
    w = World()
    alami = OfficialFactory(name_ar="محمد العلمي", name_latin="Mohamed Alami")
    bennani = OfficialFactory(name_ar="فاطمة بناني", name_latin="Fatima Bennani")
    duplicate = OfficialFactory(name_ar="محمد العلمى", name_latin="M. Alami", merged_into=alami)
    kind = Meeting.Kind
    plan = [
        ("MA-09", datetime.date(2024, 11, 26), kind.CONSULTATION, "لقاء تشاوري حول الإستثمار"),
        ("MA-09", datetime.date(2024, 3, 2), Meeting.Kind.CARAVAN, "Caravane de l'export à Agadir"),
        ("MA-09", datetime.date(2023, 6, 10), Meeting.Kind.EVALUATION_FORUM, "Forum d'évaluation"),
        ("MA-06", datetime.date(2024, 11, 26), Meeting.Kind.CONSULTATION, "Rencontre à Casablanca"),
        ("MA-06", datetime.date(2022, 1, 15), Meeting.Kind.CHAMBER_MEETING, "اجتماع الغرفة"),
        ("MA-01", datetime.date(2024, 5, 5), Meeting.Kind.OTHER, "Exportateurs de Tanger"),
        ("MA-01", None, Meeting.Kind.CONSULTATION, "Consultation sans date"),
    ]
    for i, (code, date, kind, title) in enumerate(plan):
        m = MeetingFactory(region=regions[code], date=date, kind=kind, title=title)
        w.public.append(m)
        for k in range(i % 3 + 1):
            MeetingSourceFactory(meeting=m, article=ArticleFactory(outlet=f"outlet {k}"))
        ParticipationFactory(meeting=m, official=alami if i % 2 == 0 else bennani)
        if i == 3:
            ParticipationFactory(meeting=m, official=duplicate, role="")
    # Public meetings at the same date, to exercise ties in the keyset order.
    for _ in range(4):
        w.public.append(MeetingFactory(region=regions["MA-09"], date=datetime.date(2024, 11, 26)))
    ExportFigureFactory(meeting=w.public[0], year=2024, amount_mad=Decimal("5000000000"))
    ExportFigureFactory(meeting=w.public[2], year=2023, amount_mad=Decimal("4500000000"))
    ExportFigureFactory(
        meeting=w.public[3], year=2023, amount_mad=Decimal("120000000000"), approximate=False
    )
    ExportFigureFactory(
        meeting=w.public[3],
        metric="investment",
        amount_mad=Decimal("1000000"),
        approximate=False,
        year=2024,
    )
    # Hidden: under review, rejected, merged into a public one; each with a figure and a source.
    souss = regions["MA-09"]
    w.hidden += [
        MeetingFactory(region=souss, status=Meeting.Status.NEEDS_REVIEW, title="zzhidden review"),
        MeetingFactory(region=souss, status=Meeting.Status.REJECTED, title="zzhidden rejected"),
        MeetingFactory(region=souss, merged_into=w.public[0], title="zzhidden merged copy"),
    ]
    hidden_person = OfficialFactory(name_ar="شخص مخفي", name_latin="Hidden Person")
    for m in w.hidden:
        ExportFigureFactory(meeting=m, year=2025, amount_mad=Decimal("999000000000"))
        MeetingSourceFactory(meeting=m)
        ParticipationFactory(meeting=m, official=hidden_person)
    return w
