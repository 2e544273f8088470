// Translated strings and language-aware formatting for the page's modules.
// Strings come from Django's JavaScriptCatalog (loaded before the modules as window.django);
// callers put the results in the DOM with textContent, so nothing here is HTML.
//
// Dates and amounts read exactly as the server writes them (events/presentation.py
// `format_date`, `format_mad`): the same month words, separators and rounding, so one fact
// reads the same in the map panel and on the region page. The page config may carry the
// tables (`#site-config` → `formats`); the copies below are the same tables, for pages without.
import { site } from "./config.js";

const catalog = window.django || {};

export const lang = document.documentElement.lang || "fr";

const FORMATS = {
  en: {
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    decimal: ".",
    group: ",",
  },
  fr: {
    months: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    decimal: ",",
    group: "\u00a0",
  },
  ar: {
    months: ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"],
    decimal: ",",
    group: "\u00a0",
  },
};
const formats = { ...(FORMATS[lang] || FORMATS.fr), ...(site.formats || {}) };

export function gettext(text) {
  return catalog.gettext ? catalog.gettext(text) : text;
}

export function ngettext(singular, plural, count) {
  if (catalog.ngettext) return catalog.ngettext(singular, plural, count);
  return count === 1 ? singular : plural;
}

/** Python-style "%(name)s" interpolation (values are not escaped: use the result as text). */
export function interpolate(format, values) {
  return format.replace(/%\((\w+)\)s/g, (_, key) => String(values[key] ?? ""));
}

/** A number with the language's separators and Latin digits: "170 000", "4,7", "12,500". */
export function formatNumber(value, decimals = 0) {
  const number = Number(value);
  if (!Number.isFinite(number)) return "";
  const fixed = Math.abs(number).toFixed(decimals);
  let [whole, fraction] = fixed.split(".");
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, formats.group);
  if (fraction !== undefined && /^0+$/.test(fraction)) fraction = undefined;
  return `${number < 0 ? "-" : ""}${whole}${fraction === undefined ? "" : formats.decimal + fraction}`;
}

/** Rounded half up to one decimal, as the server's Decimal rounding does (not toFixed's binary). */
function oneDecimal(value) {
  return Math.round(value * 10 + 1e-9) / 10;
}

/** "4,7 millions MAD", "≈ 400 milliards MAD", "170 000 MAD": the server's words (FORMATS.md). */
export function formatMad(amount, approximate = false) {
  if (amount === null || amount === undefined || amount === "") return "";
  const value = Number(amount);
  if (!Number.isFinite(value)) return "";
  let text;
  if (value >= 1e9) {
    const n = oneDecimal(value / 1e9);
    text = interpolate(ngettext("%(n)s billion MAD", "%(n)s billion MAD", Math.floor(n)), { n: formatNumber(n, 1) });
  } else if (value >= 1e6) {
    const n = oneDecimal(value / 1e6);
    text = interpolate(ngettext("%(n)s million MAD", "%(n)s million MAD", Math.floor(n)), { n: formatNumber(n, 1) });
  } else {
    text = interpolate(gettext("%(n)s MAD"), { n: formatNumber(Math.round(value)) });
  }
  return approximate ? `≈ ${text}` : text;
}

/** An ISO date (yyyy-mm-dd) shown to its precision: "26 nov. 2024", "nov. 2024", "2024". */
export function formatDate(iso, precision = "day") {
  if (!iso) return gettext("date unknown");
  const [year, month, day] = String(iso).split("-").map(Number);
  if (!year) return gettext("date unknown");
  const monthName = month ? formats.months[month - 1] : "";
  if (precision === "year" || !monthName) return String(year);
  if (precision === "month" || !day) return `${monthName} ${year}`;
  return `${day} ${monthName} ${year}`;
}

/** Names joined by the language's comma: "Agadir، Tiznit" in Arabic, "Agadir, Tiznit" else. */
export const LIST_SEPARATOR = lang === "ar" ? "، " : ", ";

export function joinNames(names) {
  return names.filter((name) => name !== null && name !== undefined && name !== "").join(LIST_SEPARATOR);
}

// Quotation marks of the page's language, placed around an isolated quote (<bdi>): they follow
// the page's direction, whatever the script of the quote (French guillemets around an Arabic
// quote still open on the left).
const QUOTES = { fr: ["« ", " »"], ar: ["«", "»"], en: ["“", "”"] };
export const quoteMarks = QUOTES[lang] || QUOTES.en;
