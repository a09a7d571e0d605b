/**
 * The glossary as deck notes for one language (the Anki deck, the TSV and the flashcards page),
 * in the course's order: by the chapter and moment that introduce each term. A note carries the
 * term's name in each language of its cards (deckLocales); the directions come from directionsFor().
 */
import type { DeckNote, DeckOptions } from '../lib/anki';
import { directionsFor, type Direction } from '../lib/flashcards';
import { chapterPath } from '../lib/paths';
import { besideLocales, locales, nameIn, ui, type Locale } from '../i18n';
import { chaptersIn, course, glossaryTerms } from './course';

/** The chapter's address: absolute when the deployed origin (SITE_URL) is known, else the path. */
function address(path: string): string {
  const site = process.env['SITE_URL'];
  return site ? new URL(path, site).href : path;
}

/**
 * The languages of `lang`'s cards, in the course's order: its own and the others beside it, not
 * its own in another script (no 詞元 → 词元 cards).
 */
export function deckLocales(lang: Locale): Locale[] {
  const beside = besideLocales(lang);
  return locales.filter((l) => l === lang || beside.includes(l));
}

/** A term's names in the course's order; the abbreviation follows the last one, as in the handouts: "supervised finetuning (SFT)". */
export async function deckNotes(lang: Locale): Promise<DeckNote[]> {
  const langs = deckLocales(lang);
  const t = ui(lang);
  const base = import.meta.env.BASE_URL;
  const chapters = await chaptersIn(lang);
  const terms = await glossaryTerms();
  const order = (at: string) => at.split(':').reduce((s, n) => s * 60 + Number(n), 0);
  return terms
    .map((term) => ({ term, chapter: chapters.find((c) => c.number === term.data.introduced.chapter) }))
    .sort((a, b) => a.term.data.introduced.chapter - b.term.data.introduced.chapter || order(a.term.data.introduced.at ?? '0') - order(b.term.data.introduced.at ?? '0') || a.term.id.localeCompare(b.term.id))
    .map(({ term, chapter }) => ({
      id: term.id,
      names: langs.map((l, i) => {
        const name = term.data.names[l]!;
        return i === langs.length - 1 && term.data.abbr ? `${name} (${term.data.abbr})` : name;
      }),
      definition: term.data.definition[lang]!,
      chapter: chapter ? `${t.chapterLabel(chapter.number)} ${chapter.entry.data.title}` : '',
      url: address(chapter ? chapterPath(base, lang, chapter.slug) : base),
    }));
}

/** The card directions of `lang`'s page and deck, with their names in that language ("Chinese → English"). */
export function deckDirections(lang: Locale): (Direction & { name: string })[] {
  const t = ui(lang);
  return directionsFor(deckLocales(lang), lang).map((d) => ({
    ...d,
    name: d.kind === 'names' ? t.fcFromTo(nameIn(lang, d.from), nameIn(lang, d.to)) : t.fcTermDef,
  }));
}

export function deckOptions(lang: Locale): DeckOptions {
  const t = ui(lang);
  const langs = deckLocales(lang);
  return {
    name: `${course.title[lang]} · ${t.glossary}`,
    description: t.fcDecksNote,
    key: `${course.video.id}:glossary:${lang}`,
    labels: { languages: langs.map((l) => nameIn(lang, l)), definition: t.definition, chapter: t.fcIntroducedIn },
    // Anki asks name for name; term → definition stays on the page (the definition is on every card's back).
    cards: deckDirections(lang).flatMap((d) => (d.kind === 'names' ? [{ name: d.name, front: langs.indexOf(d.from), back: langs.indexOf(d.to) }] : [])),
    time: Math.floor(Date.parse(`${course.video.published}T00:00:00Z`) / 1000),
  };
}
