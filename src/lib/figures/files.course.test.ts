/** The figures of this course pass the figure checks: a course test, not a generator test. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCourse } from '../course-model';
import { readCourseSources } from '../content-checks';
import { courseDir } from '../course-dir';
import { checkCourseFigures, figureIds } from './files';
import { figureUsages } from './number';

const lines = (problems: ReturnType<typeof checkCourseFigures>) => problems.map((p) => `${p.level} ${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`);

describe(`the figures of the course in ${path.relative(process.cwd(), courseDir()) || courseDir()}`, () => {
  const dir = courseDir();
  const sources = readCourseSources(dir);
  const { ui, languages } = readCourse(dir).valid!;
  // Languages made from another (zh-tw) show their source's figure labels, converted.
  const written = languages.filter((l) => !l.from).map((l) => l.path);
  const WORDS = Object.fromEntries(Object.entries(ui).filter(([l]) => written.includes(l)).map(([l, t]) => [l, { label: t.figureLabel, reference: t.figureReference }]));

  it('pass the figure checks', { timeout: 30_000 }, () => {
    expect(lines(checkCourseFigures(dir, sources.chapters, WORDS)).join('\n')).toBe('');
  });

  it('give every chapter from 2 to 20, and 24, at least one figure in both languages', () => {
    for (const lang of ['zh', 'en']) {
      const numbers = sources.chapters.filter((c) => c.lang === lang && figureUsages(c.body).length > 0).map((c) => Number(c.fileName.slice(0, 2)));
      for (const n of [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24]) expect(numbers, `${lang} chapter ${n}`).toContain(n);
    }
    expect(figureIds(dir).length).toBeGreaterThanOrEqual(24);
  });
});
