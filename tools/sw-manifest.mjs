#!/usr/bin/env node
// Post-build step (after csp-inline-hashes.mjs, see post-build.mjs): writes the build's
// manifest into the service worker Trunk copied (web/sw.js -> sw.js). The manifest is
// { version, files }: `files` are the files of this directory that index.html
// references by a relative URL (Trunk's hashed .js, .wasm and .css, and
// register-sw.js); `version` is a hash of index.html and every one of those files, so
// any change to the build is a new cache and a new sw.js for the browser to install.
//
// Usage: node tools/sw-manifest.mjs [dist]
//   Without an argument it edits $TRUNK_STAGING_DIR (as a Trunk post_build hook).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PLACEHOLDER = '/* build-manifest */ null';
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('usage: sw-manifest.mjs <dist dir>  (or run as a Trunk hook)');
  process.exit(2);
}
const fail = (why) => {
  console.error(`sw-manifest: ${why}`);
  process.exit(1);
};
const swFile = path.join(dir, 'sw.js');
if (!existsSync(swFile)) fail(`${swFile} missing: index.html must copy web/sw.js`);
const html = readFileSync(path.join(dir, 'index.html'));

// Relative references only ("./x", 'x', …): data: URLs and other origins never match.
const files = new Set();
for (const m of html.toString('utf8').matchAll(/(?:(?:href|src)\s*=\s*["']|import[^'"]*['"]|module_or_path:\s*['"])(?:\.\/)?([\w.-]+)["']/g)) {
  const f = m[1];
  if (f === 'index.html' || f === 'sw.js') continue;
  const p = path.join(dir, f);
  if (existsSync(p) && statSync(p).isFile()) files.add(f);
}
// The engine's worker script is started from Rust (src/ui/bridge.rs), not referenced by
// index.html; it loads the same .js and .wasm as the page.
for (const extra of ['worker.js']) {
  if (existsSync(path.join(dir, extra))) files.add(extra);
}
const list = [...files].sort();
for (const ext of ['.js', '.wasm', '.css']) {
  if (!list.some((f) => f.endsWith(ext))) fail(`index.html references no ${ext} file of ${dir}: ${list}`);
}

const hash = createHash('sha256').update(html);
for (const f of list) hash.update(`\0${f}\0`).update(readFileSync(path.join(dir, f)));
const version = hash.digest('hex').slice(0, 16);

const sw = readFileSync(swFile, 'utf8');
if (!sw.includes(PLACEHOLDER)) fail(`${swFile} has no '${PLACEHOLDER}' placeholder`);
writeFileSync(swFile, sw.replace(PLACEHOLDER, JSON.stringify({ version, files: list })));
console.log(`${swFile}: version ${version}, caches ./ ${list.join(' ')}`);
