// City names in the page's script. Meetings carry their city as written in the record (most
// often in Latin script) and `city_label`, the server's name for it in the page's language
// (events/presentation.py city_label, from the gazetteer); places carry it as `label`. Without
// one, a region's capital reads in Arabic from the regions' `capital_fr`/`capital_ar`.
import { lang } from "./i18n.js";

const arabic = new Map();

function key(name) {
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]/g, "");
}

/** Learn the capitals' names from the regions' GeoJSON properties. */
export function learnCityNames(features) {
  for (const feature of features) {
    const { capital_fr: latin, capital_ar: written } = feature.properties || {};
    if (latin && written) arabic.set(key(latin), written);
  }
}

/** `name` in the page's script: the server's `label` when given, else a known capital's. */
export function cityName(name, label) {
  if (label) return label;
  if (!name || lang !== "ar") return name || "";
  return arabic.get(key(name)) || name;
}
