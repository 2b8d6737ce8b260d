/* sosialisasi "Kumpulkan hasil": the presentation page reads participants' result QR
   codes (drawn by exam.js: SQR1|bank|version|phase|attempt|bits|initials) with the
   laptop camera and the vendored jsQR decoder, loaded only when the camera starts.
   Codes of another bank or another version of this bank are refused with a message,
   a repeated attempt id is counted once, and the summary shows per question the share
   of the room that got it right, hardest first, pre-test and post-test side by side.
   Nothing is sent or stored. Contract: trainer/templates/trainer.html (dialog.tp-room). */
(function () {
  "use strict";
  var dialog = document.querySelector("dialog[data-room]");
  var box = document.querySelector("[data-room-box]");
  if (!dialog || !box || typeof dialog.showModal !== "function") return;
  var t = JSON.parse(dialog.getAttribute("data-t"));
  var bank = dialog.getAttribute("data-bank");
  var version = dialog.getAttribute("data-v");
  var video = dialog.querySelector("video");
  var status = dialog.querySelector("[data-room-status]");
  var counts = dialog.querySelector("[data-room-counts]");
  var table = dialog.querySelector("[data-room-table]");
  var startButton = dialog.querySelector('[data-room="start"]');
  var stopButton = dialog.querySelector('[data-room="stop"]');
  var questions = Array.prototype.map.call(document.querySelectorAll("fieldset.sq-q"), function (q, i) {
    var stem = q.querySelector(".sq-stem") || q.querySelector("legend");
    var words = (stem ? stem.textContent : "").replace(/\s+/g, " ").trim().replace(/^\d+\.\s*/, "");
    return { number: i + 1, text: words.length > 110 ? words.slice(0, 107) + "…" : words };
  });
  var results = { pre: {}, post: {} }; /* phase -> attempt id -> "0101…" */
  var stream = null;
  var timer = 0;
  var canvas = document.createElement("canvas");
  var lastText = "";
  var lastAt = 0;

  function fill(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (m, k) {
      return k in values ? values[k] : m;
    });
  }

  function say(text) {
    status.textContent = text;
    status.setAttribute("data-at", String(Date.now()));
  }

  function size(phase) {
    return Object.keys(results[phase]).length;
  }

  function share(phase, index) {
    var attempts = Object.keys(results[phase]);
    var right = attempts.filter(function (a) {
      return results[phase][a].charAt(index) === "1";
    }).length;
    return { c: right, n: attempts.length, p: attempts.length ? Math.round((100 * right) / attempts.length) : -1 };
  }

  function cell(s) {
    var td = document.createElement("td");
    td.textContent = s.n ? fill(t.room_cell, s) : t.room_none;
    if (s.n) td.setAttribute("data-p", String(s.p));
    return td;
  }

  function render() {
    counts.textContent = fill(t.room_counts, { pre: size("pre"), post: size("post") });
    var sortBy = size("post") ? "post" : "pre";
    var rows = questions.map(function (q, index) {
      return { q: q, pre: share("pre", index), post: share("post", index) };
    });
    rows.sort(function (a, b) {
      return a[sortBy].p - b[sortBy].p || a.q.number - b.q.number;
    });
    var body = table.tBodies[0];
    body.textContent = "";
    rows.forEach(function (row) {
      var tr = document.createElement("tr");
      var th = document.createElement("th");
      th.scope = "row";
      th.textContent = row.q.number + ". " + row.q.text;
      tr.appendChild(th);
      tr.appendChild(cell(row.pre));
      tr.appendChild(cell(row.post));
      tr.setAttribute("data-q", String(row.q.number));
      body.appendChild(tr);
    });
    table.hidden = !(size("pre") || size("post"));
  }

  /* One decoded text: counted, refused with a reason, or a repeat of the last one. */
  function take(text) {
    var now = Date.now();
    if (text === lastText && now - lastAt < 4000) return; /* the same code still in view */
    lastText = text;
    lastAt = now;
    var parts = String(text).split("|");
    if (parts.length !== 7 || parts[0] !== "SQR1" || !/^[01]+$/.test(parts[5])) {
      say(t.room_not_result);
      return;
    }
    if (parts[1] !== bank) {
      say(fill(t.room_other_bank, { bank: parts[1] }));
      return;
    }
    var phase = parts[3] === "post" ? "post" : parts[3] === "pre" ? "pre" : "";
    if (parts[2] !== version || parts[5].length !== questions.length || !phase) {
      say(t.room_other_version);
      return;
    }
    if (results[phase][parts[4]] !== undefined) {
      say(t.room_duplicate);
      return;
    }
    results[phase][parts[4]] = parts[5];
    render();
    var label = phase === "post" ? t.room_col_post : t.room_col_pre;
    say(fill(t.room_accepted, { phase: label, pre: size("pre"), post: size("post") }));
  }

  function scan() {
    if (!stream || !video.videoWidth || typeof window.jsQR !== "function") return;
    var scale = Math.min(1, 800 / video.videoWidth);
    var w = Math.round(video.videoWidth * scale);
    var h = Math.round(video.videoHeight * scale);
    canvas.width = w;
    canvas.height = h;
    var ctx = canvas.getContext("2d", { willReadFrequently: true });
    ctx.drawImage(video, 0, 0, w, h);
    var code = window.jsQR(ctx.getImageData(0, 0, w, h).data, w, h, { inversionAttempts: "dontInvert" });
    if (code && code.data) take(code.data);
  }

  function loadDecoder(then) {
    if (typeof window.jsQR === "function") return then();
    var script = document.createElement("script");
    script.src = dialog.getAttribute("data-jsqr");
    script.onload = then;
    script.onerror = function () {
      say(fill(t.room_no_camera, { reason: "jsQR" }));
    };
    document.head.appendChild(script);
  }

  function stop() {
    window.clearInterval(timer);
    timer = 0;
    if (stream) {
      stream.getTracks().forEach(function (track) {
        track.stop();
      });
    }
    stream = null;
    video.srcObject = null;
    video.hidden = true;
    startButton.hidden = false;
    stopButton.hidden = true;
  }

  function start() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      say(fill(t.room_no_camera, { reason: "getUserMedia" }));
      return;
    }
    loadDecoder(function () {
      navigator.mediaDevices
        .getUserMedia({ video: { facingMode: "user", width: { ideal: 1280 } }, audio: false })
        .then(function (media) {
          stream = media;
          video.srcObject = media;
          video.hidden = false;
          startButton.hidden = true;
          stopButton.hidden = false;
          stopButton.focus();
          return video.play();
        })
        .then(function () {
          say(t.room_waiting);
          timer = window.setInterval(scan, 200);
        })
        .catch(function (error) {
          stop();
          say(fill(t.room_no_camera, { reason: (error && error.name) || String(error) }));
        });
    });
  }

  dialog.addEventListener("click", function (event) {
    var button = event.target.closest("[data-room]");
    var what = button && button.getAttribute("data-room");
    if (what === "start") start();
    else if (what === "stop") stop();
    else if (what === "close") dialog.close();
  });
  /* The presentation's keys (arrows, R, Home) must not move the slides behind the dialog. */
  dialog.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Tab") event.stopPropagation();
  });
  dialog.addEventListener("close", function () {
    stop();
    box.querySelector("[data-room-open]").focus();
  });
  box.querySelector("[data-room-open]").addEventListener("click", function () {
    render();
    dialog.showModal();
    startButton.focus();
  });
  box.hidden = false;
  /* For tests and for a trainer typing a code by hand in the console: never networked. */
  window.sosialisasiRoom = { take: take, results: results };
})();
