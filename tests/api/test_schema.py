"""Schemathesis against our OpenAPI schema: no 500, every response matches the schema.

Bounded (a few examples per operation) so it runs in about a minute; the data is a small
varied world (tests/api/conftest.py) so that filters find rows and exercise every field.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from config.wsgi import application

pytestmark = pytest.mark.django_db


@pytest.fixture
def api_schema(world, monkeypatch):
    from events.apis import PublicAnonThrottle

    monkeypatch.setattr(PublicAnonThrottle, "rate", None)  # hundreds of requests in a row
    return schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_matches_its_schema(case):
    response = case.call(headers={"Host": "testserver"})
    assert response.status_code < 500, response.text[:500]
    case.validate_response(response)
