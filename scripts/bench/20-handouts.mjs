// The handout PDFs of the last `npm run build` (dist/handouts.json): time to print them all,
// and pages and size of each. Budget: every chapter PDF under 1 MB.
import fs from 'node:fs';
import { benchCourse } from './lib/course.mjs';

const file = 'dist/handouts.json';
if (!fs.existsSync(file)) {
  console.error('No dist/handouts.json: run `npm run build` (without HANDOUTS=0) first.');
  process.exit(1);
}
const { elapsedMs, files } = JSON.parse(fs.readFileSync(file, 'utf8'));
const rows = files.map((f) => ({ file: f.file, pages: f.pages, KB: Math.round(f.bytes / 1024) }));
console.table(rows);
const chapters = files.filter((f) => !f.file.includes('booklet'));
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
console.log(`${files.length} PDFs printed in ${(elapsedMs / 1000).toFixed(1)} s (2 pages in parallel)`);
for (const { path: lang } of (await benchCourse()).languages) {
  const mine = chapters.filter((f) => f.file.startsWith(`${lang}/`));
  if (!mine.length) continue;
  const kb = mine.map((f) => f.bytes / 1024);
  console.log(
    `${lang}: ${mine.length} chapters, ${sum(mine.map((f) => f.pages))} pages (${Math.min(...mine.map((f) => f.pages))}–${Math.max(...mine.map((f) => f.pages))} each), ` +
      `${Math.round(Math.min(...kb))}–${Math.round(Math.max(...kb))} KB each`,
  );
}
const over = chapters.filter((f) => f.bytes >= 1024 * 1024);
if (over.length) {
  console.error(`Over the 1 MB budget: ${over.map((f) => f.file).join(', ')}`);
  process.exit(1);
}
