// Figures: bytes of each SVG source, and of the inline figures each built chapter page carries
// (raw and gzip), from content/figures and dist/. Budget: a source may be at most 30 KB.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { benchCourse } from './lib/course.mjs';

const dir = path.resolve(process.env.COURSE_DIR || 'content', 'figures');
const dist = path.resolve('dist');
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const LIMIT = 30 * 1024;

const sources = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.svg')).sort() : [];
const sizes = sources.map((f) => ({ figure: f.replace(/\.svg$/, ''), bytes: fs.statSync(path.join(dir, f)).size }));
const total = sizes.reduce((s, r) => s + r.bytes, 0);
const largest = [...sizes].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
console.log(`${sizes.length} figure sources, ${(total / 1024).toFixed(1)} KB in all, ${(total / Math.max(sizes.length, 1) / 1024).toFixed(1)} KB on average`);
console.table(largest.map((r) => ({ figure: r.figure, KB: +(r.bytes / 1024).toFixed(1) })));

if (fs.existsSync(dist)) {
  const rows = [];
  for (const { path: lang } of (await benchCourse()).languages) {
    for (const slug of fs.readdirSync(path.join(dist, lang))) {
      const file = path.join(dist, lang, slug, 'index.html');
      if (!fs.existsSync(file)) continue;
      const html = fs.readFileSync(file, 'utf8');
      const figures = [...html.matchAll(/<figure class="figure"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
      if (!figures.length) continue;
      const inline = figures.join('');
      rows.push({ page: `/${lang}/${slug}/`, figures: figures.length, 'figure KB': +(Buffer.byteLength(inline) / 1024).toFixed(1), 'figure KB gz': +(gz(Buffer.from(inline)) / 1024).toFixed(1), 'page KB gz': +(gz(Buffer.from(html)) / 1024).toFixed(1) });
    }
  }
  rows.sort((a, b) => b['figure KB'] - a['figure KB']);
  console.log(`inline figures on ${rows.length} chapter pages; the heaviest:`);
  console.table(rows.slice(0, 6));
} else {
  console.log('No dist/: run `npm run build` to measure the pages.');
}

const over = sizes.filter((r) => r.bytes > LIMIT);
if (over.length) {
  console.error(`over the 30 KB budget: ${over.map((r) => r.figure).join(', ')}`);
  process.exit(1);
}
