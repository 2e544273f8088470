// Positions and sizes the server computed (time-axis dots, chart bars) are sent as data
// attributes and applied here through CSSOM: the Content-Security-Policy refuses style=""
// attributes in the page, not styles a script sets. Values are percentages (0-100).
function percent(value) {
  const number = Number(value);
  return Number.isFinite(number) ? `${Math.min(100, Math.max(0, number))}%` : null;
}

for (const node of document.querySelectorAll("[data-inline-start]")) {
  node.style.insetInlineStart = percent(node.dataset.inlineStart);
}
for (const node of document.querySelectorAll("[data-inline-size]")) {
  node.style.inlineSize = percent(node.dataset.inlineSize);
}
