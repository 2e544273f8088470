// The map page's state lives in the query string: a link reproduces the view and the
// browser's back/forward buttons move through it. Names match the API's filters.
export const FILTERS = ["region", "year", "date_from", "date_to", "kind", "official", "q"];
const MEASURES = ["count", "exports"];
const VALID = {
  region: /^MA-(0[1-9]|1[0-2])$/,
  year: /^(19[5-9]\d|20\d\d|2100)$/,
  date_from: /^\d{4}-\d{2}-\d{2}$/,
  date_to: /^\d{4}-\d{2}-\d{2}$/,
  kind: /^(consultation|evaluation_forum|caravan|chamber_meeting|other)$/,
  official: /^[1-9]\d{0,17}$/,
  q: /^[\s\S]{1,200}$/,
};

/** The state in the URL; values the server would ignore are dropped here too. */
export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const name of FILTERS) {
    const value = (params.get(name) || "").trim();
    if (value && VALID[name].test(value)) filters[name] = value;
  }
  const measure = MEASURES.includes(params.get("measure")) ? params.get("measure") : "count";
  return { filters, measure };
}

/** URLSearchParams of the filters, without the names in `drop`. */
export function filterParams(filters, { drop = [] } = {}) {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    if (filters[name] && !drop.includes(name)) params.set(name, filters[name]);
  }
  return params;
}

export function stateQuery(state) {
  const params = filterParams(state.filters);
  if (state.measure !== "count") params.set("measure", state.measure);
  const query = params.toString();
  return query ? `?${query}` : window.location.pathname;
}

/** Put the state in the URL: a new history entry, or replace the current one (animation). */
export function writeState(state, { replace = false } = {}) {
  const url = stateQuery(state);
  const current = window.location.search || window.location.pathname;
  if (url === current || (url === window.location.pathname && !window.location.search)) return;
  if (replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  window.dispatchEvent(new CustomEvent("jihat:urlchange"));
}
