// The vocabularies of the page config (events/vocabularies.py): labels of kinds, roles, metrics
// and scopes, and each meeting kind's colour. Every element with `data-kind` gets its kind's
// colour as the CSS variable --kind (site.css draws dots and badges with it), through CSSOM,
// which the Content-Security-Policy allows. A kind without a colour is an error in the console
// (the browser tests fail on it), not a silently grey dot.
import { site } from "./config.js";

const vocabularies = site.vocabularies || {};

/** The label of `code` in a vocabulary ("kinds", "roles", "metrics", "scopes"), or `fallback`. */
export function label(vocabulary, code, fallback = code) {
  return vocabularies[vocabulary]?.[code]?.label ?? fallback;
}

function luminance(hex) {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The text colour readable on `colour` (WCAG contrast): white on dark kinds, ink on light
 * ones. White on the viridis teal #21918c was 3.82:1; #111 on it is 4.9:1. */
export function inkOn(colour) {
  const l = luminance(colour);
  if (l === null) return "#fff";
  const onWhite = 1.05 / (l + 0.05);
  const onInk = (l + 0.05) / (0.0056 + 0.05);
  return onInk > onWhite ? "#111" : "#fff";
}

/** Set --kind and --kind-ink on `root` and every `[data-kind]` element under it. */
export function paintKinds(root = document) {
  const nodes = [...root.querySelectorAll("[data-kind]")];
  if (root instanceof Element && root.matches("[data-kind]")) nodes.push(root);
  for (const node of nodes) {
    const colour = vocabularies.kinds?.[node.dataset.kind]?.colour;
    if (colour) {
      node.style.setProperty("--kind", colour);
      node.style.setProperty("--kind-ink", inkOn(colour));
    }
    else console.error(`jihat: meeting kind "${node.dataset.kind}" has no colour in the page config (events/vocabularies.py)`);
  }
}

paintKinds();
