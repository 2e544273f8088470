"""One published Agadir meeting as the press leaves it, for the reader-facing tests: a scraped
title of site furniture, a web source and an uploaded file, a national and a regional figure."""

from __future__ import annotations

import datetime
from decimal import Decimal

from events.models import Meeting, Official
from tests.factories import (
    ArticleFactory,
    ExportFigureFactory,
    MeetingFactory,
    MeetingSourceFactory,
    ParticipationFactory,
)

NOV_26 = datetime.date(2024, 11, 26)


def agadir_meeting(regions, official: Official) -> Meeting:
    """The meeting of 26 Nov 2024 in Agadir, chaired by `official`."""
    meeting = MeetingFactory(
        region=regions["MA-09"],
        city="Agadir",
        date=NOV_26,
        kind=Meeting.Kind.CONSULTATION,
        title="Home » أخبار جهوية »",
        status=Meeting.Status.PUBLISHED,
    )
    web = ArticleFactory(
        url="https://news.example.ma/a/1",
        outlet="Maroc24",
        title="Agadir: Rencontre autour du programme du commerce extérieur - Maroc24",
        published=datetime.date(2024, 11, 27),
    )
    upload = ArticleFactory(
        url=None,
        source_ref="000_701aae43d5ba29a1.txt",
        outlet="",
        title="زنقة 20 | الرباط",
        text="زنقة 20 | الرباط\nلقاء تشاوري جهوي بأكادير حول برنامج التجارة الخارجية\nنص المقال.",
        published=None,
    )
    MeetingSourceFactory(meeting=meeting, article=web)
    MeetingSourceFactory(meeting=meeting, article=upload)
    ExportFigureFactory(
        meeting=meeting,
        amount_mad=Decimal("400000000000"),
        scope="national",
        approximate=True,
        year=2026,
        text="حوالي 400 مليار درهم",
    )
    ExportFigureFactory(meeting=meeting, amount_mad=Decimal("21000000000"), scope="region")
    ParticipationFactory(meeting=meeting, official=official, evidence_text="كاتب الدولة")
    return meeting
