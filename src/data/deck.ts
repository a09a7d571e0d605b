/**
 * The glossary as deck notes for one language (the Anki deck and the TSV), in the course's order:
 * by the chapter and moment that introduce each term.
 */
import type { DeckNote, DeckOptions } from '../lib/anki';
import { chapterPath } from '../lib/paths';
import { locales, ui, type Locale } from '../i18n';

/**
 * The two sides of a card, the `zh` and `en` fields of a deck note: the course's first two
 * languages (one language: the same on both sides). Still shaped for two languages: see the
 * report of the generator round, flashcards are the part left to generalise.
 */
export const deckSides = { zh: locales[0]!, en: locales[1] ?? locales[0]! };
import { chaptersIn, course, glossaryTerms } from './course';

/** The chapter's address: absolute when the deployed origin (SITE_URL) is known, else the path. */
function address(path: string): string {
  const site = process.env['SITE_URL'];
  return site ? new URL(path, site).href : path;
}

export async function deckNotes(lang: Locale): Promise<DeckNote[]> {
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
      zh: term.data.names[deckSides.zh]!,
      en: term.data.names[deckSides.en]!,
      abbr: term.data.abbr,
      definition: term.data.definition[lang]!,
      chapter: chapter ? `${t.chapterLabel(chapter.number)} ${chapter.entry.data.title}` : '',
      url: address(chapter ? chapterPath(base, lang, chapter.slug) : base),
    }));
}

export function deckOptions(lang: Locale): DeckOptions {
  const t = ui(lang);
  return {
    name: `${course.title[lang]} · ${t.glossary}`,
    description: t.fcDecksNote,
    key: `${course.video.id}:glossary:${lang}`,
    labels: { zh: t.fcFieldZh, en: t.fcFieldEn, definition: t.definition, chapter: t.fcIntroducedIn, zhToEn: t.fcZhEn, enToZh: t.fcEnZh },
    time: Math.floor(Date.parse(`${course.video.published}T00:00:00Z`) / 1000),
  };
}
