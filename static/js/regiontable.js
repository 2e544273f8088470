// The table of the 12 regions beside the map (the map's accessible twin): counts, latest
// export figures and links that select a region, refreshed from /api/regions/.
import { el } from "./dom.js";
import { formatMad, formatNumber } from "./i18n.js";
import { DEFAULT_MEASURE, filterParams } from "./state.js";

export function renderTable(features, state) {
  for (const row of document.querySelectorAll(".region-list tr[data-region]")) {
    const feature = features.get(row.dataset.region);
    if (!feature) continue;
    const { properties } = feature;
    row.querySelector(".count").textContent = formatNumber(properties.meeting_count ?? 0);
    const exports = properties.latest_export;
    row.querySelector(".exports").replaceChildren(
      exports ? formatMad(exports.amount_mad, exports.approximate) : "—",
      exports && exports.year ? el("span", { class: "muted" }, ` (${exports.year})`) : "",
    );
    if (row.dataset.region === state.filters.region) row.setAttribute("aria-current", "true");
    else row.removeAttribute("aria-current");
    const link = row.querySelector("a[data-select-region]");
    const params = filterParams({ ...state.filters, region: row.dataset.region });
    if (state.measure !== DEFAULT_MEASURE) params.set("measure", state.measure);
    link.href = `?${params}`;
  }
}
