/**
 * The course as pages use it: the model read once by integrations/course.ts (`virtual:course`)
 * plus the chapter and glossary collections, joined and sorted once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import model from 'virtual:course';
import type { Locale } from '../i18n/locales';

export const course = model;
/** The presets of <Sampling preset="…" /> and <Tokenizer preset="…" /> (content/widgets/). */
export const samplingPresets = model.samplingPresets;
export const tokenizerPresets = model.tokenizerPresets;

export interface Chapter {
  slug: string;
  lang: Locale;
  number: number;
  /** Index of its part in course.parts, 0-based. */
  part: number;
  startSeconds: number;
  endSeconds: number;
  /** The glossary terms it lists or links with <Term id>, sorted. */
  terms: string[];
  /** How many graded questions it has. */
  graded: number;
  entry: CollectionEntry<'chapters'>;
}

function slugOf(entry: CollectionEntry<'chapters'>): string {
  return entry.id.split('/')[1]!.replace(/^\d+-/, '');
}

/** The chapters of one language in video order. */
export async function chaptersIn(lang: Locale): Promise<Chapter[]> {
  const entries = await getCollection('chapters', (e) => e.id.startsWith(`${lang}/`));
  return entries
    .map((entry) => {
      const slug = slugOf(entry);
      const info = model.chapters.find((c) => c.slug === slug)!;
      return {
        slug,
        lang,
        number: info.number,
        part: info.part,
        startSeconds: info.startSeconds,
        endSeconds: info.endSeconds,
        terms: info.terms[lang] ?? [],
        graded: info.graded[lang] ?? 0,
        entry,
      };
    })
    .sort((a, b) => a.number - b.number);
}

/** The glossary's entries; none for a course without a glossary/ folder. */
export async function glossaryTerms(): Promise<CollectionEntry<'glossary'>[]> {
  return model.uses.glossary ? getCollection('glossary') : [];
}
