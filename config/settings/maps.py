"""Maps: Leaflet comes from django-leaflet's static files; no tile layer unless one is set.

Without MAP_TILES_URL the site works without internet: the regions are drawn from our own
GeoJSON. The tile server, when set, is also allowed for images by the CSP (settings/security.py).
"""

from .env import env

MAP_TILES_URL = env("MAP_TILES_URL", default="")
MAP_TILES_ATTRIBUTION = env("MAP_TILES_ATTRIBUTION", default="")
LEAFLET_CONFIG = {
    "DEFAULT_CENTER": (28.5, -9.0),
    "DEFAULT_ZOOM": 5,
    "MIN_ZOOM": 4,
    "MAX_ZOOM": 14,
    "RESET_VIEW": False,
    "TILES": [("tiles", MAP_TILES_URL, {"attribution": MAP_TILES_ATTRIBUTION})]
    if MAP_TILES_URL
    else [],
    "ATTRIBUTION_PREFIX": "jihat",
    # The marker icons' folder, given: Leaflet guesses it from leaflet.css, which the manifest
    # storage rewrites to hashed names, and then asks for <page URL>/marker-icon.png (a 404 in
    # production: the admin's map widget showed no marker).
    "FORCE_IMAGE_PATH": True,
}
