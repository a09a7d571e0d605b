// Study tools: the graded questions' code (loaded with the page, and on the first answer), the
// flashcards page's JavaScript, and the decks, from dist/ (gzip -9).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { benchCourse } from './lib/course.mjs';

const dist = path.resolve('dist');
if (!fs.existsSync(dist)) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const astro = (href) => path.join(dist, '_astro', path.basename(href));

/** A script and its static imports, recursively. */
function withImports(name, seen = new Set()) {
  if (seen.has(name) || !fs.existsSync(path.join(dist, '_astro', name))) return seen;
  seen.add(name);
  const code = fs.readFileSync(path.join(dist, '_astro', name), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([^"'`]+)["'`]/g)) withImports(m[1], seen);
  return seen;
}

function pageJs(page) {
  const html = fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8');
  const files = new Set();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) withImports(path.basename(m[1]), files);
  const inline = [...html.matchAll(/<script(?![^>]*src=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return { html, files: [...files], inline };
}

// The course's own pages: a chapter with graded questions, and the first and last chapters without
// widgets, in its first language; the flashcards of every language.
const course = await benchCourse();
const primary = course.languages[0].path;
const chapterPages = course.chapters.map((c) => `${primary}/${c.slug}`);
const rows = [];
const chapter = pageJs(chapterPages.find((p) => fs.readFileSync(path.join(dist, p, 'index.html'), 'utf8').includes('data-question')) ?? chapterPages[0]);
const element = chapter.inline.find((code) => code.includes('graded-question'));
if (element) rows.push({ what: 'graded-question element (inline, with the page)', gzip: gz(Buffer.from(element)) });
const grader = /data-src="([^"]*grade[^"]*\.js)"/.exec(chapter.html)?.[1];
if (grader) rows.push({ what: 'grading code (on the first answer)', gzip: gz(fs.readFileSync(astro(grader))) });
const plain = chapterPages.filter((p) => !fs.readFileSync(path.join(dist, p, 'index.html'), 'utf8').includes('data-widget='));
for (const page of new Set(plain.length ? [plain[0], plain.at(-1)] : [chapterPages[0]])) {
  const { files, inline } = pageJs(page);
  const bytes = files.reduce((s, f) => s + gz(fs.readFileSync(path.join(dist, '_astro', f))), 0) + gz(Buffer.from(inline.join('')));
  rows.push({ what: `/${page}/ JS before interaction (files + inline)`, gzip: bytes });
}
for (const { path: lang } of course.languages.filter((l) => fs.existsSync(path.join(dist, l.path, 'flashcards', 'index.html')))) {
  const { files, inline } = pageJs(`${lang}/flashcards`);
  const bytes = files.reduce((s, f) => s + gz(fs.readFileSync(path.join(dist, '_astro', f))), 0) + gz(Buffer.from(inline.join('')));
  rows.push({ what: `/${lang}/flashcards/ JS (files + inline)`, gzip: bytes });
  for (const kind of ['apkg', 'tsv']) {
    const file = path.join(dist, lang, 'flashcards', `glossary-${lang}.${kind}`);
    if (fs.existsSync(file)) rows.push({ what: `glossary-${lang}.${kind} (bytes on disk / gzip)`, gzip: gz(fs.readFileSync(file)), bytes: fs.statSync(file).size });
  }
}
console.table(rows);
