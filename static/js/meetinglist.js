// The matching meetings under the map, newest first, a page at a time (/api/meetings/ with the
// page's filters): the answer to "what matches?" without opening each region's panel.
import { apiUrl, getJSON } from "./api.js";
import { gettext, interpolate, lang } from "./i18n.js";
import { filterParams } from "./state.js";
import { meetingItem } from "./timeline.js";
import { paintKinds } from "./vocabularies.js";

const PAGE_SIZE = 10;
const section = document.getElementById("meeting-list");

let pages = []; // the URLs of the pages seen, the current one last
let token = 0;

function regionName(region) {
  return region ? region[`name_${lang}`] || region.name_fr || region.code : null;
}

async function show(pageUrl) {
  const mine = ++token;
  const list = section.querySelector("ol.meetings");
  section.dataset.state = "loading";
  const data = await getJSON(pageUrl);
  if (mine !== token) return;
  list.replaceChildren(...data.results.map((m) => meetingItem(m, { regionName: regionName(m.region) })));
  paintKinds(list);
  section.querySelector(".empty").hidden = data.results.length > 0;
  const previous = section.querySelector("[data-page-previous]");
  const next = section.querySelector("[data-page-next]");
  previous.disabled = pages.length <= 1;
  next.disabled = !data.next;
  next.dataset.url = data.next || "";
  section.querySelector(".page-number").textContent = interpolate(gettext("Page %(number)s"), { number: pages.length });
  section.dataset.state = "ready";
}

/** Back to page 1 of the meetings matching `filters`. */
export function renderMeetingList(filters) {
  if (!section) return Promise.resolve();
  const params = filterParams(filters);
  params.set("ordering", "-date");
  params.set("page_size", String(PAGE_SIZE));
  pages = [apiUrl("meetings", params)];
  return show(pages[0]);
}

export function bindMeetingList() {
  if (!section) return;
  section.querySelector("[data-page-next]").addEventListener("click", (event) => {
    const next = event.currentTarget.dataset.url;
    if (!next) return;
    pages.push(next);
    show(next).then(() => section.querySelector("h2").focus());
  });
  section.querySelector("[data-page-previous]").addEventListener("click", () => {
    if (pages.length <= 1) return;
    pages.pop();
    show(pages[pages.length - 1]).then(() => section.querySelector("h2").focus());
  });
}
