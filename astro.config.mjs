// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { course } from './integrations/course.ts';
import { headers } from './integrations/headers.ts';
import { cspHash } from './src/lib/csp.ts';
import { beforePaint } from './src/scripts/before-paint.ts';
import { search } from './integrations/search.ts';
import { handouts } from './integrations/handouts.ts';
import { offline } from './integrations/offline.ts';
import { OFFLINE_PAGE } from './src/lib/offline.ts';
import { isHandoutPrintPage } from './src/lib/handouts.ts';
import { courseDir } from './src/lib/course-dir.ts';
import { readCourse } from './src/lib/course-model.ts';
import { rehypePrintLinks } from './src/lib/rehype-print-links.ts';
import { siteLocation } from './src/lib/site-url.ts';
import { siteCheck } from './integrations/site.ts';
import { rehypeSections } from './src/lib/rehype-sections.ts';
import { remarkCourse } from './src/lib/remark-course.ts';
import { remarkChapterContext } from './src/lib/remark-chapter-context.ts';
import { remarkComponentImports } from './src/lib/remark-component-imports.ts';
import { fileURLToPath } from 'node:url';

// The course, read and checked once: course() fails the build with every problem (file › field),
// and hands the model to the pages as virtual:course; the build steps below get it directly.
const reading = readCourse(courseDir());
const model = reading.model;
const video = { id: model?.video.id ?? '', length: model?.video.seconds ?? Infinity };

// SITE_URL (or Netlify's URL, Cloudflare Pages' CF_PAGES_URL) is the deployed origin, with the
// sub-path if any; BASE_PATH may give the sub-path instead. Without an origin nothing is invented:
// no canonical, og:url or sitemap, and handouts print paths (src/lib/site-url.ts).
// Components with styles of their own, imported by the chapters that use them (remark-component-imports.ts).
const styledComponents = Object.fromEntries(
  Object.entries({ Figure: 'src/components/Figure.astro', Sampling: 'src/islands/sampling/Sampling.astro', Tokenizer: 'src/islands/tokenizer/Tokenizer.astro' }).map(([name, file]) => [name, fileURLToPath(new URL(file, import.meta.url))]),
);

const location = siteLocation(process.env);
const base = location.base;
const site = location.origin;

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // Stylesheets are files, never inline <style>: cached across pages, and the policy needs no
  // style hashes. Each page links only what it uses (global, its page's, its components').
  build: { format: 'directory', inlineStylesheets: 'never' },
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
  // handouts() prints the PDFs after the build (HANDOUTS=0 skips it); its printable pages stay out of
  // the sitemap, as does the service worker's offline page.
  // The sitemap needs the origin: without one there is none (siteCheck() says so once).
  integrations: [
    siteCheck(location),
    course(reading),
    mdx(),
    ...(site ? [sitemap({ filter: (page) => !isHandoutPrintPage(page) && !page.endsWith(`/${OFFLINE_PAGE}`) })] : []),
    headers(),
    search(reading),
    handouts(reading),
    // Last: the service worker's lists hash the finished dist/ (docs/offline.md).
    ...(model ? [offline(model.languages.map((l) => l.path))] : []),
  ],
  markdown: {
    processor: unified({
      smartypants: false,
      remarkPlugins: [
        remarkMath,
        [remarkCourse, { videoId: video.id, videoLength: video.length, base }],
        // Components learn the text's language, chapter and figure numbers from the file they are in.
        [remarkChapterContext, { languages: model?.languages.map((l) => l.path) ?? [] }],
        [remarkComponentImports, { components: styledComponents }],
      ],
      // MathML output: rendered at build time, needs no CSS, fonts or client script.
      rehypePlugins: [[rehypeKatex, { output: 'mathml' }], [rehypeSections, { videoId: video.id, watchSegment: Object.fromEntries(Object.entries(model?.ui ?? {}).map(([l, t]) => [l, t.watchSegment])) }], [rehypePrintLinks, { site }]],
    }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark-default' }, wrap: true },
  },
  // The tokenizer's worker loads each encoding with import(): code splitting needs ES module workers.
  // No modulepreload helper: chapter pages load side-by-side code (scripts/partner.ts) on demand,
  // and the helper alone would cost a third of their 2 KB script budget.
  // Page scripts are files, never inlined however small: the browser keeps them from page to page,
  // and the policy then lists no hash for them (only the before-paint script is inline).
  vite: { worker: { format: 'es' }, build: { modulePreload: false, assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
});
