// The course the benches measure (COURSE_DIR, default content/), read by the build's own reader
// (src/lib/course-model.ts, through scripts/import-ts.mjs), and the built pages
// of dist/ that use a widget. Benches name no course's chapters or words: they ask here.
import fs from 'node:fs';
import path from 'node:path';
import { importTs } from '../../import-ts.mjs';

let reading;
/** The course's model and its valid content: languages, chapters in order, glossary terms. */
export async function benchCourse() {
  if (reading) return reading;
  const { read } = await importTs(
    `
    import { readCourse } from './src/lib/course-model';
    import { courseDir } from './src/lib/course-dir';
    export const read = () => readCourse(courseDir());
  `,
    'bench-course',
  );
  const { model, valid, problems, dir } = read();
  if (!model || !valid) {
    console.error(`The course in ${dir} does not pass its checks (npm run check:content):\n${problems.map((p) => `  ${p.file} › ${p.message}`).join('\n')}`);
    process.exit(1);
  }
  const terms = [...valid.terms].map(([id, t]) => ({ id, names: t.names }));
  reading = { dir: model.dir, languages: model.languages, chapters: model.chapters, terms, uses: model.uses };
  return reading;
}

/**
 * The chapter pages of dist/ that carry a widget (data-widget="tokenizer" or "sampling"), in the
 * course's order of chapters, each language in the course's order: { lang, slug, url, html, source }
 * (url without the site's base; source: the chapter's file in that language).
 */
export async function widgetPages(dist, widget) {
  const course = await benchCourse();
  const out = [];
  for (const chapter of course.chapters) {
    for (const { path: lang } of course.languages) {
      const file = path.join(dist, lang, chapter.slug, 'index.html');
      if (!fs.existsSync(file)) continue;
      const html = fs.readFileSync(file, 'utf8');
      if (html.includes(`data-widget="${widget}"`)) out.push({ lang, slug: chapter.slug, url: `/${lang}/${chapter.slug}/`, html, source: path.join(course.dir, chapter.files[lang]) });
    }
  }
  return out;
}
