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
    deferSearch(new URL("search/search_index.json", new URL(data.base, location.href)).href);
  }

  /* 1b. Search costs a page about 75 KB gzip (the index of the reader's language and
         Material's search worker) and most readers never search. Material starts both on
         load; here they wait until the reader opens search (focus on the search box, the
         search button, a keyboard shortcut) or the address asks for a search (?q=) or a
         highlight (?h=). Material fetches the index with XMLHttpRequest and talks to the
         worker by messages only, so both are held back and then replayed unchanged. On
         file:// (the offline bundle) nothing crosses a network: nothing is deferred. */
  function deferSearch(indexUrl) {
    if (location.protocol === "file:" || !window.XMLHttpRequest || !window.Worker) return;
    var params = new URLSearchParams(location.search);
    if (params.has("q") || params.has("h")) return;
    var waiting = [];
    var released = false;
    function later(run) {
      if (released) run(); else waiting.push(run);
    }
    function release() {
      if (released) return;
      released = true;
      waiting.splice(0).forEach(function (run) { run(); });
    }

    var proto = XMLHttpRequest.prototype;
    var open = proto.open;
    var send = proto.send;
    var held = new WeakSet();
    proto.open = function (method, url) {
      try {
        if (!released && new URL(String(url), location.href).href === indexUrl) held.add(this);
      } catch (e) { /* not a URL: not the index */ }
      return open.apply(this, arguments);
    };
    proto.send = function () {
      if (!held.has(this)) return send.apply(this, arguments);
      var request = this;
      var args = arguments;
      held.delete(this);
      later(function () { send.apply(request, args); });
    };

    var RealWorker = window.Worker;
    function SearchWorker(url, options) {
      if (released || String(url).indexOf("workers/search.") === -1) {
        return new RealWorker(url, options);
      }
      var real = null;
      var listeners = [];
      var messages = [];
      this.addEventListener = function (type, listener, opts) {
        if (real) real.addEventListener(type, listener, opts);
        else listeners.push([type, listener, opts]);
      };
      this.removeEventListener = function (type, listener, opts) {
        if (real) real.removeEventListener(type, listener, opts);
        else listeners = listeners.filter(function (l) { return l[0] !== type || l[1] !== listener; });
      };
      this.postMessage = function (message, transfer) {
        if (real) real.postMessage(message, transfer);
        else messages.push([message, transfer]);
      };
      this.terminate = function () {
        if (real) real.terminate();
        messages = [];
        listeners = [];
      };
      var proxy = this;
      later(function () {
        real = new RealWorker(url, options);
        listeners.forEach(function (l) { real.addEventListener(l[0], l[1], l[2]); });
        if (proxy.onmessage) real.onmessage = proxy.onmessage;
        messages.forEach(function (m) { real.postMessage(m[0], m[1] || []); });
        listeners = messages = null;
      });
    }
    window.Worker = SearchWorker;

    document.addEventListener("focusin", function (event) {
      if (event.target.closest && event.target.closest("form[name=search]")) release();
    });
    document.addEventListener("change", function (event) {
      if (event.target.id === "__search" && event.target.checked) release();
    });
    document.addEventListener("pointerdown", function (event) {
      if (event.target.closest && event.target.closest("label[for=__search]")) release();
    });
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

  /* 4. Readable offline after one visit (sosialisasi/pwa): register the language's
        service worker over http(s); file:// (the offline bundle) has none. When a new
        deploy's worker takes over a page that already had one, say so once. */
  var worker = script.getAttribute("data-sw");
  if (worker && "serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
    var hadWorker = !!navigator.serviceWorker.controller;
    var announced = false;
    navigator.serviceWorker.addEventListener("controllerchange", function () {
      if (!hadWorker) { hadWorker = true; return; } /* the first install: nothing new */
      if (announced) return;
      announced = true;
      announceUpdate();
    });
    window.addEventListener("load", function () {
      navigator.serviceWorker.register(worker).catch(function () { /* private mode, etc. */ });
    });
  }

  function announceUpdate() {
    var english = (document.documentElement.lang || "").indexOf("en") === 0;
    var box = document.createElement("div");
    box.className = "sosialisasi-update";
    box.setAttribute("role", "status");
    var text = document.createElement("span");
    text.textContent = english
      ? "A new version is available."
      : "Versi baru tersedia.";
    var reload = document.createElement("button");
    reload.type = "button";
    reload.textContent = english ? "Reload" : "Muat ulang";
    reload.addEventListener("click", function () { location.reload(); });
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = english ? "Later" : "Nanti";
    close.addEventListener("click", function () { box.remove(); });
    box.append(text, " ", reload, " ", close);
    document.body.append(box);
  }

  /* 6. A page with a quiz gets a second skip link beside Material's "skip to content":
        without it the first answer is about a hundred Tab presses down the page. Hidden
        until focused, as Material's own (class md-skip). */
  var quiz = document.querySelector("section.sq[id]");
  var skip = document.querySelector('[data-md-component="skip"]');
  if (quiz && skip) {
    var toQuiz = document.createElement("a");
    toQuiz.className = "md-skip sosialisasi-skip-quiz";
    toQuiz.href = "#" + quiz.id;
    toQuiz.textContent = (document.documentElement.lang || "").indexOf("en") === 0
      ? "Skip to the quiz"
      : "Langsung ke kuis";
    skip.appendChild(toQuiz);
  }

  /* 5. A page past its review date says so even when the site was built before that
        date (the notice is in the page, hidden until the day after review_by). */
  document.querySelectorAll("[data-review-by][hidden]").forEach(function (notice) {
    var day = (notice.getAttribute("data-review-by") || "").split("-").map(Number);
    if (day.length === 3 && new Date() >= new Date(day[0], day[1] - 1, day[2] + 1)) {
      notice.hidden = false;
    }
  });
})();
