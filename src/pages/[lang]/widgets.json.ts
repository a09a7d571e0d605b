/**
 * /<lang>/widgets.json: what the widgets need once they come to life, in this language: the
 * run-time strings of the widgets the course uses (only the keys their code reads) and, with the
 * tokenizer, gpt-tokenizer's model list. Kept out of the pages, where it cost a widget page about
 * 2.5 KB gzip; the elements fetch it (src/islands/widget-data.ts) and the offline cache keeps it
 * with the language. Only for a course whose chapters use a widget.
 */
import type { APIRoute } from 'astro';
import course from 'virtual:course';
import { locales, ui, type Locale } from '../../i18n';
import { clientStrings } from '../../i18n/client-strings';
import { samplingClientKeys } from '../../islands/sampling/messages';
import { tokenizerClientKeys } from '../../islands/tokenizer/messages';
import { modelList } from '../../lib/tokenizer/models';

export const prerender = true;

export function getStaticPaths() {
  return course.uses.tokenizer || course.uses.sampling ? locales.map((lang) => ({ params: { lang } })) : [];
}

export const GET: APIRoute = ({ params }) => {
  const t = ui(params.lang as Locale);
  const keys = [...(course.uses.tokenizer ? tokenizerClientKeys : []), ...(course.uses.sampling ? samplingClientKeys : [])];
  const data = {
    strings: clientStrings(t, keys),
    models: course.uses.tokenizer ? modelList().map((m) => [m.model, m.encoding]) : [],
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
