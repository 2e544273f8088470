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

/** Set --kind on `root` and every `[data-kind]` element under it. */
export function paintKinds(root = document) {
  const nodes = [...root.querySelectorAll("[data-kind]")];
  if (root instanceof Element && root.matches("[data-kind]")) nodes.push(root);
  for (const node of nodes) {
    const colour = vocabularies.kinds?.[node.dataset.kind]?.colour;
    if (colour) node.style.setProperty("--kind", colour);
    else console.error(`jihat: meeting kind "${node.dataset.kind}" has no colour in the page config (events/vocabularies.py)`);
  }
}

paintKinds();
