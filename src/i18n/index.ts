import { locales, type Locale } from './locales';
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

/** getStaticPaths of a page that exists once per language: /zh/…, /en/…. */
export function localePaths(): { params: { lang: Locale } }[] {
  return locales.map((lang) => ({ params: { lang } }));
}

/** One page's path in every language: its hreflang alternates and the language link. */
export function inEveryLocale(pathOf: (lang: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(locales.map((lang) => [lang, pathOf(lang)])) as Record<Locale, string>;
}
