#!/usr/bin/env node
// Post-build step of `./x build`: Trunk injects an inline <script type="module"> that
// loads the wasm; its text names the hashed bundle files, so it changes every build. A
// strict CSP (no 'unsafe-inline') must list that script's hash. If the built HTML's CSP
// contains the placeholder 'inline-script-hashes' (quotes included), this replaces it
// with the 'sha256-…' of every inline <script> in the file. Without the placeholder it
// changes nothing.
//
// Usage: node tools/csp-inline-hashes.mjs [dist/index.html]
//   Without an argument (as a Trunk post_build hook, see Trunk.toml) it edits
//   $TRUNK_STAGING_DIR/index.html, so `trunk serve` and `trunk build` both get it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PLACEHOLDER = "'inline-script-hashes'";
const file =
  process.argv[2] ??
  (process.env.TRUNK_STAGING_DIR && path.join(process.env.TRUNK_STAGING_DIR, 'index.html'));
if (!file) {
  console.error('usage: csp-inline-hashes.mjs <index.html>  (or run as a Trunk hook)');
  process.exit(2);
}
const html = readFileSync(file, 'utf8');
if (!html.includes(PLACEHOLDER)) process.exit(0);

const hashes = [];
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
  if (/\bsrc\s*=/i.test(m[1])) continue;
  hashes.push(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
}
if (hashes.length === 0) {
  console.error(`${file}: CSP asks for ${PLACEHOLDER} but there is no inline <script>`);
  process.exit(1);
}
writeFileSync(file, html.split(PLACEHOLDER).join([...new Set(hashes)].join(' ')));
console.log(`${file}: CSP script-src += ${[...new Set(hashes)].join(' ')}`);
