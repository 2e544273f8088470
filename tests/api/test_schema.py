"""Schemathesis against our OpenAPI schema: no 500, every response matches the schema.

Bounded (a few dozen examples per operation, about a minute in all); the data is the small
varied world of tests/api/conftest.py so that filters find rows and every field is exercised.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, settings
from schemathesis.generation.modes import GenerationMode

from config.wsgi import application
from events.apis import PublicAnonThrottle

pytestmark = pytest.mark.django_db


def _schema_without_cursors() -> dict:
    """Our schema, minus `cursor`: an opaque value only valid as our `next`/`previous` links
    give it (any other string is a 400, see test_meetings.py), so not worth generating."""
    spec = Client().get("/api/schema/", {"format": "json"}).json()
    for operations in spec["paths"].values():
        for operation in operations.values():
            operation["parameters"] = [
                p for p in operation.get("parameters", []) if p["name"] != "cursor"
            ]
    return spec


# Generating the schema needs no database: load it once, at collection.
schema = schemathesis.openapi.from_dict(_schema_without_cursors())
# Schema-valid requests only. Invalid ones are covered case by case in test_meetings.py
# (400 with a JSON error); an *empty* parameter (`?region=`), which forms submit, is a
# deliberate "no filter" there, which negative generation would count as a violation.
schema.config.generation.update(modes=[GenerationMode.POSITIVE])


@pytest.fixture(autouse=True)
def _wsgi_inside_the_test_transaction(monkeypatch):
    """Call the app as Django's test client does: keep the connection (and its transaction)
    open across requests, and do not throttle hundreds of requests in a row."""
    monkeypatch.setattr(PublicAnonThrottle, "rate", None)
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_matches_its_schema(case, world):
    response = case.call(
        app=application, headers={"Host": "testserver", "Accept-Encoding": "identity"}
    )
    assert response.status_code < 500, response.text[:500]
    case.validate_response(response)
