// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { contentCheck } from './integrations/content-check.ts';
import { courseDir } from './src/lib/course-dir.ts';
import { loadCourse } from './src/lib/course-file.ts';
import { rehypeSections } from './src/lib/rehype-sections.ts';
import { remarkCourse } from './src/lib/remark-course.ts';
import { parseTimestamp } from './src/lib/timestamps.ts';

const dir = courseDir();
let video = { id: '', length: Infinity };
try {
  const course = loadCourse(dir);
  video = { id: course.video.id, length: parseTimestamp(course.video.length) ?? Infinity };
} catch {
  // contentCheck() reports what is wrong with course.yaml, naming the field.
}

const base = process.env.BASE_PATH || '/';

export default defineConfig({
  // SITE_URL is where the site is deployed (canonical links, sitemap); BASE_PATH a sub-path such as /llm-notes/.
  site: process.env.SITE_URL || 'https://llm-notes.example.org',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), sitemap()],
  markdown: {
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkMath, [remarkCourse, { videoId: video.id, videoLength: video.length, base }]],
      // MathML output: rendered at build time, needs no CSS, fonts or client script.
      rehypePlugins: [[rehypeKatex, { output: 'mathml' }], rehypeSections],
    }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, wrap: true },
  },
  // The tokenizer's worker loads each encoding with import(): code splitting needs ES module workers.
  vite: { worker: { format: 'es' } },
});
