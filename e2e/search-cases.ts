/**
 * What the search quality is measured on, from the course itself: every glossary term's canonical
 * names, abbreviation and aliases, each expected to find the chapter that first explains the term;
 * and a few tricky queries with the ranking they must have.
 */
import { readCourse } from '../src/lib/course-model';
import { courseDir } from '../src/lib/course-dir';
import { aliasParts } from '../src/lib/schemas';

export interface TermQuery {
  id: string;
  query: string;
  /** Slug of the chapter that introduces the term. */
  slug: string;
}

export function validCourse() {
  const { valid, problems } = readCourse(courseDir());
  if (!valid) throw new Error(`the course does not pass its checks: ${problems.map((p) => p.message).join('; ')}`);
  return valid;
}

export function termQueries(): TermQuery[] {
  const course = validCourse();
  const slugOf = (n: number) => course.chapters.find((c) => c.data.number === n)?.slug ?? `#${n}`;
  const out: TermQuery[] = [];
  for (const [id, t] of [...course.terms].sort(([a], [b]) => a.localeCompare(b))) {
    const names = [...Object.values(t.names), ...(t.abbr ? [t.abbr] : []), ...Object.values(t.aliases).flatMap((list) => list.map((a) => aliasParts(a).text))];
    for (const query of new Set(names)) out.push({ id, query, slug: slugOf(t.introduced.chapter) });
  }
  return out;
}

/** Chapter slugs of a part, by the part's id in course.yaml. */
export function partChapters(partId: string): string[] {
  return validCourse().course.parts.find((p) => p.id === partId)?.chapters ?? [];
}

/** The UI languages every case runs in. */
export const uis = ['zh', 'en', 'zh-tw'] as const;

/** Whether some hit is a chapter of `first`, and every such hit comes before any chapter of `then`. */
export function partsInOrder(keys: string[], first: string[], then: string[]): boolean {
  const slugs = keys.map((k) => k.replace(/^chapter:/, ''));
  const lastFirst = Math.max(-1, ...slugs.map((s, i) => (first.includes(s) ? i : -1)));
  const firstThen = Math.min(Infinity, ...slugs.map((s, i) => (then.includes(s) ? i : Infinity)));
  return slugs.some((s) => first.includes(s)) && lastFirst < firstThen;
}
