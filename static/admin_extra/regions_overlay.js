// The admin's map widgets (django-leaflet + Leaflet.draw) made for placing one meeting:
// - the 12 regions are drawn faintly under the widget (LEAFLET_CONFIG has no internet tiles),
//   so staff see where they click;
// - the map opens at the extent of the meeting's region (else Morocco), never zoomed to the
//   point alone (a grey box with a pin);
// - a click on the map places the point, or moves it: no need to pick "Draw a marker" first.
// django-leaflet fires "map:init" for each widget map, then loads its field ("map:loadfield").
// The Leaflet.draw strings are translated server-side (events/messages.py, LEAFLET_DRAW).
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

// The region chosen in the form: the <select> beside the map, whose option reads "MA-09 …".
function chosenRegionCode(form) {
  const select = form ? form.querySelector("select[name='region']") : null;
  const option = select && select.selectedOptions[0];
  if (!option || !option.value) return "";
  return option.textContent.trim().split(/\s+/)[0];
}

function regionBounds(layer, code) {
  let bounds = null;
  layer.eachLayer((feature) => {
    if (code && feature.feature && feature.feature.id === code) bounds = feature.getBounds();
  });
  return bounds || layer.getBounds();
}

// A click that is not part of a Leaflet.draw action puts the single point there.
function placeOnClick(map, getField) {
  map.on("click", (event) => {
    const field = getField();
    if (!field || !field.options.modifiable || !field.options.is_point) return;
    if (field.options.is_collection) return;
    const control = field._drawControl;
    const toolbars = Object.values((control && control._toolbars) || {});
    const busy = toolbars.some((toolbar) => toolbar.enabled && toolbar.enabled());
    if (busy) return; // a draw or edit tool is active: Leaflet.draw handles the click
    field.onCreated({ layer: L.marker(event.latlng) });
    map.getContainer().dataset.placed = "true";
  });
}

window.addEventListener("map:init", async (event) => {
  const map = event.detail.map;
  let field = null;
  map.on("map:loadfield", (e) => {
    field = e.field;
  });
  placeOnClick(map, () => field);
  try {
    const layer = L.geoJSON(await regionsGeoJSON(), {
      interactive: false,
      style: () => ({ color: "#1b4965", weight: 1, fillColor: "#62b6cb", fillOpacity: 0.15 }),
    }).addTo(map);
    layer.bringToBack();
    const container = map.getContainer();
    map.fitBounds(regionBounds(layer, chosenRegionCode(container.closest("form"))));
    container.dataset.regions = String(layer.getLayers().length);
  } catch (error) {
    console.error(error);
  }
});
