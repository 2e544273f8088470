// The map page: a choropleth of the 12 regions (meeting count or latest export figure), the
// accessible table beside it, filters and a year slider kept in the query string, and the
// selected region's timeline as a side panel. django-leaflet fires "map:init" once the map exists.
//
// Data: per-region aggregates from /api/regions/, yearly totals from /api/stats/, and only the
// selected region's meetings from /api/meetings/ (the page never downloads every meeting).
// This module draws a state; its parts live beside it: api.js (requests), choropleth.js
// (colours, legend), regiontable.js (the table), markers.js, controls.js (form, slider, history),
// timeline.js (the panel), state.js (the URL), config.js (addresses and vocabularies).
import { apiUrl, getJSON } from "./api.js";
import { learnCityNames } from "./cities.js";
import { renderLegend, styleRegions } from "./choropleth.js";
import { url } from "./config.js";
import { bindControls, syncControls } from "./controls.js";
import { el } from "./dom.js";
import { formatMad, joinNames, lang } from "./i18n.js";
import { bindMeetingList, renderMeetingList } from "./meetinglist.js";
import { drawMeetings, drawPlaces, makeKeyboardButton, markerLayer as makeMarkerLayer, meetingCount, tooltip } from "./markers.js";
import { renderTable } from "./regiontable.js";
import { filterParams, invalidFilters, readState, writeState } from "./state.js";
import { renderProblems, renderSummary } from "./summary.js";
import { renderPanelLoading, renderRegionPanel } from "./timeline.js";

const mapElement = document.getElementById("regions-map");
const panel = document.getElementById("region-panel");
const slider = document.getElementById("year-range");
// The panel shows the first pages (oldest first); the region's own page lists every meeting.
const MAX_MEETING_PAGES = 4;

let state = readState();
let map;
let regionLayer;
let markerLayer;
const features = new Map(); // code -> feature (properties are the latest aggregates)
let renderToken = 0;
// Where focus was when a panel was opened from it (a region shape, a table link, a marker):
// Escape or the close button puts it back there. `focusPanel`: the next panel drawn takes focus.
let returnFocus = null;
let focusPanel = false;
const PHONE = window.matchMedia("(max-width: 760px)");
// Room above the country for the legend, which sits on the map's top corner (site.css).
const WHOLE_MAP = { paddingTopLeft: [8, 52], paddingBottomRight: [8, 8] };

function regionName(properties) {
  return properties[`name_${lang}`] || properties.name_fr;
}

function tooltipText(properties) {
  const count = properties.meeting_count ?? 0;
  const parts = [regionName(properties), meetingCount(count)];
  const latest = properties.latest_export;
  if (latest) parts.push(`${formatMad(latest.amount_mad, latest.approximate)}${latest.year ? ` (${latest.year})` : ""}`);
  return tooltip(parts.join(" · "));
}

/** Each region shape is a button: a Tab stop named "Souss-Massa, 3 meetings"; Enter opens it. */
function labelRegions() {
  regionLayer.eachLayer((layer) => {
    const { properties } = layer.feature;
    makeKeyboardButton(layer.getElement(), joinNames([regionName(properties), meetingCount(properties.meeting_count ?? 0)]),
      () => selectRegion(layer.feature.id === state.filters.region ? null : layer.feature.id));
  });
}

function restyle() {
  const breaks = styleRegions(regionLayer, features, state, tooltipText);
  labelRegions();
  renderLegend(document.getElementById("legend"), breaks, state.measure);
  mapElement.dataset.regions = String(features.size);
}

async function loadRegions() {
  const data = await getJSON(apiUrl("regions", filterParams(state.filters, { drop: ["region"] })));
  const first = features.size === 0;
  learnCityNames(data.features);
  // With a filter, a region without a matching meeting shows no export figure: the column and
  // the colours follow the filter (the figure is the latest up to the chosen period).
  const filtered = filterParams(state.filters, { drop: ["region"] }).toString() !== "";
  for (const feature of data.features) {
    const code = feature.id ?? feature.properties.code;
    const properties = { ...feature.properties };
    if (filtered && !properties.meeting_count) properties.latest_export = null;
    features.set(code, { ...feature, id: code, properties });
  }
  if (first) {
    regionLayer.addData([...features.values()]);
    map.fitBounds(regionLayer.getBounds(), WHOLE_MAP);
  } else {
    regionLayer.eachLayer((layer) => {
      layer.feature.properties = features.get(layer.feature.id).properties;
    });
  }
  restyle();
  renderTable(features, state);
  return [...features.values()].reduce((sum, f) => sum + (f.properties.meeting_count ?? 0), 0);
}

async function loadHistogram() {
  const histogram = document.getElementById("year-histogram");
  const data = await getJSON(apiUrl("stats", filterParams(state.filters, { drop: ["region", "year"] })));
  const perYear = new Map();
  for (const row of data.results) perYear.set(row.year, (perYear.get(row.year) || 0) + row.meetings);
  const undated = perYear.get(null) || 0;
  if (!histogram || !slider) return undated;
  const years = [];
  // The slider's first position is "All years", not a year: no bar for it.
  for (let y = Number(slider.min) + 1; y <= Number(slider.max); y += 1) years.push(y);
  const top = Math.max(1, ...perYear.values());
  histogram.replaceChildren(...years.map((y) =>
    el("span", { style: `block-size:${Math.round(((perYear.get(y) || 0) / top) * 100)}%`, title: `${y}: ${perYear.get(y) || 0}` })));
  return undated;
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
  let next = apiUrl("meetings", params);
  for (let page = 0; next && page < MAX_MEETING_PAGES; page += 1) {
    const data = await getJSON(next);
    meetings.push(...data.results);
    next = data.next;
  }
  const truncated = Boolean(next);
  const statsData = await getJSON(apiUrl("stats", new URLSearchParams({ region: code })));
  const stats = statsData.results.filter((row) => row.region === code && row.year).sort((a, b) => a.year - b.year);
  if (code !== state.filters.region) return []; // the user moved on meanwhile
  // The stats give no "≈": an amount is approximate when a figure of these meetings says so, or
  // when it is the region's latest figure and that one is.
  const approximateAmounts = new Set();
  for (const meeting of meetings) {
    for (const figure of meeting.figures || []) {
      if (figure.approximate && figure.year) approximateAmounts.add(`${figure.year}:${Number(figure.amount_mad)}`);
    }
  }
  const latest = feature?.properties.latest_export;
  if (latest?.approximate && latest.year) approximateAmounts.add(`${latest.year}:${Number(latest.amount_mad)}`);
  const pageParams = filterParams(state.filters, { drop: ["region"] });
  const pageUrl = url("region", { code }) + (pageParams.toString() ? `?${pageParams}` : "");
  renderRegionPanel(panel, {
    name, code, meetings, stats, pageUrl, truncated,
    total: truncated ? feature?.properties.meeting_count : meetings.length,
    approximate: (year, amount) => approximateAmounts.has(`${year}:${Number(amount)}`),
    onClose: closePanel,
  });
  if (focusPanel) {
    focusPanel = false;
    if (PHONE.matches) panel.scrollIntoView({ block: "start" });
    panel.querySelector("#panel-title").focus({ preventScroll: PHONE.matches });
  }
  return meetings;
}

/** Markers: the selected region's meetings, or else every meeting place with its count. */
async function drawMarkers(meetings, token) {
  if (state.filters.region) {
    if (token === renderToken) drawMeetings(markerLayer, meetings, panel);
    return;
  }
  const places = (await getJSON(apiUrl("places", filterParams(state.filters, { drop: ["region"] })))).results;
  if (token === renderToken) drawPlaces(markerLayer, places, selectRegion); // else a newer view is being drawn
}

function updateDownload() {
  for (const [id, format] of [["download", "csv"], ["download-geojson", "geojson"]]) {
    const link = document.getElementById(id);
    if (!link) continue;
    const params = filterParams(state.filters);
    params.set("format", format);
    link.href = apiUrl("meetings", params);
  }
}

/** Close the panel and give focus back to where the reader opened it from. */
function closePanel() {
  const back = returnFocus;
  returnFocus = null;
  selectRegion(null, { keepFocus: true });
  const code = back?.dataset?.regionCode;
  const target = back && back.isConnected ? back : code ? document.querySelector(`.region-${code}`) : null;
  (target || document.getElementById("regions-map")).focus({ preventScroll: true });
}

async function render() {
  const token = ++renderToken;
  document.body.dataset.mapState = "loading";
  syncControls(state);
  updateDownload();
  const invalid = invalidFilters();
  renderProblems({ invalid, onDrop: () => go({ filters: {} }, { replace: true }) });
  renderSummary({ total: null });
  try {
    const total = await loadRegions();
    const [undated, meetings] = await Promise.all([loadHistogram(), loadPanel(), renderMeetingList(state.filters)]);
    if (token === renderToken) {
      renderSummary({
        total, undated, filters: state.filters,
        onReset: () => { state = { filters: {}, measure: state.measure }; go({ filters: {} }); },
        onAllYears: () => go({ filters: { year: null } }),
      });
    }
    await drawMarkers(meetings, token);
  } catch (error) {
    console.error(error);
    if (token === renderToken) renderProblems({ invalid, error, onDrop: () => go({ filters: {} }, { replace: true }) });
  }
  if (token === renderToken) document.body.dataset.mapState = "ready";
}

function go(changes, { replace = false } = {}) {
  state = { filters: { ...state.filters, ...changes.filters }, measure: changes.measure || state.measure };
  for (const [name, value] of Object.entries(state.filters)) if (!value) delete state.filters[name];
  writeState(state, { replace });
  render();
}

function selectRegion(code, { keepFocus = false } = {}) {
  if (code && !keepFocus) {
    // Opened by the reader: the panel takes focus, and Escape brings it back here.
    if (!returnFocus || !panel.contains(document.activeElement)) {
      returnFocus = panel.contains(document.activeElement) ? returnFocus : document.activeElement;
    }
    focusPanel = true;
  }
  go({ filters: { region: code } });
  if (code) {
    const layer = regionLayer.getLayers().find((l) => l.feature.id === code);
    if (layer) map.flyToBounds(layer.getBounds(), { maxZoom: 7, duration: 0.5 });
  } else {
    map.flyToBounds(regionLayer.getBounds(), { ...WHOLE_MAP, duration: 0.5 });
  }
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
      layer.on("add", () => { if (layer.getElement()) layer.getElement().dataset.regionCode = feature.id; });
      layer.on("click", () => selectRegion(feature.id === state.filters.region ? null : feature.id));
    },
  }).addTo(map);
  markerLayer = makeMarkerLayer(map);
  bindMeetingList();
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && state.filters.region && !panel.hidden) {
      event.preventDefault();
      closePanel();
    }
  });
  bindControls({
    getState: () => state,
    go,
    replaceFilters: (filters) => {
      state = { filters: {}, measure: state.measure };
      go({ filters });
    },
    selectRegion,
    restore: () => {
      state = readState();
      render();
    },
  });
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
