// The iframe form of the widget: the same element, configured from the query string. A file of its own, not an
// inline script, so that the page's Content-Security-Policy can allow scripts from this origin only.
(() => {
  const q = new URLSearchParams(location.search);
  const advice = document.getElementById("advice");
  document.documentElement.lang = q.get("lang") === "en" ? "en" : "zh-Hans";
  ["lang", "top", "profile"].forEach((k) => q.get(k) && advice.setAttribute(k, q.get(k)));
})();
