/* sosialisasi trainer pages. Worksheet and answer key: the print button.
   Presentation: one slide at a time (the title slide with the QR code, then each
   question), next/previous and reveal by buttons or keys, progress "3 / 12", and
   the reveal announced in a live region. Without this script every question is
   shown in a column with its answer folded. A file, not inline (strict CSP). */
(function () {
  "use strict";
  var body = document.body;
  var t = JSON.parse(body.getAttribute("data-t") || "{}");
  var printButton = document.querySelector("[data-tp=print]");
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () {
      window.print();
    });
  }
  if (body.getAttribute("data-kind") !== "presentasi") return;

  var controls = document.querySelector(".tp-controls");
  var slides = [document.querySelector(".tp-intro")].concat(
    Array.prototype.slice.call(document.querySelectorAll("fieldset.sq-q"))
  );
  var last = slides.length - 1;
  var progress = controls.querySelector(".tp-progress");
  var prev = controls.querySelector("[data-tp=prev]");
  var next = controls.querySelector("[data-tp=next]");
  var reveal = controls.querySelector("[data-tp=reveal]");
  var live = document.querySelector(".tp-live");
  var main = document.querySelector(".tp-main");
  var current = 0;

  /* Scale the slide's type down, in steps, until it fits the screen between the bar
     and the controls (trainer.css lays them out): type shrinks before anything hides.
     At half size it stops, and the slide scrolls rather than clip. */
  function fit() {
    var scale = 1;
    main.style.setProperty("--tp-fit", "1");
    while (main.scrollHeight > main.clientHeight + 1 && scale > 0.5) {
      scale = Math.round((scale - 0.05) * 100) / 100;
      main.style.setProperty("--tp-fit", String(scale));
    }
  }

  function fill(text, values) {
    return String(text || "").replace(/\{(\w+)\}/g, function (match, key) {
      return key in values ? values[key] : match;
    });
  }

  function answer(slide) {
    return current ? slide.querySelector("details.sq-ans") : null;
  }

  function mark(open) {
    var slide = slides[current];
    if (current) slide.classList.toggle("tp-revealed", open);
    reveal.setAttribute("aria-pressed", open ? "true" : "false");
    reveal.textContent = open ? t.hide : t.reveal;
  }

  function show(index, announce) {
    current = Math.max(0, Math.min(last, index));
    slides.forEach(function (slide, i) {
      slide.hidden = i !== current;
    });
    body.classList.toggle("tp-at-intro", current === 0);
    progress.textContent = current
      ? fill(t.progress, { i: current, n: last })
      : fill(t.progress_intro, { n: last });
    prev.setAttribute("aria-disabled", current === 0 ? "true" : "false");
    next.setAttribute("aria-disabled", current === last ? "true" : "false");
    reveal.hidden = current === 0;
    var details = answer(slides[current]);
    mark(Boolean(details && details.open));
    fit();
    main.scrollTop = 0;
    if (announce) live.textContent = current ? fill(t.announce, { i: current, n: last }) : "";
    try {
      history.replaceState(null, "", current ? "#" + current : location.pathname + location.search);
    } catch (error) {
      /* some file:// setups refuse it: the position just is not kept on reload */
    }
  }

  function toggle() {
    var details = answer(slides[current]);
    if (!details) return;
    details.open = !details.open;
    mark(details.open);
    fit();
    if (details.open) {
      var key = details.querySelector(".sq-keyline");
      live.textContent = key ? key.textContent.replace(/\s+/g, " ").trim() : "";
    } else {
      live.textContent = "";
    }
  }

  slides.forEach(function (slide) {
    var details = slide.querySelector("details.sq-ans");
    if (details) {
      details.addEventListener("toggle", function () {
        if (slide === slides[current]) {
          mark(details.open);
          fit();
        }
      });
    }
  });
  prev.addEventListener("click", function () {
    show(current - 1, true);
  });
  next.addEventListener("click", function () {
    show(current + 1, true);
  });
  reveal.addEventListener("click", toggle);
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var tag = event.target && event.target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") return;
    switch (event.key) {
      case "ArrowRight":
      case "PageDown":
      case "n":
      case "N":
        show(current + 1, true);
        break;
      case "ArrowLeft":
      case "PageUp":
      case "p":
      case "P":
        show(current - 1, true);
        break;
      case "r":
      case "R":
        toggle();
        break;
      case "Home":
        show(0, true);
        break;
      case "End":
        show(last, true);
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  window.addEventListener("resize", fit);
  body.classList.add("tp-js");
  controls.hidden = false;
  var start = parseInt(location.hash.slice(1), 10);
  show(isNaN(start) ? 0 : start, false);
})();
