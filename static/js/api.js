// Reading the open data API for the map page: one request per distinct URL, kept for the
// page's life (the slider and back/forward revisit the same views).
import { mapConfig } from "./config.js";
import { lang } from "./i18n.js";

const responses = new Map();

export function getJSON(url) {
  if (!responses.has(url)) {
    // In the page's language: composed titles and error messages follow Accept-Language.
    const request = fetch(url, { headers: { Accept: "application/json", "Accept-Language": lang } }).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json();
    });
    request.catch(() => responses.delete(url));
    responses.set(url, request);
  }
  return responses.get(url);
}

/** The address of an endpoint of the page config's `api` ("regions", "meetings", …). */
export function apiUrl(name, params = new URLSearchParams()) {
  const query = params.toString();
  return query ? `${mapConfig.api[name]}?${query}` : mapConfig.api[name];
}
