import { isLocale, locales, primaryLocale, type Locale } from '../i18n';
import { localeOfPath } from '../lib/paths';

/**
 * The language of the text a component is rendering: the `lang` prop that
 * remark-chapter-context.ts gives every component in a chapter file, else (a component used in a
 * page, not a chapter) the page's language from its URL.
 */
export function contentLang(astro: { url: URL; props: { lang?: Locale | undefined } }): Locale {
  const lang = astro.props.lang;
  return isLocale(lang) ? lang : (localeOfPath(astro.url.pathname, import.meta.env.BASE_URL, locales) ?? primaryLocale);
}
