import fs from 'node:fs';
import type { Page } from '@playwright/test';

/** Every page path in the built sitemap (dist/sitemap-0.xml), e.g. "/zh/tokenization/". */
export function sitemapPaths(): string[] {
  const files = fs.readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const urls = files.flatMap((f) => [...fs.readFileSync(`dist/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
  return urls.map((u) => new URL(u).pathname);
}

/** Chapter slugs built for a language, from dist/. */
export function chapterSlugs(): string[] {
  return sitemapPaths()
    .map((p) => /^\/zh\/([^/]+)\/$/.exec(p)?.[1])
    .filter((s): s is string => Boolean(s) && !['glossary', 'search', 'handouts'].includes(s!));
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}
