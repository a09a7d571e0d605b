import { describe, expect, it } from 'vitest';
import { checkChapterFigures, figureLabel, figureReferences, figureUsages, type ChapterFigures } from './number';

const ZH = { label: '图 {chapter}-{n}', reference: '如{figure} 所示' };
const EN = { label: 'Figure {chapter}.{n}', reference: 'as {figure} shows' };
const WORDS = { zh: ZH, en: EN };

describe('numbering and references', () => {
  it('labels figures by chapter and position', () => {
    expect(figureLabel(ZH, 3, 1)).toBe('图 3-1');
    expect(figureLabel(EN, 12, 2)).toBe('Figure 12.2');
  });

  it('finds usages in order, outside code and MDX comments', () => {
    const body = ['<Figure id="a" />', '```', '<Figure id="in-code" />', '```', '{/* <Figure id="commented" /> */}', 'Text <Figure caption="x" id="b"/> more.'].join('\n');
    expect(figureUsages(body)).toEqual([
      { id: 'a', line: 1, column: 9 },
      { id: 'b', line: 6, column: 26 },
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

