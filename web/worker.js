// The engine's Web Worker (a module worker, started by the page at load: see
// src/ui/bridge.rs). It runs the page's own WebAssembly, the same two files the page
// loaded (so the browser's cache or the service worker serves them, and nothing new is
// downloaded), and hands it every message: importing files and computing the audit
// happen here, so the page's main thread only renders.
//
// The first message names the two files: { glue: URL of the wasm-bindgen module,
// wasm: URL of the .wasm, module: the page's compiled WebAssembly.Module } (with the
// module the worker only instantiates; the URL is the fallback). Messages that arrive while the module starts are queued,
// then replayed in order. A failure to start is posted back as { failed: "why" }: the
// page then runs the engine itself.
const queued = [];
let starting = false;

self.onmessage = async (event) => {
  if (starting) {
    queued.push(event);
    return;
  }
  starting = true;
  try {
    const { glue, wasm, module } = event.data;
    const bindings = await import(glue);
    const exports = await bindings.default({ module_or_path: module instanceof WebAssembly.Module ? module : wasm });
    // The engine's memory, for the benchmark to read (tests/e2e/bench.mjs).
    self.engineMemory = exports.memory;
    // Replaces self.onmessage with the engine's handler, then says "ready".
    bindings.worker_start();
    for (const e of queued.splice(0)) self.onmessage(e);
  } catch (e) {
    self.postMessage({ failed: String(e && e.stack ? e.stack : e) });
  }
};
