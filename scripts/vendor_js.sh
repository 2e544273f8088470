#!/usr/bin/env bash
# Copy the pinned front-end libraries from the npm registry into static/vendor/, with their
# licences. The result is committed: the site never fetches JavaScript from a CDN, and running
# it needs no Node. Run again only to change a version in package.json (then commit the diff).
# Leaflet itself comes from django-leaflet's static files, not from here.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v npm >/dev/null || { echo "npm is needed (apt-get install -y npm)" >&2; exit 1; }

npm ci --ignore-scripts --no-audit --no-fund 2>/dev/null || npm install --ignore-scripts --no-audit --no-fund

dest=static/vendor/leaflet.markercluster
rm -rf "$dest" && mkdir -p "$dest"
src=node_modules/leaflet.markercluster
# The source map too: the JS names it, and Django's manifest storage (collectstatic in
# production) refuses a reference to a missing file.
cp "$src/dist/leaflet.markercluster.js" "$src/dist/leaflet.markercluster.js.map" \
   "$src/dist/MarkerCluster.css" \
   "$src/dist/MarkerCluster.Default.css" "$src/MIT-LICENCE.txt" "$dest/"
version=$(node -p "require('./$src/package.json').version")
echo "leaflet.markercluster $version (MIT) from the npm registry" > "$dest/VERSION"
echo "vendored into static/vendor/: leaflet.markercluster $version"

# axe-core: only the browser tests use it (tests/browser/axe.py evaluates it in the page), so it
# lives beside them and is never served by the site.
dest=tests/browser/vendor/axe-core
rm -rf "$dest" && mkdir -p "$dest"
src=node_modules/axe-core
cp "$src/axe.min.js" "$src/LICENSE" "$dest/"
version=$(node -p "require('./$src/package.json').version")
echo "axe-core $version (MPL-2.0) from the npm registry" > "$dest/VERSION"
echo "vendored into tests/browser/vendor/: axe-core $version"
