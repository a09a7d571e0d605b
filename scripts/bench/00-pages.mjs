// Bytes (gzip) of each page's HTML, and of the CSS and JavaScript it loads, from dist/.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { benchCourse, widgetPages } from './lib/course.mjs';

const dist = path.resolve('dist');
if (!fs.existsSync(dist)) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

function assetsOf(html) {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  return { css, js, inlineJs };
}

// Per language: its first chapter with the tokenizer (the heaviest kind of page; else its first
// chapter), its home and its glossary.
const course = await benchCourse();
const tokenizerPages = await widgetPages(dist, 'tokenizer');
const pages = course.languages.flatMap(({ path: lang }) => [
  tokenizerPages.find((p) => p.lang === lang)?.url.slice(1, -1) ?? `${lang}/${course.chapters[0].slug}`,
  lang,
  `${lang}/glossary`,
]);
const rows = [];
for (const page of pages) {
  const file = path.join(dist, page, 'index.html');
  if (!fs.existsSync(file)) continue;
  const html = fs.readFileSync(file);
  const { css, js, inlineJs } = assetsOf(html.toString());
  const read = (href) => fs.readFileSync(path.join(dist, href.replace(/^\/(?:[^/]+\/)*?_astro\//, '_astro/')));
  rows.push({
    page: `/${page}/`,
    'html gz': gz(html),
    'css gz': css.reduce((s, h) => s + gz(read(h)), 0),
    'js files gz': js.reduce((s, h) => s + gz(read(h)), 0),
    'inline js gz': gz(Buffer.from(inlineJs)),
  });
}
console.table(rows);

/** A script in _astro/ and the chunks it imports statically, recursively (not dynamic imports). */
function withImports(name, seen) {
  if (seen.has(name) || !fs.existsSync(path.join(dist, '_astro', name))) return seen;
  seen.add(name);
  const code = fs.readFileSync(path.join(dist, '_astro', name), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([^"'`]+)["'`]/g)) withImports(m[1], seen);
  return seen;
}

// ── Budgets of issue #11, over every page (the e2e quality tests enforce the same numbers) ──────
const htmlFiles = fs.readdirSync(dist, { recursive: true }).filter((f) => f.endsWith('.html'));
// A chapter page: <lang>/<slug>/index.html, the languages being dist/'s folders with a home page.
const langs = fs.readdirSync(dist).filter((d) => fs.existsSync(path.join(dist, d, 'index.html')) && fs.existsSync(path.join(dist, d, 'search')));
const isChapter = (f) => langs.includes(f.split('/')[0]) && /^[^/]+\/[^/]+\/index\.html$/.test(f) && !/\/(glossary|search|handouts|flashcards)\//.test(f);
let longest = { page: '', bytes: 0 };
let heaviestCss = { page: '', bytes: 0 };
let heaviestPlainJs = { page: '', bytes: 0 };
for (const f of htmlFiles) {
  if (/\/handouts\/.+\//.test(`/${f}`)) continue; // print sources for the PDFs, not pages for readers
  const html = fs.readFileSync(path.join(dist, f));
  const { css, js, inlineJs } = assetsOf(html.toString());
  const read = (href) => fs.readFileSync(path.join(dist, href.replace(/^\/(?:[^/]+\/)*?_astro\//, '_astro/')));
  const page = `/${f.replace(/index\.html$/, '')}`;
  if (isChapter(f) && gz(html) > longest.bytes) longest = { page, bytes: gz(html) };
  const cssBytes = css.reduce((s, h) => s + gz(read(h)), 0);
  if (cssBytes > heaviestCss.bytes) heaviestCss = { page, bytes: cssBytes };
  // A chapter without widgets: its page scripts with their static imports, and inline script.
  if (isChapter(f) && !html.includes('data-widget=')) {
    const files = new Set();
    for (const h of js) withImports(path.basename(h), files);
    const jsBytes = [...files].reduce((s, name) => s + gz(fs.readFileSync(path.join(dist, '_astro', name))), 0) + gz(Buffer.from(inlineJs));
    if (jsBytes > heaviestPlainJs.bytes) heaviestPlainJs = { page, bytes: jsBytes };
  }
}
// ── A chapter page all in: HTML + CSS + JS before interaction (gzip), median over chapters ─────
const allIn = [];
for (const f of htmlFiles) {
  if (!isChapter(f)) continue;
  const html = fs.readFileSync(path.join(dist, f));
  const { css, js, inlineJs } = assetsOf(html.toString());
  const read = (href) => fs.readFileSync(path.join(dist, href.replace(/^\/(?:[^/]+\/)*?_astro\//, '_astro/')));
  const files = new Set();
  for (const h of js) withImports(path.basename(h), files);
  const jsBytes = [...files].reduce((s, name) => s + gz(fs.readFileSync(path.join(dist, '_astro', name))), 0) + gz(Buffer.from(inlineJs));
  const cssFiles = css.map((h) => ({ file: path.basename(h), bytes: gz(read(h)) }));
  const cssBytes = cssFiles.reduce((s, c) => s + c.bytes, 0);
  allIn.push({ page: `/${f.replace(/index\.html$/, '')}`, html: gz(html), css: cssFiles, cssBytes, js: jsBytes, total: gz(html) + cssBytes + jsBytes, other: html.toString().includes('half--other"') });
}
allIn.sort((a, b) => a.total - b.total);
const median = allIn[Math.floor(allIn.length / 2)];
if (median) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const withOther = allIn.filter((p) => p.other).length;
  console.log(`\nChapter pages holding another language's blocks (side by side loads them on demand): ${withOther} of ${allIn.length}`);
  console.log(`Chapter pages all in (HTML + CSS + JS before interaction, gzip -9), ${allIn.length} pages: median ${kb(median.total)} (${median.page}, HTML ${kb(median.html)}), smallest ${kb(allIn[0].total)}, largest ${kb(allIn.at(-1).total)}`);
  // Where the median page's bytes are: its HTML, each stylesheet (gzipped alone, as served), its JS.
  const mid = (key) => [...allIn].map((p) => p[key]).sort((a, b) => a - b)[Math.floor(allIn.length / 2)];
  console.log(`  ${median.page}: HTML ${kb(median.html)} · CSS ${kb(median.cssBytes)} (${median.css.map((c) => `${c.file} ${kb(c.bytes)}`).join(', ')}) · JS ${kb(median.js)}`);
  console.log(`  median of each part over the chapter pages: HTML ${kb(mid('html'))} · CSS ${kb(mid('cssBytes'))} · JS ${kb(mid('js'))}`);
}

const budgets = [
  { budget: 'HTML of the longest chapter', page: longest.page, gzip: longest.bytes, limit: 60 * 1024 },
  { budget: 'CSS of the heaviest page', page: heaviestCss.page, gzip: heaviestCss.bytes, limit: 15 * 1024 },
  { budget: 'JS of a chapter without widgets (graded questions included), before interaction', page: heaviestPlainJs.page, gzip: heaviestPlainJs.bytes, limit: 2.5 * 1024 },
];
console.log('\nBudgets (gzip -9):');
console.table(budgets.map((b) => ({ ...b, '': b.gzip <= b.limit ? 'ok' : 'OVER' })));

// ── dist/ by kind ─────────────────────────────────────────────────────────────────────────────
const kinds = { html: 0, 'js + css (_astro)': 0, 'search index (pagefind)': 0, pdf: 0, other: 0 };
for (const f of fs.readdirSync(dist, { recursive: true })) {
  const full = path.join(dist, f);
  if (!fs.statSync(full).isFile()) continue;
  const size = fs.statSync(full).size;
  if (f.endsWith('.pdf')) kinds.pdf += size;
  else if (f.startsWith('pagefind')) kinds['search index (pagefind)'] += size;
  else if (f.startsWith('_astro')) kinds['js + css (_astro)'] += size;
  else if (f.endsWith('.html')) kinds.html += size;
  else kinds.other += size;
}
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(`\ndist/ on disk: ${mb(Object.values(kinds).reduce((a, b) => a + b, 0))}`);
console.table(Object.entries(kinds).map(([kind, bytes]) => ({ kind, size: mb(bytes) })));
if (budgets.some((b) => b.gzip > b.limit)) process.exit(1);
