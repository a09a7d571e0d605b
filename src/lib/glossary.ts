/**
 * Ordering and grouping glossary entries by a language's collation (its `collation` fact, e.g.
 * "zh-CN-u-co-pinyin" or "en"), with A–Z letter groups. Han characters are filed under their
 * pinyin initial. Runs at build time in Node, whose ICU knows the pinyin collation.
 */
const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return c;
}

/**
 * The first character of each pinyin letter block in pinyin order (no words start with I, U, V).
 * A Chinese character belongs to the last boundary it sorts after.
 */
const BOUNDARIES = '阿八嚓哒妸发旮哈讥咔垃妈拏噢妑七呥扨它穵夕丫帀';
const LETTERS = 'ABCDEFGHJKLMNOPQRSTWXYZ';

/** The letter a term is filed under: its first Latin letter, or its first Han character's pinyin initial; "#" otherwise. */
export function indexLetter(term: string): string {
  const first = term.trim().charAt(0);
  if (/[a-z]/i.test(first)) return first.toUpperCase();
  if (/\p{Script=Han}/u.test(first)) {
    const pinyin = collator('zh-CN-u-co-pinyin');
    for (let i = BOUNDARIES.length - 1; i >= 0; i--) {
      if (pinyin.compare(first, BOUNDARIES[i]!) >= 0) return LETTERS[i]!;
    }
  }
  return '#';
}

/** Compares two names in a collation ("zh-CN-u-co-pinyin", "en"). */
export function compareTerms(collation: string, a: string, b: string): number {
  return collator(collation).compare(a, b);
}

/** Entries sorted by a collation and grouped by index letter, groups in A–Z order ("#" last). */
export function groupByLetter<T>(items: T[], nameOf: (item: T) => string, collation: string): { letter: string; items: T[] }[] {
  const sorted = [...items].sort((a, b) => compareTerms(collation, nameOf(a), nameOf(b)));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const letter = indexLetter(nameOf(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, groupItems]) => ({ letter, items: groupItems }));
}
