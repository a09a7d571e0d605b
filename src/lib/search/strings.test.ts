import { describe, expect, it } from 'vitest';
import { makeUI } from '../../i18n/strings';
import { enStrings } from '../../i18n/packs/en';
import { zhCN } from '../../i18n/packs/zh-CN';
import { countText, fill, readStrings, searchStrings } from './strings';

const zh = makeUI(zhCN.strings, 'zh-CN');
const en = makeUI(enStrings, 'en');

describe('search strings', () => {
  it('round-trips both languages through the attribute', () => {
    const z = readStrings(searchStrings(zh));
    expect(countText(z, 3)).toBe('找到 3 个结果');
    expect(fill(z.chapter, { n: 11 })).toBe('第 11 章');
    const e = readStrings(searchStrings(en));
    expect(countText(e, 1)).toBe('1 result');
    expect(countText(e, 0)).toBe('0 results');
    expect(fill(e.videoAt, { t: '12:21' })).toBe('Video 12:21');
  });
  it('falls back to English for anything unreadable', () => {
    expect(readStrings('not json').count).toBe('{n} results');
    expect(readStrings(undefined).glossary).toBe('Glossary');
    expect(readStrings('{"count": 5, "none": ""}').count).toBe('{n} results');
    expect(readStrings('{"count": "共 {n} 条"}').count).toBe('共 {n} 条');
  });
  it('leaves unknown placeholders alone', () => {
    expect(fill('{n} of {m}', { n: 1 })).toBe('1 of {m}');
  });
});
