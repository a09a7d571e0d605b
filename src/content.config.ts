import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { courseDir } from './lib/course-dir';
import { chapterSchema, termSchema } from './lib/schemas';

const dir = courseDir();

/** chapters/zh/03-tokenization.mdx → entry id "zh/03-tokenization". */
const chapters = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${dir}/chapters` }),
  schema: chapterSchema,
});

/** glossary/token.yaml → entry id "token". */
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${dir}/glossary` }),
  schema: termSchema,
});

export const collections = { chapters, glossary };
