import { describe, expect, it } from 'vitest';
import { loadEncoder } from './node-encoders';
import { randomUnicode, seededRandom } from './random-text';
import { groupTokens, isWholeCharacters, owedAfter } from './segments';

const utf8 = new TextEncoder();

describe('UTF-8 boundaries', () => {
  it('counts the continuation bytes still owed', () => {
    expect(owedAfter([0x68])).toBe(0);
    expect(owedAfter([0xe5])).toBe(2);
    expect(owedAfter([0xe5, 0x88])).toBe(1);
    expect(owedAfter([0x86], 1)).toBe(0);
    expect(owedAfter([0xf0, 0x9f])).toBe(2);
    // A stray continuation byte does not leave the count negative.
    expect(owedAfter([0x80, 0x80])).toBe(0);
  });

  it('knows whole characters from pieces', () => {
    expect(isWholeCharacters(utf8.encode('分'))).toBe(true);
    expect(isWholeCharacters([0xe5, 0x88])).toBe(false);
    expect(isWholeCharacters([0x86])).toBe(false);
    expect(isWholeCharacters([])).toBe(true);
  });
});

describe('groupTokens', () => {
  it('keeps whole-character tokens as groups of one', async () => {
    const cl = await loadEncoder('cl100k_base');
    const { groups } = groupTokens(cl.encode('hello world'), (id) => cl.tokenBytes(id));
    expect(groups.map((g) => [g.text, g.ids, g.partial])).toEqual([
      ['hello', [15339], [false]],
      [' world', [1917], [false]],
    ]);
  });

  it('gathers the byte tokens of one Chinese character into one group', async () => {
    const r50k = await loadEncoder('r50k_base');
    const ids = r50k.encode('分词器');
    expect(ids).toHaveLength(7);
    const { groups } = groupTokens(ids, (id) => r50k.tokenBytes(id));
    expect(groups.map((g) => g.text)).toEqual(['分', '词', '器']);
    expect(groups.map((g) => g.ids.length)).toEqual([2, 2, 3]);
    expect(groups.flatMap((g) => g.ids)).toEqual(ids);
    expect(groups[0]!.bytes.flat()).toEqual([...utf8.encode('分')]);
    expect(groups[0]!.partial).toEqual([true, true]);
  });

  it('gathers a ZWJ emoji family split into byte tokens', async () => {
    const o = await loadEncoder('o200k_base');
    const text = '👨‍👩‍👧';
    const { groups } = groupTokens(o.encode(text), (id) => o.tokenBytes(id));
    expect(groups.map((g) => g.text).join('')).toBe(text);
    // Each emoji is one group of two tokens; the ZWJs are whole tokens.
    expect(groups.map((g) => g.ids.length)).toEqual([2, 1, 2, 1, 2]);
  });

  it('never splits a character across groups, for any text', async () => {
    const random = seededRandom(7);
    for (const name of ['r50k_base', 'cl100k_base', 'o200k_base'] as const) {
      const encoder = await loadEncoder(name);
      for (let i = 0; i < 40; i++) {
        const text = randomUnicode(random, 60);
        const ids = encoder.encode(text);
        const { groups, shownTokens } = groupTokens(ids, (id) => encoder.tokenBytes(id));
        expect(shownTokens).toBe(ids.length);
        expect(groups.flatMap((g) => g.ids)).toEqual(ids);
        for (const g of groups) {
          expect(isWholeCharacters(g.bytes.flat())).toBe(true);
        }
        // Lone surrogates are U+FFFD in UTF-8; the groups spell the well-formed text.
        expect(groups.map((g) => g.text).join('')).toBe(text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
      }
    }
  });

  it('stops after the limit, finishing the group it is in', async () => {
    const r50k = await loadEncoder('r50k_base');
    const ids = r50k.encode('分词器分词器');
    const { groups, shownTokens } = groupTokens(ids, (id) => r50k.tokenBytes(id), { limit: 3 });
    expect(groups.map((g) => g.text)).toEqual(['分', '词']);
    expect(shownTokens).toBe(4);
  });

  it('makes every special token its own group', () => {
    const bytes = (id: number) => (id === 99 ? utf8.encode('<|im_start|>') : utf8.encode('x'));
    const { groups } = groupTokens([99, 1, 99], bytes, { isSpecial: (id) => id === 99 });
    expect(groups.map((g) => [g.text, g.special])).toEqual([
      ['<|im_start|>', true],
      ['x', false],
      ['<|im_start|>', true],
    ]);
  });

  it('returns nothing for no tokens', () => {
    expect(groupTokens([], () => new Uint8Array())).toEqual({ groups: [], shownTokens: 0 });
  });
});
