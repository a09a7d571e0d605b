/**
 * The figure check on a course folder: every kind of mistake names its file (and line), and the
 * real course passes with a figure in every chapter that needs one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { course as courseIntegration } from '../../../integrations/course';
import { readCourse } from '../course-model';
import { checkCourseFigures, loadFigure } from './files';
import { MAX_FIGURE_BYTES } from './lint';

const SVG = `<svg viewBox="0 0 100 50">
  <title data-lang="zh">方框</title>
  <title data-lang="en">A box</title>
  <desc data-lang="zh">一个方框。</desc>
  <desc data-lang="en">One box.</desc>
  <rect width="10" height="10" fill="var(--bg-soft)"/>
  <text data-lang="zh">框</text>
  <text data-lang="en">box</text>
</svg>
`;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A course folder holding only figures; chapters are passed in as the content check reads them. */
function course(figures: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'figures'));
  for (const [name, text] of Object.entries(figures)) fs.writeFileSync(path.join(dir, 'figures', name), text);
  return dir;
}
const chapter = (lang: string, body: string) => ({ file: `chapters/${lang}/03-tokens.mdx`, lang, fileName: '03-tokens.mdx', body });
const both = (zh: string, en: string) => [chapter('zh', zh), chapter('en', en)];
const WORDS = { zh: { label: '图 {chapter}-{n}', reference: '如{figure} 所示' }, en: { label: 'Figure {chapter}.{n}', reference: 'as {figure} shows' } };
const lines = (problems: ReturnType<typeof checkCourseFigures>) => problems.map((p) => `${p.level} ${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`);

describe('checkCourseFigures', () => {
  it('accepts a course whose figures are valid, used and referred to', () => {
    const dir = course({ 'box.svg': SVG });
    expect(checkCourseFigures(dir, both('如图 3-1 所示。\n\n<Figure id="box" />', 'As Figure 3.1 shows.\n\n<Figure id="box" />'), WORDS)).toEqual([]);
  });

  it('is quiet for a course without figures', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-figures-'));
    dirs.push(dir);
    expect(checkCourseFigures(dir, both('正文。', 'Text.'), WORDS)).toEqual([]);
  });

  it('names the chapter file and line of an unknown figure id', () => {
    const dir = course({ 'box.svg': SVG });
    const problems = lines(checkCourseFigures(dir, both('图 3-1\n\n<Figure id="boxx" />', 'Figure 3.1\n\n<Figure id="boxx" />'), WORDS));
    expect(problems).toContain('error chapters/zh/03-tokens.mdx › line 3: <Figure id="boxx" /> names no figure: add figures/boxx.svg or fix the id');
    expect(problems).toContain('warning figures/box.svg: is shown in no chapter (use it with <Figure id="…" />)');
  });

  it('names the figure file and line of a missing label, title or description', () => {
    const dir = course({
      'no-en.svg': SVG.replace('  <text data-lang="en">box</text>\n', ''),
      'no-title.svg': SVG.replace('  <title data-lang="en">A box</title>\n', ''),
      'no-desc.svg': SVG.replace('  <desc data-lang="zh">一个方框。</desc>\n', ''),
    });
    const problems = lines(checkCourseFigures(dir, [], WORDS));
    expect(problems).toEqual([
      'error figures/no-desc.svg › line 1: no <desc data-lang="zh">: every figure needs a description in each language (here \"zh\") as a child of <svg>',
      'error figures/no-en.svg › line 7: <text data-lang="zh"> "框" has no data-lang="en" twin: write the \"en\" version right next to it',
      'error figures/no-title.svg › line 1: no <title data-lang="en">: every figure needs a title in each language (here \"en\") as a child of <svg>',
    ]);
  });

  it('reports unreadable SVG, oversized files, stray files and bad names', () => {
    const dir = course({
      'broken.svg': SVG.replace('</svg>', ''),
      'huge.svg': SVG.replace('</svg>', `<!-- ${'x'.repeat(MAX_FIGURE_BYTES)} --></svg>`),
      'notes.txt': 'hello',
      'Bad_Name.svg': SVG,
    });
    const problems = lines(checkCourseFigures(dir, [], WORDS));
    expect(problems).toContain('error figures/notes.txt: is not an .svg file: the figures folder holds one <id>.svg per figure');
    expect(problems).toContain('error figures/broken.svg › line 8, column 34: is not valid SVG: Missing end tag for element svg');
    expect(problems).toContainEqual(expect.stringMatching(/^error figures\/huge\.svg: is 30\.\d KB; a figure may be at most 30 KB$/));
    expect(problems).toContain('error figures/Bad_Name.svg: has a file name that is not a figure id: use lower-case letters, digits and hyphens');
  });

  it('reports references that point nowhere and figures never referred to', () => {
    const dir = course({ 'box.svg': SVG });
    const problems = lines(checkCourseFigures(dir, both('见图 3-2。\n\n<Figure id="box" />', 'As Figure 3.1 shows.\n\n<Figure id="box" />'), WORDS));
    expect(problems).toEqual([
      'error chapters/zh/03-tokens.mdx › line 1: "图 3-2" refers to no figure: chapter 3 has 1 figure(s)',
      'error chapters/zh/03-tokens.mdx › line 3: 图 3-1 ("box") is never referred to in the text: write "如图 3-1 所示" near it',
    ]);
  });
});

describe('the build-time content check', () => {
  /** Runs the integration Astro runs before every build, on a copy of the e2e fixture course. */
  function build(edit: (dir: string) => void): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figure-course-'));
    dirs.push(dir);
    fs.cpSync('e2e/fixtures/course', dir, { recursive: true });
    edit(dir);
    const logger = { info() {}, warn() {}, error() {}, debug() {} };
    try {
      courseIntegration(readCourse(dir)).hooks['astro:config:setup']!({ config: { root: pathToFileURL(`${dir}/`) }, logger, updateConfig() {} } as never);
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  }
  const use = (dir: string, id: string) => {
    for (const [lang, ref] of [['zh', '如图 1-1 所示。'], ['en', 'As Figure 1.1 shows.']]) {
      const file = path.join(dir, `chapters/${lang}/01-first-steps.mdx`);
      fs.appendFileSync(file, `\n${ref}\n\n<Figure id="${id}" />\n`);
    }
  };

  it('passes a course with a good figure', () => {
    expect(build((dir) => {
      fs.mkdirSync(path.join(dir, 'figures'));
      fs.writeFileSync(path.join(dir, 'figures/box.svg'), SVG);
      use(dir, 'box');
    })).toBe('');
  });

  it('fails on an unknown figure id, a missing label or a missing title, naming each file', () => {
    const message = build((dir) => {
      fs.mkdirSync(path.join(dir, 'figures'));
      fs.writeFileSync(path.join(dir, 'figures/box.svg'), SVG.replace('<title data-lang="en">A box</title>', '').replace('<text data-lang="en">box</text>', ''));
      use(dir, 'box');
      fs.appendFileSync(path.join(dir, 'chapters/en/02-second-steps.mdx'), '\n<Figure id="missing" />\n');
    });
    expect(message).toContain('problem(s) to fix');
    expect(message).toMatch(/figures\/box\.svg › line 1: no <title data-lang="en">/);
    expect(message).toMatch(/figures\/box\.svg › line 7: <text data-lang="zh"> "框" has no data-lang="en" twin/);
    expect(message).toMatch(/chapters\/en\/02-second-steps\.mdx › line \d+: <Figure id="missing" \/> names no figure/);
  });
});

describe('loadFigure', () => {
  it('gives the page language only', () => {
    const dir = course({ 'box.svg': SVG });
    const zh = loadFigure(dir, 'box', 'zh');
    expect(zh.title).toBe('方框');
    expect(zh.svg).toContain('>框<');
    expect(zh.svg).not.toContain('>box<');
  });

  it('throws an error naming the file when the figure is missing or broken', () => {
    const dir = course({ 'bad.svg': SVG.replace('<title data-lang="en">A box</title>', '') });
    expect(() => loadFigure(dir, 'nope', 'en')).toThrow(/no figure file .*figures\/nope\.svg/);
    expect(() => loadFigure(dir, 'bad', 'en', 'fig-bad', ['zh', 'en'])).toThrow(/figures\/bad\.svg has problems:\n {2}line 1: no <title data-lang="en">/);
  });
});

