// Translated strings and language-aware formatting for the page's modules.
// Strings come from Django's JavaScriptCatalog (loaded before the modules as window.django);
// callers put the results in the DOM with textContent, so nothing here is HTML.
const catalog = window.django || {};

export const lang = document.documentElement.lang || "fr";
// Latin digits in Arabic, as in the Moroccan press and as Django's own Arabic formats render
// dates server-side (so a date reads the same in the side panel and on the region page).
const LOCALES = { ar: "ar-u-nu-latn", fr: "fr-FR", en: "en-GB" };
export const locale = LOCALES[lang] || lang;

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

const numberFormat = new Intl.NumberFormat(locale);
const compactFormat = new Intl.NumberFormat(locale, {
  notation: "compact",
  maximumFractionDigits: 1,
});

export function formatNumber(value) {
  return numberFormat.format(value);
}

/** "5 Md MAD", "≈ 120 M MAD": dirham amounts as the legend and the panel show them. */
export function formatMad(amount, approximate = false) {
  if (amount === null || amount === undefined || amount === "") return "";
  const text = interpolate(gettext("%(amount)s MAD"), { amount: compactFormat.format(Number(amount)) });
  return approximate ? `≈ ${text}` : text;
}

const DATE_OPTIONS = {
  day: { day: "numeric", month: "long", year: "numeric" },
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
};

/** An ISO date (yyyy-mm-dd) shown to its precision: day, month or year. */
export function formatDate(iso, precision = "day") {
  if (!iso) return gettext("date unknown");
  const [year, month, day] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(year, (month || 1) - 1, day || 1));
  const options = { ...(DATE_OPTIONS[precision] || DATE_OPTIONS.day), timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
