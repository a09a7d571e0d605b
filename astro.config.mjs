// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { contentCheck } from './integrations/content-check.ts';
import { headers } from './integrations/headers.ts';
import { cspHash } from './src/lib/csp.ts';
import { beforePaint } from './src/scripts/before-paint.ts';
import { search } from './integrations/search.ts';
import { handouts } from './integrations/handouts.ts';
import { isHandoutPrintPage } from './src/lib/handouts.ts';
import { courseDir } from './src/lib/course-dir.ts';
import { loadCourse } from './src/lib/course-file.ts';
import { rehypePrintLinks } from './src/lib/rehype-print-links.ts';
import { siteLocation } from './src/lib/site-url.ts';
import { siteCheck } from './integrations/site.ts';
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

// SITE_URL (or Netlify's URL, Cloudflare Pages' CF_PAGES_URL) is the deployed origin, with the
// sub-path if any; BASE_PATH may give the sub-path instead. Without an origin nothing is invented:
// no canonical, og:url or sitemap, and handouts print paths (src/lib/site-url.ts).
const location = siteLocation(process.env);
const base = location.base;
const site = location.origin;

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A strict Content Security Policy as a <meta> on every page: scripts and <style> by hash or
  // from this site only; style attributes allowed (Shiki, the widgets' build-time bars);
  // 'wasm-unsafe-eval' for Pagefind; the in-page player only from youtube-nocookie. headers()
  // repeats it as a response header in dist/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "frame-src https://www.youtube-nocookie.com",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Astro hashes the scripts it bundles; the inline before-paint script is listed here.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [await cspHash(beforePaint)] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // handouts() prints the PDFs after the build (HANDOUTS=0 skips it); its printable pages stay out of the sitemap.
  // The sitemap needs the origin: without one there is none (siteCheck() says so once).
  integrations: [
    siteCheck(location),
    contentCheck(),
    mdx(),
    ...(site ? [sitemap({ filter: (page) => !isHandoutPrintPage(page) })] : []),
    headers(),
    search(),
    handouts(),
  ],
  markdown: {
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkMath, [remarkCourse, { videoId: video.id, videoLength: video.length, base }]],
      // MathML output: rendered at build time, needs no CSS, fonts or client script.
      rehypePlugins: [[rehypeKatex, { output: 'mathml' }], [rehypeSections, { videoId: video.id }], [rehypePrintLinks, { site }]],
    }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark-default' }, wrap: true },
  },
  // The tokenizer's worker loads each encoding with import(): code splitting needs ES module workers.
  vite: { worker: { format: 'es' } },
});
