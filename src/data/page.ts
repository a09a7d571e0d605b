/**
 * The start of every /<lang>/… page that exists once per language (home, handouts, flashcards,
 * search, glossary): its language from the route's [lang], that language's strings, the site's
 * base path. `getStaticPaths` stays in each page (Astro reads it there): `return localePaths()`.
 */
import { ui, type Locale, type UIStrings } from '../i18n';

export function languagePage(params: Record<string, string | undefined>): { lang: Locale; t: UIStrings; base: string } {
  const lang = params['lang'] as Locale;
  return { lang, t: ui(lang), base: import.meta.env.BASE_URL };
}
