// The sampling playground: its JavaScript (gzip, budget 5 KB before model data), the toy
// model's data per language (raw and gzip), and the time to generate 100 tokens in Chromium.
// Exits non-zero when the widget code is over budget. The pages come from the course (COURSE_DIR):
// its chapters that use <Sampling>.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { benchCourse, widgetPages } from './lib/course.mjs';

const BUDGET = 5 * 1024;
const dist = path.resolve('dist');
if (!fs.existsSync(dist)) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const br = (buf) => zlib.brotliCompressSync(buf).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// 1. The widget's code: the Sampling script of a page that uses it (a loader), with its static
// imports and the element it loads.
const course = await benchCourse();
const pages = await widgetPages(dist, 'sampling');
if (!pages.length) {
  console.log('No chapter of this course uses <Sampling>: nothing to measure.');
  process.exit(0);
}
const entries = [...pages[0].html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]).filter((src) => /Sampling/.test(src));
if (!entries.length) {
  console.error(`No Sampling script on ${pages[0].url}, though the widget is there.`);
  process.exit(1);
}
console.log(`Measured on ${pages[0].url} (the course's first chapter with the widget).`);
const files = new Set();
const visit = (file) => {
  if (files.has(file)) return;
  files.add(file);
  const code = fs.readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) visit(path.resolve(path.dirname(file), m[1]));
  // The loader (src/islands/when-near.ts) names the element's file as a string: count it too.
  for (const m of code.matchAll(/["'`][^"'`]*\/_astro\/([^"'`/]+\.js)["'`]/g)) visit(path.join(dist, '_astro', m[1]));
};
for (const src of entries) visit(path.join(dist, src.replace(/^.*?\/_astro\//, '_astro/')));
const code = [...files].map((f) => fs.readFileSync(f));
const codeGz = code.reduce((s, b) => s + gz(b), 0);
console.log(`widget code: ${files.size} file(s), ${kb(code.reduce((s, b) => s + b.length, 0))} raw, ${kb(codeGz)} gzip (budget ${kb(BUDGET)})`);

// 2. The model data per language.
const rows = [];
for (const { path: lang } of course.languages) {
  const file = path.join(dist, lang, 'sampling-model.json');
  if (!fs.existsSync(file)) {
    console.error(`missing ${file}`);
    process.exit(1);
  }
  const buf = fs.readFileSync(file);
  const model = JSON.parse(buf);
  rows.push({
    lang,
    'training tokens': model.trainingPieces,
    pieces: model.pieces.length,
    contexts: Object.keys(model.contexts).length,
    'min count': model.minCount,
    raw: kb(buf.length),
    gzip: kb(gz(buf)),
    brotli: kb(br(buf)),
  });
}
console.table(rows);

// 3. Generation time in Chromium against the production build.
const port = 4300 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
try {
  await new Promise((resolve, reject) => {
    const t0 = Date.now();
    const poll = () =>
      fetch(`http://127.0.0.1:${port}${pages[0].url}`).then(resolve, () => (Date.now() - t0 > 10_000 ? reject(new Error('server did not start')) : setTimeout(poll, 100)));
    poll();
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const timings = [];
  // Each language's first chapter with the widget.
  for (const page of course.languages.map((l) => pages.find((p) => p.lang === l.path)).filter(Boolean)) {
    const lang = page.lang;
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${port}${page.url}`);
    const result = await tab.evaluate(async () => {
      const w = document.querySelector('.half--page [data-widget="sampling"]');
      const button = (act) => w.querySelector(`button[data-act="${act}"]`);
      const status = w.querySelector('.smp-gstatus');
      const changed = () =>
        new Promise((resolve) => {
          const seen = new MutationObserver(() => {
            if (status.textContent && !status.textContent.endsWith('…')) {
              seen.disconnect();
              resolve();
            }
          });
          seen.observe(status, { childList: true, characterData: true, subtree: true });
        });
      const run = async () => {
        button('restart').click();
        const done = changed();
        const t0 = performance.now();
        button('run').click();
        await done;
        return { ms: performance.now() - t0, tokens: w.querySelectorAll('.smp-out .smp-g, .smp-out .smp-end').length };
      };
      const cold = await run();
      const warm = [];
      for (let i = 0; i < 20; i++) warm.push(await run());
      // The slower path: top-k and top-p sort the distribution at every step.
      const set = (name, value) => {
        const input = w.querySelector(`[name=${name}]`);
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      set('topK', '20');
      set('topP', '0.9');
      const cut = [];
      for (let i = 0; i < 20; i++) cut.push(await run());
      const per100 = (runs) => (runs.reduce((s, r) => s + r.ms, 0) / runs.reduce((s, r) => s + r.tokens, 0)) * 100;
      return { cold, warm: per100(warm), cut: per100(cut), tokens: warm.reduce((s, r) => s + r.tokens, 0) };
    });
    timings.push({
      lang,
      'first run (fetch + parse + generate)': `${result.cold.ms.toFixed(0)} ms for ${result.cold.tokens} tokens`,
      'per 100 tokens': `${result.warm.toFixed(1)} ms`,
      'per 100 tokens, top-k 20 + top-p 0.9': `${result.cut.toFixed(1)} ms`,
      'tokens measured': result.tokens,
    });
    await tab.close();
  }
  await browser.close();
  console.table(timings);
} finally {
  server.kill();
}

if (codeGz > BUDGET) {
  console.error(`over budget: the widget code is ${kb(codeGz)} gzip, more than ${kb(BUDGET)}`);
  process.exit(1);
}
