// The map page's state lives in the query string: a link reproduces the view and the
// browser's back/forward buttons move through it. Names and valid values are the API's: the
// filters' JSON Schemas come from the page config (events/filters.py MeetingFilter), so a value
// the server would refuse is dropped here too.
import { mapConfig } from "./config.js";

const SCHEMAS = mapConfig.filters || {};
export const FILTERS = Object.keys(SCHEMAS);
const MEASURES = mapConfig.measures || ["count"];
export const DEFAULT_MEASURE = MEASURES[0];

// As the server's forms read them: a date as strptime("%Y-%m-%d") does (one- or two-digit
// month and day) and a real calendar day; a whole number as Django's IntegerField does ("+5",
// "5.0"), in ASCII digits.
function isDate(value) {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether `value` satisfies the JSON Schema subset the filters use. */
function valid(schema, value) {
  if (schema.enum) return schema.enum.includes(value);
  if (schema.type === "integer") {
    const match = /^([+-]?\d{1,30})(\.0*)?$/.exec(value);
    if (!match) return false;
    const number = BigInt(match[1]);
    return (schema.minimum === undefined || number >= BigInt(schema.minimum))
      && (schema.maximum === undefined || number <= BigInt(schema.maximum));
  }
  if (schema.format === "date") return isDate(value);
  if (schema.maxLength !== undefined && [...value].length > schema.maxLength) return false;
  return schema.pattern === undefined || new RegExp(schema.pattern, "u").test(value);
}

/** The state in the URL; values the server would ignore are dropped here too. */
export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const name of FILTERS) {
    const value = (params.get(name) || "").trim();
    if (value && valid(SCHEMAS[name], value)) filters[name] = value;
  }
  const measure = MEASURES.includes(params.get("measure")) ? params.get("measure") : DEFAULT_MEASURE;
  return { filters, measure };
}

/** The URL's filter values the server would refuse: [{ name, value }] (shown on the page). */
export function invalidFilters(search = window.location.search) {
  const params = new URLSearchParams(search);
  const invalid = [];
  for (const name of FILTERS) {
    const value = (params.get(name) || "").trim();
    if (value && !valid(SCHEMAS[name], value)) invalid.push({ name, value });
  }
  return invalid;
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
  if (state.measure !== DEFAULT_MEASURE) params.set("measure", state.measure);
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
