import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFigure, FIGURE_COLOUR_TOKENS } from './lint';
import { parseSvg } from './parse';
import { GOOD } from './sample.fixture';

const good = () => parseSvg(GOOD);
const LANGS = { langs: ['zh', 'en'] };
const messages = (svg: string) => checkFigure(parseSvg(svg), LANGS).map((p) => p.message);
/** GOOD with one substring replaced, asserting the replacement happened. */
function broken(from: string, to: string): string {
  expect(GOOD).toContain(from);
  return GOOD.replace(from, to);
}

describe('checkFigure', () => {
  it('accepts a well-formed bilingual figure', () => {
    expect(checkFigure(good(), LANGS)).toEqual([]);
  });

  it('needs a title and a description in both languages', () => {
    expect(messages(broken('<title data-lang="en">Example</title>', ''))).toEqual([expect.stringContaining('no <title data-lang="en">')]);
    expect(messages(broken('<desc data-lang="zh">一个方框和一句话。</desc>', ''))).toEqual([expect.stringContaining('no <desc data-lang="zh">')]);
    expect(messages(broken('<title data-lang="zh">示例图</title>', '<title data-lang="zh"> </title>'))).toEqual([expect.stringContaining('is empty')]);
  });

  it('finds a label missing its other language, with the line of its parent', () => {
    const problems = checkFigure(parseSvg(broken('<text x="10" y="20" data-lang="en">Hello</text>', '')), LANGS);
    expect(problems).toEqual([{ line: 11, column: 3, message: '<text data-lang="zh"> "你好" has no data-lang="en" twin: write the \"en\" version right next to it' }]);
    expect(messages(broken('<text x="100" y="80">right</text></g>', '</g>'))).toEqual([]); // a group is one label, whatever it holds
    expect(messages(broken('<g data-lang="zh">', '<g data-lang="fr">'))).toContainEqual(expect.stringContaining('data-lang="fr" on <g>: use "zh" or "en"'));
  });

  it('rejects Chinese outside a Chinese label, unless marked lang="zh-CN"', () => {
    const problems = checkFigure(parseSvg(broken('<text x="150" y="20" class="mono">GPT-2</text>', '<text x="150" y="20">模型</text>')), LANGS);
    expect(problems).toEqual([{ line: 15, column: 24, message: expect.stringContaining('text "模型" has Chinese but no data-lang') }]);
  });

  it('allows only theme colours', () => {
    expect(messages(broken('fill="var(--bg-soft)"', 'fill="#eeeeee"'))[0]).toContain('fill="#eeeeee" on <rect> is not a theme colour');
    expect(messages(broken('stroke="var(--accent)"', 'stroke="var(--nope)"'))[0]).toContain('not a theme colour');
    expect(messages(broken('stroke="var(--accent)"', 'stroke="none"'))).toEqual([]);
    expect(messages(broken('<rect x="0"', '<rect style="fill:red" x="0"'))[0]).toContain('style="…" is not allowed');
  });

  it('rejects anything that runs code or loads files, and broken references', () => {
    expect(messages(broken('</svg>', '<script>alert(1)</script></svg>'))[0]).toContain('<script> is not allowed');
    expect(messages(broken('<rect x="0"', '<rect onclick="x()" x="0"'))[0]).toContain('event handler onclick');
    expect(messages(broken('</svg>', '<use href="other.svg#a"/></svg>'))[0]).toContain('points outside the figure');
    expect(messages(broken('url(#arrow)', 'url(#nowhere)'))[0]).toContain('#nowhere');
    expect(messages(broken('<defs>', '<defs><g id="arrow"/>'))[0]).toContain('id "arrow" is also used');
  });

  it('needs an <svg> root with a viewBox', () => {
    expect(messages(broken('viewBox="0 0 200 100"', 'viewBox="0 0 0 100"'))[0]).toContain('viewBox');
    expect(messages('<g/>')[0]).toContain('must be <svg>');
  });
});

describe('figure colour tokens', () => {
  const css = ['src/styles/tokens.css', 'src/styles/figures.css'].map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  /** --name: light-dark(#light, #dark) as declared in the stylesheets. */
  const palette = new Map([...css.matchAll(/(--[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)].map((m) => [m[1]!, [m[2]!, m[3]!] as const]));

  it('are all declared for light and dark', () => {
    for (const token of FIGURE_COLOUR_TOKENS) expect(palette.has(token), token).toBe(true);
  });

  /** WCAG relative luminance and contrast ratio. */
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  const text = ['--fg', '--fg-muted', '--accent', '--ok', '--warn', '--fig-bad', '--fig-violet'];
  const fills = ['--bg', '--bg-soft', '--bg-accent', '--fig-accent-soft', '--fig-ok-soft', '--fig-warn-soft', '--fig-bad-soft', '--fig-violet-soft'];

  it.each([0, 1])('keep text at WCAG AA (4.5:1) on every figure fill (%i = light, dark)', (scheme) => {
    for (const t of text) {
      for (const f of fills) {
        expect(contrast(palette.get(t)![scheme]!, palette.get(f)![scheme]!), `${t} on ${f}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it.each([0, 1])('keep lines visible (3:1) on the page (%i = light, dark)', (scheme) => {
    expect(contrast(palette.get('--fig-line')![scheme]!, palette.get('--bg')![scheme]!)).toBeGreaterThanOrEqual(3);
  });
});

describe('checkFigure with three languages', () => {
  it('wants every label, title and description in each language, with the position of the label', () => {
    const problems = checkFigure(parseSvg(GOOD), { langs: ['zh', 'en', 'fr'] });
    expect(problems).toContainEqual({ line: 3, column: 1, message: expect.stringContaining('no <title data-lang="fr">') });
    expect(problems).toContainEqual({ line: 11, column: 3, message: expect.stringContaining('<text data-lang="zh"> "你好" has no data-lang="fr" twin') });
    expect(problems).toContainEqual({ line: 13, column: 3, message: expect.stringContaining('<g data-lang="zh"> "左右" has no data-lang="fr" twin') });
  });
});
