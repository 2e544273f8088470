// City names in the page's script. Meetings carry their city as written in the record (most
// often in Latin script); on Arabic pages a city that is a region's capital reads in Arabic,
// from the regions' own `capital_fr`/`capital_ar` (/api/regions/). Other cities stay as written:
// the API has no per-language city name yet.
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

/** `name` in the page's script when known, else as written. */
export function cityName(name) {
  if (!name || lang !== "ar") return name || "";
  return arabic.get(key(name)) || name;
}
