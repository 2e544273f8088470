// Creates django-leaflet's maps and form widgets from data attributes (templates/leaflet/), in
// place of the inline <script> django-leaflet writes, which the Content-Security-Policy refuses.
// A classic script, included after each map: every run binds the maps not bound yet, so a page
// with several maps (or widgets) creates each once. Then django-leaflet's L.Map.djangoMap fires
// "map:init" as before, and our modules (map.js, minimap.js, the admin overlay) listen to it.
(function () {
  "use strict";

  // "L.GeometryField" → the object it names; only dotted identifiers, never code.
  function resolve(path) {
    if (!path) return null;
    if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(path)) throw new Error(`not a name: ${path}`);
    return path.split(".").reduce((object, key) => (object == null ? object : object[key]), window);
  }

  // The inline callback of django-leaflet's widget.html: put a geometry field on the map.
  function widgetCallback(node) {
    return function (map, options) {
      const data = node.dataset;
      const module = {
        fieldid: data.fieldid,
        modifiable: data.modifiable === "true",
        geom_type: data.geomType,
        srid: Number(data.srid),
        field_store_class: resolve(data.fieldStoreClass),
        precision: options.djoptions.precision,
      };
      const GeometryField = resolve(data.geometryFieldClass);
      new GeometryField(module).addTo(map);
    };
  }

  function bindWidgetsOnTargetMaps() {
    for (const node of document.querySelectorAll("[data-leaflet-widget][data-target-map]:not([data-bound])")) {
      node.dataset.bound = "";
      const callback = widgetCallback(node);
      window.addEventListener("map:init", (event) => {
        const map = event.detail.map;
        map.on("map:loadfield", (loaded) => {
          if (loaded.fieldid === node.dataset.targetMap) setTimeout(() => callback(map, event.detail.options), 0);
        });
      });
    }
  }

  function bindMaps() {
    for (const node of document.querySelectorAll("[data-leaflet-map]:not([data-bound])")) {
      node.dataset.bound = "";
      const name = node.dataset.leafletMap;
      const widget = document.querySelector(`[data-leaflet-widget="${CSS.escape(name)}"]:not([data-target-map])`);
      const callback = widget ? widgetCallback(widget) : resolve(node.dataset.callback);
      const loadmap = () => {
        L.Map.djangoMap(name, {
          djoptions: JSON.parse(node.dataset.djoptions),
          initfunc: loadmap,
          globals: "globals" in node.dataset,
          callback: callback || null,
        });
      };
      const events = JSON.parse(node.dataset.loadevents || "[]");
      if (events.length === 0) loadmap();
      else for (const type of events) window.addEventListener(type, loadmap, false);
    }
  }

  // leaflet.extras.js reads #force-img-path when it loads, which in the admin (widget media in
  // <head>) is before the widget writes it: without this, Leaflet guesses the marker icons'
  // folder from leaflet.css, wrongly under hashed static names (LEAFLET_CONFIG FORCE_IMAGE_PATH).
  const imagePath = document.getElementById("force-img-path");
  if (imagePath && JSON.parse(imagePath.textContent)) L.Icon.Default.imagePath = JSON.parse(imagePath.textContent);

  bindWidgetsOnTargetMaps();
  bindMaps();
})();
