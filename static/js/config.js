// What the server tells the scripts, as JSON blocks in the page (json_script):
// - `#site-config` on every page (events/presentation.py site_config): the language, link
//   templates and the vocabularies (events/vocabularies.py);
// - `#map-config` on the map page (events/views.py home): API addresses, each filter's valid
//   values (events/filters.py MeetingFilter), the measures and the years.
// The scripts keep no copy of a URL, a filter's values, a kind or a colour.
function read(id) {
  const node = document.getElementById(id);
  return node ? JSON.parse(node.textContent) : {};
}

export const site = read("site-config");
export const mapConfig = read("map-config");

const PLACEHOLDER = /\{(\w+)\}/g;

/** A page's address from its template, as uMap's urls.js: url("region", { code: "MA-09" }). */
export function url(name, params = {}) {
  const template = site.urls?.[name];
  if (template === undefined) throw new Error(`no URL template named ${name}`);
  return template.replace(PLACEHOLDER, (_, key) => {
    if (params[key] === undefined || params[key] === null) throw new Error(`${name}: no value for ${key}`);
    return encodeURIComponent(String(params[key]));
  });
}
