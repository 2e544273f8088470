"""The 12 regions of the 2015 division, with their boundaries."""

from django.contrib.gis.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# ISO 3166-2:MA codes of the 2015 division: MA-01 … MA-12.
REGION_CODE_REGEX = r"^MA-(0[1-9]|1[0-2])$"


class RegionQuerySet(models.QuerySet):
    def containing(self, point) -> "RegionQuerySet":
        """Regions whose full-resolution boundary contains the point."""
        return self.filter(geom__intersects=point)


class Region(models.Model):
    code = models.CharField(_("ISO code"), max_length=5, unique=True)
    name_ar = models.CharField(_("name (Arabic)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)
    capital_ar = models.CharField(_("capital (Arabic)"), max_length=80)
    capital_fr = models.CharField(_("capital (French)"), max_length=80)
    capital_location = models.PointField(_("capital location"), srid=4326)
    geom = models.MultiPolygonField(_("boundary"), srid=4326)
    # Simplified as one coverage with its neighbours so shared borders stay shared on the map.
    geom_simplified = models.MultiPolygonField(_("simplified boundary"), srid=4326)
    area_km2 = models.FloatField(_("area (km²)"), null=True, blank=True)

    objects = RegionQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=REGION_CODE_REGEX), name="region_code_iso_3166_2_ma"
            ),
            models.CheckConstraint(
                condition=Q(name_ar__gt="") & Q(name_fr__gt="") & Q(name_en__gt=""),
                name="region_names_not_empty",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name_fr}"

    @property
    def name(self) -> str:
        """The region's name in the active language (French when the language is unknown)."""
        lang = (get_language() or "fr")[:2]
        return {"ar": self.name_ar, "en": self.name_en}.get(lang, self.name_fr)

    @property
    def capital(self) -> str:
        lang = (get_language() or "fr")[:2]
        return self.capital_ar if lang == "ar" else self.capital_fr
