import { encode as cl100kEncode } from 'gpt-tokenizer/encoding/cl100k_base';
import { encode as o200kEncode } from 'gpt-tokenizer/encoding/o200k_base';
import { encode as r50kEncode } from 'gpt-tokenizer/encoding/r50k_base';
import { describe, expect, it } from 'vitest';
import { asText, createBytePairEncoder, type RankTable } from './bpe';
import { encodingNames } from './encodings';
import { loadEncoder } from './node-encoders';
import { readCourse } from '../course-model';
import { randomUnicode, seededRandom } from './random-text';

const official = { r50k_base: r50kEncode, cl100k_base: cl100kEncode, o200k_base: o200kEncode };
const plainText = { disallowedSpecial: new Set<string>() };

/** A tiny byte-level table: the 256 bytes, then the merges given, in rank order. */
function tinyTable(...merges: (string | number[])[]): RankTable {
  const bytes = Array.from({ length: 256 }, (_, b) => (b < 0x80 ? String.fromCharCode(b) : [b]));
  return [...bytes, ...merges];
}
const whole = /[\s\S]+/gu;

describe('createBytePairEncoder', () => {
  it('merges the lowest-ranked pair first', () => {
    const bpe = createBytePairEncoder(tinyTable('bc', 'ab'), whole);
    // bc (256) beats ab (257), though ab comes first in the text.
    expect(bpe.encode('abc')).toEqual([97, 256]);
    // A piece that is a token is that token.
    expect(createBytePairEncoder(tinyTable('bc', 'ab', 'abc'), whole).encode('abc')).toEqual([258]);
  });

  it('takes the leftmost of equal pairs, as tiktoken does', () => {
    const bpe = createBytePairEncoder(tinyTable('aa'), whole);
    expect(bpe.encode('aaa')).toEqual([256, 97]);
    expect(bpe.encode('aaaaa')).toEqual([256, 256, 97]);
  });

  it('merges bytes of a character that are not text on their own', () => {
    // 分 is E5 88 86: the first two bytes merge as bytes, then join the third.
    const bpe = createBytePairEncoder(tinyTable([0xe5, 0x88], '分'), whole);
    expect(bpe.encode('分')).toEqual([257]);
  });

  it('refuses a table without every byte', () => {
    expect(() => createBytePairEncoder(['a', 'b'], whole)).toThrow(/single byte/);
  });

  it('gives gpt-tokenizer’s ids on the presets, random Unicode and long runs', async () => {
    const random = seededRandom(7);
    const texts = [
      // The fixture course's presets (the generator tests use no course of their own).
      ...Object.values(readCourse('e2e/fixtures/course').model!.tokenizerPresets).map((p) => p.text),
      'Tokenization: 分词器 turns text into tokens. <|im_start|>user\nhi',
      ...Array.from({ length: 40 }, () => randomUnicode(random, 1 + Math.floor(random() * 200))),
      'a'.repeat(3000),
      ' '.repeat(3000),
      '分词器'.repeat(500),
      '👩‍👩‍👧‍👦'.repeat(100),
      'e\u0301'.repeat(500),
      '9.11 > 9.9 '.repeat(50),
    ];
    for (const name of encodingNames) {
      const encoder = await loadEncoder(name);
      for (const text of texts) expect(encoder.encode(text)).toEqual(official[name](text, plainText));
    }
    // Reads a fixture course (with its OpenCC conversion) and loads three encodings: slow on a busy machine.
  }, 60_000);

  it('gives the same ids the second time, from its caches', async () => {
    const o = await loadEncoder('o200k_base');
    const text = '分词器把文字切成词元。'.repeat(20);
    expect(o.encode(text)).toEqual(o.encode(text));
  });
});

describe('asText', () => {
  const key = (...bytes: number[]) => String.fromCharCode(...bytes);
  it('decodes valid UTF-8', () => {
    expect(asText('hello')).toBe('hello');
    expect(asText(key(0xe5, 0x88, 0x86))).toBe('分');
    expect(asText(key(0xf0, 0x9f, 0x98, 0x80))).toBe('😀');
    expect(asText(key(0xc3, 0xa9))).toBe('é');
  });
  it('rejects part of a character, overlong forms, surrogates and values past U+10FFFF', () => {
    expect(asText(key(0xe5, 0x88))).toBeUndefined();
    expect(asText(key(0x88, 0x86))).toBeUndefined();
    expect(asText(key(0xc0, 0x80))).toBeUndefined();
    expect(asText(key(0xe0, 0x80, 0x80))).toBeUndefined();
    expect(asText(key(0xed, 0xa0, 0x80))).toBeUndefined();
    expect(asText(key(0xf4, 0x90, 0x80, 0x80))).toBeUndefined();
    expect(asText(key(0xff))).toBeUndefined();
  });
});
