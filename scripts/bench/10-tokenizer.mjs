// The tokenizer widget's numbers, from dist/ (run `npm run build` first):
//   1. its code, gzip, before any encoding (element + worker): budget 10 KB, exit 1 if over;
//      each encoding is its own chunk and no page preloads one
//   2. each encoding chunk's size
//   3. in Chromium, served by scripts/serve.mjs: first keystroke → first coloured result with the
//      encoding download (target < 1 s), and o200k_base on 100 KB of text like each language's
//      first chapter with the widget (target < 100 ms for Han-script languages, e.g. Chinese)
//   4. in Node: gpt-tokenizer, js-tiktoken and tiktoken (WASM) on the same 100 KB texts, ids
//      checked identical
// The pages and texts come from the course (COURSE_DIR): its chapters that use <Tokenizer>.
// Timings are printed against their targets, not asserted: they depend on the machine.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { proseLike, seededRandom } from '../../src/lib/tokenizer/random-text.ts';
import { benchCourse, widgetPages } from './lib/course.mjs';

const BUDGET = 10 * 1024;
const dist = path.resolve('dist');
const astro = path.join(dist, '_astro');
if (!fs.existsSync(astro)) {
  console.error('No dist/_astro: run `npm run build` first.');
  process.exit(1);
}
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const br = (buf) => zlib.brotliCompressSync(buf).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const mark = (ok) => (ok ? 'ok' : 'OVER TARGET');
let failed = false;

// ── 1. code before any encoding ───────────────────────────────────────────────────────────────
const course = await benchCourse();
const pages = await widgetPages(dist, 'tokenizer');
if (!pages.length) {
  console.log('No chapter of this course uses <Tokenizer>: nothing to measure.');
  process.exit(0);
}
const first = pages[0];
console.log(`Measured on ${first.url} (the course's first chapter with the widget).`);
// The page's Tokenizer script is a small loader (src/islands/when-near.ts); the element it loads
// when the reader comes near a widget is named in it as a string.
const loader = /<script type="module" src="[^"]*\/_astro\/(Tokenizer[^"]+)"/.exec(first.html)?.[1];
const element = loader && /["'`][^"'`]*\/_astro\/([^"'`/]+\.js)["'`]/.exec(fs.readFileSync(path.join(astro, loader), 'utf8'))?.[1];
if (!loader || !element) {
  console.error(`No Tokenizer loader naming its element on ${first.url}: is the widget on the page?`);
  process.exit(1);
}
const entry = element;
/** A file and the chunks it imports statically, recursively (dynamic imports are not followed). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = fs.readFileSync(path.join(astro, file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([^"'`]+)["'`]/g)) closure(m[1], seen);
  return seen;
}
const workerFile = /new Worker\(new URL\(\s*(?:\/\*[^*]*\*\/\s*)?`[^`]*\/_astro\/([^`]+)`/.exec(fs.readFileSync(path.join(astro, entry), 'utf8'))?.[1];
if (!workerFile) {
  console.error(`No worker found in ${entry}.`);
  process.exit(1);
}
const mainFiles = [...closure(loader), ...closure(element)];
const workerFiles = [...closure(workerFile)];
const size = (files) => files.reduce((s, f) => s + gz(fs.readFileSync(path.join(astro, f))), 0);
const mainGz = size(mainFiles);
const workerGz = size(workerFiles);
const total = mainGz + workerGz;
console.log('Widget code before any encoding (gzip -9):');
console.table([
  { part: 'custom element (page script)', files: mainFiles.join(' '), gzip: kb(mainGz) },
  { part: 'worker', files: workerFiles.join(' '), gzip: kb(workerGz) },
  { part: `total (budget ${kb(BUDGET)})`, files: '', gzip: kb(total) },
]);
if (total > BUDGET) {
  console.error(`FAIL: ${total} bytes is over the ${BUDGET}-byte budget.`);
  failed = true;
}

// ── 2. encoding chunks ────────────────────────────────────────────────────────────────────────
const workerCode = fs.readFileSync(path.join(astro, workerFile), 'utf8');
const chunks = ['r50k_base', 'cl100k_base', 'o200k_base'].map((name) => {
  const file = new RegExp(`${name}:\\(\\)=>import\\(\`\\./([^\`]+)\`\\)`).exec(workerCode)?.[1];
  return { name, file };
});
const rows = [];
for (const { name, file } of chunks) {
  if (!file) {
    console.error(`FAIL: the worker has no loader of its own for ${name}.`);
    failed = true;
    continue;
  }
  const buf = fs.readFileSync(path.join(astro, file));
  const others = chunks.filter((c) => c.name !== name).map((c) => c.name);
  const alone = !others.some((o) => buf.includes(`"${o}"`)) && !/import\(/.test(buf.toString());
  rows.push({ encoding: name, file, raw: kb(buf.length), gzip: kb(gz(buf)), brotli: kb(br(buf)), 'own chunk': alone ? 'yes' : 'NO' });
  if (!alone) failed = true;
}
console.log('\nEncoding chunks (each loaded only on demand, one at a time):');
console.table(rows);
const files = new Set(chunks.map((c) => c.file).filter(Boolean));
if (files.size !== 3) {
  console.error('FAIL: the three encodings do not have three distinct chunks.');
  failed = true;
}
const htmlFiles = fs.readdirSync(dist, { recursive: true }).filter((f) => f.endsWith('.html'));
const preloading = htmlFiles.filter((f) => [...files].some((c) => fs.readFileSync(path.join(dist, f), 'utf8').includes(c)));
console.log(`Pages that reference an encoding chunk (preload or otherwise): ${preloading.length ? preloading.join(', ') : 'none'}`);
if (preloading.length) failed = true;

// ── 3. Chromium ───────────────────────────────────────────────────────────────────────────────
// Per language: 100 KB like the text of its first chapter with the widget (any chapter when none).
// A language made from another (course.yaml `from:`) has no chapter files of its own: it is skipped.
const KB100 = 100 * 1024;
const texts = course.languages.filter((l) => !l.from).map((l) => {
  const page = pages.find((p) => p.lang === l.path);
  const source = page?.source ?? path.join(course.dir, course.chapters[0].files[l.path]);
  const han = l.reading.unit === 'han';
  return { lang: l.path, han, source: fs.readFileSync(source, 'utf8'), text: proseLike(fs.readFileSync(source, 'utf8'), KB100, seededRandom(1), han) };
});
/** The text the typing measures use: a Han-script language's where the course has one (the hard case). */
const hard = texts.find((t) => t.han) ?? texts[0];

const { chromiumArgs, chromiumPath } = await import('../chromium.mjs');
if (!fs.existsSync(chromiumPath)) {
  console.log(`\nChromium not found at ${chromiumPath} (see scripts/ensure-browser.mjs): browser timings skipped.`);
} else {
  const { chromium } = await import('@playwright/test');
  const port = await new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${origin}${first.url}`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    /** Time from an action to the widget's next coloured result, measured in the page. */
    async function timeToResult(pageUrl, action) {
      const context = await browser.newContext({ serviceWorkers: 'block' }); // a cold cache: the encoding downloads
      const p = await context.newPage();
      await p.goto(`${origin}${pageUrl}`);
      const w = p.locator('.half--page [data-widget="tokenizer"]').first();
      // The widget comes to life near the viewport, once its strings have come (widgets.json).
      await w.scrollIntoViewIfNeeded();
      await w.locator('textarea:not([readonly])').waitFor();
      await w.evaluate((el) => {
        const tokens = el.querySelectorAll('[data-tk="tokens"]');
        window.__t = { start: 0, end: 0 };
        el.addEventListener('keydown', () => (window.__t.start ||= performance.now()), true);
        el.addEventListener('change', () => (window.__t.start ||= performance.now()), true);
        const seen = new MutationObserver(() => {
          if (window.__t.start && !window.__t.end && el.querySelector('[data-tk="tokens"] .tk-t')) window.__t.end = performance.now();
        });
        for (const t of tokens) seen.observe(t, { childList: true });
      });
      await action(w);
      await p.waitForFunction(() => window.__t.end > 0, null, { timeout: 30_000 });
      const t = await p.evaluate(() => window.__t.end - window.__t.start);
      await context.close();
      return t;
    }
    // The page's first widget starts on its own encoding; the switch goes to another, so both download.
    const startEncoding = /data-widget="tokenizer"[^>]*data-encoding="([^"]+)"/.exec(first.html)?.[1] ?? 'o200k_base';
    const switchTo = startEncoding === 'o200k_base' ? 'cl100k_base' : 'o200k_base';
    const mb = (name) => `${(fs.statSync(path.join(astro, chunks.find((c) => c.name === name)?.file ?? '')).size / 1024 / 1024).toFixed(2)} MB`;
    const firstKey = await timeToResult(first.url, (w) => w.locator('textarea').press('!'));
    const switched = await timeToResult(first.url, (w) => w.locator('select[data-tk="encoding"]').selectOption(switchTo));

    // o200k_base on 100 KB of Chinese (and English), in the worker, encoding already loaded.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const p = await context.newPage();
    await p.goto(`${origin}${first.url}`);
    const w = p.locator('.half--page [data-widget="tokenizer"]').first();
    await w.scrollIntoViewIfNeeded();
    await w.locator('textarea:not([readonly])').waitFor();
    await w.locator('select[data-tk="encoding"]').selectOption('o200k_base');
    await p.waitForFunction(() => !document.querySelector('.half--page [data-widget="tokenizer"]').hasAttribute('aria-busy'));
    async function encodeInPage(text) {
      return w.evaluate(async (el, value) => {
        const ta = el.querySelector('textarea');
        const pane = el.querySelector('[data-pane="o200k_base"]');
        const before = pane.dataset.encodeMs;
        const start = performance.now();
        ta.value = value;
        ta.dispatchEvent(new Event('input', { bubbles: true }));
        while (pane.dataset.encodeMs === before || el.hasAttribute('aria-busy')) await new Promise((r) => setTimeout(r, 5));
        return { worker: Number(pane.dataset.encodeMs), roundTrip: performance.now() - start, tokens: Number(el.dataset.tokenCount) };
      }, text);
    }
    // Word-script languages first: they also warm the worker's JIT, as a reader's first edits would.
    const runs = [];
    for (const t of [...texts].sort((a, b) => Number(a.han) - Number(b.han))) runs.push({ ...t, run: await encodeInPage(t.text) });
    const freshText = proseLike(hard.source, KB100, seededRandom(2), hard.han);
    const fresh = await encodeInPage(freshText);
    // What typing costs: one more character in that text (the merge cache holds the rest).
    const edit = await encodeInPage(`${freshText.slice(0, 50_000)}${freshText[50_001] ?? 'x'}${freshText.slice(50_000)}`);
    await context.close();
    const target = (han, t) => (han ? { target: '< 100 ms', '': mark(t < 100) } : { target: '', '': '' });

    console.log('\nIn Chromium (pages served by scripts/serve.mjs on this machine):');
    console.table([
      { measure: `first keystroke → first coloured result, ${startEncoding} downloaded (${mb(startEncoding)})`, time: ms(firstKey), target: '< 1000 ms', '': mark(firstKey < 1000) },
      { measure: `switch to ${switchTo} → first coloured result, downloaded (${mb(switchTo)})`, time: ms(switched), target: '< 1000 ms', '': mark(switched < 1000) },
      ...runs.map((r) => ({ measure: `o200k_base, 100 KB of ${r.lang} (${r.run.tokens} tokens), in the worker`, time: ms(r.run.worker), ...target(r.han, r.run.worker) })),
      { measure: `o200k_base, another 100 KB of ${hard.lang}, in the worker`, time: ms(fresh.worker), ...target(hard.han, fresh.worker) },
      { measure: '  the same, edit → result drawn on the page', time: ms(fresh.roundTrip), target: '', '': '' },
      { measure: 'o200k_base, that text with one character typed into it, in the worker', time: ms(edit.worker), ...target(hard.han, edit.worker) },
      { measure: '  the same, keystroke → result drawn on the page', time: ms(edit.roundTrip), target: '', '': '' },
    ]);
  } finally {
    await browser.close();
    server.kill();
  }
}

// ── 4. three JavaScript tokenizers in Node ───────────────────────────────────────────────────
const gptO200k = await import('gpt-tokenizer/encoding/o200k_base');
const gptCl100k = await import('gpt-tokenizer/encoding/cl100k_base');
const { Tiktoken: JsTiktoken } = await import('js-tiktoken/lite');
const jsRanks = { o200k_base: (await import('js-tiktoken/ranks/o200k_base')).default, cl100k_base: (await import('js-tiktoken/ranks/cl100k_base')).default };
const { get_encoding } = await import('tiktoken');
// The site's own BPE (src/lib/tokenizer/bpe.ts) over gpt-tokenizer's rank tables and split regexes.
const { createBytePairEncoder } = await import('../../src/lib/tokenizer/bpe.ts');
const gptRanks = { o200k_base: (await import('gpt-tokenizer/bpeRanks/o200k_base')).default, cl100k_base: (await import('gpt-tokenizer/bpeRanks/cl100k_base')).default };
const gptParams = { o200k_base: (await import('gpt-tokenizer/encodingParams/o200k_base')).O200KBase, cl100k_base: (await import('gpt-tokenizer/encodingParams/cl100k_base')).Cl100KBase };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn) {
  const start = performance.now();
  const out = fn();
  return [performance.now() - start, out];
}
const nodeTexts = Object.fromEntries(texts.map((t) => [t.lang, [t.text, proseLike(t.source, KB100, seededRandom(3), t.han)]]));
// One long piece: a run of one letter is a single regex match, which BPE that rescans every
// pair after each merge handles in quadratic time (40 KB, not 100 KB, to keep the run short;
// js-tiktoken is left out of it: it took 141 s per call on this machine).
const KB40 = 40 * 1024;
const longRuns = { 'a…a': ['a'.repeat(KB40), 'b'.repeat(KB40)] };
const results = [];
for (const encoding of ['o200k_base', 'cl100k_base']) {
  const wasm = get_encoding(encoding);
  const js = new JsTiktoken(jsRanks[encoding]);
  const gpt = encoding === 'o200k_base' ? gptO200k : gptCl100k;
  const site = createBytePairEncoder(gptRanks[encoding], gptParams[encoding](gptRanks[encoding]).tokenSplitRegex);
  const libs = [
    ['this site (bpe.ts)', (t) => site.encode(t)],
    ['gpt-tokenizer', (t) => gpt.encode(t)],
    ['js-tiktoken', (t) => js.encode(t)],
    ['tiktoken (WASM)', (t) => Array.from(wasm.encode_ordinary(t))],
  ];
  for (const [lang, [text, fresh]] of [...Object.entries(nodeTexts), ...(encoding === 'o200k_base' ? Object.entries(longRuns) : [])]) {
    const size = lang in nodeTexts ? KB100 : KB40;
    let ids;
    let freshIds;
    const equal = (a, b) => b === undefined || (a.length === b.length && a.every((v, i) => v === b[i]));
    for (const [name, encode] of libs) {
      if (!(lang in nodeTexts) && name === 'js-tiktoken') continue;
      const [cold, out] = time(() => encode(text));
      const warm = median([1, 2, 3, 4, 5].map(() => time(() => encode(text))[0]));
      const cpu0 = process.cpuUsage();
      const [novel, outFresh] = time(() => encode(fresh));
      const cpu = process.cpuUsage(cpu0);
      const same = equal(out, ids) && equal(outFresh, freshIds);
      ids ??= out;
      freshIds ??= outFresh;
      if (!same) failed = true;
      results.push({
        encoding,
        text: `${size / 1024} KB ${lang}`,
        library: name,
        'first call': ms(cold),
        'again (median of 5)': ms(warm),
        'new text': ms(novel),
        'new text, CPU': ms((cpu.user + cpu.system) / 1000),
        'MB/s (new text)': (size / 1024 / 1024 / (novel / 1000)).toFixed(1),
        'ids identical': same ? 'yes' : 'NO',
      });
    }
  }
  wasm.free();
}
console.log(
  `\nNode ${process.version}: encode throughput ("this site" and gpt-tokenizer keep a merge cache, so "again" favours them; "new text" is a different text of the same kind; CPU time tells a busy machine from a slow library):`,
);
console.table(results);

process.exit(failed ? 1 : 0);
