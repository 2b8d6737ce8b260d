/* Service worker of one language of a sosialisasi site (sosialisasi.pwa).

   The build writes the list of files above this code (self.SOSIALISASI_PRECACHE): the
   language's pages, the shared assets, its search index and the quiz assets. A new deploy
   changes that list's version, so the browser installs this worker again, which caches the
   new files, takes over at once and tells open pages, which show "a new version is
   available". Pages come from the network first (fresh content whenever there is a
   network) and from the cache when there is none or it is too slow; assets come from the
   cache first. Nothing is sent anywhere: no analytics, no tracking. */
"use strict";

var PRECACHE = self.SOSIALISASI_PRECACHE;
var PREFIX = "sosialisasi:" + new URL("./", self.location.href).pathname + ":";
var CACHE = PREFIX + PRECACHE.version;
var NETWORK_WAIT = 4000; /* ms a page may take before the cached copy is shown */

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches.open(CACHE).then(function (cache) {
      var requests = PRECACHE.urls.map(function (url) {
        return new Request(new URL(url, self.location.href), { cache: "reload" });
      });
      return cache.addAll(requests);
    }).then(function () {
      return self.skipWaiting();
    })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (key) {
        return key.indexOf(PREFIX) === 0 && key !== CACHE;
      }).map(function (key) {
        return caches.delete(key);
      }));
    }).then(function () {
      return self.clients.claim();
    })
  );
});

function fromCache(request) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request, { ignoreSearch: true }).then(function (hit) {
      if (hit || request.mode !== "navigate") return hit;
      var url = new URL(request.url);
      if (!url.pathname.endsWith("/")) {
        return cache.match(url.pathname + "/", { ignoreSearch: true });
      }
      return cache.match(url.pathname + "index.html", { ignoreSearch: true });
    });
  });
}

function page(request) {
  var network = fetch(request).then(function (response) {
    if (response.ok) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  });
  var slow = new Promise(function (resolve) { setTimeout(resolve, NETWORK_WAIT); }).then(function () {
    return fromCache(request);
  });
  return Promise.race([network.catch(function () { return null; }), slow]).then(function (first) {
    if (first) return first;
    return network.catch(function () { return null; }).then(function (late) {
      return late || fromCache(request);
    }).then(function (response) {
      /* a page never visited nor cached: the language's home page, which is */
      return response || fromCache(new Request(new URL("./", self.location.href)));
    }).then(function (response) {
      return response || Response.error();
    });
  });
}

function asset(request) {
  return fromCache(request).then(function (hit) {
    return hit || fetch(request);
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === "navigate" ? page(request) : asset(request));
});
