/**
 * Every URL the site writes goes through here, so a sub-path deploy (`BASE_PATH=/llm-notes/`)
 * changes one thing. `base` is Astro's `import.meta.env.BASE_URL` ("/" or "/llm-notes/").
 */
import { isLocaleIn, type Locale } from '../i18n/locales';

/** Joins the base and a site path ("zh/tokenization/") without doubling or losing slashes. */
export function withBase(base: string, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

export function homePath(base: string, lang: Locale): string {
  return withBase(base, `${lang}/`);
}

export function chapterPath(base: string, lang: Locale, slug: string, section?: string): string {
  return withBase(base, `${lang}/${slug}/`) + (section ? `#${section}` : '');
}

export function glossaryPath(base: string, lang: Locale, termId?: string): string {
  return withBase(base, `${lang}/glossary/`) + (termId ? `#${termId}` : '');
}

export function searchPath(base: string, lang: Locale, query?: string): string {
  return withBase(base, `${lang}/search/`) + (query ? `?q=${encodeURIComponent(query)}` : '');
}

/** A language's data for the widgets once they come to life (src/pages/[lang]/widgets.json.ts). */
export function widgetDataPath(base: string, lang: Locale): string {
  return withBase(base, `${lang}/widgets.json`);
}

/**
 * The same page in another language: swaps the locale segment after the base and keeps the rest
 * (slug, query, hash). A path outside any of `locales` goes to the other language's home.
 */
export function switchLocale(pathname: string, base: string, to: Locale, locales: readonly Locale[]): string {
  const b = withBase(base);
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  const [first, ...tail] = rest.split('/');
  if (!isLocaleIn(locales, first)) return homePath(base, to);
  return withBase(base, [to, ...tail].join('/'));
}

/** The locale (one of `locales`) a path belongs to, or undefined (the landing page, 404). */
export function localeOfPath(pathname: string, base: string, locales: readonly Locale[]): Locale | undefined {
  const b = withBase(base);
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  const first = rest.split('/')[0];
  return locales.find((l) => l === first);
}

/** "03-tokenization.mdx" → { number: 3, slug: "tokenization" }; undefined when the name is off. */
export function parseChapterFileName(fileName: string): { number: number; slug: string } | undefined {
  const match = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/.exec(fileName);
  if (!match) return undefined;
  return { number: Number(match[1]), slug: match[2]! };
}
