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

/** glossary/token.yaml → entry id "token"; names and definitions keyed by the course's language paths. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${dir}/glossary` }),
  schema: schemasFor(course.languages.map((l) => l.path)).term,
});

export const collections = { chapters, glossary };
