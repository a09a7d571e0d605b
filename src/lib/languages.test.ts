import { describe, expect, it } from 'vitest';
import { en } from '../i18n/packs/en';
import { zhCN } from '../i18n/packs/zh-CN';
import { languageName, type Language } from './languages';

const english: Language = { code: 'en', path: 'en', ...en.facts };
const chinese: Language = { code: 'zh-CN', path: 'zh', ...zhCN.facts };
const french: Language = { code: 'fr', path: 'fr', label: 'Français', collation: 'fr', quotes: { open: ' (', close: ')' }, reading: { unit: 'word', perMinute: 200 }, ogLocale: 'fr_FR' };

describe('languageName', () => {
  it('uses the language’s own word where it has one, else Intl', () => {
    expect(languageName('zh-CN', english, [], zhCN.facts.names)).toBe('英文');
    expect(languageName('zh-CN', french, [], zhCN.facts.names)).toBe('法语');
    expect(languageName('en', chinese, [], en.facts.names)).toBe('Chinese');
    expect(languageName('en', french)).toBe('French');
  });
  it('tells the same language in two scripts apart by its script', () => {
    const traditional: Language = { ...chinese, code: 'zh-TW', path: 'zh-tw', label: '繁體中文' };
    const all = [chinese, english, traditional];
    expect(languageName('zh-TW', chinese, all)).toBe('簡體中文');
    expect(languageName('zh-CN', traditional, all)).toBe('繁体中文');
    expect(languageName('en', traditional, all)).toBe('Traditional Chinese');
    expect(languageName('en', chinese, [chinese, english])).toBe('Chinese');
  });
  it('falls back to the language’s label for a code Intl cannot read', () => {
    expect(languageName('not a code!', french)).toBe('Français');
  });
});
