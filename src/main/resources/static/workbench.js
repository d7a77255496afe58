// The rules workbench: an analyst edits the numbers and texts of a rule set version in a form (never raw YAML),
// sees the impact of the draft on every stored profile and on the fixtures' expected outcomes as they type, and
// saves it as a draft; an admin compares two versions field by field and publishes one for every instance.
// It uses only the public REST API (GET/POST /api/v1/rules/…), with the key kept for this tab only.
"use strict";

const TEXTS = {
  en: {
    skip: "Skip to the workbench", title: "Rules workbench", planner: "Planner page",
    subtitle: "Tune thresholds, weights, bands and texts; see what every stored profile would get; publish for every instance.",
    key: "Your key", keyLabel: "API key (analyst or admin)", useKey: "Use", status: "In service", instance: "Instance",
    mode: "Build", serving: "Serves", failure: "Could not compile", seen: "Seen", versions: "Versions", state: "State",
    origin: "Origin", author: "By", when: "When", comment: "Comment", draft: "Draft based on version", filter: "Find",
    reset: "Undo all", why: "Why this draft", save: "Save draft", impact: "Impact", profiles: "Stored profiles",
    fixtures: "Expected outcomes of the fixtures", review: "Review and publish", from: "From", to: "to",
    showDiff: "Show the differences", publishWhy: "Why publish", publish: "Publish the “to” version for every instance",
    edit: "Edit", edits: n => `${n} change(s)`, noKey: "Give an analyst's or admin's key to use the workbench.",
    keyOk: "Key accepted.", keyBad: "This key may not use the workbench.",
    serves: (v, a, h) => `This instance serves rule set ${v ?? "?"} (${h}); published for every instance: ${a ?? "?"}.`,
    stale: (v, e) => `This instance could not compile the published rule set ${v} and keeps its old rules: ${e}`,
    nothing: "No stored profile would change.", replayed: (n, ms) => `${n} stored profiles replayed (${ms} ms).`,
    fixtureOk: "meets its expected outcome", fixtureNow: "would now miss", fixtureFixed: "would now meet it",
    fixtureStill: "misses already", savedAs: v => `Saved as version ${v}.`, publishedAs: v => `Published version ${v}.`,
    needComment: "Say why first.", noDiff: "No differences.", evidence: "evidence", was: "was", now: "now",
  },
  zh: {
    skip: "跳到工作台", title: "规则工作台", planner: "规划页面",
    subtitle: "调整门槛、权重、分档与文字；查看每个已存档案的变化；发布到所有实例。",
    key: "密钥", keyLabel: "API 密钥（分析员或管理员）", useKey: "使用", status: "服务中", instance: "实例",
    mode: "编译方式", serving: "所用版本", failure: "无法编译", seen: "最后报告", versions: "版本", state: "状态",
    origin: "来源", author: "作者", when: "时间", comment: "说明", draft: "草稿，基于版本", filter: "查找",
    reset: "全部撤销", why: "草稿说明", save: "保存草稿", impact: "影响", profiles: "已存档案",
    fixtures: "样例的预期结果", review: "审阅与发布", from: "从", to: "到", showDiff: "显示差异",
    publishWhy: "发布说明", publish: "将“到”版本发布到所有实例", edit: "编辑", edits: n => `${n} 处修改`,
    noKey: "请输入分析员或管理员的密钥。", keyOk: "密钥有效。", keyBad: "此密钥不能使用工作台。",
    serves: (v, a, h) => `本实例使用规则集 ${v ?? "?"}（${h}）；已发布版本：${a ?? "?"}。`,
    stale: (v, e) => `本实例无法编译已发布的规则集 ${v}，仍使用旧规则：${e}`,
    nothing: "没有档案会变化。", replayed: (n, ms) => `已重放 ${n} 个档案（${ms} 毫秒）。`,
    fixtureOk: "符合预期", fixtureNow: "将不符合", fixtureFixed: "将符合预期", fixtureStill: "原已不符合",
    savedAs: v => `已保存为版本 ${v}。`, publishedAs: v => `已发布版本 ${v}。`, needComment: "请先写明原因。",
    noDiff: "没有差异。", evidence: "依据", was: "原", now: "新",
  },
};

const params = new URLSearchParams(location.search);
const state = { lang: params.get("lang") === "zh" ? "zh" : "en", key: sessionStorage.getItem("gba-key") || "",
  base: null, form: [], versions: [], previewSeq: 0, timer: null };
const $ = id => document.getElementById(id);
const t = (k, ...a) => { const v = TEXTS[state.lang][k]; return typeof v === "function" ? v(...a) : v; };

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (k === "text") e.textContent = v; else if (k === "class") e.className = v; else e.setAttribute(k, v);
  }
  e.append(...children.filter(c => c !== null && c !== undefined));
  return e;
}

async function api(method, path, body) {
  const headers = { Accept: "application/json" };
  if (state.key) headers["X-API-Key"] = state.key;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = r.headers.get("Content-Type")?.includes("json") ? await r.json() : null;
  if (!r.ok) {
    const err = new Error(data?.detail || r.statusText);
    err.problem = data; err.status = r.status;
    throw err;
  }
  return data;
}

function problemText(e) {
  const fields = (e.problem?.errors || []).map(x => `${x.pointer}: ${x.message}`);
  return [e.message, ...fields].join(" — ");
}

function translate() {
  document.documentElement.lang = state.lang === "zh" ? "zh-Hans" : "en";
  document.querySelectorAll("[data-t]").forEach(n => { n.textContent = t(n.dataset.t); });
  for (const l of ["zh", "en"]) $("lang-" + l).setAttribute("aria-pressed", String(state.lang === l));
}

async function loadStatus() {
  const s = await api("GET", "/api/v1/rules");
  $("status").textContent = t("serves", s.ruleSet, s.activeRuleSet, s.version);
  $("status").dataset.ruleSet = s.ruleSet ?? "";
  $("stale").textContent = s.stale ? t("stale", s.activation.version, s.errors.join("; ")) : "";
  $("instances").replaceChildren(...s.instances.map(i => el("tr", { "data-instance": i.instance },
    el("td", { text: i.instance }), el("td", { text: i.mode }), el("td", { text: `${i.servingVersion ?? "?"} · ${i.servingHash}` }),
    el("td", { class: i.failedVersion ? "error" : "", text: i.failedVersion ? `${i.failedVersion}: ${i.failure}` : "" }),
    el("td", { text: new Date(i.seenAt).toLocaleTimeString() }))));
  return s;
}

async function loadVersions() {
  state.versions = await api("GET", "/api/v1/rules/versions");
  $("versions").replaceChildren(...state.versions.map(v => el("tr", { "data-version": v.version },
    el("td", { text: v.version }), el("td", { class: "state-" + v.state, text: v.state }), el("td", { text: v.origin }),
    el("td", { text: v.author }), el("td", { text: new Date(v.createdAt).toLocaleString() }),
    el("td", { text: v.comment }),
    el("td", {}, button(t("edit"), () => openVersion(v.version), "edit-" + v.version)))));
  const options = () => state.versions.map(v => el("option", { value: v.version, text: `${v.version} · ${v.state} · ${v.comment}` }));
  const from = $("diff-from").value, to = $("diff-to").value;
  $("diff-from").replaceChildren(...options());
  $("diff-to").replaceChildren(...options());
  const active = state.versions.find(v => v.state === "ACTIVE");
  $("diff-from").value = from || (active ? active.version : state.versions.at(-1).version);
  $("diff-to").value = to || state.versions[0].version;
}

function button(text, onClick, id) {
  const b = el("button", { type: "button", id, text });
  b.addEventListener("click", onClick);
  return b;
}

async function openVersion(version) {
  const view = await api("GET", `/api/v1/rules/versions/${version}`);
  state.base = version;
  state.form = view.form;
  $("base").textContent = `${version} (${view.version.hash})`;
  renderForm();
  preview();
}

function renderForm() {
  const groups = new Map();
  for (const entry of state.form) {
    const key = `${entry.file} · ${entry.group}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(entry);
  }
  const out = [];
  for (const [name, entries] of groups) {
    const details = el("details", { "data-group": name }, el("summary", { text: `${name} (${entries.length})` }));
    if (name.startsWith("parameters.yaml · thresholds") || name.startsWith("parameters.yaml · rules")) details.open = true;
    for (const entry of entries) details.append(renderEntry(entry));
    out.push(details);
  }
  $("form").replaceChildren(...out);
  countEdits();
}

function renderEntry(entry) {
  const fields = el("div", { class: "fields" });
  for (const f of entry.fields) {
    const id = "f" + btoa(unescape(encodeURIComponent(entry.file + f.pointer))).replace(/[^A-Za-z0-9]/g, "");
    const input = f.type === "NUMBER"
      ? el("input", { id, type: "number", step: "any", value: f.value })
      : el("input", { id, type: "text", class: "text", value: f.value, maxlength: 2000 });
    Object.assign(input.dataset, { file: entry.file, pointer: f.pointer, type: f.type, original: String(f.value) });
    input.addEventListener("input", () => { input.classList.toggle("changed", changed(input)); countEdits(); schedulePreview(); });
    fields.append(el("label", { for: id, class: f.type === "TEXT" ? "why" : "", text: f.name }), input);
  }
  return el("div", { class: "entry", "data-pointer": entry.pointer, "data-label": entry.label },
    el("div", { class: "label", text: entry.label }), fields);
}

function changed(input) {
  if (input.dataset.type === "NUMBER") {
    return input.value !== "" && Number(input.value) !== Number(input.dataset.original);
  }
  return input.value !== input.dataset.original;
}

function edits() {
  return [...document.querySelectorAll("#form input")].filter(changed).map(i => ({
    file: i.dataset.file, pointer: i.dataset.pointer,
    value: i.dataset.type === "NUMBER" ? Number(i.value) : i.value,
  }));
}

function countEdits() {
  $("edit-count").textContent = t("edits", edits().length);
}

function schedulePreview() {
  clearTimeout(state.timer);
  state.timer = setTimeout(preview, 350);
}

async function preview() {
  if (state.base === null) return;
  const seq = ++state.previewSeq;
  $("impact-summary").textContent = "…";
  try {
    const impact = await api("POST", "/api/v1/rules/drafts/preview", { basedOn: state.base, edits: edits() });
    if (seq === state.previewSeq) renderImpact(impact);
  } catch (e) {
    if (seq === state.previewSeq) {
      $("impact-summary").textContent = "";
      $("impact-errors").replaceChildren(el("li", { text: problemText(e) }));
    }
  }
}

function renderImpact(impact) {
  $("impact-errors").replaceChildren(...impact.errors.map(e => el("li", { text: e })));
  $("impact-summary").textContent = impact.errors.length ? "" : t("replayed", impact.profilesReplayed, impact.millis);
  const profiles = impact.profiles.map(p => {
    const changes = p.changes.map(c => {
      const ch = c.change;
      const move = ch.movement === "ENTERED" ? `→ ${ch.toRank}` : ch.movement === "LEFT" ? `${ch.fromRank} →`
        : `${ch.fromRank} → ${ch.toRank}`;
      const delta = (ch.scoreDelta > 0 ? "+" : "") + Math.round(ch.scoreDelta * 100) / 100;
      const evidence = c.evidence.map(e => `${e.rule} ${e.points > 0 ? "+" : ""}${Math.round(e.points * 100) / 100}`
        + (e.facts?.length ? ` (${e.facts.map(f => f.label || f.path).join(", ")})` : ""));
      return el("li", { class: ch.movement === "LEFT" ? "left-item" : ch.movement.toLowerCase(),
          "data-change": `${ch.kind} ${ch.id} ${ch.movement}` },
        el("strong", { text: `${ch.id} ${ch.movement}` }), el("span", { class: "move", text: `${move} (${delta})` }),
        evidence.length ? el("div", { class: "why", text: `${t("evidence")}: ${evidence.join("; ")}` }) : null);
    });
    return el("li", { "data-profile": p.profileId }, el("strong", { text: `${p.profileId} v${p.profileVersion}` }),
      p.error ? el("div", { class: "error", text: p.error }) : null, el("ul", { class: "plain" }, ...changes));
  });
  $("impact-profiles").replaceChildren(...(profiles.length || impact.errors.length ? profiles
    : [el("li", { class: "muted", id: "no-change", text: t("nothing") })]));
  $("impact-fixtures").replaceChildren(...impact.fixtures.map(f => {
    const text = f.missesAfter.length === 0 && f.missesBefore.length === 0 ? t("fixtureOk")
      : f.missesAfter.length > 0 && f.missesBefore.length === 0 ? t("fixtureNow")
      : f.missesAfter.length === 0 ? t("fixtureFixed") : t("fixtureStill");
    const misses = f.missesAfter.map(m => `${m.part}: ${m.expected} ≠ ${m.actual}`).join("; ");
    return el("li", { "data-fixture": f.profileId, class: f.missesAfter.length ? "error" : "" },
      el("strong", { text: f.profileId }), ` ${text}`, misses ? el("div", { class: "why", text: misses }) : null);
  }));
}

async function saveDraft() {
  const comment = $("comment").value.trim();
  if (!comment) { $("saved").textContent = t("needComment"); return; }
  try {
    const v = await api("POST", "/api/v1/rules/drafts", { basedOn: state.base, comment, edits: edits() });
    $("saved").textContent = t("savedAs", v.version);
    $("saved").dataset.version = v.version;
    await loadVersions();
    $("diff-from").value = state.base;
    $("diff-to").value = v.version;
    await openVersion(v.version);
  } catch (e) {
    $("saved").textContent = problemText(e);
  }
}

async function showDiff() {
  let d;
  try {
    d = await api("GET", `/api/v1/rules/versions/${$("diff-from").value}/diff/${$("diff-to").value}`);
  } catch (e) {
    $("diff").replaceChildren(el("p", { class: "error", role: "alert", text: problemText(e) }));
    return;
  }
  if (!d.files.length) { $("diff").replaceChildren(el("p", { class: "muted", text: t("noDiff") })); return; }
  $("diff").replaceChildren(...d.files.map(f => el("div", { "data-file": f.file },
    el("h3", { text: `${f.file} (${f.status})` }),
    f.fields.length ? el("table", { class: "plain-table" },
      el("thead", {}, el("tr", {}, el("th", { text: "JSON Pointer" }), el("th", { text: t("was") }), el("th", { text: t("now") }))),
      el("tbody", {}, ...f.fields.map(c => el("tr", { "data-path": c.path }, el("td", { text: c.path }),
        el("td", { text: c.was === undefined ? "" : JSON.stringify(c.was) }),
        el("td", { text: c.now === undefined ? "" : JSON.stringify(c.now) }))))) : null,
    el("details", {}, el("summary", { text: "diff" }), el("pre", { class: "diff-lines" },
      ...f.lines.map(l => el("span", { class: l.startsWith("+") ? "add" : l.startsWith("-") ? "del" : "", text: l + "\n" })))))));
}

async function publish() {
  const comment = $("publish-comment").value.trim();
  if (!comment) { $("published").textContent = t("needComment"); return; }
  try {
    const p = await api("POST", `/api/v1/rules/versions/${$("diff-to").value}/publish`, { comment });
    $("published").textContent = t("publishedAs", p.publication.version);
    $("published").dataset.version = p.publication.version;
    await Promise.all([loadStatus(), loadVersions()]);
  } catch (e) {
    $("published").textContent = problemText(e);
  }
}

async function start() {
  translate();
  $("key").value = state.key;
  if (!state.key) { $("key-state").textContent = t("noKey"); return; }
  // until the key's status, versions and form are in, what is on the page is the previous key's
  document.body.dataset.loading = "true";
  try {
    const s = await loadStatus();
    $("key-state").textContent = t("keyOk");
    await loadVersions();
    await openVersion(state.base ?? s.activeRuleSet ?? state.versions[0].version);
  } catch (e) {
    $("key-state").textContent = e.status === 401 || e.status === 403 ? t("keyBad") : problemText(e);
  } finally {
    delete document.body.dataset.loading;
  }
}

$("key-form").addEventListener("submit", ev => {
  ev.preventDefault();
  state.key = $("key").value.trim();
  sessionStorage.setItem("gba-key", state.key);
  start();
});
for (const l of ["zh", "en"]) $("lang-" + l).addEventListener("click", () => { state.lang = l; translate(); countEdits(); });
$("filter").addEventListener("input", () => {
  const q = $("filter").value.toLowerCase();
  document.querySelectorAll("#form .entry").forEach(e => {
    e.hidden = q && !e.dataset.label.toLowerCase().includes(q) && !e.dataset.pointer.toLowerCase().includes(q);
  });
  if (q) document.querySelectorAll("#form details").forEach(d => { d.open = true; });
});
$("reset").addEventListener("click", () => { renderForm(); preview(); });
$("save").addEventListener("click", saveDraft);
$("show-diff").addEventListener("click", showDiff);
$("publish").addEventListener("click", publish);
start();
