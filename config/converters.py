"""Path converters: a path parameter that cannot be valid is a 404 from the URL resolver itself,
before any view or query runs (`/ar/regions/%00/` used to reach PostgreSQL and come back as a
500). Ids use Django's `<int:…>`: digits only, and a number too long for Python's int() (or
PostgreSQL's bigint) is a 404 as well."""

from django.urls import register_converter


class RegionCodeConverter:
    """`<region:code>`: the shape of an ISO 3166-2:MA code, `MA-` and two ASCII digits.

    The shape, not the list: the views answer 404 for MA-13, and the map's URL templates are
    built from the placeholder MA-00 (see regions/views.py).
    """

    regex = "MA-[0-9]{2}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(RegionCodeConverter, "region")
