/**
 * The generator's Traditional Chinese (Taiwan): the Simplified pack converted by OpenCC with Taiwan
 * phrases, so it never lags behind zh-CN.ts; interface words Taiwan says otherwise are fixed as
 * phrases (reviewed by a reader in Taiwan), and the strings that name the script are its own.
 */
import { chineseConverter, convertDeep } from '../../lib/chinese-conversion';
import type { LanguagePack, Strings } from '../strings';
import { zhCN } from './zh-CN';

/** Where OpenCC's Taiwan phrases are not what a Taiwanese interface says (Simplified → wanted). */
const TAIWAN_UI: Record<string, string> = {
  主导航: '主要導覽',
  查看答案: '顯示答案',
  来复习: '來複習',
  扫码观看的二维码: '掃描觀看的 QR 碼',
  扫码从: '掃描 QR 碼從',
  导航和按钮: '導覽列和按鈕',
  构建网页时: '建置網頁時',
  在构建时生成: '在建置時產生',
  别的应用里: '別的應用程式裡',
  其他应用: '其他應用程式',
  纯文本: '純文字',
  示例: '範例',
  当前: '目前',
  这个地址: '這個網址',
  重置: '重設',
  卡组: '牌組',
};

const toTaiwan = chineseConverter('zh-CN', 'zh-TW', TAIWAN_UI);

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
  uiPhrases: TAIWAN_UI,
};
