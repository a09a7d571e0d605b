// Search: index size on disk, bytes a reader downloads for the first query in each language, and
// the time from a keystroke to the results once the index is warm (Chromium, production build).
// The queries are the course's own glossary names (COURSE_DIR): a course without a glossary gets
// the index sizes only.
// Service workers are blocked here, as in bench/10-tokenizer.mjs: a first visit's offline
// download would run beside the timings (its sizes are in bench/35-offline.mjs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { benchCourse } from './lib/course.mjs';

const dist = path.resolve('dist');
if (!fs.existsSync(path.join(dist, 'pagefind', 'pagefind-entry.json'))) {
  console.error('No search index in dist/: run `npm run build` first.');
  process.exit(1);
}
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

// Index size on disk. Pagefind also writes its own UIs (pagefind-ui.js, component UI, highlight),
// which this site does not load; they are counted apart.
const pagefindFiles = files(path.join(dist, 'pagefind'));
const unused = /pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;
const sum = (list) => list.reduce((s, f) => s + fs.statSync(f).size, 0);
const used = pagefindFiles.filter((f) => !unused.test(f));
const dataFiles = files(path.join(dist, 'search'));
const bundle = files(path.join(dist, '_astro')).filter((f) => /search-ui-.*\.js$/.test(f));
console.log('Index on disk');
console.table({
  'dist/pagefind (all)': { files: pagefindFiles.length, bytes: kb(sum(pagefindFiles)) },
  'dist/pagefind (used by the site)': { files: used.length, bytes: kb(sum(used)) },
  '  of which index/': { files: used.filter((f) => f.includes(`${path.sep}index${path.sep}`)).length, bytes: kb(sum(used.filter((f) => f.includes(`${path.sep}index${path.sep}`)))) },
  '  of which fragment/': { files: used.filter((f) => f.includes(`${path.sep}fragment${path.sep}`)).length, bytes: kb(sum(used.filter((f) => f.includes(`${path.sep}fragment${path.sep}`)))) },
  'dist/search/*.json': { files: dataFiles.length, bytes: kb(sum(dataFiles)) },
  'search UI bundle': { files: bundle.length, bytes: `${kb(sum(bundle))} (${kb(bundle.reduce((s, f) => s + gz(fs.readFileSync(f)), 0))} gzip)` },
});

const course = await benchCourse();
if (!course.terms.length) {
  console.log('\nThis course has no glossary, so no queries of its own: query timings skipped.');
  process.exit(0);
}
/**
 * A language's queries: names of six terms spread over the glossary (by id), in that language,
 * then two of them in another language of the course (readers type either).
 */
function queriesFor(lang) {
  const terms = [...course.terms].sort((a, b) => a.id.localeCompare(b.id));
  const picks = [0, 1, 2, 3, 4, 5].map((i) => terms[Math.floor((i * terms.length) / 6)]).filter((t, i, all) => t && all.indexOf(t) === i);
  const other = course.languages.find((l) => l.path !== lang)?.path;
  return [...new Set([...picks.map((t) => t.names[lang]), ...(other ? picks.slice(0, 2).map((t) => t.names[other]) : [])])];
}
/** A chapter page of the language, where readers open search. */
const chapterUrl = (lang) => `${origin}/${lang}/${course.chapters[0].slug}/`;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

const port = await freePort();
const server = spawn(process.execPath, [path.join(import.meta.dirname, '..', 'serve.mjs')], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
const origin = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

async function ready(page, url) {
  for (let i = 0; i < 100; i++) {
    try {
      return await page.goto(url);
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not answer`);
}

/** Opens search on a chapter page, types the query, and counts every byte fetched until the results show. */
async function firstQuery(lang, query) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await ready(page, chapterUrl(lang));
  await page.waitForLoadState('networkidle');
  const fetched = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    const url = new URL(request.url()).pathname;
    const file = path.join(dist, decodeURIComponent(url));
    // The test server sends files as they are; a worker's request reports no size.
    const onDisk = fs.existsSync(file) && fs.statSync(file).isFile() ? fs.statSync(file).size : 0;
    fetched.push({ url, bytes: Math.max(onDisk, sizes ? sizes.responseBodySize : 0) });
  });
  const started = Date.now();
  await page.keyboard.press('/');
  await page.locator('#search-dialog-input').fill(query);
  await page.locator('#search-dialog-results [role="option"]').first().waitFor();
  const elapsed = Date.now() - started;
  await page.waitForLoadState('networkidle');
  await context.close();
  const raw = fetched.reduce((s, f) => s + f.bytes, 0);
  const gzip = fetched.reduce((s, f) => {
    const file = path.join(dist, decodeURIComponent(f.url));
    return s + (fs.existsSync(file) && fs.statSync(file).isFile() ? gz(fs.readFileSync(file)) : f.bytes);
  }, 0);
  return { requests: fetched.length, raw, gzip, elapsed, fetched };
}

/** Median and 95th percentile of keystroke-to-results times, with the index warm. */
async function warmTimes(lang, queries) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await ready(page, chapterUrl(lang));
  await page.keyboard.press('/');
  const input = page.locator('#search-dialog-input');
  // Warm: every query once, so the index chunks and fragments are loaded.
  for (const q of queries) {
    await input.fill(q);
    await page.locator('[data-search-status]').filter({ hasText: /\d/ }).waitFor();
  }
  const times = [];
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      // The query arrives whole, as an input method commits Chinese; the clock runs from that
      // input event to the results in the list.
      const ms = await page.evaluate(async (query) => {
        const input = document.querySelector('#search-dialog-input');
        const results = document.querySelector('#search-dialog-results');
        const settle = (test) =>
          new Promise((resolve) => {
            const observer = new MutationObserver(() => {
              if (test()) {
                observer.disconnect();
                resolve(performance.now());
              }
            });
            observer.observe(results, { childList: true });
          });
        const cleared = settle(() => results.children.length === 0);
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await cleared;
        const shown = settle(() => results.children.length > 0);
        input.value = query;
        const start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return (await shown) - start;
      }, q);
      times.push(ms);
      if (process.env.VERBOSE) console.log(lang, round, q, ms.toFixed(1));
    }
  }
  await context.close();
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { n: times.length, median: at(0.5), p95: at(0.95) };
}

try {
  const rows = {};
  for (const [lang, query] of course.languages.map((l) => [l.path, queriesFor(l.path)[0]])) {
    const r = await firstQuery(lang, query);
    rows[`${lang} UI, "${query}"`] = { requests: r.requests, 'bytes (as served)': kb(r.raw), 'bytes (gzip)': kb(r.gzip), 'ms to results (cold)': r.elapsed };
    if (process.env.VERBOSE) console.table(r.fetched);
  }
  console.log('\nFirst query after opening search on a chapter page (everything fetched)');
  console.table(rows);

  const warm = {};
  for (const { path: lang } of course.languages) warm[`${lang} UI`] = await warmTimes(lang, queriesFor(lang));
  console.log('\nKeystroke to results, index warm (ms)');
  console.table(Object.fromEntries(Object.entries(warm).map(([k, v]) => [k, { queries: v.n, median: v.median.toFixed(1), p95: v.p95.toFixed(1) }])));
} finally {
  await browser.close();
  server.kill();
}
