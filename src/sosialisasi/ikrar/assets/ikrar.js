/* sosialisasi pledge page: copies what the reader types into the printable sheet.
   No network: nothing is sent. Nothing is stored unless "remember on this device" is
   ticked; then localStorage[data-key] (sosialisasi.ikrar.v1) holds
   {"name", "nip", "position", "unit", "place", "witness"} (never the date), and
   unticking deletes it. Markup contract: sosialisasi/ikrar/templates/ikrar.html. */
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
        return data && typeof data === "object" ? data : null;
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
      var digits = value.replace(/\D/g, "").length;
      var message = "";
      if (value && /[^\d\s.]/.test(value)) message = t.nip_chars;
      else if (value && digits !== 18) message = fill(t.nip_length, { count: digits });
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
    }
    if (!fields.date.value) fields.date.value = today();
    checkNip();
    render();
    form.querySelector("[data-ikrar-actions]").hidden = false;
  }

  all(document, "[data-ikrar-form]").forEach(setup);
})();
