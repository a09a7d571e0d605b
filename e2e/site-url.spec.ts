/**
 * The site's address comes from SITE_URL (or the host's variable) and nothing else
 * (src/lib/site-url.ts): dist/ is checked for whichever build it is. Without an origin, no page,
 * sitemap, robots.txt or PDF names a host that the sources do not; with one, the canonical
 * links, robots.txt and handouts use it. e2e/other-builds.spec.ts builds the other case.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { dist, htmlPages } from './dist-files';
import { builtOrigin, sitemapLocs } from './helpers';
import { pdfText } from './pdf-tools';

const origin = builtOrigin();

/** Hosts written as http(s)://host or, as handouts print them, host/path. */
function hostsIn(text: string): Set<string> {
  const hosts = new Set<string>();
  for (const m of text.matchAll(/\bhttps?:\/\/([a-z0-9.-]+\.[a-z]{2,})/gi)) hosts.add(m[1]!.toLowerCase().replace(/^www\./, ''));
  for (const m of text.matchAll(/(?<![\w@./-])((?:[a-z0-9-]+\.)+[a-z]{2,})\/[\w%~-]/gi)) hosts.add(m[1]!.toLowerCase().replace(/^www\./, ''));
  return hosts;
}

/** Every host the sources name (content, pages, config): what a build may print without SITE_URL. */
function sourceHosts(): Set<string> {
  const hosts = new Set<string>(['w3.org']); // XML namespaces (SVG, MathML) of the renderers
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/\.test\.ts$/.test(entry.name) && /\.(mdx?|ya?ml|svg|astro|ts|mjs|json)$/.test(entry.name)) {
        for (const host of hostsIn(fs.readFileSync(full, 'utf8'))) hosts.add(host);
      }
    }
  };
  for (const dir of [process.env.COURSE_DIR || 'content', 'src', 'public']) walk(dir);
  for (const host of hostsIn(fs.readFileSync('astro.config.mjs', 'utf8'))) hosts.add(host);
  return hosts;
}

test('no page, sitemap, text file or PDF of dist/ names a host the sources do not (or the SITE_URL origin)', () => {
  test.setTimeout(120_000);
  const allowed = sourceHosts();
  if (origin) allowed.add(new URL(origin).host);
  const invented: string[] = [];
  const check = (where: string, text: string) => {
    for (const host of hostsIn(text)) if (!allowed.has(host)) invented.push(`${where}: ${host}`);
  };
  for (const rel of fs.readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (rel.startsWith('pagefind')) continue; // Pagefind's own bundle (its CSS cites browser bug trackers)
    const file = path.join(dist, rel);
    if (/\.(html|xml|txt|css)$/.test(rel) || rel === '_headers') check(rel, fs.readFileSync(file, 'utf8'));
    else if (rel.endsWith('.pdf')) check(rel, pdfText(file));
  }
  expect(invented).toEqual([]);
});

test('canonical links, og:url, the sitemap and robots.txt exist exactly when the origin is known', () => {
  const robots = fs.readFileSync(path.join(dist, 'robots.txt'), 'utf8');
  expect(robots).toMatch(/^User-agent: \*\nAllow: \//);
  const chapter = fs.readFileSync(path.join(dist, 'en/tokenization/index.html'), 'utf8');
  if (!origin) {
    expect(robots).not.toContain('Sitemap:');
    expect(sitemapLocs()).toEqual([]);
    expect(fs.existsSync(path.join(dist, 'sitemap-index.xml'))).toBe(false);
    for (const page of htmlPages()) {
      const html = fs.readFileSync(page.file, 'utf8');
      expect(html, page.url).not.toMatch(/rel="canonical" href="https?:|property="og:url"|rel="sitemap"/);
      expect(html, page.url).not.toMatch(/hreflang="[^"]+" href="https?:/);
    }
    expect(chapter).toContain('<link rel="alternate" hreflang="zh-CN" href="/zh/tokenization/">');
  } else {
    const base = new URL(/<link rel="canonical" href="([^"]+)"/.exec(chapter)![1]!).pathname.replace(/en\/tokenization\/$/, '');
    expect(robots).toContain(`\nSitemap: ${origin}${base}sitemap-index.xml\n`);
    expect(chapter).toContain(`<meta property="og:url" content="${origin}${base}en/tokenization/">`);
    expect(sitemapLocs().every((loc) => loc.startsWith(`${origin}${base}`))).toBe(true);
  }
});
