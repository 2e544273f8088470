"""What a reader sees of a meeting on the server pages: a title composed from its facts in the
page's language, each source as outlet · date · headline (never a file name), every figure's
scope, the undated meetings' group (issue 14)."""

from __future__ import annotations

import datetime
import html as html_module
import re
from decimal import Decimal

import pytest
from django.utils import translation

from events.models import Meeting
from events.presentation import display_title, format_date, format_mad
from tests.dashboard.agadir import agadir_meeting
from tests.factories import (
    MeetingFactory,
    OfficialFactory,
    ParticipationFactory,
)

pytestmark = pytest.mark.django_db

NOV_26 = datetime.date(2024, 11, 26)


def html_of(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def h1(html: str) -> str:
    text = re.sub(r"<[^>]+>", "", re.search(r"<h1>(.*?)</h1>", html, re.S).group(1))
    return html_module.unescape(text).strip()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "Consultation régionale · Agadir · 26 nov. 2024"),
        ("ar", "لقاء تشاوري جهوي · أكادير · 26 نونبر 2024"),
        ("en", "Regional consultation · Agadir · 26 Nov 2024"),
    ],
)
def test_the_title_is_composed_from_the_facts_in_the_page_language(lang, expected):
    with translation.override(lang):
        assert display_title(kind="consultation", city="Agadir", date=NOV_26) == expected


def test_a_missing_city_falls_back_to_the_region_and_a_missing_date_is_left_out():
    region = {"name_ar": "سوس ماسة", "name_fr": "Souss-Massa", "name_en": "Souss-Massa"}
    with translation.override("fr"):
        assert display_title(kind="other", region=region) == "Rencontre · Souss-Massa"
        assert (
            display_title(kind="caravan", city="Tiznit", date=NOV_26, precision="month")
            == "Étape de caravane · Tiznit · nov. 2024"
        )
        assert display_title(kind="consultation", staff_title="Mon titre") == "Mon titre"


@pytest.mark.parametrize(
    ("lang", "amount", "approximate", "expected"),
    [
        ("en", "4700000", False, "4.7 million MAD"),
        ("fr", "4700000", False, "4,7 millions MAD"),
        ("ar", "4700000", False, "4,7 مليون درهم"),
        ("fr", "400000000000", True, "≈ 400 milliards MAD"),
        ("en", "170000", False, "170,000 MAD"),
        ("fr", "170000", False, "170\u00a0000 MAD"),
        ("ar", "170000", False, "170\u00a0000 درهم"),
    ],
)
def test_one_amount_format_per_language(lang, amount, approximate, expected):
    with translation.override(lang):
        assert format_mad(Decimal(amount), approximate=approximate) == expected


def test_one_date_format_per_language():
    for lang, expected in [("en", "26 Nov 2024"), ("fr", "26 nov. 2024"), ("ar", "26 نونبر 2024")]:
        with translation.override(lang):
            assert format_date(NOV_26) == expected


@pytest.fixture
def agadir(regions):
    return agadir_meeting(regions, OfficialFactory())


def test_meeting_page_title_sources_and_scopes(client, agadir):
    html = html_of(client.get(f"/fr/meetings/{agadir.id}/"))
    assert h1(html) == "Consultation régionale · Agadir · 26 nov. 2024"
    assert "Home »" not in html
    sources = html[html.index('id="sources"') :]
    # outlet · date · headline, linked; the outlet is no longer in the headline.
    assert re.search(
        r'<bdi class="outlet">Maroc24</bdi> · <bdi class="published">27 nov. 2024</bdi> · '
        r'<a href="https://news.example.ma/a/1" rel="noopener external"><bdi>Agadir: Rencontre '
        r"autour du programme du commerce extérieur</bdi></a>",
        sources,
    )
    # The uploaded file: its headline and the outlet its furniture names, never its file name.
    assert "000_701aae43d5ba29a1" not in html
    assert '<bdi class="outlet">زنقة 20</bdi> · <bdi class="headline">لقاء تشاوري جهوي' in sources
    figures = html[html.index('id="figures"') : html.index('id="sources"')]
    assert re.search(
        r'data-scope="national">.*?<span class="scope scope-national">national', figures, re.S
    )
    assert re.search(
        r'data-scope="region">.*?<span class="scope scope-region">région', figures, re.S
    )


def test_quoted_words_sit_in_an_isolate_inside_the_quote_marks(client, agadir):
    """On a French page, « » around an Arabic quote face the right way only when the Arabic is
    isolated inside the <q> (the marks then take the paragraph's direction)."""
    html = html_of(client.get(f"/fr/meetings/{agadir.id}/"))
    quotes = re.findall(r"<q>(.*?)</q>", html, re.S)
    assert quotes and all(q.startswith("<bdi>") and q.endswith("</bdi>") for q in quotes), quotes


def test_a_staff_title_wins(client, agadir):
    agadir.title = "Rencontre d'Agadir sur l'export"
    agadir.staff_edited_fields = ["title"]
    agadir.save()
    html = html_of(client.get(f"/en/meetings/{agadir.id}/"))
    assert h1(html) == "Rencontre d'Agadir sur l'export"


def test_region_page_lists_sources_without_file_names_in_arabic(client, agadir):
    html = html_of(client.get("/ar/regions/MA-09/"))
    assert "000_701aae43d5ba29a1" not in html
    assert "لقاء تشاوري جهوي · أكادير · 26 نونبر 2024" in html
    assert '<bdi class="outlet">Maroc24</bdi>' in html
    assert "، " in html[html.index('class="sources"') :]  # Arabic comma between sources
    assert '<span class="scope scope-national">وطني</span>' in html


def test_undated_meetings_have_a_labelled_group(client, regions):
    official = OfficialFactory()
    for date in (NOV_26, None):
        meeting = MeetingFactory(region=regions["MA-09"], city="Agadir", date=date)
        ParticipationFactory(meeting=meeting, official=official)
    for lang, label in [("fr", "date inconnue"), ("en", "date unknown"), ("ar", "تاريخ غير معروف")]:
        html = html_of(client.get(f"/{lang}/officials/{official.id}/"))
        assert f'<li class="year-mark undated">{label}</li>' in html
        assert ">?<" not in html
        html = html_of(client.get(f"/{lang}/regions/MA-09/"))
        assert f'<li class="year-mark undated">{label}</li>' in html


# --- The API the map's panel reads --------------------------------------------------------


def test_api_display_title_and_headlines_follow_accept_language(client, agadir):
    for lang, title in [
        ("fr", "Consultation régionale · Agadir · 26 nov. 2024"),
        ("ar", "لقاء تشاوري جهوي · أكادير · 26 نونبر 2024"),
        (None, "Regional consultation · Agadir · 26 Nov 2024"),
    ]:
        headers = {"HTTP_ACCEPT_LANGUAGE": lang} if lang else {}
        [m] = client.get("/api/meetings/", **headers).json()["results"]
        assert m["display_title"] == title
        assert m["title"] == "Home » أخبار جهوية »"  # the stored field is kept
        headlines = {s["outlet"]: s["headline"] for s in m["sources"]}
        assert headlines["Maroc24"] == (
            "Agadir: Rencontre autour du programme du commerce extérieur"
        )
        assert headlines["زنقة 20"].startswith("لقاء تشاوري جهوي بأكادير")
        assert all("000_701aae43d5ba29a1" not in str(s) for s in m["sources"])


def test_national_figures_stay_out_of_the_regional_latest_export(client, agadir):
    """The 400 billion quoted at Agadir is national: the region's colour and stats use the
    21 billion regional figure only."""
    agadir.figures.update(year=2024)
    feature = client.get("/api/regions/MA-09/").json()
    assert feature["properties"]["latest_export"]["amount_mad"] == "21000000000.00"
    stats = client.get("/api/stats/", {"region": "MA-09"}).json()["results"]
    assert {row["exports_mad"] for row in stats if row["region"] == "MA-09"} == {"21000000000.00"}


def test_meetings_list_reports_the_undated_meetings_a_year_leaves_out(client, regions):
    for date in (NOV_26, None, None):
        MeetingFactory(region=regions["MA-09"], date=date)
    MeetingFactory(region=regions["MA-01"], date=None)
    assert client.get("/api/meetings/").json()["undated_excluded"] == 0
    data = client.get("/api/meetings/", {"year": 2024}).json()
    assert len(data["results"]) == 1 and data["undated_excluded"] == 3
    data = client.get("/api/meetings/", {"year": 2024, "region": "MA-09"}).json()
    assert data["undated_excluded"] == 2
    data = client.get("/api/meetings/", {"date_from": "2020-01-01", "region": "MA-01"}).json()
    assert data["undated_excluded"] == 1


def test_region_page_says_how_many_undated_meetings_the_year_leaves_out(client, regions):
    for date in (NOV_26, None, None):
        MeetingFactory(region=regions["MA-09"], date=date, kind=Meeting.Kind.CARAVAN)
    MeetingFactory(region=regions["MA-01"], date=None)
    html = html_of(client.get("/fr/regions/MA-09/", {"year": 2024, "kind": "caravan"}))
    assert "2 rencontres sans date sont exclues par les dates choisies." in html
    assert 'href="/fr/regions/MA-09/?kind=caravan">Les inclure</a>' in html
    html = html_of(client.get("/fr/regions/MA-09/"))
    assert "undated-excluded" not in html


def test_figures_api_names_the_meeting_by_its_display_title(client, agadir):
    results = client.get("/api/figures/", HTTP_ACCEPT_LANGUAGE="fr").json()["results"]
    assert {r["meeting"]["display_title"] for r in results} == {
        "Consultation régionale · Agadir · 26 nov. 2024"
    }
