/* Runs after the page content and before Material's bundle reads its config.
   A file, not an inline script, so the site runs under a strict
   Content-Security-Policy (script-src 'self'). */
(function () {
  var script = document.currentScript;

  /* 1. Search loads the index of the reader's language: one index per language root. */
  var config = document.getElementById("__config");
  if (config) {
    var data = JSON.parse(config.textContent);
    data.base = script.getAttribute("data-base");
    config.textContent = JSON.stringify(data);
  }

  /* 2. hreflang links stay in the HTML for crawlers but get an extra rel token, so
        Material stops fetching "<alternate>/sitemap.xml" (two 404s per page view). */
  document.querySelectorAll("link[rel=alternate][hreflang]").forEach(function (link) {
    link.rel = "alternate i18n";
  });

  /* 3. Material's partials/javascripts/content.html: open the tab a link points at,
        and with content.tabs.link the tab the reader chose last. */
  if (script.hasAttribute("data-tabs-link")) {
    var tabs = __md_get("__tabs");
    if (Array.isArray(tabs)) {
      document.querySelectorAll(".tabbed-set").forEach(function (set) {
        var labels = set.querySelector(".tabbed-labels");
        var done = false;
        tabs.forEach(function (tab) {
          if (done || !labels) return;
          Array.prototype.forEach.call(labels.getElementsByTagName("label"), function (label) {
            if (!done && label.innerText.trim() === tab) {
              document.getElementById(label.htmlFor).checked = true;
              done = true;
            }
          });
        });
      });
    }
  }
  var target = document.getElementById(location.hash.slice(1));
  if (target && target.name) {
    target.checked = target.name.startsWith("__tabbed_");
  }

  /* 4. A page past its review date says so even when the site was built before that
        date (the notice is in the page, hidden until the day after review_by). */
  document.querySelectorAll("[data-review-by][hidden]").forEach(function (notice) {
    var day = (notice.getAttribute("data-review-by") || "").split("-").map(Number);
    if (day.length === 3 && new Date() >= new Date(day[0], day[1] - 1, day[2] + 1)) {
      notice.hidden = false;
    }
  });
})();
