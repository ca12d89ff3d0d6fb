// Where the page's time goes, from V8's own sampling profiler: a profiling aid, not a
// test. Opens the built app, profiles the main thread while the demo audit renders,
// then the engine's Web Worker and the main thread while a generated campaign export
// is read, and prints the functions with the most self time in each (wasm functions by
// their Rust names when the build keeps the name section). See docs/performance.md.
//
// Usage: node --experimental-websocket tests/e2e/profile.mjs dist [rows | file.csv]
// (default 1000000 rows of the generated campaign file)
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const dist = path.resolve(process.argv[2] ?? 'dist');
const given = process.argv[3] && Number.isNaN(Number(process.argv[3])) ? path.resolve(process.argv[3]) : null;
const rows = given ? 0 : Number(process.argv[3] ?? 1_000_000);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };

const server = createServer(async (req, res) => {
  let p = decodeURIComponent(req.url.split('?')[0]);
  if (p.endsWith('/')) p += 'index.html';
  try {
    const body = await readFile(path.join(dist, p));
    res.writeHead(200, { 'content-type': types[path.extname(p)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.on('listening', r));
const base = `http://127.0.0.1:${server.address().port}`;

const port = 9300 + Math.floor(Math.random() * 500);
const profile = await mkdtemp(path.join(tmpdir(), 'ma-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--remote-debugging-port=${port}`],
});

/** A raw CDP connection to the browser, with flat sessions for pages and workers. */
const version = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
const ws = new WebSocket(version.webSocketDebuggerUrl);
await new Promise((r) => ws.addEventListener('open', r));
let nextId = 1;
const pending = new Map();
ws.addEventListener('message', (e) => {
  const msg = JSON.parse(e.data);
  if (msg.id && pending.has(msg.id)) {
    const { resolve, reject } = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.error) reject(new Error(JSON.stringify(msg.error)));
    else resolve(msg.result);
  }
});
function send(method, params = {}, sessionId) {
  const id = nextId++;
  ws.send(JSON.stringify({ id, method, params, sessionId }));
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}
async function attach(type) {
  const { targetInfos } = await send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === type && (type !== 'page' || t.url.startsWith(base)));
  if (!target) throw new Error(`no ${type} target`);
  const { sessionId } = await send('Target.attachToTarget', { targetId: target.targetId, flatten: true });
  await send('Profiler.enable', {}, sessionId);
  await send('Profiler.setSamplingInterval', { interval: 200 }, sessionId);
  return sessionId;
}

/** The functions with the most self time in a CPU profile. */
function top(profileData, label, n = 25) {
  const { nodes, samples, timeDeltas } = profileData;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const self = new Map();
  let total = 0;
  samples.forEach((id, i) => {
    const node = byId.get(id);
    const f = node.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url ? path.basename(f.url) : ''}`.trim();
    const dt = timeDeltas[i] ?? 0;
    total += dt;
    self.set(name, (self.get(name) ?? 0) + dt);
  });
  console.log(`\n## ${label}: ${(total / 1000).toFixed(0)} ms sampled`);
  [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).forEach(([name, us]) => {
    console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name.slice(0, 150)}`);
  });
}

const page = await context.newPage();
await page.goto(`${base}/`);
await page.waitForSelector('[data-testid=audit-ready][data-files="9"]', { timeout: 120_000 });
// The demo again, profiled: clear, then load it from the button.
const main = await attach('page');
await page.locator('[data-testid=clear]').click();
await page.waitForSelector('[data-testid=audit-ready][data-files="0"]');
await send('Profiler.start', {}, main);
await page.locator('[data-testid=load-demo]').click().catch(() => {});
await page.waitForSelector('[data-testid=audit-ready][data-files="9"]', { timeout: 120_000 }).catch(() => {});
top((await send('Profiler.stop', {}, main)).profile, 'main thread, demo');

await page.locator('[data-testid=clear]').click();
await page.waitForSelector('[data-testid=audit-ready][data-files="0"]');
const dir = await mkdtemp(path.join(tmpdir(), 'ma-profile-file-'));
const file = given ?? path.join(dir, `campaigns-${rows}.csv`);
if (!given) {
  const lines = ['date,campaign,channel,source,impressions,clicks,spend,leads,mqls,sqls,customers,revenue'];
  const campaigns = ['Search - Brand', 'Search - Generic', 'Prospecting - Video', 'Retargeting', 'Webinar Promotion', 'Whitepaper Lead Gen'];
  let seed = 7;
  for (let i = 0; i < rows; i += 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const day = new Date(Date.UTC(2024, 0, 1 + (Math.floor(i / 6) % 730))).toISOString().slice(0, 10);
    const imp = seed % 90000;
    const clicks = Math.floor(imp / 40);
    lines.push(`${day},${campaigns[i % 6]},Paid Search,google,${imp},${clicks},${((seed % 60000) / 100).toFixed(2)},${Math.floor(clicks / 20)},1,1,0,${((seed % 9000) / 10).toFixed(1)}`);
  }
  await (await import('node:fs/promises')).writeFile(file, lines.join('\n') + '\n');
}
const worker = await attach('worker');
await send('Profiler.start', {}, worker);
await send('Profiler.start', {}, main);
const t0 = Date.now();
await page.locator('[data-testid=file-input]').setInputFiles(file);
await page.waitForSelector('[data-testid=audit-ready][data-files="1"]', { timeout: 1_800_000 });
console.log(`\nupload → audit ready: ${((Date.now() - t0) / 1000).toFixed(2)} s`);
const what = given ? path.basename(given) : `${rows} rows`;
top((await send('Profiler.stop', {}, worker)).profile, `worker, ${what}`);
top((await send('Profiler.stop', {}, main)).profile, `main thread, ${what}`);

ws.close();
await context.close();
server.close();
await rm(dir, { recursive: true, force: true });
await rm(profile, { recursive: true, force: true });
