/** The language's web app manifest (src/lib/web-manifest.ts), linked from every page in it. */
import type { APIRoute } from 'astro';
import { course } from '../../data/course';
import { htmlLang, localePaths, type Locale } from '../../i18n';
import { webManifest } from '../../lib/web-manifest';

export function getStaticPaths() {
  return localePaths();
}

export const GET: APIRoute = ({ params }) => {
  const lang = params['lang'] as Locale;
  const manifest = webManifest({ title: course.title[lang] ?? '', code: htmlLang[lang]!, path: lang, base: import.meta.env.BASE_URL });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
