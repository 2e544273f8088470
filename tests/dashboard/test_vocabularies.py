"""The registries of what grows: vocabularies, filters, URL templates, export formats.

Each vocabulary matches its TextChoices; the page config carries them (and the filters' valid
values, and the links) to the scripts; no script or style sheet keeps a copy of a kind.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from events.exports import EXPORTERS
from events.filters import MeetingFilter
from events.models import MeetingKind
from events.presentation import FILTER_LABELS, PAGE_URLS, url_template
from events.vocabularies import MEETING_KINDS, VOCABULARIES, Vocabulary

ROOT = Path(__file__).resolve().parents[2]


def json_block(html: str, element_id: str) -> dict:
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html)
    assert match, element_id
    return json.loads(match.group(1))


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.name)
def test_each_vocabulary_matches_its_choices(vocabulary):
    assert vocabulary.problems() == []
    assert list(vocabulary.config()) == list(vocabulary.choices.values)


def test_every_meeting_kind_has_a_colour():
    for code, term in MEETING_KINDS.config().items():
        assert re.fullmatch(r"#[0-9a-f]{6}", term["colour"]), code


def test_the_check_names_what_is_missing_or_unknown():
    incomplete = Vocabulary(
        "kinds",
        MeetingKind,
        {MeetingKind.CONSULTATION: {"colour": "#000000"}, "party": {"colour": "#000000"}},
        required=("colour",),
    )
    problems = incomplete.problems()
    assert "kinds: 'party' is not a choice" in problems
    assert "kinds: 'caravan' has no colour" in problems


def test_filter_labels_cover_the_filters():
    assert list(FILTER_LABELS) == list(MeetingFilter.base_filters)


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_url_templates_give_the_urls_django_reverses(lang):
    samples = {"region": {"code": "MA-09"}, "meeting": {"pk": 12}, "official": {"pk": 7}}
    with translation.override(lang):
        for key, name in PAGE_URLS.items():
            params = samples.get(key, {})
            assert url_template(name).format(**params) == reverse(name, kwargs=params or None)


def test_every_page_carries_the_site_config(client, data):
    meeting = data.meetings["MA-09"][0]
    for url in (
        "/fr/",
        "/fr/regions/MA-09/",
        f"/fr/meetings/{meeting.id}/",
        f"/fr/officials/{data.minister.id}/",
    ):
        config = json_block(client.get(url).content.decode(), "site-config")
        assert set(config["vocabularies"]) == {v.name for v in VOCABULARIES}
        assert list(config["vocabularies"]["kinds"]) == list(MeetingKind.values)
        assert config["vocabularies"]["kinds"]["caravan"]["label"] == "étape de caravane"
        assert config["urls"]["region"] == "/fr/regions/{code}/"


def test_the_map_config_sends_the_api_filter_definitions(client, data):
    config = json_block(client.get("/en/").content.decode(), "map-config")
    schema = client.get("/api/schema/", {"format": "json"}).json()
    parameters = {
        p["name"]: p["schema"] for p in schema["paths"]["/api/meetings/"]["get"]["parameters"]
    }
    assert config["filters"] == {name: parameters[name] for name in MeetingFilter.base_filters}
    assert config["filters"]["kind"]["enum"] == list(MeetingKind.values)


def test_scripts_and_styles_keep_no_copy_of_the_kinds():
    """No kind code in a static file (state.js and site.css had them): colours, labels and
    valid values come from the page config."""
    sources = {
        path.relative_to(ROOT): path.read_text(encoding="utf-8")
        for folder in ("static/js", "static/css")
        for path in (ROOT / folder).glob("*.*")
    }
    for code in MEETING_KINDS.choices.values:
        if code == "other":
            continue  # an everyday word
        holders = [str(path) for path, text in sources.items() if code in text]
        assert holders == [], (code, holders)


def test_the_schema_lists_the_registered_export_formats(client):
    schema = client.get("/api/schema/", {"format": "json"}).json()
    for path in ("/api/meetings/", "/api/figures/"):
        operation = schema["paths"][path]["get"]
        [fmt] = [p for p in operation["parameters"] if p["name"] == "format"]
        assert fmt["schema"]["enum"] == ["json", *EXPORTERS]
        content = operation["responses"]["200"]["content"]
        assert set(content) == {"application/json", *(e.media_type for e in EXPORTERS.values())}


@pytest.mark.parametrize("fmt", list(EXPORTERS))
@pytest.mark.parametrize("path", ["/api/meetings/", "/api/figures/"])
def test_each_registered_format_downloads(client, data, fmt, path):
    exporter = EXPORTERS[fmt]
    response = client.get(path, {"format": fmt, "region": "MA-09"})
    assert response.status_code == 200
    assert response["Content-Type"] == exporter.content_type
    assert response["Content-Disposition"].endswith(f'-ma-09.{exporter.extension}"')
