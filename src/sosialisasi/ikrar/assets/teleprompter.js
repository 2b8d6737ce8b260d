/* sosialisasi teleprompter for a video pledge: the page's pledge text (the printable
   sheet's .ikrar-sheet__text, with the region's institution name where set) in large
   type, scrolling in a native modal <dialog>. Keyboard: Space start/pause, Up/Down
   speed, +/- text size, M mirror, Home to the start, Esc close. Touch or click on the
   text: start/pause. Nothing is recorded, stored or sent. Contract: ikrar/templates/ikrar.html. */
(function () {
  "use strict";
  var box = document.querySelector("[data-tpr]");
  var dialog = document.querySelector("[data-tpr-dialog]");
  var source = document.querySelector(".ikrar-sheet__text");
  if (!box || !dialog || !source || typeof dialog.showModal !== "function") return;
  var t = JSON.parse(dialog.getAttribute("data-t"));
  var text = dialog.querySelector("[data-tpr-text]");
  var speedOut = dialog.querySelector("[data-tpr-speed]");
  var live = dialog.querySelector("[data-tpr-live]");
  var play = dialog.querySelector('[data-tpr="play"]');
  var mirror = dialog.querySelector('[data-tpr="mirror"]');
  var SIZES = [1.5, 2, 2.5, 3, 3.5, 4, 5, 6]; /* rem */
  /* a phone starts at 2rem (a few words a line), a laptop or projector at 3rem */
  var state = { running: false, speed: 3, size: window.innerWidth < 600 ? 1 : 3, last: 0, carry: 0 };

  function say(message) {
    live.textContent = "";
    setTimeout(function () {
      live.textContent = message;
    }, 50);
  }

  function show() {
    speedOut.textContent = t.tpr_speed.replace("{n}", String(state.speed));
    text.style.setProperty("--tpr-size", SIZES[state.size] + "rem");
    play.textContent = state.running ? t.tpr_pause : t.tpr_play;
    play.setAttribute("aria-pressed", state.running ? "true" : "false");
  }

  function atEnd() {
    return text.scrollTop >= text.scrollHeight - text.clientHeight - 1;
  }

  function step(now) {
    if (!state.running) return;
    var dt = state.last ? Math.min(0.1, (now - state.last) / 1000) : 0;
    state.last = now;
    state.carry += dt * state.speed * 14; /* px per second per speed step */
    var whole = Math.floor(state.carry);
    if (whole) {
      text.scrollTop += whole;
      state.carry -= whole;
    }
    if (atEnd()) {
      toggle(false);
      say(t.tpr_end);
      return;
    }
    window.requestAnimationFrame(step);
  }

  function toggle(on) {
    state.running = on === undefined ? !state.running : on;
    state.last = 0;
    if (state.running) {
      if (atEnd()) text.scrollTop = 0;
      window.requestAnimationFrame(step);
    }
    show();
  }

  var actions = {
    play: function () {
      toggle();
    },
    slower: function () {
      state.speed = Math.max(1, state.speed - 1);
      show();
    },
    faster: function () {
      state.speed = Math.min(10, state.speed + 1);
      show();
    },
    smaller: function () {
      state.size = Math.max(0, state.size - 1);
      show();
    },
    larger: function () {
      state.size = Math.min(SIZES.length - 1, state.size + 1);
      show();
    },
    mirror: function () {
      var on = !text.classList.contains("tpr-mirrored");
      text.classList.toggle("tpr-mirrored", on);
      mirror.setAttribute("aria-pressed", on ? "true" : "false");
    },
    restart: function () {
      text.scrollTop = 0;
      state.carry = 0;
    },
    close: function () {
      dialog.close();
    },
  };

  function open() {
    var copy = source.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll("[id]"), function (el) {
      el.removeAttribute("id");
    });
    text.textContent = "";
    var inner = document.createElement("div");
    inner.className = "tpr-inner";
    while (copy.firstChild) inner.appendChild(copy.firstChild);
    text.appendChild(inner);
    dialog.showModal();
    text.scrollTop = 0;
    show();
    text.focus();
  }

  dialog.addEventListener("click", function (event) {
    var button = event.target.closest("[data-tpr]");
    if (button && actions[button.getAttribute("data-tpr")]) {
      actions[button.getAttribute("data-tpr")]();
    } else if (event.target.closest("[data-tpr-text]")) {
      toggle(); /* a tap or click on the text */
    }
  });
  dialog.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var onButton = event.target.tagName === "BUTTON";
    var key = event.key;
    var name =
      key === " " && !onButton ? "play"
      : key === "ArrowUp" ? "faster"
      : key === "ArrowDown" ? "slower"
      : key === "+" || key === "=" ? "larger"
      : key === "-" ? "smaller"
      : key === "m" || key === "M" ? "mirror"
      : key === "Home" ? "restart"
      : "";
    if (!name) return;
    event.preventDefault();
    actions[name]();
  });
  dialog.addEventListener("close", function () {
    toggle(false);
    box.querySelector("[data-tpr-open]").focus();
  });
  box.querySelector("[data-tpr-open]").addEventListener("click", open);
  box.hidden = false;
})();
