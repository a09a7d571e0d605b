import { describe, expect, it } from 'vitest';
import { plainText } from './parts';

describe('plainText', () => {
  it('reads what a reader sees, entities decoded, spaces collapsed', () => {
    expect(plainText('<p>Read   <em>a &amp; b</em> &quot;x&quot;</p>')).toBe('Read a & b "x"');
  });
  it('leaves out the term cards a <Term> carries', () => {
    const term = '<span class="term-wrap"><a class="term" href="#">詞元編號</a><span class="term-card" role="tooltip"><span class="term-card__names"><strong>詞元 ID</strong> · <span lang="zh-CN">词元 ID</span></span> <span class="term-card__def">編號。</span></span></span>';
    expect(plainText(`把文字讀成一串${term}，詞表約 10 萬個`)).toBe('把文字讀成一串詞元編號，詞表約 10 萬個');
  });
});
