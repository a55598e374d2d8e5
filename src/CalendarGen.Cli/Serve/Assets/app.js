// The live preview page: shows one page (or all as thumbnails), follows the server's builds through Server-Sent
// Events, and keeps the page the designer looks at by its key (a date or a month), not its index.
"use strict";

const $ = id => document.getElementById(id);
const view = { state: null, key: decodeURIComponent(location.hash.slice(1)) || null, contact: false, shown: 0 };

function pageByKey(key) {
  const pages = view.state.pages;
  const exact = pages.find(p => p.key === key);
  if (exact) return exact;
  // The kind of page may have changed (a template switched from days to months): the page with the same date.
  const date = key && key.replace(/^month:/, "");
  return (date && pageShowing(date)) || pages.find(p => p.label === key) || null;
}

function pageShowing(date) {
  return view.state.pages.find(p => p.first && p.first <= date && date <= p.last) || null;
}

function current() {
  return (view.key && pageByKey(view.key)) || view.state.pages[0] || null;
}

async function refresh() {
  const response = await fetch("/api/state", { cache: "no-store" });
  const state = await response.json();
  if (view.state && state.build < view.state.build) return;
  view.state = state;
  showProblems(state);
  buildNavigation(state);
  show(current());
}

function showProblems(state) {
  const list = $("problems");
  list.replaceChildren(...state.problems.map(p => {
    const item = document.createElement("li");
    item.className = "problem";
    item.textContent = p.text;
    return item;
  }));
  const status = $("status");
  status.dataset.build = state.build;
  if (state.ok) {
    $("problems-summary").textContent = "Không có lỗi.";
    status.textContent = `bản dựng ${state.build} (${state.buildMs} ms)`;
    status.className = "";
  } else {
    $("problems-summary").textContent = state.generation
      ? `Bản lưu mới có ${state.problems.length} lỗi; đang hiện bản dựng tốt gần nhất (${state.generation}).`
      : `${state.problems.length} lỗi; chưa có bản dựng nào thành công.`;
    status.textContent = `bản dựng ${state.build}: ${state.problems.length} lỗi`;
    status.className = "bad";
  }
}

function buildNavigation(state) {
  $("title").textContent = state.template ? `${state.template} — ${state.year}` : "calendargen";
  const list = $("page-list");
  list.replaceChildren(...state.pages.map(p => new Option(`${p.number}. ${p.label}`, p.key)));
  const months = $("months");
  if (!months.childElementCount && state.year) {
    for (let m = 1; m <= 12; m++) {
      const button = document.createElement("button");
      button.textContent = `T${m}`;
      button.title = `Tháng ${m}`;
      button.dataset.month = m;
      button.addEventListener("click", () => go(pageShowing(`${state.year}-${String(m).padStart(2, "0")}-01`)));
      months.append(button);
    }
  }
  const date = $("date");
  if (state.year) {
    date.min = `${state.year}-01-01`;
    date.max = `${state.year}-12-31`;
  }
  $("go-3007").disabled = !state.year || !pageShowing(`${state.year}-07-30`);
  $("go-tet").disabled = !state.tet || !pageShowing(state.tet);
  $("empty").hidden = state.pages.length > 0;
  $("page").hidden = state.pages.length === 0;
  if (view.contact) buildContactSheet();
}

function buildContactSheet() {
  const state = view.state;
  $("contact-png").href = `/api/contact.png?g=${state.generation}`;
  $("contact").replaceChildren(...state.pages.map(p => {
    const button = document.createElement("button");
    button.dataset.key = p.key;
    button.title = p.label;
    const image = document.createElement("img");
    image.loading = "lazy";
    image.alt = p.label;
    image.src = `/api/pages/${p.number}.png?dpi=24&g=${state.generation}`;
    const label = document.createElement("span");
    label.textContent = p.label;
    button.append(image, label);
    button.addEventListener("click", () => { setContact(false); go(p); });
    return button;
  }));
  markCurrentThumbnail();
}

function markCurrentThumbnail() {
  for (const button of $("contact").children) button.classList.toggle("current", button.dataset.key === view.key);
}

function go(page) {
  if (!page) return;
  view.key = page.key;
  show(page);
}

function show(page) {
  const state = view.state;
  if (!page) return;
  view.key = page.key;
  history.replaceState(null, "", "#" + encodeURIComponent(page.key));
  $("page-list").value = page.key;
  const index = state.pages.indexOf(page);
  $("prev").disabled = index <= 0;
  $("next").disabled = index >= state.pages.length - 1;
  if (page.first) $("date").value = page.first;
  markCurrentThumbnail();

  // The image and its text are marked with what they show once they arrive, so a reader (or a test) knows.
  const token = ++view.shown;
  const image = $("page");
  const generation = state.generation;
  image.onload = () => {
    if (token !== view.shown) return;
    image.dataset.generation = generation;
    image.dataset.key = page.key;
    image.dataset.loadedAt = Date.now();
  };
  image.onerror = () => {
    if (token !== view.shown) return;
    fetch(image.src).then(r => r.text()).then(message => {
      const item = document.createElement("li");
      item.className = "problem";
      item.textContent = `trang ${page.number} (${page.label}): ${message}`;
      $("problems").append(item);
    });
  };
  image.src = `/api/pages/${page.number}.png?dpi=${fittingDpi(page)}&g=${generation}`;
  fetch(`/api/pages/${page.number}/text?g=${generation}`).then(r => r.ok ? r.text() : "").then(text => {
    if (token !== view.shown) return;
    image.alt = text;
    const panel = $("page-text");
    panel.textContent = text;
    panel.dataset.generation = generation;
    panel.dataset.key = page.key;
  });
}

// Pixels cost time to draw and encode: ask for what the window shows (in steps of 10 dpi, so pages share a size).
function fittingDpi(page) {
  const box = $("page-view");
  const width = Math.max(200, box.clientWidth), height = Math.max(200, window.innerHeight - box.getBoundingClientRect().top - 16);
  const scale = Math.min(width / page.width, height / page.height) * (window.devicePixelRatio || 1);
  return Math.min(200, Math.max(20, Math.ceil(scale * 72 / 10) * 10));
}

function step(delta) {
  const pages = view.state.pages;
  const index = pages.indexOf(current());
  go(pages[Math.min(pages.length - 1, Math.max(0, index + delta))]);
}

function setContact(on) {
  view.contact = on;
  $("toggle-view").setAttribute("aria-pressed", String(on));
  $("contact-view").hidden = !on;
  $("page-view").hidden = on;
  if (on) buildContactSheet();
}

$("prev").addEventListener("click", () => step(-1));
$("next").addEventListener("click", () => step(1));
$("page-list").addEventListener("change", e => go(pageByKey(e.target.value)));
$("date").addEventListener("change", e => go(pageShowing(e.target.value)));
$("go-3007").addEventListener("click", () => go(pageShowing(`${view.state.year}-07-30`)));
$("go-tet").addEventListener("click", () => go(pageShowing(view.state.tet)));
$("toggle-view").addEventListener("click", () => setContact(!view.contact));
document.addEventListener("keydown", e => {
  if (e.target.tagName === "INPUT" || e.target.tagName === "SELECT") return;
  if (e.key === "ArrowLeft") step(-1);
  if (e.key === "ArrowRight") step(1);
});

// Each message is a build number; a new one means new pages or new problems.
const events = new EventSource("/api/events");
events.onmessage = e => {
  if (!view.state || Number(e.data) !== view.state.build) refresh();
};
refresh();
