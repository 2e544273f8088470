// The map page: a choropleth of the 12 regions (meeting count or latest export figure), the
// accessible table beside it, filters and a year slider kept in the query string, and the
// selected region's timeline as a side panel. django-leaflet fires "map:init" once the map exists.
//
// Data: per-region aggregates from /api/regions/, yearly totals from /api/stats/, and only the
// selected region's meetings from /api/meetings/ (the page never downloads every meeting).
import { el } from "./dom.js";
import { formatMad, formatNumber, gettext, interpolate, lang, ngettext } from "./i18n.js";
import { filterParams, readState, writeState } from "./state.js";
import { renderPanelLoading, renderRegionPanel } from "./timeline.js";

const config = JSON.parse(document.getElementById("map-config").textContent);
const mapElement = document.getElementById("regions-map");
const form = document.getElementById("filters");
const panel = document.getElementById("region-panel");
const slider = document.getElementById("year-range");
const sliderOutput = document.getElementById("year-output");
const playButton = document.querySelector("[data-play]");

// Colour-blind-safe sequential palettes (light to dark): viridis for counts, ColorBrewer YlOrBr
// for amounts, so the two measures never look alike. https://colorbrewer2.org/ (5 classes).
const PALETTES = {
  count: ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"],
  exports: ["#ffffd4", "#fed98e", "#fe9929", "#d95f0e", "#993404"],
};
const NO_DATA = "#e4e7ea";
const PLAY_STEP_MS = 1400;
// The panel shows the first pages (oldest first); the region's own page lists every meeting.
const MAX_MEETING_PAGES = 4;

let state = readState();
let map;
let regionLayer;
let markerLayer;
let features = new Map(); // code -> feature (properties are the latest aggregates)
let renderToken = 0;
let playTimer = null;
// While the slider is dragged or playing, one history entry is updated in place: "back" then
// returns to the view before the animation, not through every year it showed.
let transient = false;
const responses = new Map();

function getJSON(url) {
  if (!responses.has(url)) {
    const request = fetch(url, { headers: { Accept: "application/json" } }).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json();
    });
    request.catch(() => responses.delete(url));
    responses.set(url, request);
  }
  return responses.get(url);
}

function apiUrl(name, params) {
  const query = params.toString();
  return query ? `${config.api[name]}?${query}` : config.api[name];
}

function regionName(properties) {
  return properties[`name_${lang}`] || properties.name_fr;
}

function measureValue(properties) {
  if (state.measure === "exports") {
    return properties.latest_export ? Number(properties.latest_export.amount_mad) : null;
  }
  return properties.meeting_count ?? 0;
}

/** Upper bounds of up to five classes: one class per value when counts are small. */
function classBreaks(values) {
  const max = Math.max(0, ...values.filter((v) => v !== null));
  if (max <= 0) return [];
  if (state.measure === "count" && max <= 5) return Array.from({ length: max }, (_, i) => i + 1);
  const step = max / 5;
  const breaks = [1, 2, 3, 4, 5].map((i) => (state.measure === "count" ? Math.ceil(step * i) : step * i));
  return [...new Set(breaks)];
}

function colourFor(value, breaks) {
  if (value === null || value === 0 || !breaks.length) return NO_DATA;
  const palette = PALETTES[state.measure];
  const index = breaks.findIndex((upper) => value <= upper);
  const rank = index === -1 ? breaks.length - 1 : index;
  // Spread the classes over the palette so two classes are not two neighbouring shades.
  const position = breaks.length === 1 ? palette.length - 1 : Math.round((rank * (palette.length - 1)) / (breaks.length - 1));
  return palette[position];
}

function formatValue(value) {
  return state.measure === "exports" ? formatMad(value) : formatNumber(value);
}

function renderLegend(breaks) {
  const legend = document.getElementById("legend");
  const title = state.measure === "exports" ? gettext("Latest export figure") : gettext("Meetings");
  const items = [el("li", {}, el("span", { class: "swatch", style: `background:${NO_DATA}` }),
    state.measure === "exports" ? gettext("no figure") : formatNumber(0))];
  let lower = state.measure === "count" ? 1 : 0;
  breaks.forEach((upper, rank) => {
    let label;
    if (state.measure === "count") {
      label = lower === upper ? formatNumber(upper) : `${formatNumber(lower)} – ${formatNumber(upper)}`;
    } else {
      label = rank === 0 ? `≤ ${formatValue(upper)}` : `${formatValue(lower)} – ${formatValue(upper)}`;
    }
    items.push(el("li", {}, el("span", { class: "swatch", style: `background:${colourFor(upper, breaks)}` }), label));
    lower = state.measure === "count" ? upper + 1 : upper;
  });
  legend.replaceChildren(el("strong", {}, title), el("ul", {}, items));
}

/** A tooltip's content as a DOM node: Leaflet inserts a string as HTML, a node as it is. */
function tooltip(text) {
  return el("span", {}, text);
}

function tooltipText(properties) {
  const count = properties.meeting_count ?? 0;
  const parts = [regionName(properties), meetingCount(count)];
  if (properties.latest_export) {
    parts.push(`${formatMad(properties.latest_export.amount_mad, properties.latest_export.approximate)} (${properties.latest_export.year})`);
  }
  return tooltip(parts.join(" · "));
}

function restyle() {
  const breaks = classBreaks([...features.values()].map((f) => measureValue(f.properties)));
  regionLayer.eachLayer((layer) => {
    const { properties } = layer.feature;
    const selected = layer.feature.id === state.filters.region;
    layer.setStyle({
      color: selected ? "#111" : "#ffffff",
      weight: selected ? 3 : 1,
      fillColor: colourFor(measureValue(properties), breaks),
      fillOpacity: 0.85,
    });
    if (selected) layer.bringToFront();
    layer.setTooltipContent(tooltipText(properties));
  });
  renderLegend(breaks);
  mapElement.dataset.regions = String(features.size);
}

function renderTable() {
  for (const row of document.querySelectorAll(".region-list tr[data-region]")) {
    const feature = features.get(row.dataset.region);
    if (!feature) continue;
    const { properties } = feature;
    row.querySelector(".count").textContent = formatNumber(properties.meeting_count ?? 0);
    const exports = properties.latest_export;
    row.querySelector(".exports").replaceChildren(
      exports ? formatMad(exports.amount_mad, exports.approximate) : "—",
      exports ? el("span", { class: "muted" }, ` (${exports.year})`) : "",
    );
    if (row.dataset.region === state.filters.region) row.setAttribute("aria-current", "true");
    else row.removeAttribute("aria-current");
    const link = row.querySelector("a[data-select-region]");
    const params = filterParams({ ...state.filters, region: row.dataset.region });
    if (state.measure !== "count") params.set("measure", state.measure);
    link.href = `?${params}`;
  }
}

async function loadRegions() {
  const data = await getJSON(apiUrl("regions", filterParams(state.filters, { drop: ["region"] })));
  const first = features.size === 0;
  for (const feature of data.features) {
    const code = feature.id ?? feature.properties.code;
    features.set(code, { ...feature, id: code });
  }
  if (first) {
    regionLayer.addData([...features.values()]);
    map.fitBounds(regionLayer.getBounds(), { padding: [8, 8] });
  } else {
    regionLayer.eachLayer((layer) => {
      layer.feature.properties = features.get(layer.feature.id).properties;
    });
  }
  restyle();
  renderTable();
}

async function loadHistogram() {
  const histogram = document.getElementById("year-histogram");
  if (!histogram || !slider) return;
  const data = await getJSON(apiUrl("stats", filterParams(state.filters, { drop: ["region", "year"] })));
  const perYear = new Map();
  for (const row of data.results) perYear.set(row.year, (perYear.get(row.year) || 0) + row.meetings);
  const years = [];
  for (let y = Number(slider.min); y <= Number(slider.max); y += 1) years.push(y);
  const top = Math.max(1, ...perYear.values());
  histogram.replaceChildren(...years.map((y) =>
    el("span", { style: `block-size:${Math.round(((perYear.get(y) || 0) / top) * 100)}%`, title: `${y}: ${perYear.get(y) || 0}` })));
}

async function loadPanel() {
  const code = state.filters.region;
  if (!code) {
    panel.hidden = true;
    panel.replaceChildren();
    return [];
  }
  const feature = features.get(code);
  const name = feature ? regionName(feature.properties) : code;
  panel.hidden = false;
  renderPanelLoading(panel, name);
  const params = filterParams(state.filters);
  params.set("ordering", "date");
  const meetings = [];
  let url = apiUrl("meetings", params);
  for (let page = 0; url && page < MAX_MEETING_PAGES; page += 1) {
    const data = await getJSON(url);
    meetings.push(...data.results);
    url = data.next;
  }
  const truncated = Boolean(url);
  const statsData = await getJSON(apiUrl("stats", new URLSearchParams({ region: code })));
  const stats = statsData.results.filter((row) => row.region === code).sort((a, b) => a.year - b.year);
  if (code !== state.filters.region) return []; // the user moved on meanwhile
  const pageParams = filterParams(state.filters, { drop: ["region"] });
  const pageUrl = config.urls.region.replace("MA-00", code) + (pageParams.toString() ? `?${pageParams}` : "");
  renderRegionPanel(panel, {
    name, code, meetings, stats, pageUrl, config, truncated,
    onClose: () => selectRegion(null),
  });
  return meetings;
}

function meetingCount(count) {
  return interpolate(ngettext("%(count)s meeting", "%(count)s meetings", count), { count: formatNumber(count) });
}

/** Markers: the selected region's meetings, or else every meeting place with its count. */
async function drawMarkers(meetings, token) {
  const region = state.filters.region;
  const places = region
    ? null
    : (await getJSON(apiUrl("places", filterParams(state.filters, { drop: ["region"] })))).results;
  if (token !== renderToken) return; // a newer view is being drawn
  markerLayer.clearLayers();
  if (region) {
    for (const meeting of meetings) {
      if (!meeting.location) continue;
      const [lon, lat] = meeting.location;
      const marker = L.circleMarker([lat, lon], { radius: 7, color: "#111", weight: 1, fillColor: "#fff", fillOpacity: 0.95, count: 1 });
      marker.bindTooltip(tooltip(`${meeting.city || ""} · ${config.kinds[meeting.kind] || meeting.kind}`));
      marker.on("click", () => {
        const item = panel.querySelector(`li.meeting[data-id="${meeting.id}"]`);
        if (item) { item.scrollIntoView({ block: "nearest" }); item.querySelector("a")?.focus(); }
      });
      markerLayer.addLayer(marker);
    }
    return;
  }
  const most = Math.max(1, ...places.map((place) => place.count));
  for (const place of places) {
    const [lon, lat] = place.location;
    // Area proportional to the count, from 4 px to 14 px of radius.
    const marker = L.circleMarker([lat, lon], {
      radius: 4 + 10 * Math.sqrt(place.count / most), color: "#1d2a33", weight: 1.5, fillColor: "#ffffff", fillOpacity: 0.75, count: place.count,
    });
    marker.bindTooltip(tooltip(`${place.city} · ${meetingCount(place.count)}`));
    marker.on("click", () => selectRegion(place.region));
    markerLayer.addLayer(marker);
  }
}

/** A cluster shows how many meetings it holds (not how many places). */
function clusterIcon(cluster) {
  const total = cluster.getAllChildMarkers().reduce((sum, marker) => sum + (marker.options.count || 1), 0);
  const size = total < 10 ? "small" : total < 100 ? "medium" : "large";
  return L.divIcon({
    html: el("div", {}, el("span", {}, formatNumber(total))),
    className: `marker-cluster marker-cluster-${size}`,
    iconSize: L.point(40, 40),
  });
}

function updateDownload() {
  const params = filterParams(state.filters);
  params.set("format", "csv");
  document.getElementById("download").href = apiUrl("meetings", params);
}

function syncControls() {
  for (const name of config.filterNames) {
    const control = form.elements[name];
    if (control) control.value = state.filters[name] || "";
  }
  form.elements.measure.value = state.measure;
  for (const radio of document.querySelectorAll('input[name="measure-choice"]')) radio.checked = radio.value === state.measure;
  if (slider) {
    if (state.filters.year) slider.value = state.filters.year;
    sliderOutput.textContent = state.filters.year || gettext("All years");
    slider.classList.toggle("all-years", !state.filters.year);
  }
  renderActiveFilters();
}

function renderActiveFilters() {
  const box = document.getElementById("active-filters");
  const labels = {
    region: gettext("Region"), year: gettext("Year"), date_from: gettext("From"), date_to: gettext("To"),
    kind: gettext("Kind"), official: gettext("Official"), q: gettext("Search"),
  };
  const chips = Object.entries(state.filters).map(([name, value]) => {
    const control = form.elements[name];
    let shown = value;
    if (control && control.tagName === "SELECT") {
      const option = [...control.options].find((o) => o.value === value);
      if (option) shown = option.textContent;
    }
    return el("span", { class: "chip" }, `${labels[name]}: `, el("strong", {}, shown));
  });
  box.replaceChildren(...(chips.length
    ? [el("span", { class: "label" }, `${gettext("Active filters")}: `), ...chips]
    : [el("span", { class: "muted" }, gettext("No filter: every published meeting."))]));
}

async function render() {
  const token = ++renderToken;
  document.body.dataset.mapState = "loading";
  syncControls();
  updateDownload();
  try {
    await loadRegions();
    const [, meetings] = await Promise.all([loadHistogram(), loadPanel()]);
    await drawMarkers(meetings, token);
  } catch (error) {
    console.error(error);
  }
  if (token === renderToken) document.body.dataset.mapState = "ready";
}

function go(changes, { replace = false } = {}) {
  state = { filters: { ...state.filters, ...changes.filters }, measure: changes.measure || state.measure };
  for (const [name, value] of Object.entries(state.filters)) if (!value) delete state.filters[name];
  writeState(state, { replace });
  render();
}

function selectRegion(code) {
  go({ filters: { region: code } });
  if (code) {
    const layer = regionLayer.getLayers().find((l) => l.feature.id === code);
    if (layer) map.flyToBounds(layer.getBounds(), { maxZoom: 7, duration: 0.5 });
  } else {
    map.flyToBounds(regionLayer.getBounds(), { duration: 0.5 });
  }
}

function formFilters() {
  const data = new FormData(form);
  return readState(`?${new URLSearchParams(data)}`).filters;
}

function stopPlaying() {
  if (!playTimer) return;
  clearInterval(playTimer);
  playTimer = null;
  playButton.setAttribute("aria-pressed", "false");
  transient = false;
}

function startPlaying() {
  const min = Number(slider.min);
  const max = Number(slider.max);
  let year = state.filters.year && Number(state.filters.year) < max ? Number(state.filters.year) + 1 : min;
  playButton.setAttribute("aria-pressed", "true");
  const step = () => {
    go({ filters: { year: String(year) } }, { replace: transient });
    transient = true;
    if (year >= max) stopPlaying();
    year += 1;
  };
  step();
  if (playTimer === null && year <= max) playTimer = setInterval(step, PLAY_STEP_MS);
}

function bindControls() {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    stopPlaying();
    state = { filters: {}, measure: state.measure };
    go({ filters: formFilters() });
  });
  form.addEventListener("change", (event) => {
    if (event.target.type === "search") return; // free text waits for Enter or Apply
    stopPlaying();
    state = { filters: {}, measure: state.measure };
    go({ filters: formFilters() });
  });
  form.querySelector("[data-reset]").addEventListener("click", (event) => {
    event.preventDefault();
    stopPlaying();
    state = { filters: {}, measure: state.measure };
    go({ filters: {} });
  });
  for (const radio of document.querySelectorAll('input[name="measure-choice"]')) {
    radio.addEventListener("change", () => go({ filters: {}, measure: radio.value }));
  }
  document.querySelector(".region-list").addEventListener("click", (event) => {
    const link = event.target.closest("a[data-select-region]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    selectRegion(link.dataset.selectRegion);
  });
  if (slider) {
    slider.hidden = false;
    playButton.hidden = false;
    slider.addEventListener("input", () => {
      stopPlaying();
      go({ filters: { year: slider.value } }, { replace: transient });
      transient = true;
    });
    slider.addEventListener("change", () => {
      transient = false;
    });
    playButton.addEventListener("click", () => (playTimer ? stopPlaying() : startPlaying()));
  }
  window.addEventListener("popstate", () => {
    stopPlaying();
    state = readState();
    render();
  });
}

function setup(leafletMap) {
  map = leafletMap;
  // Quarter zoom steps: Morocco, tall and narrow, then fills a wide map (or a printed page).
  map.options.zoomSnap = 0.25;
  // Regions above the (optional) tiles; the page works without any tile server.
  regionLayer = L.geoJSON(null, {
    // A class per region: styling hooks and a stable handle for the browser tests.
    style: (feature) => ({ className: `region region-${feature.id}` }),
    onEachFeature: (feature, layer) => {
      layer.bindTooltip(tooltip(""), { sticky: true, direction: "top" });
      layer.on("click", () => selectRegion(feature.id === state.filters.region ? null : feature.id));
    },
  }).addTo(map);
  markerLayer = (L.markerClusterGroup ? L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, iconCreateFunction: clusterIcon }) : L.layerGroup()).addTo(map);
  bindControls();
  // The printed map is a different size from the screen's: redraw and refit for print.
  const refit = () => {
    map.invalidateSize({ animate: false });
    if (regionLayer.getLayers().length) map.fitBounds(regionLayer.getBounds(), { animate: false });
  };
  window.addEventListener("beforeprint", refit);
  window.addEventListener("afterprint", refit);
  window.matchMedia("print").addEventListener("change", refit);
  render();
}

window.addEventListener("map:init", (event) => {
  if (event.detail.id === "regions-map") setup(event.detail.map);
});
