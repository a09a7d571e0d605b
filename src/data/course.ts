/**
 * The course as pages use it: course.yaml plus the chapter and glossary collections, joined and
 * sorted once. Everything course-specific comes from the content folder.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadCourse, loadSamplingPresets, loadTokenizerPresets } from '../lib/course-file';
import { courseDir } from '../lib/course-dir';
import { parseTimestamp } from '../lib/timestamps';
import type { Locale } from '../i18n/locales';

export const course = loadCourse(courseDir());
/** The presets of <Sampling preset="…" /> and <Tokenizer preset="…" /> (content/widgets/). */
export const samplingPresets = loadSamplingPresets(courseDir());
export const tokenizerPresets = loadTokenizerPresets(courseDir());

export interface Chapter {
  slug: string;
  lang: Locale;
  number: number;
  /** Index of its part in course.parts, 0-based. */
  part: number;
  startSeconds: number;
  endSeconds: number;
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
      return {
        slug,
        lang,
        number: entry.data.number,
        part: course.parts.findIndex((p) => p.chapters.includes(slug)),
        startSeconds: parseTimestamp(entry.data.start)!,
        endSeconds: parseTimestamp(entry.data.end)!,
        entry,
      };
    })
    .sort((a, b) => a.number - b.number);
}

export async function glossaryTerms() {
  return getCollection('glossary');
}
