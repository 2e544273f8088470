// The page's feed follows what it shows (issue 17 § 4). On the map page the filters live in
// the query string and change without a reload (state.js writes them and fires
// "jihat:urlchange"; the back button fires "popstate"): every [data-follow-feed] link, the
// <link rel="alternate"> and the visible "follow" links, then points at the feed with the same
// filters. Other pages' feeds are fixed by the server (events/feeds.py feed_url_for_page).
import { FILTERS, filterParams, readState } from "./state.js";

function refresh() {
  const query = filterParams(readState().filters).toString();
  for (const node of document.querySelectorAll("[data-follow-feed]")) {
    const path = new URL(node.getAttribute("href"), window.location.href).pathname;
    node.setAttribute("href", query ? `${path}?${query}` : path);
  }
}

// Only the map page (its config lists the filters) changes filters without a reload.
if (FILTERS.length) {
  window.addEventListener("popstate", refresh);
  window.addEventListener("jihat:urlchange", refresh);
}
