"""Published data shaped like the seed articles, built with the shared factories.

`build_dashboard_data(regions)` makes a few years of consultations in four regions, with
officials, export figures, sources and evidence, plus rows the public must not see.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.gis.geos import Point

from events.models import Meeting
from tests.factories import (
    ArticleFactory,
    ExportFigureFactory,
    MeetingFactory,
    MeetingSourceFactory,
    OfficialFactory,
    ParticipationFactory,
)


@dataclass
class DashboardData:
    minister: object
    wali: object
    meetings: dict[str, list[Meeting]] = field(default_factory=dict)
    hidden: list[Meeting] = field(default_factory=list)


# (region, date, kind, city, lon, lat, certain, precision)
MEETINGS = [
    ("MA-09", datetime.date(2024, 11, 26), "consultation", "Agadir", -9.598, 30.427, True, "day"),
    (
        "MA-09",
        datetime.date(2023, 3, 14),
        "evaluation_forum",
        "Taroudant",
        -8.876,
        30.47,
        True,
        "day",
    ),
    ("MA-09", datetime.date(2025, 2, 1), "caravan", "Tiznit", -9.731, 29.698, False, "month"),
    ("MA-06", datetime.date(2024, 5, 7), "consultation", "Casablanca", -7.589, 33.573, True, "day"),
    ("MA-06", datetime.date(2025, 6, 18), "chamber_meeting", "Settat", -7.616, 33.001, True, "day"),
    ("MA-01", datetime.date(2024, 9, 30), "consultation", "Tanger", -5.834, 35.76, True, "day"),
    ("MA-02", datetime.date(2023, 10, 12), "consultation", "Oujda", -1.909, 34.681, True, "day"),
]


def build_dashboard_data(regions: dict) -> DashboardData:
    minister = OfficialFactory(name_ar="عمر حجيرة", name_latin="Omar Hejira")
    wali = OfficialFactory(name_ar="سعيد أمزازي", name_latin="Said Amzazi")
    data = DashboardData(minister=minister, wali=wali)
    for code, date, kind, city, lon, lat, certain, precision in MEETINGS:
        meeting = MeetingFactory(
            region=regions[code],
            date=date,
            date_certain=certain,
            date_precision=precision,
            kind=kind,
            city=city,
            location=Point(lon, lat, srid=4326),
            title=f"{city} {date.year}: لقاء تشاوري حول التصدير",
            programme="Morocco Export Plan",
        )
        article = ArticleFactory(outlet="hespress.com", published=date + datetime.timedelta(days=1))
        MeetingSourceFactory(
            meeting=meeting,
            article=article,
            evidence={
                "date": {"start": 0, "end": 10, "text": f"يوم {date.day}"},
                "city": {"start": 11, "end": 20, "text": f"بمدينة {city}"},
            },
        )
        ParticipationFactory(
            meeting=meeting,
            official=minister,
            article=article,
            evidence_text="كاتب الدولة عمر حجيرة",
        )
        if code == "MA-09":
            ParticipationFactory(
                meeting=meeting, official=wali, role="والي الجهة", role_code="wali"
            )
        data.meetings.setdefault(code, []).append(meeting)
    # The region's exports over the years, quoted at its meetings.
    for meeting, amount, year in [
        (data.meetings["MA-09"][0], "21000000000", 2024),
        (data.meetings["MA-09"][1], "18500000000", 2022),
        (data.meetings["MA-06"][0], "95000000000", 2023),
    ]:
        ExportFigureFactory(
            meeting=meeting,
            amount_mad=Decimal(amount),
            year=year,
            article=meeting.sources.first().article,
            evidence_text="حوالي",
        )
    # What the public must not see: a meeting under review (with a figure) and a merged one.
    hidden = MeetingFactory(
        region=regions["MA-09"],
        status=Meeting.Status.NEEDS_REVIEW,
        title="Réunion non publiée",
        date=datetime.date(2024, 1, 5),
    )
    ExportFigureFactory(meeting=hidden, amount_mad=Decimal("99000000000"), year=2025)
    merged = MeetingFactory(
        region=regions["MA-09"], title="Doublon fusionné", merged_into=data.meetings["MA-09"][0]
    )
    data.hidden = [hidden, merged]
    return data
