import { isLocale, type Locale } from '../i18n';
import { localeOfPath } from '../lib/paths';

/**
 * The language of the text a component is rendering: a `lang` prop given by mdxComponentsWith()
 * (the other column of the bilingual reading mode), else the page's language from its URL.
 */
export function contentLang(astro: { url: URL; props: { lang?: Locale | undefined } }): Locale {
  const lang = astro.props.lang;
  return isLocale(lang) ? lang : (localeOfPath(astro.url.pathname, import.meta.env.BASE_URL) ?? 'en');
}
