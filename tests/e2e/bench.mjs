// In-browser benchmark: generate an ad export of N rows, upload it to the built app in
// headless Chromium, and time from the upload to `audit-ready`. A benchmark, not a
// test: it prints figures and asserts nothing but completion.
//
// Usage: node tests/e2e/bench.mjs dist [rows...]   (default 10000 100000 300000)
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const dist = path.resolve(process.argv[2] ?? 'dist');
const sizes = process.argv.slice(3).map(Number).filter(Boolean);
const rowsList = sizes.length ? sizes : [10_000, 100_000, 300_000];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };

function exportOf(rows) {
  const campaigns = ['Search - Brand', 'Search - Generic', 'Prospecting - Video', 'Retargeting', 'Webinar Promotion', 'Whitepaper Lead Gen'];
  const lines = ['Date,Channel,Campaign,Spend,Impressions,Clicks,Conversions,Revenue'];
  let seed = 7;
  for (let i = 0; i < rows; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const day = new Date(Date.UTC(2024, 0, 1 + ((i / 6) | 0) % 730)).toISOString().slice(0, 10);
    const impressions = seed % 90000;
    lines.push(`${day},Ads,${campaigns[i % 6]},${(seed % 60000) / 100},${impressions},${(impressions / 40) | 0},${(impressions / 400) | 0},${(seed % 9000) / 10}`);
  }
  return lines.join('\n') + '\n';
}

const server = createServer(async (req, res) => {
  let p = decodeURIComponent(req.url.split('?')[0]);
  if (p.endsWith('/')) p += 'index.html';
  try {
    const body = await readFile(path.join(dist, p));
    res.writeHead(200, { 'content-type': types[path.extname(p)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.on('listening', r));
const profile = await mkdtemp(path.join(tmpdir(), 'ma-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await context.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.waitForSelector('[data-testid=audit-ready]');
console.log('| rows | MB | upload → audit ready (s) | MB/s |');
console.log('|---:|---:|---:|---:|');
for (const rows of rowsList) {
  const text = exportOf(rows);
  const file = path.join(profile, `bench-${rows}.csv`);
  await writeFile(file, text);
  await page.locator('[data-testid=clear]').click();
  await page.waitForSelector('[data-testid=audit-ready][data-files="0"]');
  const start = Date.now();
  await page.locator('[data-testid=file-input]').setInputFiles(file);
  await page.waitForSelector('[data-testid=audit-ready][data-files="1"]', { timeout: 600_000 });
  const seconds = (Date.now() - start) / 1000;
  const mb = text.length / 1e6;
  console.log(`| ${rows} | ${mb.toFixed(1)} | ${seconds.toFixed(2)} | ${(mb / seconds).toFixed(1)} |`);
}
await context.close();
server.close();
await rm(profile, { recursive: true, force: true });
