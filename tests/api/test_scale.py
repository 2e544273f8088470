"""Scale: constant query counts at two data sizes, index use, the demo data commands."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext

from events.models import Article, ExportFigure, Meeting, Official, Participation
from events.selectors import keyset
from events.selectors.meetings import meeting_list, meeting_rows

pytestmark = pytest.mark.django_db

ENDPOINTS = [
    "/api/meetings/",
    "/api/meetings/?region=MA-09&year=2024&page_size=1",
    "/api/meetings/?q=export&kind=caravan&page_size=2",
    "/api/meetings/?official={official}&ordering=date&page_size=1",
    "/api/regions/",
    "/api/regions/?year=2024&kind=consultation",
    "/api/regions/MA-09/",
    "/api/stats/",
    "/api/stats/?region=MA-06&date_from=2020-01-01",
    "/api/figures/?metric=exports",
    "/api/officials/",
    "/api/officials/?region=MA-04",
]


def query_counts(client) -> dict[str, int]:
    counts = {}
    client.get("/api/regions/")  # region boundaries are read once per process, then kept
    busiest = (
        Participation.objects.values("official_id")
        .annotate(n=Count("*"))
        .order_by("-n")
        .first()["official_id"]
    )
    for template in ENDPOINTS:
        url = template.format(official=busiest)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        assert response.status_code == 200, (url, response.content[:300])
        counts[template] = len(ctx.captured_queries)
        # The second page costs the same as the first.
        if url.startswith("/api/meetings/"):
            next_url = response.json()["next"]
            assert next_url
            with CaptureQueriesContext(connection) as ctx:
                assert client.get(next_url).status_code == 200
            counts[template + " (page 2)"] = len(ctx.captured_queries)
    return counts


def test_query_counts_do_not_grow_with_the_data(client, regions):
    call_command("generate_demo_data", meetings=300, seed=1, verbosity=0)
    small = query_counts(client)
    call_command("generate_demo_data", meetings=3000, seed=2, replace=True, verbosity=0)
    large = query_counts(client)
    assert small == large
    # And they are few: one per list (two with `q`: a probe picks the plan), two for
    # regions and stats; a meetings list with a date filter adds one, the count of undated
    # meetings it leaves out (`undated_excluded`).
    dated = {k for k in large if k.startswith("/api/meetings/") and "year=" in k}
    assert max(v for k, v in large.items() if k not in dated) <= 2, large
    assert max(large[k] for k in dated) <= 3, large


def test_exports_stream_every_row_in_chunked_queries(client, regions):
    call_command("generate_demo_data", meetings=1500, seed=3, verbosity=0)
    expected = Meeting.objects.published().count()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/api/meetings/", {"format": "csv"})
        lines = b"".join(response.streaming_content).decode("utf-8-sig").strip().splitlines()
    assert len(lines) == expected + 1
    # One server-side cursor: DECLARE, then one FETCH per chunk of EXPORT_CHUNK_SIZE rows.
    assert len(ctx.captured_queries) <= 3 + expected // keyset.EXPORT_CHUNK_SIZE


def plan_of(queryset) -> dict:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        return cursor.fetchone()[0][0]["Plan"]


def scans(plan: dict) -> list[tuple[str, str | None, str | None]]:
    """(node type, relation, index) of every node of a plan."""
    found = [(plan["Node Type"], plan.get("Relation Name"), plan.get("Index Name"))]
    for child in plan.get("Plans", []):
        found += scans(child)
    return found


@pytest.mark.parametrize(
    ("params", "index"),
    [
        ({"region": "MA-09", "year": "2024"}, "meeting_status_region_date"),
        ({"region": "MA-09"}, "meeting_status_region_date"),
        ({"year": "2019", "kind": "caravan"}, "meeting_status_kind_date"),
        ({"q": "zzzz"}, "meeting_search_trgm"),
        ({}, "meeting_status_date"),
    ],
)
def test_main_filters_use_an_index(regions, params, index):
    call_command("generate_demo_data", meetings=20000, seed=4, verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    page = meeting_rows(filters=params).order_by("-date", "-id")[: keyset.PAGE_SIZE_DEFAULT + 1]
    nodes = scans(plan_of(page))
    assert index in {name for _type, _rel, name in nodes}, nodes
    assert ("Seq Scan", "events_meeting", None) not in nodes, nodes


@pytest.mark.django_db(transaction=True)  # VACUUM cannot run inside the test's transaction
def test_region_counts_read_only_the_public_index(regions):
    call_command("generate_demo_data", meetings=20000, seed=5, verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE events_meeting")
    counts = (
        meeting_list()
        .filter(region__isnull=False)
        .order_by()
        .values_list("region_id")
        .annotate(n=Count("*"))
    )
    nodes = scans(plan_of(counts))
    assert ("Index Only Scan", "events_meeting", "meeting_public_region_date") in nodes, nodes


def test_demo_data_is_deterministic_and_removable(regions):
    real = Meeting.objects.create(region=regions["MA-04"], title="real", status="published")
    call_command("generate_demo_data", meetings=400, seed=7, verbosity=0)
    first = list(
        Meeting.objects.filter(is_synthetic=True)
        .order_by("id")
        .values_list("date", "region__code", "kind", "title", "status", "city")
    )
    assert len(first) == 400
    assert len({code for _d, code, *_ in first}) == 12
    years = {d.year for d, *_ in first}
    assert min(years) >= 2015 and max(years) <= 2026 and len(years) >= 10
    assert Article.objects.filter(is_synthetic=True).count() > 400  # several sources each
    assert ExportFigure.objects.filter(is_synthetic=True).exists()
    assert Participation.objects.filter(meeting__is_synthetic=True).count() >= 400
    call_command("generate_demo_data", meetings=400, seed=7, replace=True, verbosity=0)
    again = list(
        Meeting.objects.filter(is_synthetic=True)
        .order_by("id")
        .values_list("date", "region__code", "kind", "title", "status", "city")
    )
    assert again == first
    call_command("delete_demo_data", verbosity=0)
    assert not Meeting.objects.filter(is_synthetic=True).exists()
    assert not Article.objects.filter(is_synthetic=True).exists()
    assert not Official.objects.filter(is_synthetic=True).exists()
    assert not ExportFigure.objects.filter(is_synthetic=True).exists()
    assert list(Meeting.objects.values_list("pk", flat=True)) == [real.pk]
