import { describe, expect, it } from 'vitest';
import { localizeFigure } from './localise';
import { parseSvg } from './parse';
import { GOOD } from './sample.fixture';

const good = () => parseSvg(GOOD);

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


describe('a course of three languages', () => {
  const TRI = `<svg viewBox="0 0 100 50">
  <title data-lang="zh">方框</title><title data-lang="en">A box</title><title data-lang="fr">Une boîte</title>
  <desc data-lang="zh">一个方框。</desc><desc data-lang="en">One box.</desc><desc data-lang="fr">Une boîte.</desc>
  <text data-lang="zh">框</text><text data-lang="en">box</text><text data-lang="fr">boîte</text>
</svg>`;

  it('keeps exactly the labels of the page language', () => {
    const fr = localizeFigure(parseSvg(TRI), 'fr', 'fig-b');
    expect(fr).toMatchObject({ title: 'Une boîte', desc: 'Une boîte.' });
    expect(fr.svg).toBe(
      '<svg viewBox="0 0 100 50" class="figure__svg" role="img" aria-labelledby="fig-b-title" aria-describedby="fig-b-desc"><title id="fig-b-title">Une boîte</title><desc id="fig-b-desc">Une boîte.</desc><text>boîte</text></svg>',
    );
  });
});
