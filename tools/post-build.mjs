#!/usr/bin/env node
// Trunk's post_build hook (Trunk.toml): the two steps in order, in the staging
// directory: first the CSP hash of the inline loader (csp-inline-hashes.mjs, which
// rewrites index.html), then the service worker's manifest (sw-manifest.mjs, which
// hashes the final index.html). One hook, because the order matters.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('usage: post-build.mjs <dist dir>  (or run as a Trunk hook)');
  process.exit(2);
}
for (const [script, arg] of [
  ['csp-inline-hashes.mjs', path.join(dir, 'index.html')],
  ['sw-manifest.mjs', dir],
]) {
  execFileSync(process.execPath, [path.join(here, script), arg], { stdio: 'inherit' });
}
