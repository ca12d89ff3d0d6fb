// Layout and accessibility checks for the end-to-end flow (tests/e2e/run.mjs): axe-core,
// overlapping chart labels, tables wider than the printed page, and screenshots of the
// first screen and of every printed page for a reviewer to look at.
//
// Each measuring function returns a list of problems (empty = pass), so the caller can
// both assert on it and print the measured count.

import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';

/** The A4 printable width in CSS pixels: 210 mm minus the 12 mm side margins of styles/main.css's @page. */
export const A4_CONTENT_WIDTH = Math.floor(((210 - 2 * 12) / 25.4) * 96);

let axeSource = null;

/** axe-core's browser bundle, from tools/node_modules (installed by `./x`). */
async function axeText(repoRoot) {
  if (axeSource === null) {
    const file = createRequire(path.join(repoRoot, 'tools', 'package.json')).resolve('axe-core/axe.min.js');
    axeSource = await readFile(file, 'utf8');
  }
  return axeSource;
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules plus best practices) on the page and returns
 * the serious and critical violations as `rule: n nodes (first target)` strings.
 *
 * axe is evaluated through the DevTools protocol (`page.evaluate` of its source text), the
 * way a developer pastes it in the console: that is not subject to the page's CSP, so
 * the page keeps its strict CSP in the test (no `bypassCSP`, no `'unsafe-inline'`), and
 * the CSP-violation watch of run.mjs stays meaningful.
 */
export async function axeViolations(page, repoRoot) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) {
    await page.evaluate(`${await axeText(repoRoot)}\n;void 0;`);
  }
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n').slice(1, 2).join(' ') ?? ''}`.trim()),
    }));
  });
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n}`));
}

/**
 * Pairs of `<text>` labels that overlap inside one `<svg>` (bounding boxes intersecting
 * by more than half a pixel both ways), as `figure: "a" × "b"` strings. Only rendered
 * labels count (display none, empty text and zero-size boxes are skipped).
 */
export async function overlappingLabels(page) {
  return page.evaluate(() => {
    const out = [];
    for (const svg of document.querySelectorAll('svg')) {
      const boxes = [...svg.querySelectorAll('text')]
        .filter((t) => t.textContent.trim() !== '' && t.getClientRects().length > 0)
        .map((t) => ({ text: t.textContent.trim(), r: t.getBoundingClientRect() }))
        .filter((b) => b.r.width > 0 && b.r.height > 0);
      const owner = svg.closest('[data-testid]')?.getAttribute('data-testid') ?? svg.getAttribute('aria-label') ?? 'svg';
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const a = boxes[i].r;
          const b = boxes[j].r;
          const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (dx > 0.5 && dy > 0.5) out.push(`${owner}: "${boxes[i].text}" × "${boxes[j].text}"`);
        }
      }
    }
    return out;
  });
}

/**
 * Tables that would be cut on an A4 page: under print media, with the viewport as wide
 * as A4's printable area, every visible table must fit in its container and in the page.
 * Restores the viewport and screen media afterwards.
 */
export async function tablesCutInPrint(page) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  try {
    return await page.evaluate((pageWidth) => {
      const out = [];
      for (const table of document.querySelectorAll('table')) {
        const style = getComputedStyle(table);
        if (table.getClientRects().length === 0 || style.visibility === 'hidden') continue;
        if (table.closest('.visually-hidden')) continue;
        const container = table.parentElement;
        const r = table.getBoundingClientRect();
        const name = table.getAttribute('data-testid') ?? table.closest('section')?.querySelector('h2,h3')?.textContent ?? 'table';
        const wider = Math.max(table.scrollWidth, r.width);
        if (wider > container.clientWidth + 1 || r.right > pageWidth + 1 || r.left < -1) {
          out.push(`${name}: ${Math.round(wider)} px in ${container.clientWidth} px (page ${pageWidth} px)`);
        }
      }
      return out;
    }, A4_CONTENT_WIDTH);
  } finally {
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(viewport);
  }
}

/** Screenshot of what a 1366×768 screen shows first, at the top of the page. */
export async function firstScreen(page, file) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: file, fullPage: false });
  await page.setViewportSize(viewport);
}

/** Renders each page of a PDF to `<prefix>-<n>.png` (poppler's pdftoppm) and returns the files. */
export async function pdfPages(pdfFile, dir, prefix) {
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfFile, path.join(dir, prefix)]);
  return (await readdir(dir)).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png')).sort();
}
