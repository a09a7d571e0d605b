import type { Locale } from './locales';
import { en } from './ui/en';
import type { UIStrings } from './ui/types';
import { zh } from './ui/zh';

export * from './locales';
export type { UIStrings };

const strings: Record<Locale, UIStrings> = { zh, en };

/** The interface strings of a language. */
export function ui(lang: Locale): UIStrings {
  return strings[lang];
}
