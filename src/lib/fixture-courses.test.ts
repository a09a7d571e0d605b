/**
 * Generator tests on the fixture courses in e2e/fixtures/: each one passes the whole content
 * check, and each kind of mistake in a course's languages or strings names its file and field.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblems } from './content-checks';
import { readCourse } from './course-model';

const FIXTURES = ['course', 'three-languages', 'one-language', 'bare'];

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A copy of a fixture with one thing changed; returns its error lines. */
function broken(fixture: string, edit: (dir: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${fixture}-`));
  dirs.push(dir);
  fs.cpSync(path.join('e2e/fixtures', fixture), dir, { recursive: true });
  edit(dir);
  return formatProblems(readCourse(dir).problems.filter((p) => p.level === 'error'));
}
const replaceIn = (dir: string, file: string, from: string | RegExp, to: string) => {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: nothing to replace`);
  fs.writeFileSync(full, next);
};

describe('the fixture courses', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture} passes every check`, () => {
      const reading = readCourse(path.join('e2e/fixtures', fixture));
      expect(formatProblems(reading.problems)).toBe('');
      expect(reading.model).toBeDefined();
    });
  }

  it('reads three languages in order, with facts from the pack or from course.yaml', () => {
    const model = readCourse('e2e/fixtures/three-languages').model!;
    expect(model.languages.map((l) => `${l.path}:${l.code}:${l.label}`)).toEqual(['en:en:English', 'zh:zh-CN:中文', 'fr:fr:Français']);
    expect(model.languages[1]!.collation).toBe('zh-CN-u-co-pinyin');
    expect(model.ui['fr']!.chapterLabel).toBe('Chapitre {n}');
    expect(model.chapters.map((c) => c.title)).toEqual([
      { en: 'Basics', zh: '基础', fr: 'Les bases' },
      { en: 'More', zh: '更多', fr: 'Encore' },
    ]);
    expect(model.uses).toEqual({ sampling: true, tokenizer: true, figures: true, glossary: true });
    expect(model.chapters.map((c) => [c.terms, c.graded])).toEqual([
      [{ en: ['loop'], zh: ['loop'], fr: ['loop'] }, { en: 0, zh: 0, fr: 0 }],
      [{ en: [], zh: [], fr: [] }, { en: 0, zh: 0, fr: 0 }],
    ]);
    expect(model.video.title).toBe('The Three Tongues Talk');
  });

  it('knows what a course uses, and takes the video title from the primary title when none is given', () => {
    expect(readCourse('e2e/fixtures/bare').model!.uses).toEqual({ sampling: false, tokenizer: false, figures: false, glossary: false });
    const solo = readCourse('e2e/fixtures/one-language').model!;
    expect(solo.uses.tokenizer).toBe(true);
    expect(solo.video.title).toBe('Solo Notes');
  });
});

describe('mistakes in languages and strings', () => {
  it('a course without languages', () => {
    expect(broken('bare', (d) => replaceIn(d, 'course.yaml', /languages:[\s\S]*?\ntitle:/, 'title:'))).toMatch(/course\.yaml › languages: is missing/);
  });
  it('a localized field missing one language', () => {
    expect(broken('three-languages', (d) => replaceIn(d, 'course.yaml', '  fr: Trois langues\n', ''))).toMatch(/course\.yaml › title\.fr: /);
  });
  it('a glossary entry missing one language', () => {
    expect(broken('three-languages', (d) => replaceIn(d, 'glossary/loop.yaml', 'fr: boucle\n', ''))).toMatch(/glossary\/loop\.yaml › fr: /);
  });
  it('a chapter missing in one language', () => {
    expect(broken('three-languages', (d) => fs.rmSync(path.join(d, 'chapters/fr/02-more.mdx')))).toMatch(/chapters\/en\/02-more\.mdx: has no translation: add chapters\/fr\/02-more\.mdx/);
  });
  it('a chapter folder that is no language of the course', () => {
    expect(broken('bare', (d) => fs.cpSync(path.join(d, 'chapters/en'), path.join(d, 'chapters/de'), { recursive: true }))).toMatch(
      /chapters\/de\/01-first\.mdx: is in a folder "de" that is no language of course\.yaml: use en, zh/,
    );
  });
  it('a language the generator has no strings for, without a complete set', () => {
    expect(broken('three-languages', (d) => replaceIn(d, 'ui/fr.yaml', /^home: .*\n/m, ''))).toMatch(/ui\/fr\.yaml: fr has no interface strings for 1 key\(s\): home/);
    expect(broken('three-languages', (d) => fs.rmSync(path.join(d, 'ui/fr.yaml')))).toMatch(/ui\/fr\.yaml: fr has no interface strings for \d+ key\(s\): skipToContent, /);
  });
  it('an unknown string key, and a placeholder the generator does not fill', () => {
    const out = broken('bare', (d) => {
      fs.mkdirSync(path.join(d, 'ui'));
      fs.writeFileSync(path.join(d, 'ui/en.yaml'), 'homeIntroo: Hello\nchapterLabel: Chapter {number}\n');
    });
    expect(out).toMatch(/ui\/en\.yaml › homeIntroo: is not an interface string/);
    expect(out).toMatch(/ui\/en\.yaml › chapterLabel: uses a placeholder the generator does not fill: it may use \{n\}/);
  });
  it('a language without facts the generator does not know, a language listed twice', () => {
    expect(broken('three-languages', (d) => replaceIn(d, 'course.yaml', '    label: Français\n', ''))).toMatch(/course\.yaml › languages\[2\]: the generator has no facts for "fr": give label/);
    expect(broken('bare', (d) => replaceIn(d, 'course.yaml', '  - code: zh-CN\n    path: zh\n', '  - code: zh-CN\n    path: en\n'))).toMatch(/languages\[1\]\.path: "en" is listed twice/);
  });
});
