/* sosialisasi quiz: checks answers, keeps progress and prints, over server-rendered HTML.
   No dependency, no network. The markup contract is in quiz/templates/quiz.html; the
   storage contract (documented in the quiz author guide) is:
   localStorage["sosialisasi.quiz.v1"] = {bank: {question: {h: key hash, a: [option ids], ok}}}
   An entry counts only while h equals the question's data-h (its answer key's hash). */
(function () {
  "use strict";
  var KEY = "sosialisasi.quiz.v1";

  function record(value) {
    return value !== null && typeof value === "object" && !(value instanceof Array);
  }

  /* Stored progress may be old, edited or broken ({"bank": "x"}): keep only entries of
     the documented shape, in objects without a prototype (a "__proto__" key stays a
     key), and write the repaired value back so one bad entry never blocks saving. */
  function read() {
    var raw = null, data = null, clean = Object.create(null);
    try {
      raw = localStorage.getItem(KEY);
      data = JSON.parse(raw);
    } catch (e) {
      data = null;
    }
    if (record(data)) {
      Object.keys(data).forEach(function (bank) {
        var kept = Object.create(null);
        if (!record(data[bank])) return;
        Object.keys(data[bank]).forEach(function (q) {
          var e = data[bank][q];
          if (!record(e) || typeof e.h !== "string" || !(e.a instanceof Array)) return;
          kept[q] = { h: e.h, a: e.a.filter(function (o) { return typeof o === "string"; }), ok: e.ok === true };
        });
        if (Object.keys(kept).length) clean[bank] = kept;
      });
    }
    if (raw !== null && JSON.stringify(clean) !== raw) write(clean);
    return clean;
  }

  function write(data) {
    try {
      localStorage.setItem(KEY, JSON.stringify(data));
    } catch (e) {
      /* storage blocked or full: the quiz still works, progress is not kept */
    }
  }

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function fill(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (m, k) {
      return k in values ? values[k] : m;
    });
  }

  function setup(form) {
    if (form.sqReady) return;
    form.sqReady = true;
    var t = JSON.parse(form.getAttribute("data-t"));
    var bank = form.getAttribute("data-bank");
    var questions = all(form, ".sq-q");
    var score = form.querySelector(".sq-score");
    var live = form.querySelector(".sq-live");
    var tools = form.querySelector(".sq-tools");
    var ask = form.querySelector(".sq-ask");
    var undone = form.querySelector(".sq-undone");
    var cleared = null; /* this bank's saved answers just before "clear", for undo */

    function part(q, selector) {
      return q.querySelector(selector);
    }

    function id(q) {
      return q.getAttribute("data-q");
    }

    function say(text) {
      live.textContent = "";
      setTimeout(function () {
        live.textContent = text;
      }, 50); /* a fresh change, so screen readers announce a repeated result too */
    }

    function remember(q, entry) {
      var data = read();
      var saved = data[bank] || Object.create(null);
      if (entry) saved[id(q)] = entry;
      else delete saved[id(q)];
      if (Object.keys(saved).length) data[bank] = saved;
      else delete data[bank];
      write(data);
    }

    function show(q, picked) {
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
        var input = part(li, "input");
        var mark = part(li, ".sq-m");
        var feedback = part(li, ".sq-ofb");
        input.checked = mine;
        input.disabled = true;
        li.setAttribute("data-state", state);
        mark.hidden = !state;
        mark.textContent = state ? t[state] : "";
        mark.setAttribute("data-m", good ? "ok" : "no");
        if (feedback) feedback.hidden = !mine;
      });
      var result = part(q, ".sq-res");
      result.hidden = false;
      result.textContent = ok ? t.right : t.wrong;
      result.setAttribute("data-m", ok ? "ok" : "no");
      var answer = part(q, ".sq-ans");
      answer.hidden = false;
      answer.open = true;
      part(q, ".sq-check").hidden = true;
      part(q, ".sq-retry").hidden = false;
      q.setAttribute("data-done", ok ? "ok" : "no");
      return ok;
    }

    /* Bring the verdict into view with the least scrolling, below Material's sticky
       header: after a check it usually already is, and the page must not jump. */
    function reveal(el) {
      var header = document.querySelector(".md-header");
      var top = header ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
      var box = el.getBoundingClientRect();
      var gap = 8;
      var by = 0;
      if (box.top < top + gap) by = box.top - top - gap;
      else if (box.bottom > window.innerHeight - gap) {
        by = Math.min(box.bottom - window.innerHeight + gap, box.top - top - gap);
      }
      if (by) window.scrollBy({ top: by, behavior: "instant" });
    }

    /* Focus the verdict, not a button: a second Enter or Space then does nothing (on
       "Try again" it used to wipe the answer just given). */
    function focusVerdict(q) {
      var result = part(q, ".sq-res");
      result.setAttribute("tabindex", "-1");
      result.focus({ preventScroll: true });
      reveal(result);
    }

    function reset(q) {
      all(q, ".sq-o").forEach(function (li) {
        var input = part(li, "input");
        var feedback = part(li, ".sq-ofb");
        input.checked = false;
        input.disabled = false;
        li.removeAttribute("data-state");
        part(li, ".sq-m").hidden = true;
        if (feedback) feedback.hidden = true;
      });
      part(q, ".sq-res").hidden = true;
      var answer = part(q, ".sq-ans");
      answer.open = false;
      answer.hidden = true;
      part(q, ".sq-check").hidden = false;
      part(q, ".sq-retry").hidden = true;
      q.removeAttribute("data-done");
      remember(q, null);
    }

    function tally() {
      var done = all(form, ".sq-q[data-done]").length;
      var good = all(form, '.sq-q[data-done="ok"]').length;
      score.hidden = false;
      score.textContent = fill(t.score, { c: good, n: questions.length, a: done });
      part(tools, ".sq-clear").disabled = !done; /* nothing to clear */
      return score.textContent;
    }

    /* Clearing every answer asks first, then can be undone until the next check. */
    function askClear() {
      var done = all(form, ".sq-q[data-done]").length;
      part(ask, ".sq-ask-t").textContent = fill(t.clear_ask, { a: done });
      ask.hidden = false;
      undone.hidden = true;
      part(ask, ".sq-clear-no").focus(); /* the safe choice takes a repeated key */
      say(part(ask, ".sq-ask-t").textContent);
    }

    function closeAsk() {
      ask.hidden = true;
      part(tools, ".sq-clear").focus();
    }

    function clearAll() {
      cleared = read()[bank] || null;
      ask.hidden = true;
      questions.forEach(reset);
      undone.hidden = false;
      var note = part(undone, ".sq-undone-t");
      note.setAttribute("tabindex", "-1");
      note.focus({ preventScroll: true });
      say(t.cleared + " " + tally());
    }

    function undoClear() {
      var data = read();
      if (cleared) data[bank] = cleared;
      write(data);
      restore();
      forgetCleared();
      part(tools, ".sq-clear").focus();
      say(tally());
    }

    function forgetCleared() {
      cleared = null;
      undone.hidden = true;
    }

    function check(q) {
      var picked = all(q, "input:checked").map(function (input) {
        return input.value;
      });
      var result = part(q, ".sq-res");
      if (!picked.length) {
        result.hidden = false;
        result.removeAttribute("data-m");
        result.textContent = t.choose_first;
        say(t.choose_first);
        reveal(result);
        return;
      }
      var ok = show(q, picked);
      remember(q, { h: q.getAttribute("data-h"), a: picked, ok: ok });
      forgetCleared();
      say(fill(t.live, { q: questions.indexOf(q) + 1, r: ok ? t.right : t.wrong, s: tally() }));
      focusVerdict(q);
      form.dispatchEvent(
        new CustomEvent("sosialisasi:quiz-answer", {
          bubbles: true,
          detail: { bank: bank, question: id(q), chosen: picked, correct: ok },
        })
      );
    }

    function print(key) {
      var root = document.documentElement;
      var answers = all(document, ".sq-ans").map(function (d) {
        return [d, d.open, d.hidden];
      });
      root.classList.toggle("sq-print-key", key);
      if (key) {
        answers.forEach(function (a) {
          a[0].hidden = false;
          a[0].open = true;
        });
      }
      window.addEventListener(
        "afterprint",
        function () {
          root.classList.remove("sq-print-key");
          answers.forEach(function (a) {
            a[0].open = a[1];
            a[0].hidden = a[2];
          });
        },
        { once: true }
      );
      window.print();
    }

    form.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) return;
      var q = button.closest(".sq-q");
      var kind = button.classList; /* not className: a focus polyfill adds classes */
      if (kind.contains("sq-check")) check(q);
      else if (kind.contains("sq-retry")) {
        reset(q);
        tally();
        part(q, "input").focus();
      } else if (kind.contains("sq-clear")) askClear();
      else if (kind.contains("sq-clear-yes")) clearAll();
      else if (kind.contains("sq-clear-no")) closeAsk();
      else if (kind.contains("sq-undo")) undoClear(); else if (kind.contains("sq-sheet") || kind.contains("sq-key")) {
        print(kind.contains("sq-key"));
      }
    });
    /* Enter in an option checks that question; arrows and Space only select (never submit). */
    form.addEventListener("keydown", function (event) {
      var q = event.target.closest(".sq-q");
      if (event.key === "Enter" && event.target.tagName === "INPUT" && q) {
        event.preventDefault();
        if (!q.hasAttribute("data-done")) check(q);
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });

    form.classList.add("sq-js");
    /* Show the saved answers of this bank (on load, and after an undo). */
    function restore() {
      var saved = read()[bank] || {};
      questions.forEach(function (q) {
        var entry = saved[id(q)];
        var known = all(q, ".sq-o").map(function (li) {
          return li.getAttribute("data-o");
        });
        var picked = entry && entry.a instanceof Array ? entry.a.filter(function (o) {
          return known.indexOf(o) >= 0;
        }) : [];
        if (entry && entry.h === q.getAttribute("data-h") && picked.length) show(q, picked);
        else if (entry) remember(q, null); /* its answer key changed: forget this question only */
      });
    }

    questions.forEach(function (q) {
      part(q, ".sq-btns").hidden = false;
      part(q, ".sq-ans").hidden = true;
    });
    restore();
    tools.hidden = false;
    tally();
  }

  function pageBanks() {
    return all(document, "form.sq-form").map(function (form) {
      return {
        id: form.getAttribute("data-bank"),
        questions: all(form, ".sq-q").map(function (q) {
          return { id: q.getAttribute("data-q"), hash: q.getAttribute("data-h") };
        }),
      };
    });
  }

  window.sosialisasiQuiz = {
    key: KEY,
    /* Progress per bank: {bank: {answered, correct, total}}. Pass the parsed
       assets/sosialisasi/quizzes.json to count every bank of the site; without it,
       the banks on this page are counted. */
    progress: function (manifest) {
      var data = read();
      var result = {};
      ((manifest && manifest.banks) || pageBanks()).forEach(function (b) {
        var saved = data[b.id] || {};
        var counts = { answered: 0, correct: 0, total: b.questions.length };
        b.questions.forEach(function (q) {
          var entry = saved[q.id];
          if (entry && entry.h === q.hash) {
            counts.answered++;
            if (entry.ok) counts.correct++;
          }
        });
        result[b.id] = counts;
      });
      return result;
    },
    init: function (root) {
      all(root || document, "form.sq-form[data-t]").forEach(setup);
    },
  };
  window.sosialisasiQuiz.init();
})();
