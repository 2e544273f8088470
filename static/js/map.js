// Draws the 12 regions on the home map. django-leaflet fires "map:init" once the map exists.
const config = JSON.parse(document.getElementById("map-config").textContent);

function regionName(properties) {
  const lang = document.documentElement.lang;
  return properties[`name_${lang}`] || properties.name_fr;
}

async function drawRegions(map) {
  const response = await fetch(config.regionsUrl, { headers: { Accept: "application/geo+json" } });
  if (!response.ok) throw new Error(`regions: HTTP ${response.status}`);
  const layer = L.geoJSON(await response.json(), {
    style: () => ({ color: "#1b4965", weight: 1, fillColor: "#62b6cb", fillOpacity: 0.45 }),
    onEachFeature: (feature, featureLayer) => {
      featureLayer.bindTooltip(`${feature.id} · ${regionName(feature.properties)}`);
    },
  }).addTo(map);
  map.fitBounds(layer.getBounds());
  document.getElementById("regions-map").dataset.regions = String(layer.getLayers().length);
}

window.addEventListener("map:init", (event) => {
  drawRegions(event.detail.map).catch((error) => console.error(error));
});
