/** The languages the generator ships strings and facts for, matched to a course's languages by code. */
import type { LanguagePack } from '../strings';
import { en } from './en';
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';

export const packs: readonly LanguagePack[] = [zhCN, zhTW, en];

/**
 * The pack for a BCP 47 code: the same code, else the same language without region or script
 * ("en-GB" → en). Chinese never falls back across scripts: zh-HK gets neither zh-CN nor zh-TW strings.
 */
export function packFor(code: string): LanguagePack | undefined {
  const lower = code.toLowerCase();
  const exact = packs.find((p) => p.code.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0]!;
  if (base === 'zh') return undefined;
  return packs.find((p) => p.code.toLowerCase() === base);
}
