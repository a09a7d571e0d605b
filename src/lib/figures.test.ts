import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkChapterFigures,
  checkFigure,
  FIGURE_COLOUR_TOKENS,
  figureLabel,
  figureReferences,
  figureUsages,
  FigureSyntaxError,
  localizeFigure,
  parseSvg,
  serialize,
  type ChapterFigures,
} from './figures';

const GOOD = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment the reader drops -->
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="200" height="100">
  <title data-lang="zh">示例图</title>
  <title data-lang="en">Example</title>
  <desc data-lang="zh">一个方框和一句话。</desc>
  <desc data-lang="en">A box &amp; a sentence.</desc>
  <defs><marker id="arrow"><path d="M0 0 L10 5 L0 10 z" fill="var(--fg)"/></marker></defs>
  <rect x="0" y="0" width="100" height="40" fill="var(--bg-soft)" stroke="var(--accent)"/>
  <path d="M0 50 H90" stroke="var(--fig-line)" marker-end="url(#arrow)"/>
  <text x="10" y="20" data-lang="zh">你好</text>
  <text x="10" y="20" data-lang="en">Hello</text>
  <g data-lang="zh"><text x="0" y="80">左</text><text x="100" y="80">右</text></g>
  <g data-lang="en"><text x="0" y="80">left</text><text x="100" y="80">right</text></g>
  <text x="150" y="20" class="mono">GPT-2</text>
  <text x="150" y="40" lang="zh-CN">分词器</text>
</svg>
`;

const good = () => parseSvg(GOOD);
const LANGS = { langs: ['zh', 'en'] };
const ZH = { label: '图 {chapter}-{n}', reference: '如{figure} 所示' };
const EN = { label: 'Figure {chapter}.{n}', reference: 'as {figure} shows' };
const WORDS = { zh: ZH, en: EN };
const messages = (svg: string) => checkFigure(parseSvg(svg), LANGS).map((p) => p.message);
/** GOOD with one substring replaced, asserting the replacement happened. */
function broken(from: string, to: string): string {
  expect(GOOD).toContain(from);
  return GOOD.replace(from, to);
}

describe('parseSvg', () => {
  it('reads elements, attributes, text and entities, and drops comments', () => {
    const root = good();
    expect(root.name).toBe('svg');
    expect(root.attrs.find(([k]) => k === 'viewBox')?.[1]).toBe('0 0 200 100');
    const descs = root.children.filter((c) => c.type === 'element' && c.name === 'desc');
    expect(descs).toHaveLength(2);
    expect(serialize(descs[1]!)).toBe('<desc data-lang="en">A box &amp; a sentence.</desc>');
    expect(serialize(root)).not.toContain('comment');
  });

  it('decodes numeric entities and keeps text exact', () => {
    const root = parseSvg('<svg viewBox="0 0 1 1"><text>&#x2423;&#9731; a&lt;b</text></svg>');
    const text = root.children[0]!;
    expect(text.type === 'element' && text.children[0]).toMatchObject({ type: 'text', value: '␣☃ a<b' });
  });

  it.each([
    ['<svg viewBox="0 0 1 1"><g></svg>', 1, '</svg> closes <g>'],
    ['<svg viewBox="0 0 1 1">\n<rect x=1/>\n</svg>', 2, 'must be quoted'],
    ['<svg viewBox="0 0 1 1">\n\n<text>a & b</text></svg>', 3, 'must start an entity'],
    ['<!DOCTYPE svg><svg/>', 1, 'DOCTYPE'],
    ['<svg viewBox="0 0 1 1"><![CDATA[x]]></svg>', 1, 'CDATA'],
    ['<svg viewBox="0 0 1 1"><rect x="1" x="2"/></svg>', 1, 'has x twice'],
    ['<svg viewBox="0 0 1 1"></svg><svg/>', 1, 'nothing may follow'],
    ['<svg viewBox="0 0 1 1">', 1, 'never closed'],
    ['<svg viewBox="0 0 1 1"><text>&nbsp;</text></svg>', 1, 'unknown entity'],
  ])('rejects %j at line %i', (source, line, message) => {
    let error: unknown;
    try {
      parseSvg(source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FigureSyntaxError);
    expect((error as FigureSyntaxError).line).toBe(line);
    expect((error as Error).message).toContain(message);
  });
});

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
    expect(problems).toEqual([{ line: 11, message: '<text data-lang="zh"> "你好" has no data-lang="en" twin: write the \"en\" version right next to it' }]);
    expect(messages(broken('<text x="100" y="80">right</text></g>', '</g>'))).toEqual([]); // a group is one label, whatever it holds
    expect(messages(broken('<g data-lang="zh">', '<g data-lang="fr">'))).toContainEqual(expect.stringContaining('data-lang="fr" on <g>: use "zh" or "en"'));
  });

  it('rejects Chinese outside a Chinese label, unless marked lang="zh-CN"', () => {
    const problems = checkFigure(parseSvg(broken('<text x="150" y="20" class="mono">GPT-2</text>', '<text x="150" y="20">模型</text>')), LANGS);
    expect(problems).toEqual([{ line: 15, message: expect.stringContaining('text "模型" has Chinese but no data-lang') }]);
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

describe('localizeFigure', () => {
  const zh = localizeFigure(good(), 'zh', 'fig-x');
  const en = localizeFigure(good(), 'en', 'fig-x');

  it('keeps only the page language and the shared labels', () => {
    expect(zh.svg).toContain('你好');
    expect(zh.svg).toContain('>左<');
    expect(zh.svg).not.toContain('Hello');
    expect(zh.svg).not.toContain('left');
    expect(en.svg).toContain('Hello');
    expect(en.svg).not.toContain('你好');
    for (const out of [zh, en]) {
      expect(out.svg).toContain('GPT-2');
      expect(out.svg).toContain('分词器');
      expect(out.svg).not.toContain('data-lang');
    }
  });

  it('names and describes the image in its language', () => {
    expect(zh).toMatchObject({ title: '示例图', desc: '一个方框和一句话。', width: 200, height: 100 });
    expect(en).toMatchObject({ title: 'Example', desc: 'A box & a sentence.' });
    expect(en.svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="fig-x-title" aria-describedby="fig-x-desc">/);
    expect(en.svg).toContain('<title id="fig-x-title">Example</title><desc id="fig-x-desc">A box &amp; a sentence.</desc>');
    expect(en.svg).not.toMatch(/<svg [^>]*\bwidth=/);
  });

  it('turns theme colours into styles and prefixes ids', () => {
    expect(en.svg).toContain('<rect x="0" y="0" width="100" height="40" style="fill:var(--bg-soft);stroke:var(--accent)"/>');
    expect(en.svg).toContain('<marker id="fig-x-arrow">');
    expect(en.svg).toContain('marker-end="url(#fig-x-arrow)"');
  });

  it('is XML the reader accepts again', () => {
    expect(() => parseSvg(zh.svg)).not.toThrow();
    expect(() => parseSvg(en.svg)).not.toThrow();
  });
});

describe('numbering and references', () => {
  it('labels figures by chapter and position', () => {
    expect(figureLabel(ZH, 3, 1)).toBe('图 3-1');
    expect(figureLabel(EN, 12, 2)).toBe('Figure 12.2');
  });

  it('finds usages in order, outside code and MDX comments', () => {
    const body = ['<Figure id="a" />', '```', '<Figure id="in-code" />', '```', '{/* <Figure id="commented" /> */}', 'Text <Figure caption="x" id="b"/> more.'].join('\n');
    expect(figureUsages(body)).toEqual([
      { id: 'a', line: 1 },
      { id: 'b', line: 6 },
    ]);
  });

  it('finds references in the text of each language', () => {
    expect(figureReferences('如图 3-1 所示，图3-2 也是。`图 9-9`', ZH).map((r) => [r.chapter, r.n])).toEqual([
      [3, 1],
      [3, 2],
    ]);
    expect(figureReferences('As Figure 3.1 shows; see Fig. 4.2. Figure 3 of the paper.', EN).map((r) => r.text)).toEqual(['Figure 3.1', 'Fig. 4.2']);
  });

  const chapter = (lang: 'zh' | 'en', number: number, body: string): ChapterFigures => ({ file: `chapters/${lang}/0${number}-x.mdx`, lang, number, slug: `s${number}`, body });
  const known = new Set(['a', 'b']);

  it('accepts figures that exist, match across languages and are referred to', () => {
    const zh = chapter('zh', 3, '如图 3-1 所示。\n\n<Figure id="a" />\n\n图 3-2 也是。\n\n<Figure id="b" />');
    const en = chapter('en', 3, 'As Figure 3.1 shows.\n\n<Figure id="a" />\n\nFigure 3.2 too.\n\n<Figure id="b" />');
    expect(checkChapterFigures([zh, en], known, WORDS)).toEqual([]);
  });

  it('reports unknown ids, duplicates, languages out of step, dangling and missing references', () => {
    const zh = chapter('zh', 3, '如图 3-1 所示，见图 3-5。\n\n<Figure id="a" />\n\n<Figure id="nope" />\n\n图 3-3\n\n<Figure id="a" />');
    const en = chapter('en', 3, 'As Figure 3.1 shows.\n\n<Figure id="a" />');
    const problems = checkChapterFigures([zh, en], known, WORDS).map((p) => `${p.file} ${p.field}: ${p.message}`);
    expect(problems).toEqual([
      expect.stringContaining('chapters/zh/03-x.mdx line 5: <Figure id="nope" /> names no figure: add figures/nope.svg'),
      expect.stringContaining('chapters/zh/03-x.mdx line 9: figure "a" is already shown on line 3'),
      expect.stringContaining('chapters/en/03-x.mdx figures: shows figures [a] but chapters/zh/03-x.mdx shows [a, nope, a]'),
      expect.stringContaining('line 1: "图 3-5" refers to no figure: chapter 3 has 3 figure(s)'),
      expect.stringContaining('line 5: 图 3-2 ("nope") is never referred to in the text: write "如图 3-2 所示"'),
    ]);
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
