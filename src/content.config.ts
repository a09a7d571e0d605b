import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import course from 'virtual:course';
import { chapterSchema, schemasFor } from './lib/schemas';

const dir = course.dir;

/** chapters/zh/03-tokenization.mdx → entry id "zh/03-tokenization". */
const chapters = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${dir}/chapters` }),
  schema: chapterSchema,
});

/**
 * glossary/token.yaml → entry id "token"; names and definitions keyed by the course's language paths.
 * A course without terms has no glossary/ folder to glob (the glob loader would warn that it is
 * missing): its collection is empty by design, and nothing asks for it (glossaryTerms()).
 */
const glossary = defineCollection({
  loader: course.uses.glossary ? glob({ pattern: '*.yaml', base: `${dir}/glossary` }) : () => [],
  schema: schemasFor(course.languages.map((l) => l.path)).term,
});

export const collections = { chapters, glossary };
