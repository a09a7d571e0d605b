import { describe, expect, it } from 'vitest';
import { enStrings } from '../../i18n/packs/en';
import { zhCN } from '../../i18n/packs/zh-CN';
import { readClientStrings, clientStrings } from '../../i18n/client-strings';
import { loneSurrogates, tokenizerClientKeys, tokenLabel } from './messages';

const en = readClientStrings(clientStrings(enStrings, tokenizerClientKeys), tokenizerClientKeys);
const zh = readClientStrings(clientStrings(zhCN.strings, tokenizerClientKeys), tokenizerClientKeys);

describe('tokenizer messages', () => {
  it('read a token with one id or several, ids joined the language’s way', () => {
    expect(tokenLabel(en, 'hello', [15339], 'en')).toBe('hello: id 15339');
    expect(tokenLabel(en, '词', [5, 6], 'en')).toBe('词: 2 tokens, ids 5, 6');
    expect(tokenLabel(zh, '词', [5, 6, 7], 'zh-CN')).toBe('词：3 个词元，编号 5、6、7');
  });
  it('say one surrogate or several', () => {
    expect(loneSurrogates(en, 1, 'en')).toMatch(/^The text has 1 unpaired surrogate,/);
    expect(loneSurrogates(en, 3, 'en')).toMatch(/^The text has 3 unpaired surrogates,/);
    expect(loneSurrogates(zh, 2, 'zh-CN')).toMatch(/^文字里有 2 个/);
  });
  it('stay text when the strings were garbage', () => {
    const none = readClientStrings('nonsense', tokenizerClientKeys);
    expect(tokenLabel(none, 'x', [1, 2], 'en')).toBe('');
    expect(loneSurrogates(none, 2, 'en')).toBe('');
  });
});
