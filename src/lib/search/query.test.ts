import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, cleanQuery, hanCount, hasHan, hasLatin, nameKey, zhSegments } from './query';

describe('cleanQuery', () => {
  it('normalizes width, spaces and quotes', () => {
    expect(cleanQuery('  Ｔｏｋｅｎ　 化 ')).toBe('Token 化');
    expect(cleanQuery('"后训练"')).toBe('后训练');
    expect(cleanQuery('「词元」')).toBe('词元');
    expect(cleanQuery('a\u0000b\u200bc')).toBe('a b c');
  });
  it('takes anything and never throws', () => {
    expect(cleanQuery(undefined)).toBe('');
    expect(cleanQuery(42)).toBe('');
    expect(cleanQuery({ toString: () => 'x' })).toBe('');
    expect(cleanQuery('   ')).toBe('');
  });
  it('cuts long input', () => {
    expect(cleanQuery('字'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('scripts and keys', () => {
  it('tells Han from Latin', () => {
    expect(hasHan('GPT-2 训练')).toBe(true);
    expect(hasHan('token')).toBe(false);
    expect(hanCount('后训练 post')).toBe(3);
    expect(hasLatin('词元')).toBe(false);
    expect(hasLatin('RLHF')).toBe(true);
  });
  it('gives names one key however they are typed', () => {
    expect(nameKey('Post-Training')).toBe(nameKey('post training'));
    expect(nameKey(' 字节 对编码 ')).toBe('字节对编码');
    expect(nameKey('ＢＰＥ')).toBe('bpe');
  });
  it('splits a Chinese query the way Pagefind does', () => {
    expect(zhSegments('分词').length).toBeGreaterThanOrEqual(1);
    expect(zhSegments('后训练').join('')).toBe('后训练');
    expect(zhSegments('a, b')).toEqual(['a', 'b']);
  });
});
