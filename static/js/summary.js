// What the filters match, said above the map: the number of meetings, an empty state with a
// way out, the URL values the server would refuse (shown, not dropped silently), a reversed
// date range, the undated meetings a year filter leaves out, and a request that failed.
import { mapConfig } from "./config.js";
import { el } from "./dom.js";
import { formatNumber, gettext, interpolate, ngettext } from "./i18n.js";

const box = document.getElementById("result-summary");
const problems = document.getElementById("url-problems");

function action(text, onClick, attributes = {}) {
  const link = el("a", { href: window.location.pathname, class: "action", ...attributes }, text);
  link.addEventListener("click", (event) => {
    event.preventDefault();
    onClick();
  });
  return link;
}

/** The URL's refused values and a failed request, in a box the reader cannot miss. */
export function renderProblems({ invalid = [], error = null, onDrop }) {
  const labels = mapConfig.filterLabels || {};
  const items = invalid.map(({ name, value }) =>
    el("li", {}, interpolate(gettext("The address asks for %(name)s “%(value)s”, which is not a valid value: it is ignored."), {
      name: labels[name] || name,
      value,
    })));
  if (error) items.push(el("li", {}, gettext("The map could not load its data. Check the filters or try again later.")));
  problems.hidden = items.length === 0;
  problems.replaceChildren(...(items.length
    ? [el("ul", {}, items), ...(invalid.length ? [action(gettext("Remove the invalid values from the address"), onDrop, { "data-drop-invalid": "" })] : [])]
    : []));
}

/**
 * `total`: matching meetings (null while unknown); `undated`: undated meetings the year filter
 * leaves out; `filters`; `onReset()`; `onAllYears()`.
 */
export function renderSummary({ total, undated, filters, onReset, onAllYears }) {
  if (total === null || total === undefined) {
    box.replaceChildren();
    return;
  }
  const parts = [];
  const reversed = filters.date_from && filters.date_to && filters.date_from > filters.date_to;
  if (total === 0) {
    box.dataset.empty = "true";
    parts.push(el("p", { class: "empty-state" },
      el("strong", { class: "count" }, gettext("No published meeting matches these filters.")), " ",
      reversed ? `${gettext("The start date is after the end date.")} ` : "",
      filters.q ? `${interpolate(gettext("Nothing found for “%(q)s”."), { q: filters.q })} ` : "",
      action(gettext("Show every meeting"), onReset, { "data-reset-view": "" })));
  } else {
    delete box.dataset.empty;
    parts.push(el("p", { class: "count-line" }, el("strong", { class: "count" },
      interpolate(ngettext("%(count)s meeting", "%(count)s meetings", total), { count: formatNumber(total) }))));
  }
  if (filters.year && undated > 0) {
    parts.push(el("p", { class: "undated" },
      interpolate(ngettext(
        "%(count)s meeting without a date is left out by the year filter.",
        "%(count)s meetings without a date are left out by the year filter.",
        undated,
      ), { count: formatNumber(undated) }), " ",
      action(gettext("Include them (all years)"), onAllYears, { "data-all-years": "" })));
  }
  box.replaceChildren(...parts);
}
