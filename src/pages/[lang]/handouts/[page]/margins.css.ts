/** The margin boxes of one handout page, as a stylesheet (src/data/handout-margins.ts). */
import type { APIRoute } from 'astro';
import { handoutMarginsCss, handoutPages } from '../../../../data/handout-margins';
import { locales, type Locale } from '../../../../i18n';

export async function getStaticPaths() {
  const paths = [];
  for (const lang of locales) for (const page of await handoutPages(lang)) paths.push({ params: { lang, page } });
  return paths;
}

export const GET: APIRoute = async ({ params, site }) => {
  const css = await handoutMarginsCss(params.lang as Locale, params.page!, import.meta.env.BASE_URL, site);
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
