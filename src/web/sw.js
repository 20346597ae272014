// Lede's service worker: keeps the whole app (one static folder) for offline use.
//
// scripts/postbuild.mjs writes dist/sw.js from this file, filling in VERSION (a hash of every
// precached file) and PRECACHE (every file of the build, by its relative URL). Never edit the
// list by hand: Trunk's hashed file names would make it stale.
//
// - install: fetch every file of the build into the cache "lede-app-<VERSION>" (bypassing the
//   HTTP cache, so a stale copy never gets in; a redirected response is stored as a plain one).
//   Any failure fails the install, so a half-saved version is never used.
// - a new version waits: the page shows "A new version is ready — reload" and, when the reader
//   accepts, sends {type: "lede:skip-waiting"}; the page reloads once the new worker controls it.
// - activate: delete the caches of older versions of the app (only caches named lede-app-*, so
//   anything else kept under this origin survives an update), then take control.
// - fetch: page loads (any query string or hash: ?embed, deep links) get the cached index.html;
//   the build's files come from the cache, matched without their query string so a
//   cache-busting parameter cannot defeat offline use; anything else goes to the network.

const VERSION = '__LEDE_VERSION__';
const PRECACHE = __LEDE_PRECACHE__;
const PREFIX = 'lede-app-';
const CACHE = PREFIX + VERSION;
const INDEX = new URL('./index.html', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        PRECACHE.map(async (path) => {
          const request = new Request(new URL(path, self.registration.scope), { cache: 'reload' });
          const response = await fetch(request);
          if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
          // A host that redirects (index.html → ./) gives a redirected response, which a
          // browser refuses as the answer to a page load: keep a plain copy instead.
          const kept = response.redirected
            ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers })
            : response;
          await cache.put(request, kept);
        }),
      ),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data && typeof data === 'object' && data.type === 'lede:skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit =
        request.mode === 'navigate' && url.pathname.endsWith('/')
          ? await cache.match(INDEX)
          : await cache.match(request, { ignoreSearch: true });
      return hit ?? fetch(request);
    }),
  );
});
