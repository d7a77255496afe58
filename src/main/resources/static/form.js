// The profile form for officials: generated from the OpenAPI document (/v3/api-docs, the Profile schema and the
// catalog's code enums) and the catalog (/api/v1/catalog), so a new field, indicator, asset type, question or
// instrument appears without new page code. Every change is checked by POST /api/v1/advice, the API's own validator,
// and each error is shown beside the field its JSON Pointer names. No inline script or style: CSP-safe.
(() => {
  const I18N = window.GBA_I18N;
  const $ = (id) => document.getElementById(id);
  const f = { schemas: null, catalog: null, profile: {}, timer: null, seq: 0, errors: [], storedId: null };
  const lang = () => (window.GBA_PAGE ? window.GBA_PAGE.lang() : "zh");
  const t = (key) => I18N[lang()][key] ?? key;
  const label = (key) => (I18N[lang()].labels || {})[key] || key;
  const help = (key) => (I18N[lang()].help || {})[key];
  const el = (tag, attrs = {}, ...children) => {
    const e = document.createElement(tag);
    Object.entries(attrs).forEach(([k, v]) => {
      if (v == null || v === false) return;
      if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v === true ? "" : v);
    });
    children.flat().forEach((c) => c != null && e.append(c));
    return e;
  };
  const idOf = (pointer) => "f" + pointer.replace(/[^a-zA-Z0-9]+/g, "-");
  const clone = (o) => JSON.parse(JSON.stringify(o));

  function headers(extra = {}) {
    const key = $("form-key").value.trim();
    return Object.assign(key ? { "X-API-Key": key } : {}, extra);
  }

  async function json(path, options = {}) {
    const r = await fetch(path, Object.assign({ headers: headers() }, options));
    const body = r.headers.get("Content-Type")?.includes("json") ? await r.json() : null;
    if (!r.ok) throw body || { detail: `${r.status}` };
    return body;
  }

  // ------------------------------------------------------------------------------------------ schema helpers

  function resolve(schema) {
    let s = schema || {};
    for (let i = 0; s.$ref && i < 10; i++) s = f.schemas[s.$ref.split("/").pop()] || {};
    return s;
  }

  function kindOf(schema) {
    const s = resolve(schema);
    if (s.enum) return "enum";
    if (s.type === "array") return resolve(s.items).type === "object" || resolve(s.items).properties ? "objects" : "values";
    if (s.type === "object" || s.properties) return "object";
    return s.type || "string";
  }

  /** The options of an enum: its codes with titles in the page's language from the catalog, else the document's. */
  function options(schema) {
    const s = resolve(schema);
    const c = f.catalog;
    const titled = {};
    (c.indicators || []).forEach((i) => (titled[i.code] = `${i.title} [${i.unit}]`));
    (c.assetFigures || []).forEach((i) => (titled[i.code] = titled[i.code] || `${i.title} [${i.unit}]`));
    [...(c.fields || []), ...(c.assetTypes || []), ...(c.constraintTypes || []), ...(c.flows || [])]
      .forEach((i) => (titled[i.code] = titled[i.code] || i.title));
    (c.instruments || []).forEach((i) => (titled[i.code] = i.title));
    (c.questions || []).forEach((q) => (titled[q.code] = q.text));
    const described = s["x-enum-descriptions"] || [];
    return s.enum.map((v, i) => {
      let title = titled[v];
      if (!title && described[i]) {
        const cut = described[i].indexOf(" / ");
        title = cut < 0 ? described[i] : lang() === "zh" ? described[i].slice(0, cut) : described[i].slice(cut + 3);
      }
      return { value: v, text: title && title !== v ? `${v} — ${title}` : v };
    });
  }

  // ------------------------------------------------------------------------------------------ values

  function get(pointer) {
    return pointer.split("/").slice(1).reduce((o, k) => (o == null ? undefined : o[k]), f.profile);
  }

  function set(pointer, value) {
    const keys = pointer.split("/").slice(1);
    let o = f.profile;
    keys.slice(0, -1).forEach((k, i) => {
      if (o[k] == null) o[k] = /^\d+$/.test(keys[i + 1]) ? [] : {};
      o = o[k];
    });
    const last = keys[keys.length - 1];
    if (value === undefined || value === "" || (Array.isArray(value) && !value.length)) {
      if (Array.isArray(o)) o[last] = undefined; else delete o[last];
    } else o[last] = value;
  }

  /** The profile as it is sent: nothing empty, no holes. */
  function cleaned(v) {
    if (Array.isArray(v)) {
      const out = v.map(cleaned).filter((x) => x !== undefined);
      return out.length ? out : undefined;
    }
    if (v && typeof v === "object") {
      const out = {};
      Object.entries(v).forEach(([k, x]) => { const c = cleaned(x); if (c !== undefined) out[k] = c; });
      return Object.keys(out).length ? out : undefined;
    }
    return v === "" || v == null ? undefined : v;
  }

  const profileNow = () => cleaned(f.profile) || {};

  // ------------------------------------------------------------------------------------------ rendering

  function render() {
    if (!f.schemas) return;
    const form = $("profile-form");
    const focused = document.activeElement && document.activeElement.id;
    form.replaceChildren(...fields(f.schemas.Profile, ""));
    if (focused && $(focused)) $(focused).focus();
    showErrors();
  }

  function fields(schema, pointer) {
    const s = resolve(schema);
    return Object.entries(s.properties || {}).filter(([, p]) => !p.readOnly && !resolve(p).readOnly).map(([key, p]) => {
      const at = `${pointer}/${key}`;
      if (pointer === "" && key === "checklist") return checklist();
      if (pointer === "" && key === "instruments") return instruments();
      if (key === "original") return original(at);
      const required = (s.required || []).includes(key);
      return field(key, p, at, required);
    });
  }

  function field(key, schema, at, required) {
    const kind = kindOf(schema);
    const id = idOf(at);
    // a code's list is in its drop-down; only a field's own description helps beside it
    const hint = help(key) || (kind === "enum" || kind === "values" ? null : schema.description || resolve(schema).description);
    const error = el("span", { class: "field-error", id: id + "-error", "data-error-for": at, role: "alert" });
    if (kind === "object") {
      return el("fieldset", { class: "group", "data-pointer": at }, el("legend", { text: label(key) }),
        ...fields(schema, at), error);
    }
    if (kind === "objects") return list(key, schema, at);
    let input;
    const value = get(at);
    if (kind === "enum") {
      input = el("select", { id, "data-pointer": at, "aria-describedby": id + "-error" },
        el("option", { value: "", text: "—" }),
        ...options(schema).map((o) => el("option", { value: o.value, text: o.text, selected: o.value === value })));
      input.addEventListener("change", () => changed(at, input.value || undefined));
    } else if (kind === "values" && resolve(resolve(schema).items).enum) {
      const chosen = new Set(value || []);
      input = el("select", { id, multiple: true, size: 5, "data-pointer": at, "aria-describedby": id + "-error" },
        ...options(resolve(schema).items).map((o) => el("option", { value: o.value, text: o.text, selected: chosen.has(o.value) })));
      input.addEventListener("change", () => changed(at, [...input.selectedOptions].map((o) => o.value)));
    } else if (kind === "values") {
      input = el("input", { id, type: "text", "data-pointer": at, "aria-describedby": id + "-error", value: (value || []).join(", ") });
      input.addEventListener("change", () => changed(at, input.value.split(/[,，]/).map((x) => x.trim()).filter(Boolean)));
    } else if (kind === "number" || kind === "integer") {
      input = el("input", { id, type: "number", step: kind === "integer" ? "1" : "any", "data-pointer": at,
        "aria-describedby": id + "-error", value: value ?? "" });
      input.addEventListener("input", () => changed(at, input.value === "" ? undefined : Number(input.value)));
    } else {
      input = el("input", { id, type: "text", "data-pointer": at, "aria-describedby": id + "-error", value: value ?? "",
        list: key === "unit" ? "units-list" : null });
      input.addEventListener("input", () => changed(at, input.value === "" ? undefined : input.value));
    }
    return el("div", { class: "form-field" + (required ? " required" : "") },
      el("label", { for: id, text: label(key) + (required ? " *" : "") }), input,
      hint ? el("small", { class: "muted", text: hint }) : null, error);
  }

  /** What the service converted a figure from: shown, not edited (it is kept as it came). */
  function original(at) {
    const o = get(at);
    if (!o) return null;
    return el("p", { class: "muted original", "data-pointer": at,
      text: `${label("original")}: ${o.value} ${o.unit}${o.conversion ? ` (${o.conversion})` : ""}` });
  }

  function list(key, schema, at) {
    const items = get(at) || [];
    const itemSchema = resolve(schema).items;
    const rows = items.map((_, i) => {
      if (items[i] == null) return null;
      const remove = el("button", { type: "button", class: "remove", "aria-label": `${t("remove")} ${label(key)} ${i + 1}`, text: t("remove") });
      remove.addEventListener("click", () => { items.splice(i, 1); set(at, items.length ? items : undefined); render(); check(); });
      return el("fieldset", { class: "item", "data-pointer": `${at}/${i}` },
        el("legend", { text: `${label(key)} ${i + 1}` }), ...fields(itemSchema, `${at}/${i}`), remove,
        el("span", { class: "field-error", "data-error-for": `${at}/${i}` }));
    });
    const add = el("button", { type: "button", class: "add", id: idOf(at) + "-add", text: `${t("add")}: ${label(key)}` });
    add.addEventListener("click", () => {
      const now = get(at) || [];
      now.push(starter(key));
      set(at, now);
      render();
      const first = document.querySelector(`[data-pointer="${at}/${now.length - 1}"] select, [data-pointer="${at}/${now.length - 1}"] input`);
      if (first) first.focus();
    });
    return el("fieldset", { class: "group", "data-pointer": at }, el("legend", { text: label(key) }),
      help(key) ? el("small", { class: "muted", text: help(key) }) : null, ...rows, add,
      el("span", { class: "field-error", "data-error-for": at }));
  }

  /** What a new item starts with: the profile's year where it has one. */
  function starter(key) {
    const year = f.profile.year;
    if (["indicators", "figures"].includes(key) || /figures$/.test(key)) return year ? { year } : {};
    return {};
  }

  /** The checklist: every question of the catalog asked of the place, answered yes, no or not at all. */
  function checklist() {
    const answers = f.profile.checklist || [];
    const sar = f.profile.jurisdiction && f.profile.jurisdiction !== "GUANGDONG";
    const rows = (f.catalog.questions || []).filter((q) => !f.profile.jurisdiction || (q.appliesTo === "ANY" || q.appliesTo === (sar ? "SAR" : "MAINLAND"))).map((q) => {
      const i = answers.findIndex((a) => a && a.question === q.code);
      const at = i < 0 ? null : `/checklist/${i}`;
      const a = i < 0 ? {} : answers[i];
      const id = "q-" + q.code;
      const answer = el("select", { id, "data-pointer": at ? at + "/answer" : null },
        el("option", { value: "", text: t("unanswered") }),
        ...["YES", "NO"].map((v) => el("option", { value: v, text: t("answers")[v], selected: a.answer === v })));
      const source = el("input", { type: "text", id: id + "-source", value: a.source || "", "data-pointer": at ? at + "/source" : null,
        "aria-label": `${t("labels").source}: ${q.text}` });
      const update = () => {
        const list = (f.profile.checklist || []).filter((x) => x && x.question !== q.code);
        if (answer.value) list.push(cleaned({ question: q.code, answer: answer.value, source: source.value, note: a.note }));
        f.profile.checklist = list.length ? list : undefined;
        if (!at) render();
        check();
      };
      answer.addEventListener("change", update);
      source.addEventListener("change", update);
      return el("div", { class: "form-field question", "data-pointer": at },
        el("label", { for: id, text: q.text }), answer, source, el("small", { class: "muted", text: q.help }),
        el("span", { class: "field-error", "data-error-for": at || "" }));
    });
    return el("fieldset", { class: "group", "data-pointer": "/checklist" }, el("legend", { text: label("checklist") }),
      el("small", { class: "muted", text: help("checklist") }), ...rows, el("span", { class: "field-error", "data-error-for": "/checklist" }));
  }

  /** The instruments: every instrument of the catalog, ticked where it is in force, with its year and source. */
  function instruments() {
    const given = f.profile.instruments || [];
    const rows = (f.catalog.instruments || []).map((ins) => {
      const i = given.findIndex((x) => x && x.code === ins.code);
      const at = i < 0 ? null : `/instruments/${i}`;
      const x = i < 0 ? {} : given[i];
      const id = "i-" + ins.code;
      const box = el("input", { type: "checkbox", id, checked: i >= 0, "data-pointer": at ? at + "/code" : null });
      const since = el("input", { type: "number", step: "1", id: id + "-since", value: x.since ?? "", "aria-label": `${label("since")}: ${ins.title}`,
        "data-pointer": at ? at + "/since" : null });
      const source = el("input", { type: "text", id: id + "-source", value: x.source || "", "aria-label": `${label("source")}: ${ins.title}`,
        "data-pointer": at ? at + "/source" : null });
      const update = () => {
        const list = (f.profile.instruments || []).filter((y) => y && y.code !== ins.code);
        if (box.checked) list.push(cleaned({ code: ins.code, name: x.name, since: since.value === "" ? undefined : Number(since.value), source: source.value, note: x.note }));
        f.profile.instruments = list.length ? list : undefined;
        if (!at || !box.checked) render();
        check();
      };
      box.addEventListener("change", update);
      since.addEventListener("change", update);
      source.addEventListener("change", update);
      return el("div", { class: "form-field instrument", "data-pointer": at },
        box, el("label", { for: id, text: ` ${ins.title} (${ins.carries.join(", ")})` }), since, source,
        el("span", { class: "field-error", "data-error-for": at || "" }));
    });
    return el("fieldset", { class: "group", "data-pointer": "/instruments" }, el("legend", { text: label("instruments") }), ...rows);
  }

  function changed(pointer, value) {
    set(pointer, value);
    if (pointer === "/jurisdiction") render();
    check();
  }

  // ------------------------------------------------------------------------------------------ checking

  function check() {
    clearTimeout(f.timer);
    $("form-status").textContent = t("checking");
    f.timer = setTimeout(validate, 300);
  }

  async function validate() {
    const seq = ++f.seq;
    const r = await fetch(`api/v1/advice?lang=${lang()}`, { method: "POST", headers: headers({ "Content-Type": "application/json" }),
      body: JSON.stringify(profileNow()) });
    const body = await r.json().catch(() => null);
    if (seq !== f.seq) return;
    f.errors = r.ok ? [] : (body && body.errors) || [{ pointer: "", message: (body && body.detail) || String(r.status) }];
    f.advice = r.ok ? body : null;
    showErrors();
  }

  /** Each error beside the field its pointer names, else beside the nearest group above it. */
  function showErrors() {
    document.querySelectorAll("#profile-form .field-error").forEach((e) => (e.textContent = ""));
    document.querySelectorAll("#profile-form [aria-invalid]").forEach((e) => e.removeAttribute("aria-invalid"));
    f.errors.forEach((err) => {
      let p = err.pointer;
      for (;;) {
        const input = document.querySelector(`#profile-form [data-pointer="${CSS.escape(p)}"]`);
        const slot = document.querySelector(`#profile-form .field-error[data-error-for="${CSS.escape(p)}"]`)
          || (input && input.closest(".form-field, fieldset")?.querySelector(".field-error"));
        if (slot) {
          slot.textContent = (slot.textContent ? slot.textContent + " · " : "") + (p === err.pointer ? "" : `${err.pointer}: `) + err.message;
          if (input && input.matches("input, select")) input.setAttribute("aria-invalid", "true");
          break;
        }
        if (!p) break;
        p = p.substring(0, p.lastIndexOf("/"));
      }
    });
    const status = $("form-status");
    status.className = f.errors.length ? "error" : "ok";
    status.textContent = f.errors.length ? `${f.errors.length} ${t("problems")}` : f.advice
      ? `${t("noProblems")} · ${t("topModel")}: ${f.advice.models[0].id} ${f.advice.models[0].title}` : "";
  }

  // ------------------------------------------------------------------------------------------ actions

  function load(profile, storedId) {
    f.profile = clone(profile || {});
    (f.profile.reach || []).forEach((r) => r && delete r.resolved);
    f.storedId = storedId || null;
    const link = $("workbook-profile");
    link.hidden = !storedId;
    if (storedId) link.href = `api/v1/profiles/${encodeURIComponent(storedId)}/workbook`;
    render();
    check();
  }

  async function startFrom(value) {
    if (!value) return load({});
    try {
      load(await json(`api/v1/profiles/${encodeURIComponent(value)}`), value);
    } catch (problem) {
      result(problem);
    }
  }

  async function listProfiles() {
    const select = $("form-start");
    const chosen = select.value;
    let profiles = [];
    try { profiles = await json("api/v1/profiles"); } catch (e) { profiles = []; }
    select.replaceChildren(el("option", { value: "", text: t("startEmpty") }),
      ...profiles.map((p) => el("option", { value: p.id, text: `${p.name[lang()]} (${p.id})${p.builtIn ? "" : " *"}` })));
    select.value = chosen;
  }

  function result(problem, ok) {
    const box = $("form-result");
    box.className = ok ? "ok" : "error";
    if (ok) { box.textContent = ok; return; }
    const errors = (problem && problem.errors) || [];
    box.textContent = `${(problem && (problem.detail || problem.title)) || problem}` + (errors.length ? ` — ${errors.length} ${t("problems")}` : "");
    if (errors.length) {
      f.errors = errors.map((e) => ({ pointer: e.pointer.replace(/^\/profile(?=\/|$)/, ""), message: e.message }));
      showErrors();
    }
  }

  async function submit() {
    const p = profileNow();
    try {
      const v = await json(`api/v1/profiles/${encodeURIComponent(p.id || "-")}/versions`, {
        method: "POST", headers: headers({ "Content-Type": "application/json" }),
        body: JSON.stringify({ profile: p, comment: $("form-comment").value || undefined }) });
      result(null, `${t("stored")} ${v.version} (${p.id})`);
      f.storedId = p.id;
      await listProfiles();
    } catch (problem) {
      result(problem);
    }
  }

  function download() {
    const blob = new Blob([JSON.stringify(profileNow(), null, 2) + "\n"], { type: "application/json" });
    const a = el("a", { href: URL.createObjectURL(blob), download: `${profileNow().id || "profile"}.json` });
    document.body.append(a);
    a.click();
    a.remove();
  }

  async function uploadWorkbook(file) {
    const box = $("workbook-errors");
    box.replaceChildren();
    const r = await fetch(`api/v1/workbook?lang=${lang()}`, { method: "POST", headers: headers({ "Content-Type":
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }), body: await file.arrayBuffer() });
    const body = await r.json().catch(() => ({}));
    if (!r.ok) {
      box.replaceChildren(...(body.errors || [{ message: body.detail }]).map((e) => el("li", { class: "workbook-error",
        text: `${e.cell || e.pointer || ""}: ${e.message}` })));
      result(body);
      return;
    }
    load(body.profile);
    result(null, `${t("workbookRead")}: ${body.profile.id}`);
  }

  async function init() {
    if (!window.GBA_PAGE) return;
    [f.schemas, f.catalog] = await Promise.all([
      fetch("v3/api-docs").then((r) => r.json()).then((d) => d.components.schemas),
      json(`api/v1/catalog?lang=${lang()}`)]);
    const units = new Set();
    (f.catalog.units || []).forEach((u) => { units.add(u.unit); u.accepted.forEach((a) => a.names.forEach((n) => units.add(n))); });
    document.body.append(el("datalist", { id: "units-list" }, ...[...units].map((u) => el("option", { value: u }))));
    $("form-start").addEventListener("change", (e) => startFrom(e.target.value));
    $("form-key").addEventListener("change", listProfiles);
    $("form-download").addEventListener("click", download);
    $("form-upload").addEventListener("change", async (e) => {
      const file = e.target.files[0];
      if (!file) return;
      try { load(JSON.parse(await file.text())); } catch (err) { result({ detail: String(err.message || err) }); }
      e.target.value = "";
    });
    // the input is emptied after each upload, so that the same file, fixed, can be uploaded again
    $("workbook-upload").addEventListener("change", async (e) => {
      const file = e.target.files[0];
      if (file) { await uploadWorkbook(file); e.target.value = ""; }
    });
    $("form-submit").addEventListener("click", submit);
    $("form-advice").addEventListener("click", () => window.GBA_PAGE.startWith(profileNow()));
    window.GBA_PAGE.onLang(async () => {
      f.catalog = await json(`api/v1/catalog?lang=${lang()}`);
      await listProfiles();
      render();
      check();
    });
    await listProfiles();
    f.ready = true;
    load({});
    document.documentElement.dataset.formReady = "true";
  }

  window.GBA_FORM = { load, profile: profileNow, errors: () => f.errors };
  window.addEventListener("load", () => init().catch((e) => { $("form-status").textContent = String(e.message || e.detail || e); }));
})();
