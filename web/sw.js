// The service worker of marketing-audit: after the first visit the app opens with the
// network off. It caches this build's own files only (index.html and the files it
// references: Trunk's hashed .js, .wasm and .css, and register-sw.js, plus worker.js,
// the engine's Web Worker) and nothing else, from no other origin.
//
// The post-build hook (tools/sw-manifest.mjs) replaces the build-manifest placeholder
// below with { version, files }: version is a hash of every cached file, so each build
// has its own cache, and a new deploy is a new sw.js that the browser installs.
//
// - install: fetch the page and its files into the cache named by the version; if the
//   page fetched is not this build's (another deploy in between), the install fails and
//   the worker already in place keeps serving.
// - activate: delete this scope's caches of other versions, and take control of open
//   pages (they already loaded all their files: the app fetches nothing later).
// - fetch: the page is network-first, falling back to the cache when the network
//   fails; the hashed files and the engine's worker.js are cache-first. Nothing is written to the cache after the
//   install, so a page from a newer deploy is never mixed with older files. Every other
//   request is left to the browser.
'use strict';

const MANIFEST = /* build-manifest */ null;

const SCOPE = self.registration.scope; // e.g. https://owner.github.io/marketing-audit/
// Caches are per origin, not per path: a name with the scope keeps other apps (or other
// copies of this one) on the same origin apart.
const PREFIX = `marketing-audit ${SCOPE} `;
const CACHE = MANIFEST && PREFIX + MANIFEST.version;
const PAGE = SCOPE; // index.html, as the browser asks for it
// Trunk's hash is a 64-bit number in hex without leading zeros: up to 16 digits (one
// build in sixteen has 15).
const HASHED = /-[0-9a-f]{8,16}(?:_bg)?\.(?:js|wasm|css)$/;

const abs = (file) => new URL(file, SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      if (!MANIFEST) throw new Error('sw.js has no build manifest (tools/sw-manifest.mjs did not run)');
      // Each response goes into the cache as it arrives (an unread body holds its
      // connection); a failed install deletes the half-filled cache.
      const cache = await caches.open(CACHE);
      try {
        const page = await fetch(new Request(PAGE, { cache: 'reload' }));
        if (!page.ok) throw new Error(`GET ${PAGE}: ${page.status}`);
        const html = await page.text();
        // The hashed files name the build (worker.js and register-sw.js are not hashed,
        // and the engine's worker.js is started from the wasm, not named by the page).
        const stale = MANIFEST.files.filter((f) => HASHED.test(f) && !html.includes(f));
        if (stale.length) throw new Error(`the page is not this build's (no ${stale.join(', ')})`);
        // A new Response, never a redirected one: a navigation may not be answered with it.
        await cache.put(PAGE, new Response(html, { status: 200, headers: page.headers }));
        await Promise.all(
          MANIFEST.files.map(async (f) => {
            // Hashed files never change under their name: the HTTP cache may answer.
            const res = await fetch(new Request(abs(f), { cache: HASHED.test(f) ? 'default' : 'reload' }));
            if (!res.ok) throw new Error(`GET ${f}: ${res.status}`);
            await cache.put(abs(f), res);
          }),
        );
      } catch (e) {
        await caches.delete(CACHE);
        throw e;
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (!CACHE || req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || url.search) return;
  const href = url.origin + url.pathname;
  if (req.mode === 'navigate') {
    if (href === PAGE || href === abs('index.html')) event.respondWith(networkFirst(req, PAGE));
    return;
  }
  const file = href.startsWith(SCOPE) ? href.slice(SCOPE.length) : null;
  if (file === null || !MANIFEST.files.includes(file)) return;
  // The engine's worker script is cache-first too: a worker restarted after Cancel or a
  // failure must load without asking the server (this cache is this build's only).
  event.respondWith(HASHED.test(file) || file === 'worker.js' ? cacheFirst(req, href) : networkFirst(req, href));
});

async function cached(key) {
  const cache = await caches.open(CACHE);
  return cache.match(key);
}

async function cacheFirst(req, key) {
  return (await cached(key)) ?? fetch(req);
}

async function networkFirst(req, key) {
  try {
    const res = await fetch(req);
    if (res.status < 500) return res;
    return (await cached(key)) ?? res;
  } catch (offline) {
    const hit = await cached(key);
    if (hit) return hit;
    throw offline;
  }
}
