/* sosialisasi pledge page: copies what the reader types into the printable sheet.
   No network: nothing is sent. Nothing is stored unless "remember on this device" is
   ticked; then localStorage[data-key] (sosialisasi.ikrar.v1) holds
   {"name", "nip", "position", "unit", "place", "witness"} (never the date), and
   unticking deletes it. Markup contract: sosialisasi/ikrar/templates/ikrar.html.
   Readiness asks quiz.js (window.sosialisasiQuiz.progress, the quiz's read API over
   localStorage "sosialisasi.quiz.v1") about the banks listed in the page; it only
   informs and never blocks signing. */
(function () {
  "use strict";
  var REMEMBERED = ["name", "nip", "position", "unit", "place"];

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function fill(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (m, k) {
      return k in values ? values[k] : m;
    });
  }

  function today() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }

  function longDate(iso, months) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!m) return "";
    return Number(m[3]) + " " + months[Number(m[2]) - 1] + " " + m[1];
  }

  function setup(form) {
    var t = JSON.parse(form.getAttribute("data-t"));
    var key = form.getAttribute("data-key");
    var months = t.months.split(" ");
    var fields = {};
    all(form, "[data-ikrar-field]").forEach(function (input) {
      fields[input.getAttribute("data-ikrar-field")] = input;
    });
    var witness = form.querySelector("[data-ikrar-option=witness]");
    var remember = form.querySelector("[data-ikrar-remember]");
    var status = form.querySelector("[data-ikrar-status]");
    var nipCheck = form.querySelector("[data-ikrar-nip-check]");
    var sheet = document.querySelector("[data-ikrar-sheet]");

    function say(message) {
      status.textContent = message;
    }

    function load() {
      try {
        var data = JSON.parse(localStorage.getItem(key));
        /* old, edited or broken: only a record is used, and only its string fields */
        return data && typeof data === "object" && !(data instanceof Array) ? data : null;
      } catch (e) {
        return null;
      }
    }

    function save() {
      if (!remember.checked) return;
      var data = { witness: witness.checked };
      REMEMBERED.forEach(function (name) { data[name] = fields[name].value; });
      try {
        localStorage.setItem(key, JSON.stringify(data));
      } catch (e) {
        /* storage blocked or full: the form still works, nothing is kept */
      }
    }

    function forget() {
      try {
        localStorage.removeItem(key);
      } catch (e) {
        /* nothing was stored */
      }
    }

    function checkNip() {
      var value = fields.nip.value.trim();
      // No length rule: the sources give none for PNS or PPPK numbers (content review U12).
      var message = "";
      if (value && /[^\d\s.]/.test(value)) message = t.nip_chars;
      if (nipCheck.textContent !== message) nipCheck.textContent = message;
    }

    function render() {
      var values = {};
      Object.keys(fields).forEach(function (name) {
        values[name] = fields[name].value.trim();
      });
      values.date = longDate(fields.date.value, months);
      if (!sheet) return;
      all(sheet, "[data-ikrar-out]").forEach(function (out) {
        out.textContent = values[out.getAttribute("data-ikrar-out")] || "";
      });
      all(sheet, "[data-ikrar-witness]").forEach(function (block) {
        block.hidden = !witness.checked;
      });
    }

    Object.keys(fields).forEach(function (name) {
      fields[name].addEventListener("input", function () {
        if (name === "nip") checkNip();
        render();
        save();
      });
    });
    witness.addEventListener("change", function () {
      render();
      save();
    });
    remember.addEventListener("change", function () {
      if (remember.checked) {
        save();
        say(t.remember_on);
      } else {
        forget();
        say(t.remember_off);
      }
    });
    form.querySelector("[data-ikrar-clear]").addEventListener("click", function () {
      Object.keys(fields).forEach(function (name) { fields[name].value = ""; });
      fields.date.value = today();
      witness.checked = false;
      remember.checked = false;
      forget();
      checkNip();
      render();
      say(t.cleared);
      fields.name.focus();
    });
    form.querySelector("[data-ikrar-print]").addEventListener("click", function () {
      render();
      say(fields.name.value.trim() ? t.print_ready : t.print_blank);
      window.print();
    });
    window.addEventListener("beforeprint", render);

    var stored = load();
    if (stored) {
      REMEMBERED.forEach(function (name) {
        if (typeof stored[name] === "string") fields[name].value = stored[name];
      });
      witness.checked = stored.witness === true;
      remember.checked = true;
      save(); /* write back only what was used: a broken entry is repaired */
    }
    if (!fields.date.value) fields.date.value = today();
    checkNip();
    render();
    form.querySelector("[data-ikrar-actions]").hidden = false;
    return t;
  }

  function readiness(box, t) {
    var items = all(box, "[data-bank]");
    var summary = box.querySelector("[data-ikrar-ready-summary]");
    var unavailable = box.querySelector("[data-ikrar-ready-unavailable]");
    var api = window.sosialisasiQuiz;
    if (!items.length) return;
    if (!api || typeof api.progress !== "function") {
      unavailable.hidden = false;
      return;
    }
    var manifest = {
      banks: items.map(function (li) {
        return {
          id: li.getAttribute("data-bank"),
          questions: JSON.parse(li.getAttribute("data-questions")).map(function (q) {
            return { id: q[0], hash: q[1] };
          }),
        };
      }),
    };

    function update() {
      var progress;
      try {
        progress = api.progress(manifest);
      } catch (e) {
        unavailable.hidden = false;
        return;
      }
      var done = 0;
      items.forEach(function (li, index) {
        var p = progress[li.getAttribute("data-bank")] || {
          answered: 0,
          correct: 0,
          total: manifest.banks[index].questions.length,
        };
        var finished = p.total > 0 && p.answered >= p.total;
        var values = { answered: p.answered, correct: p.correct, total: p.total };
        if (finished) done += 1;
        li.setAttribute("data-state", finished ? "done" : p.answered ? "partial" : "none");
        li.querySelector("[data-ikrar-ready-status]").textContent = finished
          ? fill(t.ready_done, values)
          : p.answered
            ? fill(t.ready_partial, values)
            : t.ready_none;
        li.querySelector("[data-ikrar-ready-verb]").textContent = finished
          ? t.ready_review
          : t.ready_go;
      });
      summary.textContent =
        done === items.length ? t.ready_all : fill(t.ready_summary, { done: done, total: items.length });
      summary.hidden = false;
    }

    update();
    /* Another tab answered a quiz: show it here too. */
    window.addEventListener("storage", function (event) {
      if (event.key === null || event.key === api.key) update();
    });
  }

  /* quiz.js is deferred too and may come after this file: wait for it until the
     document is parsed (every deferred script has run by DOMContentLoaded). */
  function whenQuizLoaded(callback) {
    var called = false;
    function once() {
      if (!called) {
        called = true;
        callback();
      }
    }
    if (window.sosialisasiQuiz) return once();
    document.addEventListener("DOMContentLoaded", once);
    window.addEventListener("load", once);
  }

  all(document, "[data-ikrar-form]").forEach(function (form) {
    var t = setup(form);
    whenQuizLoaded(function () {
      all(document, "[data-ikrar-ready]").forEach(function (box) {
        readiness(box, t);
      });
    });
  });
})();
