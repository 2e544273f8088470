// The round page's map: the regions, and the route through the stops numbered in date order.
// Data comes from json_script (#round-map-data); tooltips and numbers are DOM nodes built with
// textContent, never strings (Leaflet inserts a string as HTML).
import { url } from "./config.js";
import { el } from "./dom.js";
import { formatDate } from "./i18n.js";

const data = JSON.parse(document.getElementById("round-map-data").textContent);

async function drawRegions(map) {
  map.options.zoomSnap = 0.25;
  const response = await fetch(url("regionsGeojson"), { headers: { Accept: "application/geo+json" } });
  if (!response.ok) throw new Error(`regions: HTTP ${response.status}`);
  const visited = new Set(
    Array.from(document.querySelectorAll(".board tr.visited[data-region]"), (row) => row.dataset.region),
  );
  return L.geoJSON(await response.json(), {
    interactive: false,
    style: (feature) => ({
      color: "#ffffff",
      weight: 1,
      fillColor: visited.has(feature.id) ? "#21918c" : "#b9c6cc",
      fillOpacity: 0.55,
    }),
  }).addTo(map);
}

async function roundMap(map) {
  const outline = await drawRegions(map);
  const points = data.route.map((stop) => [stop.lat, stop.lon]);
  if (points.length > 1) L.polyline(points, { color: "#440154", weight: 3, dashArray: "6 6" }).addTo(map);
  data.route.forEach((stop, index) => {
    const label = `${stop.number}. ${stop.city} · ${stop.date ? formatDate(stop.date) : ""}`;
    const icon = L.divIcon({ className: "route-number", html: "", iconSize: [24, 24] });
    const marker = L.marker(points[index], { icon, title: label, keyboard: true }).addTo(map);
    const node = marker.getElement();
    if (node) {
      node.dataset.stop = String(stop.number);
      node.append(el("span", {}, String(stop.number)));
    }
    marker.bindTooltip(el("span", {}, label));
    marker.on("click", () => window.location.assign(stop.url));
  });
  map.fitBounds(points.length ? L.latLngBounds(points).pad(0.3) : outline.getBounds(), { maxZoom: 8 });
}

window.addEventListener("map:init", (event) => {
  if (event.detail.id === "round-map") roundMap(event.detail.map).catch((error) => console.error(error));
});
