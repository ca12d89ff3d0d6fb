// Registers sw.js, the service worker that lets the app open offline after the first
// visit. A same-origin file (copied by Trunk) rather than an inline script, so the CSP
// keeps allowing only Trunk's loader inline. It registers once the page has loaded, so
// the worker's first fetches find the page's files in the HTTP cache. The URL is
// relative: the worker's scope is the directory the page is served from.
'use strict';
(() => {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('sw.js').catch((e) => {
      // Offline, the browser's update check fails; the worker in place keeps serving.
      console.warn(`service worker not registered: ${e.message}`);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
})();
