// The planner page: a client of the public REST API only (/api/v1/...). No framework: Chart.js draws the charts.
(() => {
  const I18N = window.GBA_I18N;
  const params = new URLSearchParams(location.search);
  const state = { lang: params.get("lang") === "en" ? "en" : "zh", catalog: null, base: null, current: null,
                  advice: null, diff: null, charts: {}, timer: null, seq: 0 };
  const $ = (id) => document.getElementById(id);
  const t = (key) => I18N[state.lang][key] ?? key;
  const clone = (o) => JSON.parse(JSON.stringify(o));
  const withLang = (p) => p + (p.includes("?") ? "&" : "?") + "lang=" + state.lang;
  const el = (tag, attrs = {}, ...children) => {
    const e = document.createElement(tag);
    Object.entries(attrs).forEach(([k, v]) => (k === "class" ? (e.className = v) : k === "text" ? (e.textContent = v) : e.setAttribute(k, v)));
    children.flat().forEach((c) => c != null && e.append(c));
    return e;
  };
  const num = (v) => (v == null ? "" : Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100));

  async function api(path, body) {
    const r = await fetch(path, body ? { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) } : {});
    const json = await r.json();
    if (!r.ok) throw json;
    return json;
  }

  function showError(problem) {
    const box = $("error");
    if (!problem) { box.hidden = true; return; }
    const errors = (problem.errors || []).map((e) => `${e.pointer}: ${e.message}`).join("; ");
    box.textContent = `${t("error")}: ${problem.detail || problem.title || problem}${errors ? " — " + errors : ""}`;
    box.hidden = false;
  }

  async function init() {
    document.querySelectorAll("#lang-switch button").forEach((b) => b.addEventListener("click", () => setLang(b.dataset.lang)));
    $("print").addEventListener("click", () => window.print());
    $("profile-select").addEventListener("change", (e) => loadProfile(e.target.value));
    $("evaluate").addEventListener("click", evaluatePasted);
    $("profile-file").addEventListener("change", async (e) => { const f = e.target.files[0]; if (f) { $("profile-json").value = await f.text(); evaluatePasted(); } });
    $("reset-whatif").addEventListener("click", () => { state.current = clone(state.base); buildControls(); refresh(); });
    $("sweep-run").addEventListener("click", runSweep);
    $("region-run").addEventListener("click", runRegion);
    $("region-field").addEventListener("change", renderRegion);
    const profiles = await api("/api/v1/profiles");
    profiles.forEach((p) => $("profile-select").append(el("option", { value: p.id, "data-zh": p.name.zh, "data-en": p.name.en, text: `${p.name[state.lang]} (${p.id})` })));
    const first = params.get("profile") || "dongguan";
    $("profile-select").value = first;
    await loadCatalog();
    await loadProfile(first);
  }

  async function loadCatalog() {
    state.catalog = await api(withLang("/api/v1/catalog"));
    const select = $("sweep-indicator");
    const chosen = select.value;
    select.replaceChildren(...state.catalog.indicators.filter((i) => i.thresholds.length)
      .map((i) => el("option", { value: i.code, text: i.title })));
    if (chosen) select.value = chosen;
  }

  async function loadProfile(id) {
    showError(null);
    state.base = await api("/api/v1/profiles/" + id);
    startWith(state.base);
  }

  function startWith(profile) {
    state.base = profile;
    state.current = clone(profile);
    $("profile-json").value = JSON.stringify(profile, null, 2);
    buildControls();
    refresh();
  }

  function evaluatePasted() {
    try {
      startWith(JSON.parse($("profile-json").value));
    } catch (e) {
      showError({ detail: String(e.message || e) });
    }
  }

  async function setLang(lang) {
    state.lang = lang;
    await loadCatalog();
    buildControls();
    await refresh();
    if (state.region) await runRegion();
    state.langListeners.forEach((cb) => cb(lang));
  }

  // what the officials' form (form.js) uses of the page: the language, and showing a profile's advice
  state.langListeners = [];
  window.GBA_PAGE = {
    lang: () => state.lang,
    startWith: (profile) => { showError(null); startWith(profile); document.getElementById("overview").scrollIntoView(); },
    onLang: (cb) => state.langListeners.push(cb)
  };

  function changed() {
    return JSON.stringify(state.current) !== JSON.stringify(state.base);
  }

  async function refresh() {
    const seq = ++state.seq;
    try {
      let advice, diff = null;
      if (!changed()) {
        advice = await api(withLang("/api/v1/advice?explain=counterfactual"), state.base);
      } else {
        const c = await api(withLang("/api/v1/scenarios/compare"), { base: state.base, scenarios: [{ name: "what-if",
          mergePatch: { indicators: state.current.indicators || [], assets: state.current.assets || [], constraints: state.current.constraints || [],
            checklist: state.current.checklist || [], instruments: state.current.instruments || [] } }] });
        advice = c.scenarios[0].advice;
        diff = c.scenarios[0].diff;
      }
      if (seq !== state.seq) return;
      state.advice = advice;
      state.diff = diff;
      showError(null);
      render();
    } catch (problem) {
      if (seq === state.seq) showError(problem);
    }
  }

  function scheduleRefresh() {
    clearTimeout(state.timer);
    state.timer = setTimeout(refresh, 200);
  }

  function movement(kind, id) {
    const c = (state.diff || []).find((d) => d.change.kind === kind && d.change.id === id);
    return c ? c.change : null;
  }

  function marker(li, change) {
    if (!change) return;
    const m = change.movement.toLowerCase();
    li.classList.add(m);
    const arrow = m === "entered" ? "＋" : m === "rose" ? "↑" : m === "fell" ? "↓" : "±";
    const ranks = change.fromRank && change.toRank ? ` ${change.fromRank}→${change.toRank}` : "";
    li.append(el("span", { class: "move", text: `${arrow} ${t(m)}${ranks} (${change.scoreDelta > 0 ? "+" : ""}${num(change.scoreDelta)})` }));
  }

  function reasons(list) {
    return el("ul", { class: "reasons" }, list.map((r) => el("li", {},
      el("strong", { text: `${r.text} ` }), `(${r.rule}, ${r.section}) +${num(r.points)} ${t("points")}`,
      el("div", { class: "facts", text: `${t("facts")}: ` + r.facts.map((f) => f.label + (f.value != null ? ` = ${num(f.value)} ${f.unit || ""} (${f.year || ""})` : "")).join("; ") }))));
  }

  function render() {
    const a = state.advice;
    document.documentElement.lang = state.lang === "zh" ? "zh-Hans" : "en";
    document.title = t("title");
    document.querySelectorAll("[data-i18n]").forEach((e) => { if (e.tagName !== "LABEL" || !e.querySelector("*")) e.textContent = t(e.dataset.i18n); });
    document.querySelectorAll("#lang-switch button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.lang === state.lang)));
    [...$("profile-select").options].forEach((o) => { o.textContent = `${o.dataset[state.lang]} (${o.value})`; });
    $("place-name").textContent = a.profile.name;
    $("provenance").textContent = `${t("provenance")}: ${a.provenance.rulesVersion} · ${t("evaluated")}: ${a.provenance.evaluatedAt}`;
    renderCoverage(a);
    renderCertainty(a);
    renderElements(a);
    $("constraints").replaceChildren(...(a.constraints.length ? a.constraints.map((c) => {
      const li = el("li", { id: "constraint-" + c.id, "data-id": c.id }, el("strong", { text: `${c.id} ${c.title}` }), el("span", { class: "badge", text: num(c.severity) }));
      marker(li, movement("CONSTRAINT", c.id));
      li.append(el("details", {}, el("summary", { text: t("because") }), reasons(c.because)));
      return li;
    }) : [el("li", { text: t("none") })]));
    $("models").replaceChildren(...a.models.map((m) => {
      const li = el("li", { id: "model-" + m.id, "data-id": m.id },
        el("strong", { text: `${m.id} ${m.title}` }),
        el("span", { class: "badge", text: `${t("fit")}: ${t("fitNames")[m.fit]}` }),
        el("span", { class: "badge", text: `${t("score")}: ${num(m.score)}` }),
        ...standing(m, a.models));
      marker(li, movement("MODEL", m.id));
      li.append(el("div", { class: "muted", text: `${m.summary} → ${m.function.id} ${m.function.title}` }),
        el("details", {}, el("summary", { text: `${t("because")} · ${t("cases")}` }), reasons(m.because),
          el("ul", { class: "reasons" }, m.cases.map((c) => el("li", { text: c }))),
          el("div", { class: "facts", text: `${t("sections")}: ${m.sections.join(", ")}` })));
      return li;
    }));
    $("recommendations").replaceChildren(...a.recommendations.map((r) => {
      const li = el("li", { id: "rec-" + r.id, "data-id": r.id },
        el("strong", { text: `${r.id} ${r.title}` }),
        el("span", { class: "badge", text: `${t("priority")}: ${t("priorityNames")[r.priority]}` }),
        el("span", { class: "badge", text: `${t("score")}: ${num(r.score)}` }),
        ...standing(r, a.recommendations));
      if (r.form === "EXTEND") {
        li.classList.add("extend");
        li.append(el("span", { class: "badge form-extend", text: `${t("inForce")} · ${t("extendForm")}` }));
      }
      marker(li, movement("RECOMMENDATION", r.id));
      li.append(el("ul", { class: "reasons" }, r.actions.map((x) => el("li", { text: x }))),
        ...(r.inForce || []).map((x) => el("p", { class: "in-force", text: x.notice })),
        el("details", {}, el("summary", { text: `${t("because")} (${r.countermeasure} ${r.countermeasureTitle})` }), reasons(r.because),
          el("div", { class: "facts", text: `${t("sections")}: ${r.sections.join(", ")}` })));
      return li;
    }));
    const left = (state.diff || []).filter((d) => d.change.movement === "LEFT");
    $("left-items").replaceChildren(...left.map((d) => el("li", { class: "left-item", id: "left-" + d.change.id, text: `${d.change.id} — ${t("left")}` })));
    $("changes-summary").replaceChildren(state.diff == null ? "" : el("p", { class: "muted", text: state.diff.length
      ? `${t("changes")}: ` + state.diff.map((d) => `${d.change.id} ${t(d.change.movement.toLowerCase())}`).join(", ") : t("noChanges") }));
    $("gaps").replaceChildren(...a.dataGaps.map((g) => el("li", { class: "gap gap-" + g.kind.toLowerCase(), "data-kind": g.kind, "data-code": g.code },
      el("span", { class: "badge", text: t("gapKinds")[g.kind] || g.kind }), " ", el("strong", { text: g.title }),
      el("span", { class: "facts", text: ` ${g.path}` }), g.help ? el("div", { class: "muted", text: g.help }) : null,
      el("ul", { class: "reasons" }, g.probes.map((p) => el("li", { class: "probe" },
        el("strong", { text: p.answer ? `${t("answers")[p.answer] || p.answer}: ` : `= ${num(p.value)} ${g.unit || ""}: ` }),
        p.changes.map((c) => `${c.id} ${t(c.movement.toLowerCase())}${c.scoreDelta ? ` (${c.scoreDelta > 0 ? "+" : ""}${num(c.scoreDelta)})` : ""}`).join(", ")
          + (p.basis ? ` — ${p.basis}` : "")))))));
    $("counterfactuals").replaceChildren(...(a.counterfactuals || []).map((c) => el("li", {},
      el("strong", { text: `${c.id} ${c.goal === "ENTER_TOP" ? t("cfEnter") : t("cfUnnecessary")}: ` }),
      c.change.summary, c.predictedRank ? ` (${t("predicted")} ${c.predictedRank})` : "")));
    $("snippet").textContent = `<script src="${location.origin}/widget.js"></script>\n<gba-advice profile="${a.profile.id}" lang="${state.lang}" top="5"></gba-advice>\n\n<!-- or -->\n<iframe src="${location.origin}/embed.html?profile=${a.profile.id}&lang=${state.lang}&top=5" width="420" height="560" title="GBA advice"></iframe>`;
  }

  /**
   * Whether the top model is a clear lead: first alone in a share of the service's re-weighted draws, against the
   * level it calls robust; said in words, since a planner must tell a lead from a tie.
   */
  function renderCertainty(a) {
    const c = a.certainty;
    const box = $("certainty");
    if (!c || !c.topModel) { box.replaceChildren(); box.className = "certainty"; return; }
    const top = a.models.find((m) => m.id === c.topModel);
    const tied = a.models.filter((m) => m.rank === 1).length > 1;
    box.className = "certainty" + (c.topModelRobust ? " robust" : " not-robust");
    box.replaceChildren(
      el("strong", { text: `${t("topModel")}: ${c.topModel}${top ? " " + top.title : ""} ` }),
      el("span", { class: "badge " + (c.topModelRobust ? "robust" : "not-robust"), text: c.topModelRobust ? t("robust") : t("notRobust") }),
      tied ? el("span", { class: "badge tie", text: t("tie") }) : "",
      el("span", { class: "muted", text: " " + t("firstShareText")
        .replace("{share}", Math.round(c.topModelFirstShare * 100)).replace("{draws}", c.draws)
        .replace("{spread}", Math.round(c.spread * 100)).replace("{level}", Math.round(c.level * 100)) }));
  }

  /**
   * An item's place among its list: a tie badge when another item shares its rank, and its rank interval (5th–95th
   * percentile over the draws) as text and as an error bar over the list's positions.
   */
  function standing(item, list) {
    const parts = [];
    const ri = item.robustness;
    // models that do not fit at all share the last rank; that is no tie worth a planner's attention
    if (ri && list.some((o) => o !== item && o.rank === item.rank && o.robustness)) parts.push(el("span", { class: "badge tie", text: `${t("tie")} #${item.rank}` }));
    if (!ri) return parts;
    const n = Math.max(list.length, ri.high);
    const span = ri.low === ri.high ? `${ri.low}` : `${ri.low}–${ri.high}`;
    const label = `${t("rankInterval")}: ${span} · ${t("firstAlone")} ${Math.round(ri.firstShare * 100)}%`;
    // positions set through the CSSOM: the Content-Security-Policy refuses style attributes
    const range = el("span", { class: "rank-range" });
    Object.assign(range.style, { left: `${((ri.low - 1) / n) * 100}%`, width: `${((ri.high - ri.low + 1) / n) * 100}%` });
    const now = el("span", { class: "rank-now" });
    now.style.left = `${((item.rank - 0.5) / n) * 100}%`;
    const bar = el("span", { class: "rank-bar", role: "img", "aria-label": label, title: label }, range, now);
    parts.push(el("span", { class: "badge interval" + (ri.low === ri.high ? " fixed" : ""), "data-low": ri.low, "data-high": ri.high, text: label }), bar);
    return parts;
  }

  /** How much of what the rules read the profile states; provisional advice is marked, with the service's notice. */
  function renderCoverage(a) {
    const c = a.coverage;
    const box = $("coverage");
    if (!c) { box.replaceChildren(); return; }
    box.className = "coverage" + (c.provisional ? " provisional" : "");
    box.replaceChildren(
      c.provisional ? el("strong", { class: "provisional-mark", text: t("provisionalMark") }) : "",
      el("span", { text: ` ${t("coverage")}: ${Math.round(c.share * 100)}% (${c.stated}/${c.readable})` }),
      c.notice ? el("span", { class: "notice", text: ` — ${c.notice}` }) : "");
  }

  function renderElements(a) {
    const data = { labels: a.elements.map((e) => `${e.id} ${e.title}`), datasets: [
      { label: t("strengths"), data: a.elements.map((e) => e.strengths), borderColor: "#0b5394", backgroundColor: "rgba(11,83,148,.2)" },
      { label: t("constraintsAxis"), data: a.elements.map((e) => e.constraints), borderColor: "#a4161a", backgroundColor: "rgba(164,22,26,.15)" }] };
    if (state.charts.elements) { state.charts.elements.data = data; state.charts.elements.update(); return; }
    state.charts.elements = new Chart($("elements-chart"), { type: "radar", data, options: { animation: false, scales: { r: { beginAtZero: true } } } });
  }

  function indicatorRange(ind, value) {
    const top = Math.max(1, ...ind.thresholds.map((th) => th.value * 3), value != null ? value * 1.5 : 0);
    return { min: ind.min, max: Math.min(ind.max, top) };
  }

  function buildControls() {
    if (!state.catalog || !state.current) return;
    const box = $("indicator-controls");
    box.replaceChildren(...state.catalog.indicators.filter((i) => i.thresholds.length).map((ind) => {
      const fig = (state.current.indicators || []).find((f) => f.code === ind.code);
      const range = indicatorRange(ind, fig && fig.value);
      const id = "slider-" + ind.code;
      const value = el("span", { class: "value", id: "value-" + ind.code, text: fig ? `${num(fig.value)} ${ind.unit}` : t("unknown") });
      const slider = el("input", { type: "range", id, min: range.min, max: range.max, step: (range.max - range.min) / 200,
        value: fig ? fig.value : range.min, "aria-describedby": "value-" + ind.code });
      slider.addEventListener("input", () => { setIndicator(ind, Number(slider.value)); value.textContent = `${num(Number(slider.value))} ${ind.unit}`; scheduleRefresh(); });
      const reset = el("button", { type: "button", "aria-label": `${t("reset")} ${ind.title}`, text: "↺" });
      reset.addEventListener("click", () => { restoreIndicator(ind.code); buildControls(); refresh(); });
      const th = ind.thresholds.map((x) => `${x.fires === "BELOW" ? "<" : "≥"} ${num(x.value)}`).join(", ");
      return el("div", { class: "control" }, el("label", { for: id, text: `${ind.title} (${th})` }), el("span", {}, value, reset), slider);
    }));
    $("constraint-controls").replaceChildren(...(state.base.constraints || []).map((c, i) => {
      const id = "lift-" + i;
      const box = el("input", { type: "checkbox", id });
      box.checked = !(state.current.constraints || []).some((x) => JSON.stringify(x) === JSON.stringify(c));
      box.addEventListener("change", () => { syncList("constraints", "lift-"); scheduleRefresh(); });
      const title = state.catalog.constraintTypes.find((x) => x.code === c.type);
      return el("div", {}, box, el("label", { for: id, text: ` ${t("liftConstraint")}: ${title ? title.title : c.type}${c.flow ? " (" + c.flow + ")" : ""}` }));
    }));
    $("asset-controls").replaceChildren(...(state.base.assets || []).map((a, i) => {
      const id = "remove-asset-" + i;
      const box = el("input", { type: "checkbox", id });
      box.checked = !(state.current.assets || []).some((x) => JSON.stringify(x) === JSON.stringify(a));
      box.addEventListener("change", () => { syncList("assets", "remove-asset-"); scheduleRefresh(); });
      const name = typeof a.name === "string" ? a.name : a.name[state.lang] || a.name.en;
      return el("div", {}, box, el("label", { for: id, text: ` ${t("removeAsset")}: ${name}` }));
    }));
    buildChecklistControls();
    buildInstrumentControls();
  }

  function buildChecklistControls() {
    const sar = state.current.jurisdiction && state.current.jurisdiction !== "GUANGDONG";
    $("checklist-controls").replaceChildren(...(state.catalog.questions || []).filter((q) => q.appliesTo === "ANY" || q.appliesTo === (sar ? "SAR" : "MAINLAND")).map((q) => {
      const id = "answer-" + q.code;
      const now = (state.current.checklist || []).find((a) => a.question === q.code);
      const select = el("select", { id });
      [["", t("unanswered")], ["YES", t("answers").YES], ["NO", t("answers").NO]].forEach(([v, text]) => {
        const o = el("option", { value: v, text });
        if ((now ? now.answer : "") === v) o.selected = true;
        select.append(o);
      });
      select.addEventListener("change", () => {
        const rest = (state.current.checklist || []).filter((a) => a.question !== q.code);
        const base = (state.base.checklist || []).find((a) => a.question === q.code);
        if (select.value) rest.push(base && base.answer === select.value ? clone(base)
          : { question: q.code, answer: select.value, source: "what-if on the planner page" });
        state.current.checklist = rest;
        scheduleRefresh();
      });
      return el("div", { class: "control question" }, el("label", { for: id, text: q.text }), select);
    }));
  }

  function buildInstrumentControls() {
    $("instrument-controls").replaceChildren(...(state.catalog.instruments || []).map((ins) => {
      const id = "instrument-" + ins.code;
      const box = el("input", { type: "checkbox", id });
      box.checked = (state.current.instruments || []).some((x) => x.code === ins.code);
      box.addEventListener("change", () => {
        const rest = (state.current.instruments || []).filter((x) => x.code !== ins.code);
        const base = (state.base.instruments || []).find((x) => x.code === ins.code);
        if (box.checked) rest.push(base ? clone(base) : { code: ins.code, since: state.current.year, source: "what-if on the planner page" });
        state.current.instruments = rest;
        scheduleRefresh();
      });
      return el("div", {}, box, el("label", { for: id, text: ` ${t("inForceToggle")}: ${ins.title} (${ins.carries.join(", ")})` }));
    }));
  }

  function syncList(key, prefix) {
    state.current[key] = (state.base[key] || []).filter((_, i) => !$(prefix + i).checked);
  }

  function setIndicator(ind, value) {
    state.current.indicators = state.current.indicators || [];
    const fig = state.current.indicators.find((f) => f.code === ind.code);
    if (fig) {
      fig.value = value;
      fig.source = "what-if on the planner page";
    } else {
      state.current.indicators.push({ code: ind.code, value, unit: ind.unit, year: state.current.year, source: "what-if on the planner page" });
    }
  }

  function restoreIndicator(code) {
    const original = (state.base.indicators || []).find((f) => f.code === code);
    state.current.indicators = (state.current.indicators || []).filter((f) => f.code !== code);
    if (original) state.current.indicators.push(clone(original));
  }

  async function runSweep() {
    const code = $("sweep-indicator").value;
    const ind = state.catalog.indicators.find((i) => i.code === code);
    const fig = (state.current.indicators || []).find((f) => f.code === code);
    const range = indicatorRange(ind, fig && fig.value);
    try {
      const r = await api("/api/v1/scenarios/sweep", { base: state.current, axis: { indicator: code, from: range.min, to: range.max, steps: 200 } });
      const xs = r.points.map((p) => p.value);
      const colours = ["#0b5394", "#38761d", "#a61c00", "#7f6000", "#674ea7", "#134f5c", "#990000", "#b45f06"];
      const series = r.series.filter((s) => s.kind !== "CONSTRAINT")
        .sort((a, b) => Math.max(...b.scores) - Math.max(...a.scores)).slice(0, 8);
      const annotations = {};
      r.tippingPoints.forEach((tp, i) => {
        annotations["tp" + i] = { type: "line", xMin: (tp.below + tp.above) / 2, xMax: (tp.below + tp.above) / 2, borderColor: "#a4161a", borderDash: [4, 4],
          label: { display: i < 6, content: `${tp.id} ${tp.event}`, position: "start" } };
      });
      const data = { datasets: series.map((s, i) => ({ label: s.id, data: xs.map((x, k) => ({ x, y: s.scores[k] })), borderColor: colours[i % colours.length], pointRadius: 0, stepped: true })) };
      const options = { animation: false, parsing: true, scales: { x: { type: "linear", title: { display: true, text: `${ind.title} (${ind.unit})` } }, y: { beginAtZero: true, title: { display: true, text: t("score") } } },
        plugins: { annotation: { annotations } } };
      if (state.charts.sweep) state.charts.sweep.destroy();
      state.charts.sweep = new Chart($("sweep-chart"), { type: "line", data, options });
      $("tipping").replaceChildren(...r.tippingPoints.map((tp) => el("li", { class: "tipping-point", text: `${tp.id} ${tp.event}: ${num(tp.below)} – ${num(tp.above)} ${ind.unit}` })));
    } catch (problem) {
      showError(problem);
    }
  }

  async function runRegion() {
    try {
      state.region = await api(withLang("/api/v1/region/advice"), {});
      // a pairing's fields and the broader fields they belong to (the catalog's one vocabulary of fields)
      const fields = [...new Set(state.region.pairings.flatMap((p) => p.fields.flatMap(withBroader)))].sort();
      const names = Object.fromEntries(state.catalog.fields.map((f) => [f.code, f.title]));
      $("region-field").replaceChildren(el("option", { value: "", text: t("allFields") }),
        ...fields.map((f) => el("option", { value: f, text: names[f] || f })));
      renderRegion();
    } catch (problem) {
      showError(problem);
    }
  }

  /** The field and its broader fields, nearest first. */
  function withBroader(code) {
    const parents = Object.fromEntries(state.catalog.fields.map((f) => [f.code, f.parent]));
    const out = [];
    for (let f = code; f && !out.includes(f); f = parents[f]) out.push(f);
    return out;
  }

  function renderRegion() {
    const r = state.region;
    if (!r) return;
    const field = $("region-field").value;
    const pairings = r.pairings.filter((p) => !field || p.fields.some((f) => withBroader(f).includes(field)));
    // positions come with the answer (region.yaml's schematic map; a new place beside its parent city)
    const placed = Object.fromEntries(r.places.filter((p) => p.map && p.map.placement !== "UNPLACED").map((p) => [p.id, p.map]));
    const at = (id) => placed[id];
    const datasets = pairings.filter((p) => p.places.every((pl) => at(pl.id))).map((p) => ({ type: "line", data: p.places.map((pl) => at(pl.id)), pointRadius: 0,
      borderWidth: 1 + p.score / 6, borderColor: p.crossBorder ? "rgba(164,22,26,.7)" : "rgba(11,83,148,.6)", label: p.places.map((x) => x.name).join(" – ") }));
    const onMap = r.places.filter((p) => at(p.id));
    datasets.push({ type: "scatter", label: "places", data: onMap.map((p) => at(p.id)), pointRadius: 6, backgroundColor: "#1a1a1a" });
    const annotations = Object.fromEntries(onMap.map((p, i) => ["place" + i, { type: "label", xValue: at(p.id).x, yValue: at(p.id).y,
      yAdjust: -14, content: p.name, font: { size: 12 } }]));
    $("region-unplaced").replaceChildren(...r.places.filter((p) => !at(p.id)).map((p) => el("li", { text: p.name })));
    if (state.charts.region) state.charts.region.destroy();
    state.charts.region = new Chart($("region-chart"), { data: { datasets }, options: { animation: false,
      plugins: { legend: { display: false }, annotation: { annotations } },
      scales: { x: { type: "linear", min: 112.3, max: 114.6, display: false }, y: { min: 22.0, max: 23.35, display: false } } } });
    $("pairings").replaceChildren(...pairings.slice(0, 12).map((p) => el("li", { class: "pairing", "data-places": p.places.map((x) => x.id).join(",") },
      el("strong", { text: p.places.map((x) => x.name).join(" – ") }),
      el("span", { class: "badge", text: `${t("score")}: ${num(p.score)}` }),
      el("ul", { class: "reasons" }, p.links.flatMap((l) => l.texts.map((x) => el("li", { text: `${l.model}: ${x}` })))
        .concat(p.actions.flatMap((a) => a.texts.map((x) => el("li", { text: `${a.id}: ${x}` }))))))));
    $("region-warnings").replaceChildren(...r.warnings.map((w) => el("li", {}, el("strong", { text: `${t("warnings")}: ${w.title} ` }),
      w.places.map((x) => x.name).join(" / "), el("ul", { class: "reasons" }, w.proposals.map((x) => el("li", { text: x }))))));
  }

  init().catch(showError);
})();
