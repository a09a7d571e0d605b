/**
 * /<lang>/sampling-model.json: the sampling playground's toy language model, trained by the
 * build on this language's chapters (src/lib/sampling/model-build.ts). Only for a course whose
 * chapters use <Sampling>.
 * A prerendered endpoint, so `npm run build` writes it next to the pages and it always matches
 * the chapters the build read. The widget fetches it only when a reader first needs it.
 */
import type { APIRoute } from 'astro';
import course from 'virtual:course';
import { locales, type Locale } from '../../i18n';
import { buildModel } from '../../lib/sampling/model-build';

export const prerender = true;

export function getStaticPaths() {
  return course.uses.sampling ? locales.map((lang) => ({ params: { lang } })) : [];
}

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Locale;
  const model = buildModel(course.dir, lang);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.info(
    `[sampling] ${lang} toy model: ${model.file.trainingPieces} training tokens, ${model.file.pieces.length} pieces, ` +
      `${Object.keys(model.file.contexts).length} contexts (min count ${model.file.minCount}); ${kb(model.bytes)} raw, ${kb(model.gzipBytes)} gzip`,
  );
  return new Response(model.json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
