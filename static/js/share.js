// The "share / embed" dialog (templates/includes/share.html): a permalink and an <iframe>
// snippet of the current view, each with a copy button. A native modal <dialog>: Escape
// closes it, focus stays inside while it is open and goes back to the button that opened it.
// Links follow the live URL, which the map page changes without reloading.
import { gettext } from "./i18n.js";

const EMBED = "embed";
const IFRAME_HEIGHT = 600;
const dialog = document.getElementById("share-dialog");

/** The current view's address without ?embed= (and with it, when `kind` is given). */
function viewUrl(kind) {
  const url = new URL(window.location.href);
  url.hash = "";
  url.searchParams.delete(EMBED);
  if (kind) url.searchParams.set(EMBED, kind);
  return url.toString();
}

function escapeAttribute(text) {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function iframeSnippet(src, title) {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" `
    + `height="${IFRAME_HEIGHT}" style="border:0" loading="lazy"></iframe>`;
}

function selectedKind() {
  return dialog.querySelector('input[name="share-kind"]:checked')?.value || "map";
}

function fill() {
  const embedUrl = viewUrl(selectedKind());
  const snippet = dialog.querySelector("#share-embed");
  dialog.querySelector("#share-link").value = viewUrl();
  snippet.value = iframeSnippet(embedUrl, snippet.dataset.iframeTitle || document.title);
  dialog.querySelector("#share-preview").href = embedUrl;
}

function status(text) {
  dialog.querySelector("[data-share-status]").textContent = text;
}

async function copy(field) {
  field.focus();
  field.select();
  try {
    await navigator.clipboard.writeText(field.value);
  } catch {
    // Without the clipboard API (plain http, a browser's setting) the text stays selected.
    if (!document.execCommand("copy")) {
      status(gettext("Press Ctrl+C to copy the selected text."));
      return;
    }
  }
  status(gettext("Copied."));
}

if (dialog) {
  let opener = null;
  for (const button of document.querySelectorAll("[data-share-open]")) {
    button.addEventListener("click", () => {
      opener = button;
      fill();
      status("");
      dialog.showModal();
      dialog.querySelector("#share-link").select();
    });
  }
  dialog.querySelector("[data-share-close]").addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => opener?.focus());
  // A click on the backdrop (outside the dialog's box) closes it too.
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) {
      const box = dialog.getBoundingClientRect();
      const inside = event.clientX >= box.left && event.clientX <= box.right
        && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) dialog.close();
    }
  });
  dialog.addEventListener("change", (event) => {
    if (event.target.name === "share-kind") fill();
  });
  for (const button of dialog.querySelectorAll("[data-copy]")) {
    button.addEventListener("click", () => copy(dialog.querySelector(`#${button.dataset.copy}`)));
  }
}
