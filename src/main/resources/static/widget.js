// <gba-advice profile="dongguan" lang="zh" top="5"></gba-advice>: a place's ranked advice with its reasons,
// drawn in a shadow root so that no style leaks in or out of the embedding page.
(() => {
  const script = document.currentScript;
  const BASE = script ? new URL(script.src, location.href).origin : location.origin;
  const WORDS = {
    zh: { model: "最匹配的模式", recs: "优先建议", because: "理由", version: "规则版本", error: "无法加载建议", points: "分",
      fit: "匹配度", fits: { STRONG: "强", MODERATE: "中", WEAK: "弱", NONE: "无" }, provisional: "暂定", extend: "已实施：评估与扩展",
      notRobust: "最匹配的模式不稳健：权重稍变，名次即可能改变", tie: "最匹配的模式并列第一：不是明确的领先",
      share: "（随机变动权重 {draws} 次，单独居首 {share}%）", rank: "名次区间", tieShort: "并列",
      intervalHelp: "权重在一定范围内随机变动时的名次区间（5%–95%）" },
    en: { model: "Best-fitting model", recs: "Top recommendations", because: "Why", version: "Rules version", error: "Could not load the advice", points: "points",
      fit: "fit", fits: { STRONG: "strong", MODERATE: "moderate", WEAK: "weak", NONE: "none" }, provisional: "Provisional", extend: "in force: evaluate and extend",
      notRobust: "The best-fitting model is not robust: small changes of the weights can change the ranking",
      tie: "The best-fitting models tie for first: no clear lead", share: "(first alone in {share}% of {draws} draws of the weights)",
      rank: "rank", tieShort: "tie", intervalHelp: "Rank interval (5th–95th percentile) when the weights are drawn within their spread" }
  };
  const STYLE = `
    :host { display: block; font: 15px/1.45 system-ui, "Noto Sans CJK SC", sans-serif; color: #1a1a1a; }
    .box { border: 1px solid #c9d3e0; border-radius: 8px; padding: 12px 14px; background: #fff; max-width: 560px; }
    h2 { font-size: 1.1rem; margin: 0 0 .4rem; color: #0b5394; }
    h3 { font-size: .95rem; margin: .6rem 0 .2rem; }
    ol { padding-left: 1.3rem; margin: .2rem 0; } li { margin: .35rem 0; }
    .badge { font-size: .78rem; background: #e8eef6; color: #0b5394; border-radius: 9px; padding: 0 .4rem; margin-left: .3rem; }
    .action { color: #333; font-size: .9rem; }
    details summary { cursor: pointer; color: #0b5394; font-size: .85rem; }
    ul { margin: .2rem 0 .2rem 1rem; padding: 0; font-size: .85rem; color: #444; }
    .foot { color: #666; font-size: .75rem; margin-top: .5rem; }
    .error { color: #a4161a; }
    .provisional { border-left: 4px solid #7a4b00; background: #fff6e5; color: #5a3700; padding: .3rem .5rem; margin: .3rem 0; font-size: .85rem; }
    .extend { background: #eef3e2; color: #3b5b00; }`;
  // a constructed style sheet, not a <style> element: an embedding page's Content-Security-Policy may forbid inline styles
  let SHEET = null;
  function styled(root) {
    if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
      if (!SHEET) { SHEET = new CSSStyleSheet(); SHEET.replaceSync(STYLE); }
      root.adoptedStyleSheets = [SHEET];
      return "";
    }
    return `<style>${STYLE}</style>`;
  }

  class GbaAdvice extends HTMLElement {
    static get observedAttributes() { return ["profile", "lang", "top"]; }
    constructor() { super(); this.attachShadow({ mode: "open" }); }
    connectedCallback() { this.load(); }
    attributeChangedCallback() { if (this.isConnected) this.load(); }

    async load() {
      const profile = this.getAttribute("profile");
      const lang = this.getAttribute("lang") === "en" ? "en" : "zh";
      const top = Math.max(1, Math.min(20, parseInt(this.getAttribute("top") || "5", 10) || 5));
      const w = WORDS[lang];
      if (!profile) return;
      try {
        const r = await fetch(`${BASE}/api/v1/profiles/${encodeURIComponent(profile)}/advice?lang=${lang}`);
        if (!r.ok) throw new Error(r.status);
        this.render(await r.json(), top, w);
      } catch (e) {
        this.shadowRoot.innerHTML = `${styled(this.shadowRoot)}<div class="box error" role="alert"></div>`;
        this.shadowRoot.querySelector(".box").textContent = `${w.error} (${profile})`;
      }
    }

    render(a, top, w) {
      const root = this.shadowRoot;
      root.innerHTML = `${styled(root)}<section class="box" aria-label=""><h2></h2><p class="provisional" hidden></p><h3></h3><p class="model"></p><p class="provisional not-robust" hidden></p><h3></h3><ol></ol><p class="foot"></p></section>`;
      const box = root.querySelector(".box");
      box.setAttribute("aria-label", a.profile.name);
      root.querySelector("h2").textContent = a.profile.name;
      if (a.coverage && a.coverage.provisional) {
        const p = root.querySelector(".provisional");
        p.hidden = false;
        p.textContent = `${w.provisional}: ${a.coverage.notice || ""}`;
      }
      const tied = a.models.filter((x) => x.rank === 1).length > 1;
      if (a.certainty && a.certainty.topModel && (a.certainty.topModelRobust === false || tied)) {
        const p = root.querySelector(".not-robust");
        p.hidden = false;
        p.textContent = (tied ? w.tie : w.notRobust) + " " + w.share
          .replace("{share}", Math.round(a.certainty.topModelFirstShare * 100)).replace("{draws}", a.certainty.draws);
      }
      const [h3a, h3b] = root.querySelectorAll("h3");
      h3a.textContent = w.model;
      const m = a.models[0];
      root.querySelector(".model").textContent = m ? `${m.id} ${m.title} (${w.fit}: ${w.fits[m.fit] || m.fit}, ${m.score} ${w.points})` : "—";
      h3b.textContent = w.recs;
      const ol = root.querySelector("ol");
      a.recommendations.slice(0, top).forEach((r) => {
        const li = document.createElement("li");
        li.className = "recommendation";
        li.dataset.id = r.id;
        const title = document.createElement("strong");
        title.textContent = `${r.id} ${r.title}`;
        const badge = document.createElement("span");
        badge.className = "badge";
        badge.textContent = String(r.score);
        const interval = document.createElement("span");
        interval.className = "badge interval";
        if (r.robustness) {
          const ri = r.robustness;
          interval.textContent = `${w.rank} ${ri.low === ri.high ? ri.low : ri.low + "–" + ri.high}`;
          interval.title = w.intervalHelp;
        }
        const action = document.createElement("div");
        action.className = "action";
        action.textContent = r.actions[0];
        const details = document.createElement("details");
        const summary = document.createElement("summary");
        summary.textContent = w.because;
        const ul = document.createElement("ul");
        r.because.forEach((b) => {
          const item = document.createElement("li");
          item.textContent = `${b.text} (${b.rule}, ${b.section}, +${b.points})`;
          ul.append(item);
        });
        details.append(summary, ul);
        li.append(title, badge);
        if (r.robustness) li.append(interval);
        if (a.recommendations.some((o) => o !== r && o.rank === r.rank)) {
          const tie = document.createElement("span");
          tie.className = "badge tie";
          tie.textContent = `${w.tieShort} #${r.rank}`;
          li.append(tie);
        }
        if (r.form === "EXTEND") {
          const extend = document.createElement("span");
          extend.className = "badge extend";
          extend.textContent = w.extend;
          li.append(extend);
        }
        li.append(action, details);
        ol.append(li);
      });
      root.querySelector(".foot").textContent = `${w.version}: ${a.provenance.rulesVersion}`;
    }
  }

  if (!customElements.get("gba-advice")) customElements.define("gba-advice", GbaAdvice);
})();
