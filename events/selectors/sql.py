"""SQL expressions the selectors share: coordinates and JSON objects built by PostgreSQL."""

from __future__ import annotations

from django.db.models import F, FloatField, Func, TextField, Value


class X(Func):
    """`ST_X(point)`: the longitude."""

    function = "ST_X"
    output_field = FloatField()


class Y(Func):
    """`ST_Y(point)`: the latitude."""

    function = "ST_Y"
    output_field = FloatField()


class JSONBuildObject(Func):
    """`json_build_object(k, v, …)`: JSON (not jsonb) keeps the keys in the documented order."""

    function = "json_build_object"
    # Not JSONField: psycopg already decodes `json` values, JSONField would decode them again.
    output_field = TextField()

    def __init__(self, **fields) -> None:
        args = []
        for key, value in fields.items():
            args += [Value(key), F(value) if isinstance(value, str) else value]
        super().__init__(*args)
