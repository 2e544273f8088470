"""Pure-Python extraction of regional export-meeting facts from Moroccan press articles.

No Django here: text in, frozen dataclasses out, each fact with its evidence.
"""

from .engine import extract
from .normalize import FOLD_CASES, fold_search, normalize_name
from .places import REGIONS, city_location, city_region
from .schema import Evidence, Extraction, Figure, Meeting, Official, Warning

__all__ = [
    "FOLD_CASES",
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
    "fold_search",
    "normalize_name",
]
