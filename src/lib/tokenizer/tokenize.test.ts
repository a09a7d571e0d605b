import { describe, expect, it } from 'vitest';
import { encodingNames, encodingsFor, normalizeState } from './encodings';
import { encodingOfModel, modelList } from './models';
import { loadEncoder } from './node-encoders';
import { tokenizePane } from './tokenize';

describe('tokenizePane', () => {
  it('counts tokens, characters and bytes', async () => {
    const r = tokenizePane(await loadEncoder('cl100k_base'), 'hello world', 'text');
    expect(r).toMatchObject({ encoding: 'cl100k_base', tokens: 2, chars: 11, bytes: 11, special: 0, shownTokens: 2 });
    expect(r.groups.map((g) => g.ids)).toEqual([[15339], [1917]]);
  });

  it('handles empty text, control characters and lone surrogates', async () => {
    const o = await loadEncoder('o200k_base');
    expect(tokenizePane(o, '', 'text')).toMatchObject({ tokens: 0, chars: 0, bytes: 0, groups: [] });
    expect(tokenizePane(o, '', 'chat')).toMatchObject({ tokens: 3, special: 2 });
    const odd = tokenizePane(o, 'a\u0000\ud800\u0301', 'text');
    expect(odd.loneSurrogates).toBe(1);
    expect(odd.tokens).toBeGreaterThan(0);
  });

  it('caps the drawn tokens of a long text but counts them all', async () => {
    const o = await loadEncoder('o200k_base');
    const text = '分词器，'.repeat(20_000);
    const r = tokenizePane(o, text, 'text', 500);
    expect(r.tokens).toBe(o.encode(text).length);
    expect(r.shownTokens).toBeGreaterThanOrEqual(500);
    expect(r.shownTokens).toBeLessThan(505);
    expect(r.chars).toBe(80_000);
  });

  it('falls back to plain text when chat is asked of r50k_base', async () => {
    const r = tokenizePane(await loadEncoder('r50k_base'), 'user: hi', 'chat');
    expect(r.chatUnsupported).toBe(true);
    expect(r.special).toBe(0);
  });
});


describe('encodings and models', () => {
  it('puts the selected encoding first when comparing', () => {
    expect(encodingsFor('compare', 'cl100k_base')).toEqual(['cl100k_base', 'r50k_base', 'o200k_base']);
    expect(encodingsFor('text', 'cl100k_base')).toEqual(['cl100k_base']);
  });

  it('moves the chat view off r50k_base', () => {
    expect(normalizeState({ text: '', encoding: 'r50k_base', mode: 'chat' })).toEqual({
      state: { text: '', encoding: 'o200k_base', mode: 'chat' },
      notes: ['chat-encoding'],
    });
    expect(normalizeState({ text: '', encoding: 'r50k_base', mode: 'text' }).notes).toEqual([]);
  });

  it('maps gpt-tokenizer’s model names onto the three encodings', () => {
    expect(encodingOfModel('gpt-4')).toBe('cl100k_base');
    expect(encodingOfModel('GPT-4o')).toBe('o200k_base');
    expect(encodingOfModel('gpt-3.5-turbo')).toBe('cl100k_base');
    expect(encodingOfModel('gpt2')).toBe('r50k_base');
    expect(encodingOfModel('davinci')).toBe('r50k_base');
    expect(encodingOfModel('text-davinci-003')).toBeUndefined(); // p50k_base
    expect(encodingOfModel('no-such-model')).toBeUndefined();
    const list = modelList();
    expect(list.length).toBeGreaterThan(100);
    expect(new Set(list.map((m) => m.encoding))).toEqual(new Set(encodingNames));
  });
});
