import { describe, expect, it } from 'vitest';
import { countCodePoints, countLoneSurrogates, formatCount, formatRatio, tokensPerChar, utf8Length } from './stats';

const utf8 = new TextEncoder();

describe('counts', () => {
  const samples = ['', 'hello world', '分词器', '👨‍👩‍👧', 'e\u0301', 'a\ud800b', '\udc00', '\ud83d', '\u0000\u007f', 'x'.repeat(1000)];

  it('counts UTF-8 bytes as TextEncoder does', () => {
    for (const s of samples) expect(utf8Length(s), JSON.stringify(s)).toBe(utf8.encode(s).length);
  });

  it('counts code points, a lone surrogate as one', () => {
    expect(countCodePoints('')).toBe(0);
    expect(countCodePoints('分词器')).toBe(3);
    expect(countCodePoints('👨‍👩‍👧')).toBe(5);
    expect(countCodePoints('a\ud800b')).toBe(3);
    for (const s of samples) expect(countCodePoints(s)).toBe([...s].length);
  });

  it('finds lone surrogates', () => {
    expect(countLoneSurrogates('a\ud800b\udc00')).toBe(2);
    expect(countLoneSurrogates('👍')).toBe(0);
    expect(countLoneSurrogates('\ud83d')).toBe(1);
  });
});

describe('tokens per character', () => {
  it('is never NaN or infinite', () => {
    expect(tokensPerChar(0, 0)).toBeUndefined();
    expect(tokensPerChar(2, 11)).toBeCloseTo(0.1818);
    expect(tokensPerChar(Number.NaN, 3)).toBeUndefined();
    expect(formatRatio(undefined, 'en')).toBe('—');
    expect(formatRatio(2 / 11, 'en')).toBe('0.18');
    expect(formatCount(1234567, 'zh-CN')).toBe('1,234,567');
    expect(formatCount(Number.NaN, 'en')).toBe('—');
  });
});
