/**
 * The course's languages and their interface strings, for pages and components (from
 * `virtual:course`, built once by integrations/course.ts). Pure modules in src/lib take the
 * language list as a parameter instead.
 */
import course from 'virtual:course';
import { languageName, otherLanguages, sameLanguage, type Language } from '../lib/languages';
import { makeUI, type UIStrings } from './strings';
import type { Locale } from './locales';

export type { Locale, UIStrings, Language };

/** The course's languages in order; the first is the primary one. */
export const languages: readonly Language[] = course.languages;
/** Their paths: /zh/…, /en/…. */
export const locales: readonly Locale[] = languages.map((l) => l.path);
export const primaryLocale: Locale = locales[0]!;

/** <html lang> and hreflang of each language path. */
export const htmlLang: Readonly<Record<Locale, string>> = Object.fromEntries(languages.map((l) => [l.path, l.code]));

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && locales.includes(value);
}

export function language(lang: Locale): Language {
  return languages.find((l) => l.path === lang) ?? languages[0]!;
}

/** The other languages of the course, in its order. */
export function otherLocales(lang: Locale): Locale[] {
  return otherLanguages(languages, lang).map((l) => l.path);
}

/**
 * The other languages whose text a page shows beside its own (other titles, a term's names in
 * running text, the side-by-side partner): not its own language in another script, since 詞元
 * beside 词元 tells a reader nothing.
 */
export function besideLocales(lang: Locale): Locale[] {
  return otherLanguages(languages, lang)
    .filter((l) => !sameLanguage(l, language(lang)))
    .map((l) => l.path);
}

/**
 * What running text and titles give beside a page's own: one name per other language, the first
 * of its scripts in the course's order (an English page gives 词元, not 词元 and 詞元; the
 * glossary and the term cards give every script).
 */
export function translationLocales(lang: Locale): Locale[] {
  const out: Language[] = [];
  for (const l of besideLocales(lang).map(language)) if (!out.some((o) => sameLanguage(o, l))) out.push(l);
  return out.map((l) => l.path);
}

/** The languages side by side can pair a page with, the default first: other languages, then its own in another script. */
export function partnerLocales(lang: Locale): Locale[] {
  const beside = besideLocales(lang);
  return [...beside, ...otherLocales(lang).filter((l) => !beside.includes(l))];
}

/** What `lang`'s pages call the language `other` ("英语", "Chinese"), for strings like "Text in {language}". */
export function nameIn(lang: Locale, other: Locale): string {
  return languageName(language(lang).code, language(other), languages, language(lang).names);
}

const cache = new Map<Locale, UIStrings>();

/** The interface strings of a language. */
export function ui(lang: Locale): UIStrings {
  let t = cache.get(lang);
  if (!t) {
    t = makeUI(course.ui[lang] ?? course.ui[primaryLocale]!, language(lang).code);
    cache.set(lang, t);
  }
  return t;
}

/** getStaticPaths of a page that exists once per language: /zh/…, /en/…. */
export function localePaths(): { params: { lang: Locale } }[] {
  return locales.map((lang) => ({ params: { lang } }));
}

/** One page's path in every language: its hreflang alternates and the language links. */
export function inEveryLocale(pathOf: (lang: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(locales.map((lang) => [lang, pathOf(lang)]));
}
