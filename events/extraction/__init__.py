"""Pure-Python extraction of regional export-meeting facts from Moroccan press articles.

No Django here: text in, frozen dataclasses out, each fact with its evidence.
"""

from .engine import extract
from .normalize import normalize_name
from .places import REGIONS, city_location, city_region
from .schema import Evidence, Extraction, Figure, Meeting, Official, Warning

__all__ = [
    "REGIONS",
    "Evidence",
    "Extraction",
    "Figure",
    "Meeting",
    "Official",
    "Warning",
    "city_location",
    "city_region",
    "extract",
    "normalize_name",
]
