/**
 * The glossary decks, built with the site: /<lang>/flashcards/glossary-<lang>.apkg (Anki) and
 * .tsv (any app that imports tab-separated cards). See src/lib/anki.ts.
 */
import type { APIRoute } from 'astro';
import { deckNotes, deckOptions } from '../../../data/deck';
import { locales, type Locale } from '../../../i18n';
import { buildApkg, buildTsv } from '../../../lib/anki';
import { deckFile } from '../../../lib/flashcards';

export function getStaticPaths() {
  return locales.flatMap((lang) =>
    (['apkg', 'tsv'] as const).map((kind) => ({ params: { lang, file: deckFile(lang, kind).split('/').pop()! }, props: { kind } })),
  );
}

export const GET: APIRoute = async ({ params, props }) => {
  const lang = params['lang'] as Locale;
  const notes = await deckNotes(lang);
  const options = deckOptions(lang);
  if (props['kind'] === 'tsv') return new Response(buildTsv(notes, options.labels), { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
  const apkg = await buildApkg(notes, options);
  return new Response((apkg.buffer as ArrayBuffer).slice(apkg.byteOffset, apkg.byteOffset + apkg.byteLength), { headers: { 'Content-Type': 'application/octet-stream' } });
};
