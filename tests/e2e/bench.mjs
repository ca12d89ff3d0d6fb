// In-browser benchmark, side by side with PapaParse in the same browser run and on the
// same file: a benchmark, not a test (it prints figures and asserts nothing but
// completion). See docs/performance.md.
//
// For each size it generates a campaign export deterministically (12 columns: date,
// campaign, channel, source, impressions, clicks, spend, leads, mqls, sqls, customers,
// revenue), then
// - the page: a fresh tab of the built app (first run: the demo audit on load), the
//   file uploaded through the file input, timed from the upload to `audit-ready`
//   (read in the engine's Web Worker, imported, audited, answered and rendered), with the
//   longest main-thread task during the import (PerformanceObserver "longtask") and the
//   peak resident memory of the browser's renderer processes (the page and its worker);
// - PapaParse 5.7.1 in a plain page of the same server: `Papa.parse(file, { chunk })` with
//   per-campaign and per-month sums of spend, clicks and revenue in plain JavaScript.
// Each is run BENCH_RUNS times (default 3; 1 from 5M rows); medians are printed.
//
// Usage: node tests/e2e/bench.mjs dist [rows...]   (default 100000 1000000)
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { createWriteStream } from 'node:fs';
import { readFile, readdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const papaFile = require.resolve('papaparse/papaparse.min.js');
const papaVersion = require('papaparse/package.json').version;
const dist = path.resolve(process.argv[2] ?? 'dist');
const sizes = process.argv.slice(3).map(Number).filter(Boolean);
const rowsList = sizes.length ? sizes : [100_000, 1_000_000];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };

/** Writes a campaign export of `rows` rows; the same bytes on every run. */
async function writeExport(file, rows) {
  const campaigns = ['Search - Brand', 'Search - Generic', 'Prospecting - Video', 'Retargeting', 'Webinar Promotion', 'Whitepaper Lead Gen'];
  const channels = ['Paid Search', 'Paid Search', 'Paid Social', 'Display', 'Paid Social', 'Display'];
  const sources = ['google', 'bing', 'youtube', 'criteo', 'linkedin', 'facebook'];
  const out = createWriteStream(file);
  const write = (s) => (out.write(s) ? null : new Promise((r) => out.once('drain', r)));
  await write('date,campaign,channel,source,impressions,clicks,spend,leads,mqls,sqls,customers,revenue\n');
  let seed = 7;
  let lines = [];
  for (let i = 0; i < rows; i += 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const c = i % 6;
    const day = new Date(Date.UTC(2024, 0, 1 + (Math.floor(i / 6) % 730))).toISOString().slice(0, 10);
    const impressions = seed % 90000;
    const clicks = Math.floor(impressions / 40);
    const leads = Math.floor(clicks / 20);
    const mqls = Math.floor(leads / 2);
    const sqls = Math.floor(mqls / 2);
    const customers = Math.floor(sqls / 3);
    lines.push(`${day},${campaigns[c]},${channels[c]},${sources[c]},${impressions},${clicks},${((seed % 60000) / 100).toFixed(2)},${leads},${mqls},${sqls},${customers},${((seed % 9000) / 10).toFixed(1)}`);
    if (lines.length === 10_000) {
      const p = write(lines.join('\n') + '\n');
      if (p) await p;
      lines = [];
    }
  }
  if (lines.length) await write(lines.join('\n') + '\n');
  await new Promise((r) => out.end(r));
}

const PAPA_PAGE = `<!doctype html><meta charset="utf-8"><title>PapaParse</title>
<script src="/__papa/papaparse.min.js"></script><input type="file" id="f">`;

const server = createServer(async (req, res) => {
  let p = decodeURIComponent(req.url.split('?')[0]);
  try {
    if (p === '/__papa/') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAPA_PAGE);
    if (p === '/__papa/papaparse.min.js') {
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(papaFile));
    }
    if (p.endsWith('/')) p += 'index.html';
    const body = await readFile(path.join(dist, p));
    res.writeHead(200, { 'content-type': types[path.extname(p)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.on('listening', r));
const base = `http://127.0.0.1:${server.address().port}`;

/** Resident memory (MiB) of every Chromium renderer process, summed. */
async function rendererMiB() {
  let kib = 0;
  for (const pid of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer')) continue;
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      kib += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // The process ended meanwhile.
    }
  }
  return kib / 1024;
}

/** Runs `fn` while sampling renderer memory every 100 ms; returns [result, peak MiB]. */
async function withPeakMemory(fn) {
  let peak = await rendererMiB();
  let on = true;
  const sampler = (async () => {
    while (on) {
      peak = Math.max(peak, await rendererMiB());
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    return [await fn(), peak];
  } finally {
    on = false;
    await sampler;
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const profile = await mkdtemp(path.join(tmpdir(), 'ma-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** One upload to a fresh tab of the app. */
async function pageRun(file) {
  const page = await context.newPage();
  // When the demo's first screen (verdict, data and settings) is in: the detail
  // sections then fill in, one per task, until `audit-ready`.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid=first-screen][data-files="9"], [data-testid=audit-ready][data-files="9"]')) {
        window.__firstScreen = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  const t0 = Date.now();
  await page.goto(`${base}/`);
  await page.waitForSelector('[data-testid=audit-ready][data-files="9"]', { timeout: 120_000 });
  const [demoMs, firstMs] = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const load = nav ? nav.loadEventEnd : 0;
    return [performance.now() - load, (window.__firstScreen ?? performance.now()) - load];
  });
  const openMs = Date.now() - t0;
  await page.locator('[data-testid=clear]').click();
  await page.waitForSelector('[data-testid=audit-ready][data-files="0"]');
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  const [seconds, peak] = await withPeakMemory(async () => {
    const start = Date.now();
    await page.locator('[data-testid=file-input]').setInputFiles(file);
    // The longest task from the upload to the rendered audit (the reply included).
    await page.waitForSelector('[data-testid=audit-ready][data-files="1"]', { timeout: 1_800_000 });
    return (Date.now() - start) / 1000;
  });
  const longest = await page.evaluate(() => window.__longest);
  // WebAssembly memory only grows: its size now is the worker's peak, demo included.
  const worker = page.workers().find((w) => w.url().endsWith('/worker.js'));
  const wasmBytes = worker ? await worker.evaluate(() => self.engineMemory?.buffer.byteLength ?? 0) : 0;
  await page.close();
  return { seconds, peak, longest, demoMs, firstMs, openMs, wasmMiB: wasmBytes / 1048576 };
}

/** One PapaParse run on the same file, in the same browser. */
async function papaRun(file) {
  const page = await context.newPage();
  await page.goto(`${base}/__papa/`);
  await page.locator('#f').setInputFiles(file);
  const [seconds, peak] = await withPeakMemory(() => page.evaluate(() => new Promise((resolve, reject) => {
    const file = document.getElementById('f').files[0];
    const byCampaign = new Map();
    const byMonth = new Map();
    const add = (map, key, spend, clicks, revenue) => {
      const s = map.get(key) ?? { spend: 0, clicks: 0, revenue: 0 };
      s.spend += spend;
      s.clicks += clicks;
      s.revenue += revenue;
      map.set(key, s);
    };
    const start = performance.now();
    let header = null;
    window.Papa.parse(file, {
      chunkSize: 4 * 1024 * 1024,
      skipEmptyLines: true,
      chunk: (results) => {
        let rows = results.data;
        if (!header) {
          header = rows[0];
          rows = rows.slice(1);
        }
        const [d, c, , , , cl, sp, , , , , rv] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
        for (const r of rows) {
          const spend = Number(r[sp]);
          const clicks = Number(r[cl]);
          const revenue = Number(r[rv]);
          add(byCampaign, r[c], spend, clicks, revenue);
          add(byMonth, r[d].slice(0, 7), spend, clicks, revenue);
        }
      },
      complete: () => resolve((performance.now() - start) / 1000),
      error: reject,
    });
  })));
  await page.close();
  return { seconds, peak };
}

console.log(`PapaParse ${papaVersion}; Chromium ${context.browser()?.version() ?? ''}`);
console.log('| rows | MB | page s | page MB/s | PapaParse s | PapaParse MB/s | page ÷ PapaParse speed | longest main-thread task, upload → ready (ms) | peak renderer MiB (page / PapaParse) | worker wasm memory (MiB) | demo after load (ms): first screen / whole report |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const rows of rowsList) {
  const file = path.join(profile, `campaigns-${rows}.csv`);
  await writeExport(file, rows);
  const mb = (await stat(file)).size / 1e6;
  const runs = Number(process.env.BENCH_RUNS ?? (rows >= 5_000_000 ? 1 : 3));
  const page = [];
  const papa = [];
  for (let i = 0; i < runs; i += 1) {
    page.push(await pageRun(file));
    papa.push(await papaRun(file));
  }
  const ps = median(page.map((r) => r.seconds));
  const js = median(papa.map((r) => r.seconds));
  console.log(`| ${rows.toLocaleString('en')} | ${mb.toFixed(1)} | ${ps.toFixed(2)} | ${(mb / ps).toFixed(1)} | ${js.toFixed(2)} | ${(mb / js).toFixed(1)} | ${(js / ps).toFixed(2)}× | ${Math.max(...page.map((r) => r.longest)).toFixed(0)} | ${median(page.map((r) => r.peak)).toFixed(0)} / ${median(papa.map((r) => r.peak)).toFixed(0)} | ${Math.max(...page.map((r) => r.wasmMiB)).toFixed(0)} | ${median(page.map((r) => r.firstMs)).toFixed(0)} / ${median(page.map((r) => r.demoMs)).toFixed(0)} |`);
  await rm(file);
}
await context.close();
server.close();
await rm(profile, { recursive: true, force: true });
