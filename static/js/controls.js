// The map page's controls: the filter form, the measure, the year slider and its Play button,
// the table's region links and the browser's back/forward. They change the state only through
// the callbacks map.js gives `bindControls`; `syncControls` shows a state in them.
import { el } from "./dom.js";
import { gettext } from "./i18n.js";
import { mapConfig } from "./config.js";
import { FILTERS, readState } from "./state.js";

const PLAY_STEP_MS = 1400;
const form = document.getElementById("filters");
const slider = document.getElementById("year-range");
const sliderOutput = document.getElementById("year-output");
const playButton = document.querySelector("[data-play]");

let playTimer = null;
// While the slider is dragged or playing, one history entry is updated in place: "back" then
// returns to the view before the animation, not through every year it showed.
let transient = false;

function formFilters() {
  const data = new FormData(form);
  return readState(`?${new URLSearchParams(data)}`).filters;
}

export function syncControls(state) {
  for (const name of FILTERS) {
    const control = form.elements[name];
    if (control) control.value = state.filters[name] || "";
  }
  form.elements.measure.value = state.measure;
  for (const radio of document.querySelectorAll('input[name="measure-choice"]')) radio.checked = radio.value === state.measure;
  if (slider) {
    if (state.filters.year) slider.value = state.filters.year;
    sliderOutput.textContent = state.filters.year || gettext("All years");
    slider.classList.toggle("all-years", !state.filters.year);
  }
  renderActiveFilters(state);
}

/** The chips above the map (the same labels as the server's, events/presentation.py). */
function renderActiveFilters(state) {
  const box = document.getElementById("active-filters");
  const labels = mapConfig.filterLabels || {};
  const chips = Object.entries(state.filters).map(([name, value]) => {
    const control = form.elements[name];
    let shown = value;
    if (control && control.tagName === "SELECT") {
      const option = [...control.options].find((o) => o.value === value);
      if (option) shown = option.textContent;
    }
    return el("span", { class: "chip" }, `${labels[name] || name}: `, el("strong", {}, shown));
  });
  box.replaceChildren(...(chips.length
    ? [el("span", { class: "label" }, `${gettext("Active filters")}: `), ...chips]
    : [el("span", { class: "muted" }, gettext("No filter: every published meeting."))]));
}

function stopPlaying() {
  if (!playTimer) return;
  clearInterval(playTimer);
  playTimer = null;
  playButton.setAttribute("aria-pressed", "false");
  transient = false;
}

function startPlaying({ getState, go }) {
  const min = Number(slider.min);
  const max = Number(slider.max);
  const current = getState().filters.year;
  let year = current && Number(current) < max ? Number(current) + 1 : min;
  playButton.setAttribute("aria-pressed", "true");
  const step = () => {
    go({ filters: { year: String(year) } }, { replace: transient });
    transient = true;
    if (year >= max) stopPlaying();
    year += 1;
  };
  step();
  if (playTimer === null && year <= max) playTimer = setInterval(step, PLAY_STEP_MS);
}

/**
 * `getState()`: the current state; `go(changes, { replace })`: merge changes into it;
 * `replaceFilters(filters)`: these filters only; `selectRegion(code)`; `restore()`: the URL's.
 */
export function bindControls({ getState, go, replaceFilters, selectRegion, restore }) {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    stopPlaying();
    replaceFilters(formFilters());
  });
  form.addEventListener("change", (event) => {
    if (event.target.type === "search") return; // free text waits for Enter or Apply
    stopPlaying();
    replaceFilters(formFilters());
  });
  form.querySelector("[data-reset]").addEventListener("click", (event) => {
    event.preventDefault();
    stopPlaying();
    replaceFilters({});
  });
  for (const radio of document.querySelectorAll('input[name="measure-choice"]')) {
    radio.addEventListener("change", () => go({ filters: {}, measure: radio.value }));
  }
  document.querySelector(".region-list").addEventListener("click", (event) => {
    const link = event.target.closest("a[data-select-region]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    selectRegion(link.dataset.selectRegion);
  });
  if (slider) {
    slider.hidden = false;
    playButton.hidden = false;
    slider.addEventListener("input", () => {
      stopPlaying();
      go({ filters: { year: slider.value } }, { replace: transient });
      transient = true;
    });
    slider.addEventListener("change", () => {
      transient = false;
    });
    playButton.addEventListener("click", () => (playTimer ? stopPlaying() : startPlaying({ getState, go })));
  }
  window.addEventListener("popstate", () => {
    stopPlaying();
    restore();
  });
}
