import { describe, expect, it } from 'vitest';
import { MAX_HASH, isStateHash, linkFits, parseHash, writeHash } from './permalink';
import { randomUnicode, seededRandom } from './random-text';

describe('permalinks', () => {
  it('round-trips a state', () => {
    const hash = writeHash('', 'tokenizer-1', { encoding: 'o200k_base', mode: 'compare', text: '分词器 & hello+world = 100%\n#x' });
    expect(hash.startsWith('#tokenizer-1.e=o200k_base')).toBe(true);
    const { states, problems } = parseHash(hash);
    expect(states.get('tokenizer-1')).toEqual({ encoding: 'o200k_base', mode: 'compare', text: '分词器 & hello+world = 100%\n#x' });
    expect(problems.size).toBe(0);
  });

  it('round-trips random well-formed Unicode', () => {
    const random = seededRandom(3);
    for (let i = 0; i < 200; i++) {
      const text = randomUnicode(random, 40).replace(/[\ud800-\udfff]/g, '');
      const { states } = parseHash(writeHash('', 'w', { encoding: 'r50k_base', mode: 'text', text }));
      expect(states.get('w')?.text).toBe(text);
    }
  });

  it('keeps several widgets apart and replaces a plain anchor', () => {
    let hash = writeHash('#chinese', 'a', { encoding: 'cl100k_base', mode: 'text', text: 'one' });
    hash = writeHash(hash, 'b', { encoding: 'r50k_base', mode: 'chat', text: 'two' });
    hash = writeHash(hash, 'a', { encoding: 'o200k_base', mode: 'text', text: 'three' });
    const { states } = parseHash(hash);
    expect(states.get('a')).toEqual({ encoding: 'o200k_base', mode: 'text', text: 'three' });
    expect(states.get('b')).toEqual({ encoding: 'r50k_base', mode: 'chat', text: 'two' });
    expect(writeHash(writeHash(hash, 'a', undefined), 'b', undefined)).toBe('');
  });

  it('ignores plain anchors and unrelated keys', () => {
    expect(isStateHash('#chinese')).toBe(false);
    expect(isStateHash('')).toBe(false);
    expect(parseHash('#chinese').states.size).toBe(0);
    expect(parseHash('#foo=bar&x.q=1').states.size).toBe(0);
  });

  it('reads what it can from corrupt links, never throwing', () => {
    const corrupt = [
      '#tokenizer-1.e=nope&tokenizer-1.t=hi',
      '#tokenizer-1.t=%E0%A4%A&tokenizer-1.m=%ZZ',
      '#tokenizer-1.t=%&&&==&tokenizer-1.e',
      '#tokenizer-1.e=o200k_base&tokenizer-1.e=cl100k_base',
      '#' + 'tokenizer-1.t=' + '%FF'.repeat(1000),
      '#tokenizer-1.t=' + 'a'.repeat(MAX_HASH + 10),
      '#1bad.e=o200k_base',
    ];
    for (const hash of corrupt) expect(() => parseHash(hash), hash).not.toThrow();
    expect(parseHash(corrupt[0]!).problems.get('tokenizer-1')).toEqual(['encoding']);
    expect(parseHash(corrupt[0]!).states.get('tokenizer-1')).toEqual({ text: 'hi' });
    expect(parseHash(corrupt[1]!).states.get('tokenizer-1')?.text).toBe('\ufffd%A');
    expect(parseHash(corrupt[1]!).problems.get('tokenizer-1')).toEqual(['mode']);
    expect(parseHash(corrupt[3]!).states.get('tokenizer-1')?.encoding).toBe('cl100k_base');
    expect(parseHash(corrupt[5]!).problems.get('tokenizer-1')).toEqual(['truncated']);
    expect(parseHash(corrupt[6]!).states.size).toBe(0);
  });

  it('says when a text is too long for a link', () => {
    expect(linkFits('x'.repeat(10_000))).toBe(true);
    expect(linkFits('x'.repeat(10_001))).toBe(false);
  });
});
