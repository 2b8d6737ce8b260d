/* Material's storage helpers (its partials/javascripts/base.html), served as a file
   instead of an inline script so the site runs under a Content-Security-Policy
   without 'unsafe-inline'. The page passes its scope in data-scope. */
(function () {
  var scope = document.currentScript.getAttribute("data-scope");
  window.__md_scope = new URL(scope, location);
  window.__md_hash = function (text) {
    return [...text].reduce(function (hash, char) {
      return (hash << 5) - hash + char.charCodeAt(0);
    }, 0);
  };
  window.__md_get = function (key, storage = localStorage, base = __md_scope) {
    return JSON.parse(storage.getItem(base.pathname + "." + key));
  };
  window.__md_set = function (key, value, storage = localStorage, base = __md_scope) {
    try {
      storage.setItem(base.pathname + "." + key, JSON.stringify(value));
    } catch (error) {
      /* storage full or disabled: the site works without it */
    }
  };
})();
