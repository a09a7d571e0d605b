/**
 * Languages made at build time from another (course.yaml `from:`), on the fixture course whose
 * zh-TW is converted from zh: what is converted, what the course writes itself, and the errors.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblems } from './content-checks';
import { readCourse } from './course-model';

const FIXTURE = 'e2e/fixtures/course';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A copy of the fixture with one file changed. */
function copyWith(file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derived-'));
  dirs.push(dir);
  fs.cpSync(FIXTURE, dir, { recursive: true });
  const full = path.join(dir, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, edit(fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : ''));
  return dir;
}
const errors = (dir: string) => formatProblems(readCourse(dir).problems.filter((p) => p.level === 'error'));

describe('a language made from another', () => {
  const reading = readCourse(FIXTURE);
  const model = reading.model!;

  it('is a language of the course, with the facts of its code', () => {
    const zhTW = model.languages.find((l) => l.path === 'zh-tw')!;
    expect(zhTW).toMatchObject({ code: 'zh-TW', from: 'zh', label: '繁體中文', ogLocale: 'zh_TW' });
  });

  it('gets every chapter, converted, with the course phrase fixes', () => {
    expect(reading.derivedChapters.map((c) => `${c.lang}/${c.fileName}`)).toEqual(['zh-tw/01-first-steps.mdx', 'zh-tw/02-second-steps.mdx']);
    const first = reading.derivedChapters[0]!.text;
    expect(first).toContain('title: "起步"');
    expect(first).toContain('summary: "第一章的概要。"');
    expect(first).toContain('- q: "從哪裡開始？"');
    expect(first).toContain('<Term id="widget" /> at [5:00].');
    expect(model.chapters.map((c) => c.title['zh-tw'])).toEqual(['起步', '第二步']);
  });

  it('links within its own edition where the source links within the source', () => {
    expect(reading.derivedChapters[1]!.text).toContain('回到[上一章](/zh-tw/first-steps/)。');
  });

  it('gets course fields and glossary fields converted, unless the course writes its own', () => {
    expect(model.title['zh-tw']).toBe('測試小課');
    expect(model.parts[0]!.title['zh-tw']).toBe('唯一的部分');
    const widget = model.glossary['widget'] as Record<string, unknown>;
    expect(widget['zh-tw']).toBe('小工具');
    expect((widget['definition'] as Record<string, string>)['zh-tw']).toBe('測試用的術語。');
  });

  it('gets interface strings from the generator pack for its code', () => {
    expect(model.ui['zh-tw']!.home).toBe('首頁');
    expect(model.ui['zh-tw']!.glossary).toBe('術語表');
  });

  it('refuses chapters kept by hand for it', () => {
    const dir = copyWith('chapters/zh-tw/01-first-steps.mdx', () => fs.readFileSync(path.join(FIXTURE, 'chapters/zh/01-first-steps.mdx'), 'utf8'));
    expect(errors(dir)).toMatch(/chapters\/zh-tw\/01-first-steps\.mdx: is in chapters\/zh-tw\/, but course\.yaml makes zh-tw from zh: edit chapters\/zh\/01-first-steps\.mdx instead/);
  });

  it('names a wrong source, a source made itself, and a conversion the generator cannot make', () => {
    expect(errors(copyWith('course.yaml', (t) => t.replace('from: zh', 'from: fr')))).toMatch(/languages\[2\]\.from: "fr" is no other language of this course/);
    expect(errors(copyWith('course.yaml', (t) => t.replace('  - code: zh-TW\n    path: zh-tw\n    from: zh\n', '  - code: zh-TW\n    path: zh-tw\n    from: zh\n  - code: zh-HK\n    path: zh-hk\n    from: zh-tw\n')))).toMatch(
      /languages\[3\]\.from: "zh-tw" is itself made from another language/,
    );
    expect(errors(copyWith('course.yaml', (t) => t.replace('from: zh', 'from: en')))).toMatch(/languages\[2\]\.from: the generator cannot convert en to zh-TW: it converts zh-cn → zh-tw/);
  });

  it('reports a broken phrase file with its field', () => {
    expect(errors(copyWith('conversion/zh-tw.yaml', () => 'phrases:\n  第一步: ""\n'))).toMatch(/conversion\/zh-tw\.yaml › phrases\.第一步: must be non-empty text/);
    expect(errors(copyWith('conversion/zh-tw.yaml', () => 'phrases: [a, b]\n'))).toMatch(/conversion\/zh-tw\.yaml › phrases: must map the source text to the wanted text/);
  });
});
