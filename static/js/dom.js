// A tiny element builder: text always goes through textContent, so data is never parsed as HTML.
// `style` is applied through CSSOM (style.cssText): the Content-Security-Policy refuses style=""
// attributes, not styles a script sets.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "dataset") Object.assign(node.dataset, value);
    else if (name === "style") node.style.cssText = value;
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** `value` if it is an absolute http(s) URL, else null. Stored addresses (press articles, feeds)
 * become links only then, never `javascript:` or `data:`; the templates' filter is `http_url`
 * (events/templatetags/links.py). */
export function httpUrl(value) {
  if (typeof value !== "string" || !/^\s*https?:\/\//i.test(value)) return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname ? url.href : null;
}
