/* sosialisasi exam mode (pre-test / post-test) over the quiz renderer's markup.
   Contract: trainer/templates/exam.html. quiz.js is not loaded here, so the self-check
   progress (localStorage "sosialisasi.quiz.v1") is never read nor written; this file
   stores nothing. Per attempt: questions and options shuffled (ids never change), no
   feedback until "finish", then one score, the review, and a QR code of the result:
   SQR1|bank|version|phase|attempt|bits in the bank's order|initials (see trainer/exam.py). */
(function () {
  "use strict";
  var body = document.body;
  var form = document.querySelector("form.sq-form");
  if (!body.classList.contains("sx") || !form) return;
  var t = JSON.parse(body.getAttribute("data-t"));
  var q18n = JSON.parse(form.getAttribute("data-t") || "{}");
  var start = document.querySelector(".sx-start");
  var finish = document.querySelector(".sx-finish");
  var done = document.querySelector(".sx-done");
  var status = document.querySelector(".sx-status");
  var result = document.querySelector(".sx-result");
  var section = form.closest("section");
  var canonical = all(form, ".sq-q"); /* the bank's own order */
  var phase = "pre";
  var initials = "";
  var warned = false;

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function fill(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (m, k) {
      return k in values ? values[k] : m;
    });
  }

  function say(text) {
    status.textContent = "";
    setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  function shuffle(items) {
    var a = items.slice();
    for (var i = a.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var x = a[i];
      a[i] = a[j];
      a[j] = x;
    }
    return a;
  }

  /* Option letters would disagree with the answer key once shuffled: drop them. */
  function dropLetters() {
    all(form, ".sq-l").forEach(function (l) {
      l.remove();
    });
    all(form, ".sq-keyopt, .sq-fbs dt").forEach(function (el) {
      var first = el.firstChild;
      if (first && first.nodeType === 3) first.nodeValue = first.nodeValue.replace(/^\s*[A-Z]\.\s+/, "");
    });
  }

  function layout() {
    shuffle(canonical).forEach(function (q, index) {
      form.appendChild(q);
      var n = q.querySelector(".sq-n");
      if (n) n.textContent = n.textContent.replace(/\d+/, String(index + 1));
      var list = q.querySelector(".sq-opts");
      if (q.getAttribute("data-type") !== "true_false") {
        shuffle(all(list, ".sq-o")).forEach(function (li) {
          list.appendChild(li);
        });
      }
    });
    var foot = form.querySelector(".sq-foot");
    if (foot) form.appendChild(foot);
  }

  function clear() {
    canonical.forEach(function (q) {
      q.removeAttribute("data-done");
      all(q, ".sq-o").forEach(function (li) {
        var input = li.querySelector("input");
        input.checked = false;
        input.disabled = false;
        li.removeAttribute("data-state");
        li.querySelector(".sq-m").hidden = true;
        var fb = li.querySelector(".sq-ofb");
        if (fb) fb.hidden = true;
      });
      q.querySelector(".sq-res").hidden = true;
      var answer = q.querySelector(".sq-ans");
      answer.open = false;
      answer.hidden = true;
    });
  }

  function answered() {
    return canonical.filter(function (q) {
      return q.querySelector("input:checked");
    }).length;
  }

  function grade(q) {
    var picked = all(q, "input:checked").map(function (i) {
      return i.value;
    });
    var right = all(q, "[data-ok]").map(function (li) {
      return li.getAttribute("data-o");
    });
    var ok = picked.length === right.length && picked.every(function (o) {
      return right.indexOf(o) >= 0;
    });
    all(q, ".sq-o").forEach(function (li) {
      var mine = picked.indexOf(li.getAttribute("data-o")) >= 0;
      var good = li.hasAttribute("data-ok");
      var state = mine ? (good ? "chosen_right" : "chosen_wrong") : good ? "missed" : "";
      var mark = li.querySelector(".sq-m");
      li.querySelector("input").disabled = true;
      li.setAttribute("data-state", state);
      mark.hidden = !state;
      mark.textContent = state ? q18n[state] || "" : "";
      mark.setAttribute("data-m", good ? "ok" : "no");
      var fb = li.querySelector(".sq-ofb");
      if (fb) fb.hidden = !mine;
    });
    var res = q.querySelector(".sq-res");
    res.hidden = false;
    res.textContent = ok ? q18n.right || "" : q18n.wrong || "";
    res.setAttribute("data-m", ok ? "ok" : "no");
    var answer = q.querySelector(".sq-ans");
    answer.hidden = false;
    answer.open = true;
    q.setAttribute("data-done", ok ? "ok" : "no");
    return ok;
  }

  function attemptId() {
    var bytes = new Uint8Array(4);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  function draw(text) {
    var canvas = result.querySelector("canvas");
    if (typeof window.qrcode !== "function" || !canvas.getContext) return;
    var code = window.qrcode(0, "M");
    code.addData(text);
    code.make();
    var n = code.getModuleCount();
    var quiet = 4;
    var cell = Math.max(2, Math.floor(canvas.width / (n + 2 * quiet)));
    var size = cell * (n + 2 * quiet);
    canvas.width = size;
    canvas.height = size;
    var ctx = canvas.getContext("2d");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, size, size);
    ctx.fillStyle = "#000";
    for (var r = 0; r < n; r++) {
      for (var c = 0; c < n; c++) {
        if (code.isDark(r, c)) ctx.fillRect((c + quiet) * cell, (r + quiet) * cell, cell, cell);
      }
    }
    canvas.setAttribute("data-code", text);
  }

  function end() {
    var bits = canonical.map(function (q) {
      return grade(q) ? "1" : "0";
    });
    var good = bits.filter(function (b) {
      return b === "1";
    }).length;
    var total = canonical.length;
    var pct = total ? Math.round((100 * good) / total) : 0;
    var score = fill(t.exam_score, { c: good, n: total, p: pct });
    result.querySelector(".sx-score").textContent = score;
    draw(
      ["SQR1", body.getAttribute("data-bank"), body.getAttribute("data-v"), phase, attemptId(), bits.join(""), initials].join("|")
    );
    finish.hidden = true;
    result.hidden = false;
    body.setAttribute("data-state", "review");
    result.focus();
    say(score);
  }

  function begin() {
    var chosen = start.querySelector("input[name=sx-phase]:checked");
    phase = chosen && chosen.value === "post" ? "post" : "pre";
    initials = (start.querySelector("input[name=sx-initials]").value || "")
      .toUpperCase()
      .replace(/[^A-Z]/g, "")
      .slice(0, 4);
    clear();
    layout();
    warned = false;
    start.hidden = true;
    result.hidden = true;
    section.hidden = false;
    finish.hidden = false;
    body.setAttribute("data-state", "exam");
    body.setAttribute("data-phase", phase);
    var first = form.querySelector(".sq-q input");
    if (first) first.focus();
    say(fill(t.exam_answered, { a: 0, n: canonical.length }));
  }

  start.addEventListener("submit", function (event) {
    event.preventDefault();
    begin();
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });
  form.addEventListener("change", function () {
    warned = false;
    done.textContent = t.exam_finish;
    status.textContent = fill(t.exam_answered, { a: answered(), n: canonical.length });
  });
  /* Enter in an option must not submit anything: the exam ends only by its button. */
  form.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.tagName === "INPUT") event.preventDefault();
  });
  done.addEventListener("click", function () {
    var missing = canonical.length - answered();
    if (missing && !warned) {
      warned = true;
      say(fill(t.exam_unanswered, { u: missing }));
      done.textContent = t.exam_finish_anyway;
      var open = all(form, ".sq-q").filter(function (q) {
        return !q.querySelector("input:checked");
      }); /* in the order shown */
      if (open.length) open[0].querySelector("input").focus();
      return;
    }
    end();
  });
  result.querySelector(".sx-again").addEventListener("click", function () {
    result.hidden = true;
    section.hidden = true;
    start.hidden = false;
    body.setAttribute("data-state", "start");
    start.querySelector("input[name=sx-phase]:checked").focus();
  });

  dropLetters();
  /* the self-check footer (its score, storage note and tools) does not apply here */
  all(form, ".sq-btns, .sq-foot").forEach(function (el) {
    el.hidden = true;
  });
  canonical.forEach(function (q) {
    q.querySelector(".sq-ans").hidden = true;
  });
  form.classList.add("sq-js", "sx-form");
  section.hidden = true;
  start.hidden = false;
  body.setAttribute("data-state", "start");
})();
