"""The database itself rejects impossible rows, whatever code path writes them."""

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from events.models import Article, ExportFigure, Meeting, Official, OfficialAlias, Participation

pytestmark = pytest.mark.django_db


def test_negative_amount_is_rejected():
    with pytest.raises(IntegrityError), transaction.atomic():
        ExportFigure.objects.create(amount_mad=Decimal("-1"), metric="exports", scope="region")


def test_unknown_kind_status_metric_and_role_are_rejected(regions):
    for fields in [{"kind": "party"}, {"status": "draft"}, {"date_precision": "week"}]:
        with pytest.raises(IntegrityError), transaction.atomic():
            Meeting.objects.create(region=regions["MA-09"], **fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        ExportFigure.objects.create(amount_mad=1, metric="gdp", scope="region")
    meeting = Meeting.objects.create(region=regions["MA-09"], kind="consultation")
    official = Official.objects.create(name_ar="عمر حجيرة")
    with pytest.raises(IntegrityError), transaction.atomic():
        Participation.objects.create(meeting=meeting, official=official, role_code="king")


def test_implausible_dates_and_years_are_rejected(regions):
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.create(region=regions["MA-01"], date=datetime.date(1024, 11, 26))
    with pytest.raises(IntegrityError), transaction.atomic():
        ExportFigure.objects.create(amount_mad=1, metric="exports", scope="region", year=20245)


def test_article_is_stored_once_per_url_and_per_text():
    Article.objects.create(
        url="https://example.ma/a", source_ref="https://example.ma/a", content_hash="a" * 64
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(url="https://example.ma/a", source_ref="x")
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(source_ref="file.txt", content_hash="a" * 64)
    # Articles without URL (uploaded files) may coexist.
    Article.objects.create(source_ref="one.txt", content_hash="b" * 64)
    Article.objects.create(source_ref="two.txt", content_hash="c" * 64)


def test_done_article_must_have_text_hash():
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(source_ref="f.txt", status="done")


def test_one_participation_per_official_and_meeting_and_one_alias_per_spelling(regions):
    meeting = Meeting.objects.create(region=regions["MA-03"], kind="consultation")
    official = Official.objects.create(name_ar="معاذ الجامعي")
    Participation.objects.create(meeting=meeting, official=official, role_code="wali")
    with pytest.raises(IntegrityError), transaction.atomic():
        Participation.objects.create(meeting=meeting, official=official, role_code="governor")
    OfficialAlias.objects.create(official=official, alias="الجامعي", normalized="الجامعي")
    with pytest.raises(IntegrityError), transaction.atomic():
        OfficialAlias.objects.create(official=official, alias="الجامعى", normalized="الجامعي")


def test_official_needs_a_name():
    with pytest.raises(IntegrityError), transaction.atomic():
        Official.objects.create()


def test_a_figure_is_stored_once_per_meeting(regions):
    meeting = Meeting.objects.create(region=regions["MA-03"], kind="consultation")
    ExportFigure.objects.create(
        meeting=meeting, amount_mad=Decimal("2600000000"), metric="exports", scope="region"
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        ExportFigure.objects.create(
            meeting=meeting, amount_mad=Decimal("2600000000"), metric="exports", scope="region"
        )


def test_staff_owned_fields():
    official = Official(name_ar="x", staff_edited_fields=["name_latin"])
    assert official.is_staff_owned("name_latin") and not official.is_staff_owned("name_ar")
    assert Official(name_ar="x", origin="staff").is_staff_owned("name_ar")
