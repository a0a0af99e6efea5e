/* briefgen review page: the release beside its summary, edits in place, downloads.
 *
 * The summary on screen is the summary JSON the server returned, edited in place; it is
 * sent back unchanged in shape for checking and rendering, so a download is exactly what
 * the page shows. Everything is kept in localStorage so a reload loses no edit.
 * No framework and no build step: the page must work offline from the package alone.
 */
"use strict";

const STORE = "briefgen-review-v1";
const SETTINGS = JSON.parse(document.getElementById("settings").textContent);

// memo order, as the issue asks: glance, participants, agreements, follow-ups, areas, outcomes
const SECTIONS = [
  { key: "participants", title: "Participants", one: "participant", main: "name",
    fields: [["name", "Name"], ["title", "Title"], ["country", "Country"]] },
  { key: "agreements", title: "Agreements", one: "agreement", main: "text",
    fields: [["text", "Document"], ["kind", "Kind"], ["parties", "Parties", "list"]] },
  { key: "follow_ups", title: "Follow-ups", one: "follow-up", main: "text",
    fields: [["text", "Action"], ["owner", "Owner"], ["due", "Due"], ["kind", "Kind"]] },
  { key: "cooperation_areas", title: "Cooperation areas", one: "cooperation area",
    main: "text", fields: [["text", "Area"]] },
  { key: "outcomes", title: "Outcomes", one: "outcome", main: "text",
    fields: [["text", "Outcome"]] },
  { key: "projects", title: "Projects and companies", one: "project", main: "text",
    fields: [["text", "Project"]] },
];
const GLANCE = [
  [["title"], "Title"], [["date"], "Date", "date"], [["date_end"], "Last day", "date"],
  [["visit_type"], "Visit type", "visit_type"], [["location", "city"], "City"],
  [["location", "country"], "Country"], [["countries"], "Countries", "list"],
];
const REQUIRED_TEXT = new Set(["text", "name"]);

let state = null; // {summary, releases, published, merge, template, fields}
let lastSelection = null; // the latest text selection inside the release pane
let checkTimer = null;

const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
};

// ------------------------------------------------------------------ storage

function save() {
  if (!state) return;
  try {
    localStorage.setItem(STORE, JSON.stringify(state));
  } catch (err) {
    try { // too large for the browser's storage: keep the edits, drop the release text
      localStorage.setItem(STORE, JSON.stringify({ ...state, releases: [] }));
      say("The release is too large to keep across a reload; the summary edits are kept.");
    } catch (err2) { /* storage unavailable: nothing more to do */ }
  }
}

function restore() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE) || "null");
    if (saved && saved.summary) return saved;
  } catch (err) { /* a damaged entry is ignored */ }
  return null;
}

// ------------------------------------------------------------------ messages

function say(text) { $("#status").textContent = text; }

function problem(text) {
  const box = $("#problem");
  box.textContent = text || "";
  box.hidden = !text;
}

async function apiError(response) {
  try {
    const body = await response.json();
    if (body && body.error) return body.error;
  } catch (err) { /* not JSON */ }
  return `the server answered ${response.status} ${response.statusText}`;
}

// ------------------------------------------------------------------ loading

async function parseReleases(files, pasted) {
  if (state && !window.confirm("Replace the summary on screen, and its edits, with a new parse?")) return;
  const form = new FormData();
  if (files.length) for (const f of files) form.append("files", f, f.name);
  else form.append("files", pasted);
  const published = $("#published").value.trim();
  if (published) form.append("published", published);
  const merge = $("#merge").checked || files.length > 1;
  if (merge) form.append("merge", "true");
  say("Parsing…");
  problem("");
  const response = await fetch("/api/parse", { method: "POST", body: form });
  if (!response.ok) {
    say("");
    problem(await apiError(response));
    return;
  }
  const result = await response.json();
  state = { summary: result.summary, releases: result.releases, published, merge,
            template: $("#template").value, fields: memoFields() };
  save();
  renderAll();
  const n = (key) => (state.summary[key] || []).length;
  say(`Parsed ${result.releases.map((r) => r.name).join(", ")}: ${n("agreements")} ` +
      `agreement(s), ${n("follow_ups")} follow-up(s), ${n("participants")} participant(s).`);
  scheduleCheck();
}

function memoFields() {
  const out = {};
  for (const input of document.querySelectorAll("[data-memo-field]")) {
    if (input.value.trim()) out[input.dataset.memoField] = input.value;
  }
  return out;
}

// ------------------------------------------------------------------ release pane

function sentenceLabel(source, index) {
  return (state.releases.length > 1 ? `R${source + 1} ` : "") + `S${index + 1}`;
}

function renderRelease() {
  const root = $("#release");
  root.replaceChildren();
  if (!state.releases || !state.releases.length) {
    root.append(el("p", { class: "empty", text: "The release text is not available." }));
    return;
  }
  state.releases.forEach((release, r) => {
    const box = el("article", { class: "release-doc", "aria-label": release.name });
    if (state.releases.length > 1) box.append(el("h3", { text: `R${r + 1}: ${release.name}` }));
    else box.append(el("h3", { class: "name", text: release.name }));
    let para = null;
    let paraNo = -1;
    release.sentences.forEach(([start, end, paragraph], s) => {
      if (paragraph !== paraNo) {
        para = el("p");
        box.append(para);
        paraNo = paragraph;
      }
      const sent = el("span", { class: "sent", id: `r${r}-s${s}`, "data-r": r, "data-s": s,
                                "data-start": start, tabindex: "-1" },
        el("b", { class: "sno", "aria-hidden": "true", text: sentenceLabel(r, s) }),
        el("span", { class: "st", text: release.text.slice(start, end) }));
      para.append(sent, " ");
    });
    root.append(box);
  });
}

function sentenceOf(ev) {
  const release = state.releases && state.releases[ev.source || 0];
  const span = release && release.sentences[ev.sentence];
  if (!span) return null;
  return { text: release.text.slice(span[0], span[1]), start: span[0] };
}

function showSentence(ev, focus) {
  for (const old of document.querySelectorAll(".sent.lit")) old.classList.remove("lit");
  const node = document.getElementById(`r${ev.source || 0}-s${ev.sentence}`);
  if (!node) return;
  node.classList.add("lit");
  node.scrollIntoView({ block: "nearest", behavior: "smooth" });
  if (focus) node.focus({ preventScroll: true });
}

/** The selection inside the release as text plus evidence (offsets into the release). */
function selectionEvidence() {
  const sel = lastSelection;
  if (!sel) return null;
  const text = sel.text.replace(/\s+/g, " ").trim();
  if (!text) return null;
  const release = state.releases[sel.r];
  const span = release && release.sentences[sel.s];
  if (!span) return { text, evidence: [] };
  const start = Math.max(span[0], Math.min(sel.start, span[1]));
  const end = Math.max(start, Math.min(sel.end, span[1]));
  const ev = { source: sel.r, sentence: sel.s, start, end,
               quote: release.text.slice(span[0], span[1]), cue: "selected by reviewer" };
  return { text, evidence: end > start ? [ev] : [] };
}

function rememberSelection() {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount) return;
  const range = sel.getRangeAt(0);
  const sentOf = (node) => (node.nodeType === 1 ? node : node.parentElement)?.closest(".sent");
  const first = sentOf(range.startContainer);
  if (!first || !$("#release").contains(first)) return;
  const offset = (container, off, sent) => {
    const st = $(".st", sent);
    if (st.contains(container)) return Number(sent.dataset.start) + off;
    return Number(sent.dataset.start) + (container === sent && off > 1 ? st.textContent.length : 0);
  };
  const last = sentOf(range.endContainer);
  const start = offset(range.startContainer, range.startOffset, first);
  let end = start + sel.toString().length;
  if (last === first) end = offset(range.endContainer, range.endOffset, first);
  lastSelection = { text: sel.toString(), r: Number(first.dataset.r),
                    s: Number(first.dataset.s), start, end };
}

// ------------------------------------------------------------------ summary pane

function getPath(obj, path) {
  return path.reduce((o, k) => (o === null || o === undefined ? undefined : o[k]), obj);
}

function setPath(obj, path, value) {
  let o = obj;
  for (const k of path.slice(0, -1)) {
    if (o[k] === null || o[k] === undefined) o[k] = {};
    o = o[k];
  }
  o[path[path.length - 1]] = value;
}

function fromInput(value, kind, required) {
  if (kind === "list") return value.split(";").map((v) => v.trim()).filter(Boolean);
  if (required) return value;
  return value.trim() === "" ? null : value;
}

function toInput(value, kind) {
  if (kind === "list") return (value || []).join("; ");
  return value === null || value === undefined ? "" : String(value);
}

let fieldCounter = 0;

function field(path, label, kind, extra = {}) {
  const id = `f${++fieldCounter}`;
  const errId = `${id}-err`;
  const loc = JSON.stringify(path);
  const value = getPath(state.summary, path);
  let input;
  if (kind === "visit_type") {
    input = el("select", { id, "data-loc": loc, "aria-describedby": errId });
    const options = ["", ...SETTINGS.visit_types];
    if (value && !options.includes(value)) options.push(value);
    for (const o of options) {
      input.append(el("option", { value: o, text: o || "(not stated)", selected: o === (value || "") }));
    }
  } else {
    input = el("input", { id, "data-loc": loc, value: toInput(value, kind), autocomplete: "off",
                          "aria-describedby": errId,
                          placeholder: kind === "date" ? "YYYY-MM-DD" : kind === "list" ? "separate with ;" : null });
  }
  const required = REQUIRED_TEXT.has(path[path.length - 1]);
  input.addEventListener(kind === "visit_type" ? "change" : "input", () => {
    setPath(state.summary, path, fromInput(input.value, kind, required));
    if (extra.onchange) extra.onchange();
    save();
    scheduleCheck();
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      const item = input.closest(".item");
      if (item) { e.preventDefault(); item.focus(); }
    }
  });
  return el("div", { class: `field field-${path[path.length - 1]}` },
    el("label", { for: id, text: label }), input,
    el("span", { class: "err", id: errId, "data-err-for": loc }));
}

function evidenceView(item, max) {
  const evidence = item.evidence || [];
  if (!evidence.length) return el("p", { class: "evidence none", text: "No source sentence (added by hand)." });
  const box = el("div", { class: "evidence" });
  for (const ev of evidence.slice(0, max)) {
    const sent = sentenceOf(ev);
    const quote = el("q");
    const text = sent ? sent.text : ev.quote || "";
    const a = sent ? ev.start - sent.start : -1;
    const b = sent ? ev.end - sent.start : -1;
    if (sent && a >= 0 && b > a && b <= text.length && !(a === 0 && b === text.length)) {
      quote.append(text.slice(0, a), el("mark", { text: text.slice(a, b) }), text.slice(b));
    } else {
      quote.append(text);
    }
    const ref = el("button", { type: "button", class: "ref",
                               "aria-label": `Show sentence ${sentenceLabel(ev.source || 0, ev.sentence)} in the release`,
                               text: sentenceLabel(ev.source || 0, ev.sentence),
                               onclick: () => showSentence(ev, true) });
    const cue = ev.cue ? el("span", { class: "cue", text: ev.cue }) : null;
    box.append(el("blockquote", {}, ref, " ", quote, cue ? " " : null, cue));
  }
  if (evidence.length > max) {
    box.append(el("p", { class: "more", text: `… ${evidence.length - max} more mention(s)` }));
  }
  return box;
}

function itemLabel(section, index) {
  const item = state.summary[section.key][index];
  const main = (item && item[section.main]) || "(empty)";
  return `${section.one[0].toUpperCase()}${section.one.slice(1)} ${index + 1} of ` +
         `${state.summary[section.key].length}: ${main}`;
}

function renderItem(section, index) {
  const item = state.summary[section.key][index];
  const li = el("li", { class: "item", tabindex: "0", "data-section": section.key,
                        "data-index": index, "aria-label": itemLabel(section, index) });
  const refresh = () => li.setAttribute("aria-label", itemLabel(section, index));
  const head = el("div", { class: "item-head" },
    el("span", { class: "num", "aria-hidden": "true", text: `${index + 1}` }),
    el("button", { type: "button", class: "del", text: "Delete",
                   "aria-label": `Delete ${section.one} ${index + 1}`,
                   onclick: () => deleteItem(section.key, index) }));
  const fields = el("div", { class: "fields" });
  for (const [name, label, kind] of section.fields) {
    fields.append(field([section.key, index, name], label, kind, { onchange: refresh }));
  }
  li.append(head, fields, evidenceView(item, section.key === "participants" ? 1 : 3));
  li.addEventListener("focusin", () => {
    const ev = (item.evidence || [])[0];
    if (ev) showSentence(ev, false);
  });
  return li;
}

function renderSummary() {
  const root = $("#summary");
  root.replaceChildren();
  const s = state.summary;
  const glance = el("section", { class: "section", "aria-labelledby": "sec-glance" },
    el("h3", { id: "sec-glance", text: "Visit at a glance" }));
  const grid = el("div", { class: "glance" });
  for (const [path, label, kind] of GLANCE) grid.append(field(path, label, kind));
  glance.append(grid);
  if (s.conflicts && s.conflicts.length) {
    glance.append(el("p", { class: "hint", text: "The merged releases disagree on:" }),
                  el("ul", { class: "conflicts" }, ...s.conflicts.map((c) => el("li", { text: c }))));
  }
  root.append(glance);
  for (const section of SECTIONS) {
    const list = s[section.key] || (s[section.key] = []);
    const h = `sec-${section.key}`;
    const box = el("section", { class: "section", "aria-labelledby": h, "data-section": section.key },
      el("h3", { id: h }, `${section.title} `, el("span", { class: "count", text: `(${list.length})` })));
    const ul = el("ol", { class: "items", "aria-labelledby": h });
    list.forEach((_, i) => ul.append(renderItem(section, i)));
    if (!list.length) box.append(el("p", { class: "empty", text: "None found." }));
    box.append(ul, el("button", { type: "button", class: "add",
      "aria-label": `Add ${section.one} from the selected release text`,
      text: "Add from selection", onclick: () => addItem(section) }));
    root.append(box);
  }
  const src = s.source || {};
  root.append(el("p", { class: "hint source", text: `Source: ${src.title || src.path || "release"}` +
                                                    (src.published ? `, published ${src.published}` : "") }));
}

function renderAll() {
  fieldCounter = 0;
  $("#published").value = state.published || "";
  $("#merge").checked = !!state.merge;
  if (state.template) $("#template").value = state.template;
  for (const input of document.querySelectorAll("[data-memo-field]")) {
    input.value = (state.fields || {})[input.dataset.memoField] || "";
  }
  renderRelease();
  renderSummary();
}

function focusItem(key, index) {
  const items = document.querySelectorAll(`.item[data-section="${key}"]`);
  if (items.length) items[Math.min(index, items.length - 1)].focus();
  else $(`section[data-section="${key}"] .add`).focus();
}

function deleteItem(key, index) {
  const section = SECTIONS.find((x) => x.key === key);
  const [gone] = state.summary[key].splice(index, 1);
  save();
  renderSummary();
  focusItem(key, index);
  say(`Deleted ${section.one} “${gone[section.main] || ""}”.`);
  scheduleCheck();
}

function addItem(section) {
  const picked = selectionEvidence();
  const item = { [section.main]: picked ? picked.text : "", evidence: picked ? picked.evidence : [] };
  state.summary[section.key].push(item);
  save();
  renderSummary();
  const items = document.querySelectorAll(`.item[data-section="${section.key}"]`);
  const added = items[items.length - 1];
  $("input", added).focus();
  say(`Added ${section.one} ${items.length}${picked ? " from the selected text" : ""}.`);
  lastSelection = null;
  scheduleCheck();
}

// ------------------------------------------------------------------ checking

function scheduleCheck() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(check, 250);
}

async function check() {
  if (!state) return;
  const response = await fetch("/api/check", {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify(state.summary) });
  if (!response.ok) { problem(await apiError(response)); return; }
  const { errors } = await response.json();
  for (const span of document.querySelectorAll(".err")) span.textContent = "";
  for (const input of document.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
  const unplaced = [];
  for (const e of errors) {
    let loc = e.loc;
    let span = null;
    while (loc.length && !span) { // the field, or the nearest enclosing one shown
      span = document.querySelector(`.err[data-err-for='${CSS.escape(JSON.stringify(loc))}']`);
      loc = loc.slice(0, -1);
    }
    if (span) {
      span.textContent = e.message;
      const input = document.getElementById(span.id.replace(/-err$/, ""));
      if (input) input.setAttribute("aria-invalid", "true");
    } else {
      unplaced.push(`${e.where}: ${e.message}`);
    }
  }
  problem(unplaced.join("\n"));
}

// ------------------------------------------------------------------ downloads

async function download(format) {
  if (!state) { problem("Load a release first."); return; }
  say(`Rendering ${format.toUpperCase()}…`);
  const response = await fetch(`/api/render?format=${format}`, {
    method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ summary: state.summary, template: $("#template").value,
                           fields: memoFields() }) });
  if (!response.ok) { say(""); problem(await apiError(response)); return; }
  problem("");
  const blob = await response.blob();
  const disposition = response.headers.get("content-disposition") || "";
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  const name = encoded ? decodeURIComponent(encoded[1])
    : (/filename="([^"]+)"/.exec(disposition) || [])[1] || `memo.${format}`;
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name, class: "hidden" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  say(`Downloaded ${name}.`);
}

// ------------------------------------------------------------------ wiring

function wire() {
  const files = $("#files");
  files.addEventListener("change", () => {
    if (files.files.length) parseReleases([...files.files], null);
  });
  $("#load").addEventListener("submit", (e) => {
    e.preventDefault();
    const pasted = $("#paste").value;
    if (files.files.length) parseReleases([...files.files], null);
    else if (pasted.trim()) parseReleases([], pasted);
    else problem("Choose a release file or paste its text first.");
  });
  const drop = $("#drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    const dropped = [...e.dataTransfer.files];
    if (dropped.length) parseReleases(dropped, null);
  });
  for (const button of document.querySelectorAll("[data-format]")) {
    button.addEventListener("click", () => download(button.dataset.format));
  }
  const keep = () => {
    if (!state) return;
    state.template = $("#template").value;
    state.fields = memoFields();
    save();
  };
  $("#template").addEventListener("change", keep);
  for (const input of document.querySelectorAll("[data-memo-field]")) input.addEventListener("input", keep);
  $("#memo").addEventListener("submit", (e) => e.preventDefault());
  $("#reset").addEventListener("click", () => {
    if (!window.confirm("Forget this release and every edit made to its summary?")) return;
    localStorage.removeItem(STORE);
    state = null;
    $("#release").replaceChildren(el("p", { class: "empty", text: "No release loaded yet." }));
    $("#summary").replaceChildren(el("p", { class: "empty", text: "Load a release to see its summary." }));
    say("Cleared.");
    problem("");
  });
  document.addEventListener("selectionchange", rememberSelection);
  $("#summary").addEventListener("keydown", (e) => {
    const item = e.target.closest && e.target.closest(".item");
    if (!item || e.target !== item) return; // keys inside a field edit the field
    const key = item.dataset.section;
    const index = Number(item.dataset.index);
    if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      deleteItem(key, index);
    } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const all = [...document.querySelectorAll("#summary .item")];
      const next = all[all.indexOf(item) + (e.key === "ArrowDown" ? 1 : -1)];
      if (next) next.focus();
    } else if (e.key === "Enter") {
      e.preventDefault();
      const input = $("input, select", item);
      if (input) input.focus();
    }
  });
}

function start() {
  // the token has done its work (the server set a cookie): keep it out of history and
  // screenshots
  if (new URLSearchParams(location.search).has("token")) history.replaceState(null, "", "/");
  wire();
  state = restore();
  if (state) {
    renderAll();
    say("Restored your last review from this browser.");
    scheduleCheck();
  }
}

start();
