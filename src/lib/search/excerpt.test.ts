import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptSegments } from './excerpt';

describe('excerptSegments', () => {
  it('reads marks into segments', () => {
    expect(excerptSegments('a <mark>词元</mark> b')).toEqual([
      { text: 'a ', mark: false },
      { text: '词元', mark: true },
      { text: ' b', mark: false },
    ]);
  });
  it('joins neighbouring marks', () => {
    expect(excerptSegments('<mark>后</mark><mark>训练</mark>')).toEqual([{ text: '后训练', mark: true }]);
  });
  it('keeps markup in the notes as text', () => {
    const segments = excerptSegments('&lt;|im_start|&gt; <img src=x onerror=alert(1)> &amp;amp;');
    expect(segments).toEqual([{ text: '<|im_start|> <img src=x onerror=alert(1)> &amp;', mark: false }]);
  });
  it('tolerates broken input', () => {
    expect(excerptSegments(undefined)).toEqual([]);
    expect(excerptSegments('')).toEqual([]);
    expect(excerptSegments('</mark>a<mark>b')).toEqual([
      { text: 'a', mark: false },
      { text: 'b', mark: true },
    ]);
    expect(excerptSegments('<MARK>x</MARK>')).toEqual([{ text: 'x', mark: true }]);
  });
});

describe('decodeEntities', () => {
  it('decodes the entities Pagefind writes and numeric ones', () => {
    expect(decodeEntities('&quot;a&#39;b&#x4E2D;&#25991;')).toBe('"a\'b中文');
  });
  it('leaves unknown or impossible ones as typed', () => {
    expect(decodeEntities('&bogus; &#xD800; &#0; &#99999999;')).toBe('&bogus; &#xD800; &#0; &#99999999;');
  });
});
