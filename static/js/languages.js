// The language switcher keeps the current view: each form's "next" follows the live URL,
// which the map page changes without reloading (history.pushState). The language prefix is
// dropped: Django's LocaleMiddleware adds the newly chosen one back.
function refresh() {
  const path = window.location.pathname.replace(/^\/[a-z]{2}(?=\/)/, "");
  for (const input of document.querySelectorAll('.languages input[name="next"]')) {
    input.value = path + window.location.search;
  }
}

window.addEventListener("popstate", refresh);
window.addEventListener("jihat:urlchange", refresh);
document.addEventListener("submit", (event) => {
  if (event.target.closest(".languages")) refresh();
}, true);
