from django.contrib import admin
from leaflet.admin import LeafletGeoAdmin

from regions.models import Region


@admin.register(Region)
class RegionAdmin(LeafletGeoAdmin):
    list_display = ["code", "name_fr", "name_ar", "name_en", "capital_fr", "area_km2"]
    search_fields = ["code", "name_fr", "name_ar", "name_en"]
    readonly_fields = ["code", "area_km2"]
    # The full boundary has ~98,000 vertices; the simplified one is what staff see and edit.
    exclude = ["geom"]
