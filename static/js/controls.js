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

// The slider's first position (min, one before the first year) is "All years"; Play walks
// only the years that have meetings (mapConfig.years), so it never stops on an empty run.
const ALL_YEARS = slider ? Number(slider.min) : null;
const YEARS = (mapConfig.years || []).map(Number).sort((a, b) => a - b);
const toggle = document.getElementById("filters-toggle");
const PHONE = window.matchMedia("(max-width: 760px)");

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
    slider.value = state.filters.year || String(ALL_YEARS);
    const shown = state.filters.year || gettext("All years");
    sliderOutput.textContent = shown;
    slider.setAttribute("aria-valuetext", shown);
    slider.classList.toggle("all-years", !state.filters.year);
  }
  const select = form.elements.year;
  if (select && state.filters.year && ![...select.options].some((o) => o.value === state.filters.year)) {
    // A year without meetings (reached on the slider) still reads in the select.
    select.append(el("option", { value: state.filters.year }, state.filters.year));
    select.value = state.filters.year;
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
  if (playTimer) clearInterval(playTimer);
  playTimer = null;
  if (playButton && playButton.getAttribute("aria-pressed") === "true") {
    playButton.setAttribute("aria-pressed", "false");
    transient = false;
  }
}

function startPlaying({ getState, go }) {
  if (!YEARS.length) return;
  const current = Number(getState().filters.year);
  let index = YEARS.findIndex((y) => y > current);
  if (!current || index === -1) index = 0;
  playButton.setAttribute("aria-pressed", "true");
  const step = () => {
    go({ filters: { year: String(YEARS[index]) } }, { replace: transient });
    transient = true;
    index += 1;
    if (index >= YEARS.length) stopPlaying();
  };
  step();
  if (playTimer === null && index < YEARS.length) playTimer = setInterval(step, PLAY_STEP_MS);
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
      const year = Number(slider.value) === ALL_YEARS ? null : slider.value;
      go({ filters: { year } }, { replace: transient });
      transient = true;
    });
    slider.addEventListener("change", () => {
      transient = false;
    });
    playButton.addEventListener("click", () => (playTimer ? stopPlaying() : startPlaying({ getState, go })));
  }
  if (toggle) {
    // On a phone the filters fold behind one button (open when the URL already filters).
    const fold = (open) => {
      toggle.setAttribute("aria-expanded", String(open));
      form.classList.toggle("folded", !open);
    };
    toggle.hidden = false;
    toggle.addEventListener("click", () => fold(toggle.getAttribute("aria-expanded") !== "true"));
    const apply = () => fold(!PHONE.matches);
    PHONE.addEventListener("change", apply);
    apply();
  }
  window.addEventListener("popstate", () => {
    stopPlaying();
    restore();
  });
}
