// Refreshes the "add articles" status table from a small JSON view until every article is
// finished. One GET every few seconds (slower as time passes); no page reload, no worker waits.
const configNode = document.getElementById("articles-status-config");
const table = document.getElementById("articles-status");

const FIRST_DELAY_MS = 1500;
const MAX_DELAY_MS = 15000;
const GIVE_UP_MS = 30 * 60 * 1000;

function link(href, text) {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text; // textContent: titles and errors from the web are never parsed as HTML
  return a;
}

function renderArticle(row) {
  const tr = table.querySelector(`tr[data-article="${row.id}"]`);
  if (!tr) return;
  const status = tr.querySelector(".status");
  status.className = `status status-${row.status}`;
  status.replaceChildren();
  const label = document.createElement("span");
  label.className = "label";
  label.textContent = row.label;
  status.append(label);
  if (row.error) {
    const error = document.createElement("span");
    error.className = "error";
    error.textContent = ` ${row.error}`;
    status.append(error);
  }
  tr.querySelector("td a").textContent = row.title || row.ref;
  const meetings = tr.querySelector(".meetings");
  meetings.replaceChildren();
  row.meetings.forEach((m, i) => {
    if (i) meetings.append(", ");
    meetings.append(link(m.url, m.label));
  });
}

function renderFeed(feed) {
  const tr = table.querySelector(`tr[data-feed="${feed.id}"]`);
  if (!tr) return;
  tr.querySelector(".status").textContent = (feed.polled || "…") + (feed.error ? ` ${feed.error}` : "");
  tr.querySelector(".meetings").textContent = String(feed.articles);
}

async function poll(delay, started) {
  try {
    const response = await fetch(JSON.parse(configNode.textContent).url, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    if (response.ok) {
      const data = await response.json();
      data.articles.forEach(renderArticle);
      data.feeds.forEach(renderFeed);
      table.dataset.finished = String(data.finished);
      if (data.finished) return;
    }
  } catch (error) {
    console.error(error);
  }
  if (Date.now() - started < GIVE_UP_MS) {
    setTimeout(() => poll(Math.min(delay * 1.5, MAX_DELAY_MS), started), delay);
  }
}

if (configNode && table && table.dataset.finished !== "true") {
  setTimeout(() => poll(FIRST_DELAY_MS, Date.now()), FIRST_DELAY_MS);
}
