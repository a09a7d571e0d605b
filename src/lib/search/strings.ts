/**
 * The interface strings the search shows at run time. The page renders them into one data
 * attribute (from src/i18n, so both languages are checked by the type system); the client reads
 * them back, falling back to English for any that are missing or not text.
 */
import type { UIStrings } from '../../i18n/strings';

export interface SearchStrings {
  /** "{n} results" */
  count: string;
  countOne: string;
  none: string;
  loading: string;
  failed: string;
  /** "Video {t}" */
  videoAt: string;
  otherText: string;
  termCard: string;
  introducedAt: string;
  glossary: string;
  /** "Chapter {n}" */
  chapter: string;
}

const fallback: SearchStrings = {
  count: '{n} results',
  countOne: '1 result',
  none: 'No results.',
  loading: 'Loading search…',
  failed: 'Search is not available right now.',
  videoAt: 'Video {t}',
  otherText: 'Other language',
  termCard: 'Term',
  introducedAt: 'First explained',
  glossary: 'Glossary',
  chapter: 'Chapter {n}',
};

/** Server side: the strings of one language, as JSON for a data attribute. */
export function searchStrings(t: UIStrings): string {
  const strings: SearchStrings = {
    count: t.searchCount,
    countOne: t.searchCountOne,
    none: t.searchNone,
    loading: t.searchLoading,
    failed: t.searchFailed,
    videoAt: t.searchVideoAt,
    otherText: t.searchOtherText,
    termCard: t.searchTermCard,
    introducedAt: t.introducedAt,
    glossary: t.glossary,
    chapter: t.template('chapterLabel'),
  };
  return JSON.stringify(strings);
}

/** Client side: the strings from the attribute; anything unreadable falls back to English. */
export function readStrings(json: string | undefined): SearchStrings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json ?? '');
  } catch {
    parsed = undefined;
  }
  const out = { ...fallback };
  if (parsed && typeof parsed === 'object') {
    for (const key of Object.keys(fallback) as (keyof SearchStrings)[]) {
      const value = (parsed as Record<string, unknown>)[key];
      if (typeof value === 'string' && value) out[key] = value;
    }
  }
  return out;
}

/** Fills "{n}" or "{t}" in a template. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export function countText(strings: SearchStrings, n: number): string {
  return n === 1 ? strings.countOne : fill(strings.count, { n });
}
