/* Material's partials/javascripts/announce.html as a file (no inline script under CSP):
   keeps a dismissed announcement hidden. */
(function () {
  var banner = document.querySelector("[data-md-component=announce]");
  if (!banner) return;
  var content = banner.querySelector(".md-typeset");
  if (__md_hash(content.innerHTML) === __md_get("__announce")) banner.hidden = true;
})();
