// Draws the 12 regions faintly under the admin's map widgets, so staff see where they click
// even without a tile layer (LEAFLET_CONFIG has no internet tiles). django-leaflet fires
// "map:init" for each widget map; the overlay is not interactive, so clicks reach Leaflet.draw.
const REGIONS_URL = "/regions.geojson";
let regions = null;

async function regionsGeoJSON() {
  if (!regions) {
    regions = fetch(REGIONS_URL, { headers: { Accept: "application/geo+json" } }).then((r) => {
      if (!r.ok) throw new Error(`regions: HTTP ${r.status}`);
      return r.json();
    });
  }
  return regions;
}

window.addEventListener("map:init", async (event) => {
  const map = event.detail.map;
  try {
    const layer = L.geoJSON(await regionsGeoJSON(), {
      interactive: false,
      style: () => ({ color: "#1b4965", weight: 1, fillColor: "#62b6cb", fillOpacity: 0.15 }),
    }).addTo(map);
    layer.bringToBack();
    // An empty geometry field: frame Morocco rather than django-leaflet's world extent.
    const field = document.getElementById(map.getContainer().id.replace(/-map$/, ""));
    if (field && !field.value.trim()) map.fitBounds(layer.getBounds());
    map.getContainer().dataset.regions = String(layer.getLayers().length);
  } catch (error) {
    console.error(error);
  }
});
