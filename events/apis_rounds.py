"""The open data API of rounds: `/api/rounds/` and `/api/rounds/<slug>/` (public rounds only).

A round's meetings are `/api/meetings/?round=<slug>` (and its CSV and GeoJSON exports): the
`round` filter of events/filters.py MeetingFilter.
"""

from __future__ import annotations

from django.http import Http404
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_serializer,
    inline_serializer,
)
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from events.apis import THROTTLED_RESPONSE, PublicApi
from events.models import MeetingKind, Programme, RoundStatus
from events.selectors import rounds


@extend_schema_serializer(component_name="Round")
class RoundSerializer(serializers.Serializer):
    @extend_schema_serializer(component_name="RoundLeadOfficial")
    class Lead(serializers.Serializer):
        id = serializers.IntegerField()
        name_ar = serializers.CharField()
        name_latin = serializers.CharField()

    slug = serializers.SlugField()
    name_ar = serializers.CharField()
    name_fr = serializers.CharField()
    name_en = serializers.CharField()
    programme = serializers.ChoiceField(choices=Programme.choices, allow_null=True)
    kind = serializers.ChoiceField(choices=MeetingKind.choices)
    status = serializers.ChoiceField(choices=RoundStatus.choices)
    start = serializers.DateField(allow_null=True)
    end = serializers.DateField(allow_null=True)
    lead_official = Lead(allow_null=True)
    expected_regions = serializers.ListField(child=serializers.CharField())
    visited_count = serializers.IntegerField(help_text="expected regions with a published stop")


class RoundListApi(PublicApi):
    """Every public round, newest first."""

    @extend_schema(
        operation_id="rounds_list",
        responses={
            200: inline_serializer("RoundList", {"results": RoundSerializer(many=True)}),
            429: THROTTLED_RESPONSE,
        },
    )
    def get(self, request: Request) -> Response:
        return Response({"results": rounds.round_rows()})


@extend_schema_serializer(component_name="RoundDetail")
class RoundDetailSerializer(RoundSerializer):
    @extend_schema_serializer(component_name="RoundStop")
    class Stop(serializers.Serializer):
        number = serializers.IntegerField(allow_null=True, help_text="place in date order")
        reported_number = serializers.IntegerField(allow_null=True, help_text="as the press said")
        reported_last = serializers.BooleanField()
        meeting = serializers.IntegerField()
        date = serializers.DateField(allow_null=True)
        region = serializers.CharField(allow_null=True)
        city = serializers.CharField()
        report_count = serializers.IntegerField()

    stops = Stop(many=True)


class RoundDetailApi(PublicApi):
    """One public round with its stops in date order (404 for an unknown slug)."""

    @extend_schema(
        operation_id="rounds_retrieve",
        parameters=[OpenApiParameter("slug", str, OpenApiParameter.PATH)],
        responses={
            200: RoundDetailSerializer,
            404: OpenApiResponse(description="No public round has this slug."),
            429: THROTTLED_RESPONSE,
        },
    )
    def get(self, request: Request, slug: str) -> Response:
        row = rounds.round_detail_row(slug=slug)
        if row is None:
            raise Http404("No public round has this slug.")
        return Response(row)
