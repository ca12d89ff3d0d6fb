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
  // A new deploy's worker taking over a page an older worker controlled: the page runs
  // the old version. Recorded on <html data-new-version> (the app may not be running
  // yet) and announced with an event; the app shows a Reload notice.
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!hadController) return;
    document.documentElement.dataset.newVersion = '1';
    window.dispatchEvent(new Event('marketing-audit:new-version'));
  });
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
})();
