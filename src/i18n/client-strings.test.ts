import { describe, expect, it } from 'vitest';
import { clientStrings, readClientStrings } from './client-strings';
import { enStrings } from './packs/en';
import { packs } from './packs';
import { placeholders } from './strings';
import { samplingClientKeys } from '../islands/sampling/messages';
import { tokenizerClientKeys } from '../islands/tokenizer/messages';

describe('client strings', () => {
  it('ship only the keys asked for, and read back what was shipped', () => {
    const shipped = JSON.parse(JSON.stringify(clientStrings(enStrings, ['sampling.drew', 'sampling.off'])));
    expect(shipped).toEqual({ 'sampling.drew': 'Drew {t}', 'sampling.off': 'off' });
    expect(readClientStrings(shipped, ['sampling.drew', 'sampling.off'] as const)).toEqual({ 'sampling.drew': 'Drew {t}', 'sampling.off': 'off' });
  });
  it('read garbage as empty strings, never throwing', () => {
    for (const bad of [undefined, null, '', 'text', 42, [1, 2], { a: 5, b: null }, Object.create(null)]) {
      expect(readClientStrings(bad, ['a', 'b'] as const)).toEqual({ a: '', b: '' });
    }
    expect(readClientStrings({ a: 'x', b: { y: 1 } }, ['a', 'b'] as const)).toEqual({ a: 'x', b: '' });
    // An inherited property is not a string the build shipped.
    expect(readClientStrings({}, ['toString'] as const)).toEqual({ toString: '' });
  });
});

describe('widget strings in the packs', () => {
  const widgetKeys = Object.keys(enStrings).filter((k) => /^(tokenizer|sampling)\./.test(k));
  it('are pack keys, so a course can override them and a language missing one fails the build', () => {
    for (const key of [...tokenizerClientKeys, ...samplingClientKeys]) expect(Object.keys(enStrings), key).toContain(key);
    expect(widgetKeys.length).toBeGreaterThan(90);
  });
  it('use the same placeholders in every shipped language', () => {
    for (const pack of packs) {
      for (const key of widgetKeys) expect(placeholders(pack.strings[key as keyof typeof enStrings]), `${pack.code} ${key}`).toEqual(placeholders(enStrings[key as keyof typeof enStrings]));
    }
  });
});
