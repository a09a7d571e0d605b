import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import course from 'virtual:course';
import { chapterSchema, schemasFor } from './lib/schemas';

const dir = course.dir;
const pattern = '*/*.mdx';

/**
 * chapters/zh/03-tokenization.mdx → entry id "zh/03-tokenization". The chapters of derived
 * languages (zh-tw from zh) come from the folder integrations/course.ts writes them to; each glob
 * sees only its own entries, so neither removes the other's.
 */
function chapterLoader(): Loader {
  const written = glob({ pattern, base: `${dir}/chapters` });
  const derivedDir = course.derivedChaptersDir;
  if (!derivedDir) return written;
  const derivedPaths = course.languages.filter((l) => l.from).map((l) => `${l.path}/`);
  const isDerived = (id: string) => derivedPaths.some((p) => id.startsWith(p));
  const derived = glob({ pattern, base: derivedDir });
  return {
    name: 'course-chapters',
    load: async (context) => {
      await written.load({ ...context, store: scoped(context.store, (id) => !isDerived(id)) });
      await derived.load({ ...context, store: scoped(context.store, isDerived) });
    },
  };
}

/** The store as a loader sees it, with only the entries `owns` says are its own. */
function scoped<S extends { keys(): string[] }>(store: S, owns: (id: string) => boolean): S {
  return new Proxy(store, {
    get(target, key) {
      if (key === 'keys') return () => target.keys().filter(owns);
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const chapters = defineCollection({ loader: chapterLoader(), schema: chapterSchema });

/**
 * One entry per glossary/<id>.yaml, as the course model read it (with the fields of derived
 * languages filled in); names and definitions keyed by the course's language paths.
 */
const glossary = defineCollection({
  loader: () => course.glossary as Record<string, Record<string, unknown>>,
  schema: schemasFor(course.languages.map((l) => l.path)).term,
});

export const collections = { chapters, glossary };
