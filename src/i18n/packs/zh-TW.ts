/**
 * The generator's Traditional Chinese (Taiwan): the Simplified pack converted by OpenCC with Taiwan
 * phrases, so it never lags behind zh-CN.ts, plus the few strings a reader in Taiwan would word
 * differently from the conversion.
 */
import { chineseConverter, convertDeep } from '../../lib/chinese-conversion';
import type { LanguagePack, Strings } from '../strings';
import { zhCN } from './zh-CN';

const toTaiwan = chineseConverter('zh-CN', 'zh-TW');

const strings: Strings = {
  ...convertDeep(zhCN.strings, toTaiwan),
  // Links into this edition name its script: a reader may also meet a Simplified one.
  readThisLanguage: '閱讀繁體中文版',
  enterThisLanguage: '進入繁體中文版',
  thisLanguageEntry: '繁體中文詞條',
};

export const zhTW: LanguagePack = {
  code: 'zh-TW',
  facts: {
    label: '繁體中文',
    // Glossary order by pinyin with A–Z groups, as zh-CN (src/lib/glossary.ts groups by pinyin
    // initial; zhuyin groups would need reading data that Intl does not expose).
    collation: 'zh-TW-u-co-pinyin',
    quotes: { open: '（', close: '）' },
    reading: { unit: 'han', perMinute: 400 },
    ogLocale: 'zh_TW',
  },
  strings,
};
