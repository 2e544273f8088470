// The side panel of the map page: a region's meetings in date order on a time axis, its
// export figures by year, and links to every source article. Built from the API's JSON.
import { url } from "./config.js";
import { el, httpUrl } from "./dom.js";
import { formatDate, formatMad, gettext, interpolate, lang, ngettext } from "./i18n.js";
import { label, paintKinds } from "./vocabularies.js";

function officialName(official) {
  return lang === "ar"
    ? official.name_ar || official.name_latin
    : official.name_latin || official.name_ar;
}

function dateNode(meeting) {
  if (!meeting.date) return el("span", { class: "date unknown" }, gettext("date unknown"));
  const uncertain = meeting.date_certain === false;
  return el(
    "time",
    {
      class: uncertain ? "date uncertain" : "date",
      datetime: meeting.date,
      title: uncertain ? gettext("Uncertain date (inferred or corrected)") : null,
    },
    uncertain ? el("span", { "aria-hidden": "true" }, "≈ ") : null,
    formatDate(meeting.date, meeting.date_precision),
    uncertain ? el("span", { class: "visually-hidden" }, ` (${gettext("uncertain date")})`) : null,
  );
}

function meetingItem(meeting) {
  const kind = label("kinds", meeting.kind);
  const officials = (meeting.officials || []).map((official, index) => [
    index ? ", " : "",
    el("a", { href: url("official", { pk: official.id }) }, officialName(official)),
    " ",
    el("span", { class: "role" }, `(${label("roles", official.role_code, official.role || "")})`),
  ]);
  const figures = (meeting.figures || []).map((figure) =>
    el(
      "li",
      {},
      el("strong", {}, formatMad(figure.amount_mad, figure.approximate)),
      figure.year ? ` · ${figure.year}` : "",
      figure.text ? [" ", el("q", {}, figure.text)] : "",
    ),
  );
  const sources = (meeting.sources || []).map((source, index) => {
    const href = httpUrl(source.url);
    return [
      index ? ", " : "",
      href
        ? el("a", { href, rel: "noopener external" }, source.outlet || source.title || source.url)
        : source.title || source.outlet || "",
    ];
  });
  return el(
    "li",
    { class: `meeting kind-${meeting.kind}`, dataset: { id: meeting.id, date: meeting.date || "", kind: meeting.kind } },
    el(
      "div",
      { class: "meeting-head" },
      dateNode(meeting),
      el("span", { class: "kind" }, kind),
      meeting.city ? el("span", { class: "place" }, meeting.city) : null,
    ),
    el(
      "h3",
      { class: "meeting-title" },
      el("a", { href: url("meeting", { pk: meeting.id }) }, meeting.title || kind),
    ),
    officials.length
      ? el("p", { class: "officials" }, el("span", { class: "label" }, `${gettext("Officials")}: `), officials)
      : null,
    figures.length ? el("ul", { class: "figures" }, figures) : null,
    sources.length
      ? el("p", { class: "sources" }, el("span", { class: "label" }, `${gettext("Sources")}: `), sources)
      : null,
  );
}

/** Dots on a line from the first meeting's date to the last one's (mirrored in Arabic). */
function timeAxis(meetings) {
  const dated = meetings.filter((m) => m.date);
  if (!dated.length) return null;
  const time = (m) => Date.parse(`${m.date}T00:00:00Z`);
  const first = time(dated[0]);
  const span = time(dated[dated.length - 1]) - first;
  return el(
    "figure",
    { class: "time-axis", "aria-hidden": "true" },
    el(
      "ol",
      {},
      dated.map((m) =>
        el("li", {
          class: `kind-${m.kind}`,
          dataset: { kind: m.kind },
          style: `inset-inline-start: ${span ? (((time(m) - first) / span) * 100).toFixed(2) : 50}%`,
          title: formatDate(m.date, m.date_precision),
        }),
      ),
    ),
    el(
      "div",
      { class: "axis-ends" },
      el("span", {}, dated[0].date.slice(0, 4)),
      el("span", {}, dated[dated.length - 1].date.slice(0, 4)),
    ),
  );
}

function exportsChart(stats) {
  const series = stats.filter((row) => row.exports_mad !== null && row.exports_mad !== undefined);
  const caption = el("figcaption", {}, gettext("Regional exports quoted in the press, by year"));
  if (!series.length) {
    return el("figure", { class: "exports-chart" }, caption,
      el("p", { class: "muted" }, gettext("No export figure quoted for this region yet.")));
  }
  const top = Math.max(...series.map((row) => Number(row.exports_mad)));
  return el(
    "figure",
    { class: "exports-chart" },
    caption,
    el(
      "table",
      {},
      el("tbody", {}, series.map((row) =>
        el(
          "tr",
          {},
          el("th", { scope: "row" }, String(row.year)),
          el(
            "td",
            {},
            el("span", { class: "bar", style: `inline-size: ${((Number(row.exports_mad) / top) * 100).toFixed(1)}%` }),
            el("span", { class: "bar-label" }, formatMad(row.exports_mad)),
          ),
        ),
      )),
    ),
  );
}

/** Fill `container` with the region's story; `onClose` deselects the region. */
export function renderRegionPanel(container, { name, code, meetings, stats, pageUrl, truncated, onClose }) {
  const count = meetings.length;
  container.replaceChildren(
    el(
      "header",
      { class: "panel-head" },
      el("h2", { id: "panel-title" }, name, " ", el("span", { class: "code" }, code)),
      el("button", { type: "button", class: "close", "aria-label": gettext("Close"), dataset: { close: "" } }, "×"),
    ),
    el(
      "p",
      { class: "lead" },
      interpolate(ngettext("%(count)s meeting", "%(count)s meetings", count), { count }),
      " · ",
      el("a", { href: pageUrl }, gettext("Open the region's page")),
    ),
    timeAxis(meetings),
    count
      ? el("ol", { class: "meetings", "aria-labelledby": "panel-title" }, meetings.map((m) => meetingItem(m)))
      : el("p", { class: "muted" }, gettext("No published meeting matches the filters in this region.")),
    truncated
      ? el("p", { class: "more" }, el("a", { href: pageUrl }, gettext("More meetings on the region's page")))
      : null,
    exportsChart(stats),
  );
  paintKinds(container);
  container.querySelector("[data-close]").addEventListener("click", onClose);
}

export function renderPanelLoading(container, name) {
  container.replaceChildren(el("p", { class: "muted" }, interpolate(gettext("Loading %(name)s…"), { name })));
}
