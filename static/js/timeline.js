// The side panel of the map page: a region's meetings in date order on a time axis, its
// export figures by year, and links to every source article. Built from the API's JSON.
import { cityName } from "./cities.js";
import { url } from "./config.js";
import { el, httpUrl } from "./dom.js";
import { LIST_SEPARATOR, formatDate, formatMad, formatNumber, gettext, interpolate, lang, ngettext, quoteMarks } from "./i18n.js";
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

/** A quote in the page's quotation marks, isolated (<bdi>) so its script keeps its direction. */
export function quoted(text) {
  return el("q", { class: "quote" }, quoteMarks[0], el("bdi", { dir: "auto" }, text), quoteMarks[1]);
}

/** The title a reader sees: the API's composed `display_title`, else the stored title. */
export function meetingTitle(meeting) {
  return meeting.display_title || meeting.title || label("kinds", meeting.kind, "");
}

/** "≈ 400 billion MAD · exports 2026 · national": the amount, what it measures, its scope. */
export function figureParts(figure) {
  const metric = figure.metric ? label("metrics", figure.metric, "") : "";
  const what = [metric, figure.year ? String(figure.year) : ""].filter(Boolean).join(" ");
  const scope = figure.scope ? label("scopes", figure.scope, figure.scope) : "";
  return [
    el("strong", {}, formatMad(figure.amount_mad, figure.approximate)),
    what ? ` · ${what}` : "",
    scope ? [" · ", el("span", { class: `scope scope-${figure.scope}`, dataset: { scope: figure.scope } }, scope)] : "",
  ];
}

/** "hespress.com · 27 Nov 2024 · headline": a source as the server shows it, never a file name. */
function sourceNode(source) {
  const href = httpUrl(source.url);
  // The headline cleaned of site furniture (server: presentation.source_headline).
  const headline = source.headline || source.title || "";
  const parts = [
    source.outlet ? el("bdi", {}, source.outlet) : null,
    source.published ? formatDate(source.published) : null,
  ].filter(Boolean);
  const head = headline
    ? el("bdi", { dir: "auto" }, href ? el("a", { href, rel: "noopener external" }, headline) : headline)
    : href && !parts.length
      ? el("a", { href, rel: "noopener external" }, gettext("source"))
      : null;
  if (head) parts.push(head);
  else if (href && parts.length) parts[0] = el("a", { href, rel: "noopener external" }, parts[0]);
  return el("li", { class: "source" }, parts.map((part, index) => [index ? " · " : "", part]));
}

export function meetingItem(meeting, { regionName = null } = {}) {
  const kind = label("kinds", meeting.kind, "");
  const officials = (meeting.officials || []).map((official, index) => {
    const role = label("roles", official.role_code, official.role || "");
    return [
      index ? LIST_SEPARATOR : "",
      el("a", { href: url("official", { pk: official.id }) }, officialName(official) || "?"),
      role ? [" ", el("span", { class: "role" }, `(${role})`)] : "",
    ];
  });
  const figures = (meeting.figures || []).map((figure) =>
    el("li", {}, figureParts(figure), figure.text ? [" ", quoted(figure.text)] : ""),
  );
  const sources = (meeting.sources || []).map(sourceNode);
  return el(
    "li",
    { class: `meeting kind-${meeting.kind}`, dataset: { id: meeting.id, date: meeting.date || "", kind: meeting.kind } },
    el(
      "div",
      { class: "meeting-head" },
      dateNode(meeting),
      kind ? el("span", { class: "kind" }, kind) : null,
      meeting.city ? el("span", { class: "place" }, cityName(meeting.city, meeting.city_label)) : null,
      regionName ? el("span", { class: "region-name" }, regionName) : null,
    ),
    el(
      "h3",
      { class: "meeting-title" },
      el("a", { href: url("meeting", { pk: meeting.id }) }, el("bdi", { dir: "auto" }, meetingTitle(meeting))),
    ),
    officials.length
      ? el("p", { class: "officials" }, el("span", { class: "label" }, `${gettext("Officials")}: `), officials)
      : null,
    figures.length ? el("ul", { class: "figures" }, figures) : null,
    sources.length
      ? el("div", { class: "sources" }, el("span", { class: "label" }, `${gettext("Sources")}: `), el("ul", { class: "source-list" }, sources))
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

/** Yearly regional export figures; `approximate(year, amount)` says whether one is "≈". */
function exportsChart(stats, approximate) {
  const series = stats.filter((row) => row.year && row.exports_mad !== null && row.exports_mad !== undefined);
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
            el("span", { class: "bar-label" }, formatMad(row.exports_mad, approximate(row.year, row.exports_mad))),
          ),
        ),
      )),
    ),
    el("p", { class: "muted note" }, gettext("Regional figures only: national figures quoted at a meeting are listed with it, not charted.")),
  );
}

/** Fill `container` with the region's story; `onClose` deselects the region. */
export function renderRegionPanel(container, { name, code, meetings, stats, pageUrl, truncated, total, approximate, onClose }) {
  const count = meetings.length;
  const shown = total ?? count;
  // replaceChildren() writes a null as the text "null": absent parts are dropped first.
  const parts = [
    el(
      "header",
      { class: "panel-head" },
      el("h2", { id: "panel-title", tabindex: "-1" }, name, " ", el("span", { class: "code" }, code)),
      el("button", { type: "button", class: "close", "aria-label": gettext("Close"), dataset: { close: "" } }, "×"),
    ),
    el(
      "p",
      { class: "lead" },
      interpolate(ngettext("%(count)s meeting", "%(count)s meetings", shown), { count: formatNumber(shown) }),
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
    exportsChart(stats, approximate || (() => false)),
  ];
  container.replaceChildren(...parts.filter((part) => part !== null && part !== undefined));
  paintKinds(container);
  container.querySelector("[data-close]").addEventListener("click", onClose);
}

export function renderPanelLoading(container, name) {
  container.replaceChildren(el("p", { class: "muted" }, interpolate(gettext("Loading %(name)s…"), { name })));
}
