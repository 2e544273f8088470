// Markers: the selected region's meetings, or else every meeting place sized by its count,
// clustered when close together (leaflet.markercluster, if loaded).
import { cityName } from "./cities.js";
import { el } from "./dom.js";
import { formatNumber, interpolate, joinNames, ngettext } from "./i18n.js";
import { label } from "./vocabularies.js";

/** A tooltip's content as a DOM node: Leaflet inserts a string as HTML, a node as it is. */
export function tooltip(text) {
  return el("span", {}, text);
}

export function meetingCount(count) {
  return interpolate(ngettext("%(count)s meeting", "%(count)s meetings", count), { count: formatNumber(count) });
}

/**
 * Make an SVG shape (region, circle marker) a keyboard button: a Tab stop with an accessible
 * name, opened by Enter or Space. Bound once per element; the name is refreshed on each call.
 */
export function makeKeyboardButton(node, name, activate) {
  if (!node) return;
  node.setAttribute("tabindex", "0");
  node.setAttribute("role", "button");
  node.setAttribute("aria-label", name);
  node.jihatActivate = activate;
  if (node.dataset.keyboard) return;
  node.dataset.keyboard = "";
  node.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      node.jihatActivate();
    }
  });
}

// A cluster's icon names itself ("5 meetings"): Leaflet makes it a focusable button.
const ClusterIcon = L.DivIcon.extend({
  createIcon(oldIcon) {
    const div = L.DivIcon.prototype.createIcon.call(this, oldIcon);
    div.setAttribute("aria-label", this.options.label);
    div.setAttribute("role", "button");
    return div;
  },
});

/** A cluster shows how many meetings it holds (not how many places). */
function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const total = children.reduce((sum, marker) => sum + (marker.options.count || 1), 0);
  const cities = joinNames([...new Set(children.map((marker) => cityName(marker.options.city)))].sort());
  const size = total < 10 ? "small" : total < 100 ? "medium" : "large";
  return new ClusterIcon({
    html: el("div", {}, el("span", {}, formatNumber(total))),
    className: `marker-cluster marker-cluster-${size}`,
    iconSize: L.point(40, 40),
    label: joinNames([cities, meetingCount(total)]),
  });
}

/** Bind `name` and `activate` to a marker's element each time it is drawn (clusters redraw). */
function keyboardMarker(marker, name, activate) {
  marker.on("add", () => makeKeyboardButton(marker.getElement(), name, activate));
  return marker;
}

export function markerLayer(map) {
  const layer = L.markerClusterGroup
    ? L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, iconCreateFunction: clusterIcon })
    : L.layerGroup();
  return layer.addTo(map);
}

/** One marker per located meeting of the selected region; a click shows it in the panel. */
export function drawMeetings(layer, meetings, panel) {
  layer.clearLayers();
  for (const meeting of meetings) {
    if (!meeting.location) continue;
    const [lon, lat] = meeting.location;
    const marker = L.circleMarker([lat, lon], { radius: 7, color: "#111", weight: 1, fillColor: "#fff", fillOpacity: 0.95, count: 1, city: cityName(meeting.city, meeting.city_label) });
    const name = [cityName(meeting.city, meeting.city_label), label("kinds", meeting.kind, "")].filter(Boolean).join(" · ");
    marker.bindTooltip(tooltip(name));
    const show = () => {
      const item = panel.querySelector(`li.meeting[data-id="${meeting.id}"]`);
      if (item) { item.scrollIntoView({ block: "nearest" }); item.querySelector("a")?.focus(); }
    };
    marker.on("click", show);
    layer.addLayer(keyboardMarker(marker, joinNames([name, meetingCount(1)]), show));
  }
}

/** One marker per meeting place (/places.json), its area proportional to the count. */
export function drawPlaces(layer, places, onSelectRegion) {
  layer.clearLayers();
  const most = Math.max(1, ...places.map((place) => place.count));
  for (const place of places) {
    const [lon, lat] = place.location;
    // Area proportional to the count, from 4 px to 14 px of radius.
    const marker = L.circleMarker([lat, lon], {
      radius: 4 + 10 * Math.sqrt(place.count / most), color: "#1d2a33", weight: 1.5, fillColor: "#ffffff", fillOpacity: 0.75, count: place.count, city: cityName(place.city, place.label),
    });
    const city = cityName(place.city, place.label);
    const name = joinNames([city, meetingCount(place.count)]);
    marker.bindTooltip(tooltip(`${city} · ${meetingCount(place.count)}`));
    marker.on("click", () => onSelectRegion(place.region));
    layer.addLayer(keyboardMarker(marker, name, () => onSelectRegion(place.region)));
  }
}
