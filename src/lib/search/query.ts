/**
 * What the search makes of a query before asking Pagefind: cleaned text, which scripts it uses,
 * and the key it has when compared with glossary names and part names.
 */
import { normalizeForFilter } from '../filter-text';

/** Longest query the search takes; longer input is cut (nobody types a paragraph into search). */
export const MAX_QUERY_LENGTH = 80;

const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;

/**
 * The query as it is searched: Unicode-normalized (full-width letters and digits become ASCII),
 * control characters and quotes removed (a quoted query is Pagefind's exact-phrase syntax, which
 * the search uses itself), whitespace collapsed, cut to MAX_QUERY_LENGTH.
 */
export function cleanQuery(input: unknown): string {
  if (typeof input !== 'string') return '';
  return input
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}"“”«»「」『』]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** How many Han characters the text has. */
export function hanCount(text: string): number {
  return text.match(HAN_GLOBAL)?.length ?? 0;
}

export function hasLatin(text: string): boolean {
  return /[a-z0-9]/i.test(text);
}

/** The key a query is compared with names under: the glossary filter's normalization. */
export function nameKey(text: string): string {
  return normalizeForFilter(cleanQuery(text));
}

/**
 * The words Pagefind's Chinese index search splits a query into (it uses the browser's
 * Intl.Segmenter the same way). Without Intl.Segmenter, one word per run of Han characters.
 */
export function zhSegments(text: string): string[] {
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  }
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
