"""Celery tasks for regions: adapters that call one selector or service."""

from celery import shared_task

from regions.selectors import region_for_point


@shared_task(name="regions.locate_point")
def locate_point(lon: float, lat: float) -> str | None:
    """The ISO code of the region a point lies in. Nothing in the product calls it today:
    ingestion takes a meeting's region from the extractor, not from its coordinates."""
    region = region_for_point(lon=lon, lat=lat)
    return region.code if region else None
