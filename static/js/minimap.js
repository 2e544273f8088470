// Small maps of the meeting page (the place, inside its region) and of the official page (the
// meetings joined in date order: a minister's regional tour). Data comes from json_script.
// Tooltips get DOM nodes, never strings: Leaflet inserts a string as HTML.
import { url } from "./config.js";
import { el } from "./dom.js";
import { LIST_SEPARATOR, formatDate, gettext } from "./i18n.js";

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

/**
 * The official's route: dated meetings only (an undated one has no place in a sequence), in
 * date order, numbered 1…n on the map and in the page's list alike; the stops made in one city
 * share one marker ("1, 4, 10"), so numbers are never stacked on one another.
 */
async function officialMap(map) {
  const outline = await drawRegions(map, null);
  const stops = data.route.filter((stop) => stop.date).map((stop, index) => ({ ...stop, number: index + 1 }));
  const points = stops.map((stop) => [stop.lonlat[1], stop.lonlat[0]]);
  if (points.length > 1) L.polyline(points, { color: "#440154", weight: 3, dashArray: "6 6" }).addTo(map);
  const places = new Map();
  for (const stop of stops) {
    const key = `${stop.label}|${stop.lonlat[0].toFixed(3)}|${stop.lonlat[1].toFixed(3)}`;
    if (!places.has(key)) places.set(key, []);
    places.get(key).push(stop);
  }
  for (const group of places.values()) {
    const numbers = group.map((stop) => String(stop.number)).join(LIST_SEPARATOR);
    const name = `${numbers}. ${group[0].label} · ${group.map((stop) => formatDate(stop.date)).join(LIST_SEPARATOR)}`;
    const icon = L.divIcon({ className: "route-number", html: "", iconSize: [group.length > 1 ? 24 + 14 * (group.length - 1) : 24, 24] });
    const point = [group[0].lonlat[1], group[0].lonlat[0]];
    const marker = L.marker(point, { icon, title: name, alt: name, keyboard: true }).addTo(map);
    marker.getElement()?.append(el("span", {}, numbers));
    marker.getElement()?.setAttribute("aria-label", name);
    marker.bindTooltip(el("span", {}, name));
    marker.on("click", () => window.location.assign(group[0].url));
  }
  // The same numbers in the list of meetings beside the map.
  for (const stop of stops) {
    const item = document.getElementById(`meeting-${stop.id}`);
    const head = item?.querySelector(".meeting-head");
    if (head && !head.querySelector(".route-stop")) {
      head.prepend(el("span", { class: "route-stop", title: gettext("Stop on the map") }, String(stop.number)));
    }
  }
  map.fitBounds(points.length ? L.latLngBounds(points).pad(0.3) : outline.getBounds(), { maxZoom: 8 });
}

window.addEventListener("map:init", (event) => {
  const draw = { "meeting-map": meetingMap, "official-map": officialMap }[event.detail.id];
  if (draw) draw(event.detail.map).catch((error) => console.error(error));
});
