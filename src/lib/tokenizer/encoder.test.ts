import { encode as cl100kEncode } from 'gpt-tokenizer/encoding/cl100k_base';
import { encode as o200kEncode } from 'gpt-tokenizer/encoding/o200k_base';
import { encode as r50kEncode } from 'gpt-tokenizer/encoding/r50k_base';
import { describe, expect, it } from 'vitest';
import { encodingNames } from './encodings';
import { loadEncoder } from './node-encoders';
import { randomUnicode, seededRandom } from './random-text';

const official = { r50k_base: r50kEncode, cl100k_base: cl100kEncode, o200k_base: o200kEncode };
const plainText = { disallowedSpecial: new Set<string>() };

describe('createEncoder', () => {
  it('gives the lecture’s ids in cl100k_base', async () => {
    const cl = await loadEncoder('cl100k_base');
    expect(cl.encode('hello world')).toEqual([15339, 1917]);
    expect(cl.encode('helloworld')).toEqual([71, 96392]);
    expect(cl.encode('hello  world')).toEqual([15339, 220, 1917]);
  });

  it('splits 分词器 into 7, 4 and 3 tokens in r50k, cl100k and o200k', async () => {
    const counts = await Promise.all(encodingNames.map(async (e) => (await loadEncoder(e)).encode('分词器').length));
    expect(counts).toEqual([7, 4, 3]);
  });

  it('treats special-token strings typed as text as plain text', async () => {
    for (const name of encodingNames) {
      const encoder = await loadEncoder(name);
      const ids = encoder.encode('a <|endoftext|> b <|im_start|>');
      expect(ids.some((id) => encoder.isSpecial(id))).toBe(false);
      expect(ids).toEqual(official[name]('a <|endoftext|> b <|im_start|>', plainText));
    }
  });

  it('knows the chat special tokens where the encoding has them', async () => {
    expect((await loadEncoder('o200k_base')).specialId('<|im_start|>')).toBe(200003);
    expect((await loadEncoder('cl100k_base')).specialId('<|im_sep|>')).toBe(100266);
    expect((await loadEncoder('r50k_base')).specialId('<|im_start|>')).toBeUndefined();
  });

  it('round-trips random Unicode through bytes and agrees with gpt-tokenizer', async () => {
    const random = seededRandom(42);
    const utf8 = new TextEncoder();
    for (const name of encodingNames) {
      const encoder = await loadEncoder(name);
      for (let i = 0; i < 60; i++) {
        const text = randomUnicode(random, 1 + Math.floor(random() * 80));
        const ids = encoder.encode(text);
        const bytes = ids.flatMap((id) => [...encoder.tokenBytes(id)]);
        // Token bytes concatenate to the text's UTF-8 (lone surrogates as U+FFFD, as TextEncoder does).
        expect(bytes).toEqual([...utf8.encode(text)]);
        expect(ids).toEqual(official[name](text, plainText));
      }
    }
  });

  it('handles the empty string and an unknown id', async () => {
    const o = await loadEncoder('o200k_base');
    expect(o.encode('')).toEqual([]);
    expect(o.tokenBytes(-1)).toEqual(new Uint8Array(0));
    expect(o.tokenBytes(10_000_000)).toEqual(new Uint8Array(0));
  });
});
