import { describe, expect, it } from 'vitest';
import { pairBlocks, splitBlocks } from './bilingual';
import { prefixIds } from './handouts';

const zh =
  '<div class="block" data-block="intro"><aside aria-labelledby="kp"><h2 id="kp">要点</h2></aside></div>' +
  '<section class="block" data-block="bpe" aria-labelledby="bpe"><h2 id="bpe">字节对编码</h2><section class="inner"><p>嵌套</p></section></section>' +
  '<div class="block" data-block="self-check"><section><h2 id="self-check">自测</h2></section></div>';

describe('splitBlocks', () => {
  it('splits at top-level blocks only, keeping nested sections inside', () => {
    const blocks = splitBlocks(zh);
    expect(blocks.map((b) => b.key)).toEqual(['intro', 'bpe', 'self-check']);
    expect(blocks[1]!.html).toContain('嵌套');
    expect(blocks.map((b) => b.html).join('')).toBe(zh);
  });
  it('keeps text before the first block and handles no blocks', () => {
    expect(splitBlocks('<p>x</p><div class="block" data-block="a">y</div>').map((b) => b.key)).toEqual(['', 'a']);
    expect(splitBlocks('<p>only</p>')).toEqual([{ key: '', html: '<p>only</p>' }]);
    expect(splitBlocks('  ')).toEqual([]);
  });
  it('finds blocks whatever the order and quotes of their attributes, and not in text or other attributes', () => {
    const html = `<section data-block='a' class="reveal block">A</section><p title='<div class="block" data-block="x">'>p</p><div class=block data-block=b>B</div><div class="blocked" data-block="c">C</div>`;
    expect(splitBlocks(html)).toEqual([
      { key: 'a', html: `<section data-block='a' class="reveal block">A</section><p title='<div class="block" data-block="x">'>p</p>` },
      { key: 'b', html: '<div class=block data-block=b>B</div><div class="blocked" data-block="c">C</div>' },
    ]);
  });
});

describe('prefixIds', () => {
  it('prefixes ids and every reference to them', () => {
    const html = '<h2 id="bpe">x</h2><a href="#bpe">y</a><a href="https://x.org/#bpe">z</a><label for="q">q</label><a aria-describedby="c1 c2">t</a>';
    expect(prefixIds(html, 'en-')).toBe(
      '<h2 id="en-bpe">x</h2><a href="#en-bpe">y</a><a href="https://x.org/#bpe">z</a><label for="en-q">q</label><a aria-describedby="en-c1 en-c2">t</a>',
    );
  });
  it('leaves data attributes alone', () => {
    expect(prefixIds('<section data-block="bpe" data-id="x"></section>', 'en-')).toBe('<section data-block="bpe" data-id="x"></section>');
  });
});

describe('pairBlocks', () => {
  it('pairs by key in the primary order and keeps unmatched blocks', () => {
    const pairs = pairBlocks(
      [{ key: 'intro', html: 'a' }, { key: 's1', html: 'b' }, { key: 'only-zh', html: 'c' }],
      [{ key: 's1', html: 'B' }, { key: 'intro', html: 'A' }, { key: 'only-en', html: 'D' }],
    );
    expect(pairs).toEqual([
      { key: 'intro', primary: 'a', secondary: 'A' },
      { key: 's1', primary: 'b', secondary: 'B' },
      { key: 'only-zh', primary: 'c' },
      { key: 'only-en', secondary: 'D' },
    ]);
  });
});
