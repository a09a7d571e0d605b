/**
 * Quality gates over the whole production build: valid HTML, no broken internal link or
 * fragment, the head tags every page needs, no accessibility violation (axe, WCAG 2.2 A/AA) in
 * light and dark, no request to a third party on load, and readable pages without JavaScript.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { brokenLinks, dist, fileFor, htmlPages } from './dist-files';
import { metaPolicy } from '../src/lib/headers';
import { builtOrigin, chapterSlugs, sitemapPaths } from './helpers';

const pages = htmlPages();
const vnuJar: string = createRequire(import.meta.url)('vnu-jar');

test('every page is valid HTML (html-validate, recommended rules)', async () => {
  test.setTimeout(120_000);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(page.file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${page.url} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
    }
  }
  expect(problems).toEqual([]);
});

test('every page is valid HTML by the W3C Nu HTML Checker (errors only)', () => {
  test.setTimeout(180_000);
  // The reference validator finds what html-validate does not (a script after </html>, ARIA roles
  // an element may not take). Errors only: its notes about the CSP meta on file: URLs are not errors.
  const files = pages.map((p) => p.file);
  const result = spawnSync('java', ['-Xss2m', '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(result.error, 'java runs (npm run test:e2e installs it where missing)').toBeUndefined();
  const messages = (JSON.parse(result.stderr || '{"messages":[]}') as { messages: { url?: string; lastLine?: number; message: string }[] }).messages;
  const problems = messages.map((m) => `${(m.url ?? '').replace(/^.*?\/dist\//, '/')}:${m.lastLine ?? ''} ${m.message}`);
  expect(problems).toEqual([]);
});

test('every internal link, src, alternate and #fragment in dist/ resolves', () => {
  const origin = builtOrigin();
  expect(brokenLinks(dist, (process.env.BASE_PATH || '/').replace(/\/?$/, '/'), origin && new URL(origin).host)).toEqual([]);
});

test('every page has a title, a description, Open Graph tags in its language, and a canonical link when the origin is known', () => {
  const origin = builtOrigin();
  const missing: string[] = [];
  for (const page of pages) {
    const html = fs.readFileSync(page.file, 'utf8');
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
    const ogLocales: Record<string, string> = { 'zh-CN': 'zh_CN', en: 'en_US', 'zh-TW': 'zh_TW' };
    if (!lang || !ogLocales[lang]) missing.push(`${page.url}: lang ${lang}`);
    if (!/<title>[^<]{3,}<\/title>/.test(html)) missing.push(`${page.url}: title`);
    if (!/<meta name="description" content="[^"]{10,}"/.test(html)) missing.push(`${page.url}: description`);
    // The pages for a reader who did not get their page (404, offline) are not to be shared or indexed.
    if (page.url.endsWith('404.html') || page.url.endsWith('/offline/')) continue;
    // Without SITE_URL there is no address to be canonical to (src/lib/site-url.ts); the
    // handouts' printable pages still name their chapter page by path.
    if (origin && !html.includes(`<link rel="canonical" href="${origin}/`)) missing.push(`${page.url}: canonical`);
    for (const og of ['og:title', 'og:description', 'og:locale', ...(origin ? ['og:url'] : [])]) {
      if (!html.includes(`property="${og}"`)) missing.push(`${page.url}: ${og}`);
    }
    const ogLocale = /property="og:locale" content="([^"]+)"/.exec(html)?.[1];
    if (ogLocale && ogLocale !== ogLocales[lang ?? '']) missing.push(`${page.url}: og:locale ${ogLocale} on a ${lang} page`);
  }
  expect(missing).toEqual([]);
});

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The WCAG AA rules whose outcome depends on colours. */
const colourRules = ['color-contrast', 'link-in-text-block'];

for (const path of sitemapPaths()) {
  test(`no accessibility violations on ${path} in light and dark (axe, WCAG 2.2 AA)`, async ({ page }) => {
    test.setTimeout(90_000);
    const violations: string[] = [];
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    // Every rule in light; in dark only what the colours change (the page is the same otherwise),
    // on the same page: the scheme switches live, as the site's CSS follows prefers-color-scheme.
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor + getComputedStyle(document.body).color);
    const light = await background();
    for (const scheme of ['light', 'dark'] as const) {
      if (scheme === 'dark') {
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await background(), 'the page restyled for dark').not.toBe(light);
      }
      const axe = new AxeBuilder({ page });
      const result = await (scheme === 'light' ? axe.withTags(axeTags) : axe.withRules(colourRules)).analyze();
      for (const v of result.violations) {
        violations.push(`${scheme} ${v.id}: ${v.nodes.length}× ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary?.split('\n')[1]?.trim() ?? v.help}`);
      }
    }
    expect(violations).toEqual([]);
  });
}

test('bilingual mode has no accessibility violations either', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => localStorage.setItem('reading-mode', 'bilingual'));
  for (const path of ['/zh/tokenization/', '/en/inference/']) {
    await page.goto(path);
    const result = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(result.violations.map((v) => `${path} ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
});

test('no request leaves the site while pages load', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:' && url.protocol !== 'blob:') external.push(r.url());
  });
  for (const path of ['/', '/zh/', '/en/tokenization/', '/zh/inference/', '/en/glossary/', '/zh/grand-summary/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(external).toEqual([]);
});

test('without JavaScript every chapter reads, and navigation and language links work', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const slug of chapterSlugs()) {
    for (const lang of ['zh', 'en']) {
      await page.goto(`/${lang}/${slug}/`);
      await expect(page.locator('h1')).toBeVisible();
      const text = await page.locator('.half--page').allInnerTexts();
      expect(text.join('').length, `${lang}/${slug}`).toBeGreaterThan(lang === 'zh' ? 800 : 2500);
      // Widgets show their build-time result.
      for (const widget of await page.locator('.half--page [data-widget]').all()) {
        expect((await widget.innerText()).trim().length, `${lang}/${slug} widget`).toBeGreaterThan(20);
      }
    }
  }
  await page.goto('/zh/tokenization/');
  await page.locator('[data-lang-switch][hreflang="en"]').click();
  await expect(page).toHaveURL(/\/en\/tokenization\/$/);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/en\/neural-network-io\/$/);
  await context.close();
});

test('the server sends the security headers of dist/_headers, and hashed assets are cached for good', async ({ request }) => {
  const page = await request.get('/zh/tokenization/');
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(page.headers()['permissions-policy']).toContain('camera=()');
  const html = await page.text();
  // The page's own policy, as a header too, where it can also forbid framing by other sites.
  const meta = metaPolicy(html);
  expect(meta).toContain("script-src 'self'");
  expect(page.headers()['content-security-policy']).toBe(`${meta!.replace(/;\s*$/, '')}; frame-ancestors 'self'`);
  const asset = /\/_astro\/[^"]+\.css/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  expect((await request.get(asset!)).headers()['cache-control']).toContain('immutable');
});

test('budgets: HTML of every page at most 60 KB gzip, its CSS at most 15 KB gzip', () => {
  const over: string[] = [];
  let largest = { url: '', bytes: 0 };
  // Handout print sources (/<lang>/handouts/<chapter>/, the booklet) are for Chromium's PDFs, not readers.
  for (const page of pages.filter((p) => !/\/handouts\/.+\//.test(p.url))) {
    const html = fs.readFileSync(page.file);
    const htmlBytes = zlib.gzipSync(html).length;
    if (htmlBytes > largest.bytes) largest = { url: page.url, bytes: htmlBytes };
    if (htmlBytes > 60 * 1024) over.push(`${page.url} HTML ${htmlBytes} B gzip`);
    let css = 0;
    for (const [, href] of html.toString().matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
      const file = fileFor(href!);
      if (file) css += zlib.gzipSync(fs.readFileSync(file)).length;
    }
    for (const [, style] of html.toString().matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css += zlib.gzipSync(style!).length;
    if (css > 15 * 1024) over.push(`${page.url} CSS ${css} B gzip`);
  }
  console.log(`largest page: ${largest.url} ${(largest.bytes / 1024).toFixed(1)} KB gzip`);
  expect(over).toEqual([]);
});
