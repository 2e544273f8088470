// The regions coloured by the chosen measure (meeting count or latest export figure), and the
// legend that reads them.
import { el } from "./dom.js";
import { formatMad, formatNumber, gettext } from "./i18n.js";

// Colour-blind-safe sequential palettes (light to dark): viridis for counts, ColorBrewer YlOrBr
// for amounts, so the two measures never look alike. https://colorbrewer2.org/ (5 classes).
const PALETTES = {
  count: ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"],
  exports: ["#ffffd4", "#fed98e", "#fe9929", "#d95f0e", "#993404"],
};
const NO_DATA = "#e4e7ea";

export function measureValue(properties, measure) {
  if (measure === "exports") {
    return properties.latest_export ? Number(properties.latest_export.amount_mad) : null;
  }
  return properties.meeting_count ?? 0;
}

/** Upper bounds of up to five classes: one class per value when counts are small. */
export function classBreaks(values, measure) {
  const max = Math.max(0, ...values.filter((v) => v !== null));
  if (max <= 0) return [];
  if (measure === "count" && max <= 5) return Array.from({ length: max }, (_, i) => i + 1);
  const step = max / 5;
  const breaks = [1, 2, 3, 4, 5].map((i) => (measure === "count" ? Math.ceil(step * i) : step * i));
  return [...new Set(breaks)];
}

export function colourFor(value, breaks, measure) {
  if (value === null || value === 0 || !breaks.length) return NO_DATA;
  const palette = PALETTES[measure];
  const index = breaks.findIndex((upper) => value <= upper);
  const rank = index === -1 ? breaks.length - 1 : index;
  // Spread the classes over the palette so two classes are not two neighbouring shades.
  const position = breaks.length === 1 ? palette.length - 1 : Math.round((rank * (palette.length - 1)) / (breaks.length - 1));
  return palette[position];
}

function formatValue(value, measure) {
  return measure === "exports" ? formatMad(value) : formatNumber(value);
}

export function renderLegend(legend, breaks, measure) {
  const title = measure === "exports" ? gettext("Latest export figure") : gettext("Meetings");
  const items = [el("li", {}, el("span", { class: "swatch", style: `background:${NO_DATA}` }),
    measure === "exports" ? gettext("no figure") : formatNumber(0))];
  let lower = measure === "count" ? 1 : 0;
  breaks.forEach((upper, rank) => {
    let label;
    if (measure === "count") {
      label = lower === upper ? formatNumber(upper) : `${formatNumber(lower)} – ${formatNumber(upper)}`;
    } else {
      label = rank === 0 ? `≤ ${formatValue(upper, measure)}` : `${formatValue(lower, measure)} – ${formatValue(upper, measure)}`;
    }
    items.push(el("li", {}, el("span", { class: "swatch", style: `background:${colourFor(upper, breaks, measure)}` }), label));
    lower = measure === "count" ? upper + 1 : upper;
  });
  legend.replaceChildren(el("strong", {}, title), el("ul", {}, items));
}

/** Restyle every region of `layer` for `state`; `tooltipFor(properties)` gives its tooltip. */
export function styleRegions(layer, features, state, tooltipFor) {
  const breaks = classBreaks([...features.values()].map((f) => measureValue(f.properties, state.measure)), state.measure);
  layer.eachLayer((region) => {
    const { properties } = region.feature;
    const selected = region.feature.id === state.filters.region;
    region.setStyle({
      color: selected ? "#111" : "#ffffff",
      weight: selected ? 3 : 1,
      fillColor: colourFor(measureValue(properties, state.measure), breaks, state.measure),
      fillOpacity: 0.85,
    });
    if (selected) region.bringToFront();
    region.setTooltipContent(tooltipFor(properties));
  });
  return breaks;
}
