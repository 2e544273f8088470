// Small maps of the meeting page (the place, inside its region) and of the official page (the
// meetings joined in date order: a minister's regional tour). Data comes from json_script.
// Tooltips get DOM nodes, never strings: Leaflet inserts a string as HTML.
import { url } from "./config.js";
import { el } from "./dom.js";
import { formatDate } from "./i18n.js";

const data = JSON.parse(document.getElementById("mini-map-data").textContent);

async function drawRegions(map, highlight) {
  map.options.zoomSnap = 0.25;
  const response = await fetch(url("regionsGeojson"), { headers: { Accept: "application/geo+json" } });
  if (!response.ok) throw new Error(`regions: HTTP ${response.status}`);
  return L.geoJSON(await response.json(), {
    interactive: false,
    style: (feature) => ({
      color: "#ffffff",
      weight: 1,
      fillColor: feature.id === highlight ? "#21918c" : "#b9c6cc",
      fillOpacity: feature.id === highlight ? 0.55 : 0.6,
    }),
  }).addTo(map);
}

async function meetingMap(map) {
  const outline = await drawRegions(map, data.regionCode);
  if (data.location) {
    const [lon, lat] = data.location;
    L.circleMarker([lat, lon], { radius: 8, color: "#111", weight: 2, fillColor: "#fde725", fillOpacity: 1 })
      .bindTooltip(el("span", {}, data.label), { permanent: true, direction: "top", offset: [0, -8] })
      .addTo(map);
  }
  const focus = outline.getLayers().find((layer) => layer.feature.id === data.regionCode);
  map.fitBounds((focus || outline).getBounds(), { padding: [10, 10] });
}

async function officialMap(map) {
  const outline = await drawRegions(map, null);
  const points = data.route.map((stop) => [stop.lonlat[1], stop.lonlat[0]]);
  if (points.length > 1) L.polyline(points, { color: "#440154", weight: 3, dashArray: "6 6" }).addTo(map);
  data.route.forEach((stop, index) => {
    const icon = L.divIcon({ className: "route-number", html: "", iconSize: [24, 24] });
    const marker = L.marker(points[index], { icon, title: `${index + 1}. ${stop.label}`, keyboard: true }).addTo(map);
    marker.getElement()?.append(el("span", {}, String(index + 1)));
    marker.bindTooltip(el("span", {}, `${index + 1}. ${stop.label} · ${formatDate(stop.date)}`));
    marker.on("click", () => window.location.assign(stop.url));
  });
  map.fitBounds(points.length ? L.latLngBounds(points).pad(0.3) : outline.getBounds(), { maxZoom: 8 });
}

window.addEventListener("map:init", (event) => {
  const draw = { "meeting-map": meetingMap, "official-map": officialMap }[event.detail.id];
  if (draw) draw(event.detail.map).catch((error) => console.error(error));
});
