import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { chapterSlugs, sitemapPaths, watchErrors } from './helpers';

const pages = sitemapPaths();

// Without an origin there is no sitemap; the same list then comes from the built pages.
test('the sitemap lists the homes, the glossaries and every chapter in every language', () => {
  for (const p of ['/', '/zh/', '/en/', '/zh-tw/', '/zh/glossary/', '/en/glossary/', '/zh-tw/glossary/', '/zh/tokenization/', '/en/tokenization/', '/zh-tw/tokenization/']) {
    expect(pages).toContain(p);
  }
});

for (const path of pages) {
  test(`${path} answers 200 in its language with no console errors`, async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const expected = path.startsWith('/en/') ? 'en' : path.startsWith('/zh-tw/') ? 'zh-TW' : 'zh-CN';
    await expect(page.locator('html')).toHaveAttribute('lang', expected);
    await expect(page.locator('h1').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('every hreflang alternate points at a page that exists', async ({ request }) => {
  test.setTimeout(120_000);
  for (const path of pages.filter((p) => p !== '/')) {
    const html = await (await request.get(path)).text();
    const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => ({ lang: m[1], href: m[2]! }));
    expect(links.map((l) => l.lang).sort(), path).toEqual(['en', 'zh-CN', 'zh-TW']);
    for (const { href } of links) {
      expect((await request.get(new URL(href, 'http://x').pathname)).status(), `${path} → ${href}`).toBe(200);
    }
  }
});

test('a chapter page shows its number, both titles and the video at its start second', async ({ page }) => {
  await page.goto('/zh/tokenization/');
  await expect(page.locator('article[data-chapter="3"]')).toBeVisible();
  await expect(page.locator('h1')).toContainText('分词');
  await expect(page.locator('.other-title')).toHaveAttribute('lang', 'en');
  const video = page.locator('a[data-video-link]');
  await expect(video).toHaveAttribute('href', /7xTGNNLPyMI.*[?&]t=467(\D|$)/);
  // A timestamp in the notes links its own second.
  await expect(page.locator('.half--page a.timestamp', { hasText: '12:21' })).toHaveAttribute('href', /t=741(\D|$)/);
});

test('the language links keep the chapter and the section', async ({ page }) => {
  await page.goto('/zh/tokenization/#bpe');
  await page.locator('[data-lang-switch][hreflang="en"]').click();
  await expect(page).toHaveURL(/\/en\/tokenization\/#bpe$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#bpe')).toBeVisible();
  await page.locator('[data-lang-switch][hreflang="zh-TW"]').click();
  await expect(page).toHaveURL(/\/zh-tw\/tokenization\/#bpe$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await expect(page.locator('[data-lang-switch][hreflang="zh-CN"]')).toHaveText('阅读简体中文版');
  await page.locator('[data-lang-switch][hreflang="zh-CN"]').click();
  await expect(page).toHaveURL(/\/zh\/tokenization\/#bpe$/);
});

test('a missing URL gets the 404 page in both languages', async ({ page }) => {
  const response = await page.goto('/zh/no-such-chapter/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('[data-notice="not-found"]')).toContainText('页面不存在');
  await expect(page.locator('[data-notice="not-found"]')).toContainText('Page not found');
});

test('the 404 page offers search and the ways in, in the reader\'s language first', async ({ page }) => {
  const errors = watchErrors(page);
  const response = await page.goto('/en/no-such-chapter/');
  expect(response?.status()).toBe(404);
  // Under /en/ the English part comes first, with the page's one h1 and its language.
  await expect(page.locator('[data-notice="not-found"] > section').first()).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const english = page.locator('[data-notice-lang="en"]');
  for (const [name, href] of [['Home', '/en/'], ['Glossary', '/en/glossary/'], ['Handouts', '/en/handouts/']] as const) {
    await expect(english.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
  // Its search form leads to the English search page with the query.
  await english.getByRole('searchbox').fill('tokenizer');
  await english.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=tokenizer$/);
  await expect(page.locator('#search-page-input')).toHaveValue('tokenizer');
  // Elsewhere Chinese stays first, as it is without JavaScript.
  await page.goto('/zh/no-such-chapter/');
  await expect(page.locator('h1')).toHaveText('页面不存在');
  await expect(page.locator('[data-notice-lang="zh"]').getByRole('link', { name: '术语表' })).toHaveAttribute('href', '/zh/glossary/');
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('a chapter page without widgets loads at most 2.5 KB gzip of JavaScript before interaction (graded questions included)', async ({ page, request }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/en/introduction/');
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  for (const path of scripts) bytes += zlib.gzipSync(await (await request.get(path)).body()).length;
  // Inline scripts travel in the page's HTML: measured together, as they are compressed.
  const inline = await page.locator('script:not([src]):not([type="application/json"])').evaluateAll((s) => s.map((x) => x.textContent ?? '').join('\n'));
  bytes += zlib.gzipSync(inline).length;
  expect(bytes).toBeLessThanOrEqual(2560);
});

test('a glossary term page loads no JavaScript but the small script every page shares', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/en/glossary/pretraining/');
  await page.waitForLoadState('networkidle');
  const shared = scripts.slice();
  scripts.length = 0;
  await page.goto('/en/');
  await page.waitForLoadState('networkidle');
  expect(shared).toHaveLength(1);
  expect(scripts).toContain(shared[0]);
});

test('the theme toggle persists across reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/zh/tokenization/');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(darkBg).not.toBe(lightBg);
  // Keyboard works too.
  await page.locator('[data-theme-toggle]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('garbage in localStorage is ignored without errors', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => localStorage.setItem('theme', '{"not":"a theme"'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/tokenization/');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

test('every chapter links its glossary terms to entries that exist', async ({ request }) => {
  test.setTimeout(120_000);
  for (const lang of ['zh', 'en', 'zh-tw']) {
    const glossary = await (await request.get(`/${lang}/glossary/`)).text();
    const ids = new Set([...glossary.matchAll(/<li class="glossary-entry" id="([^"]+)"/g)].map((m) => m[1]));
    expect(ids.size).toBeGreaterThan(50);
    for (const slug of chapterSlugs()) {
      const html = await (await request.get(`/${lang}/${slug}/`)).text();
      for (const [, id, href] of html.matchAll(/<a class="term" data-term="([^"]+)" href="([^"]+)"/g)) {
        expect(ids, `${lang}/${slug} → ${id}`).toContain(id);
        expect(href).toMatch(new RegExp(`/${lang}/glossary/#${id}$`));
      }
    }
  }
});

test('self-check answers stay hidden until asked for', async ({ page }) => {
  await page.goto('/en/tokenization/');
  const first = page.locator('.half--page [data-self-check] .question').first();
  const answer = first.locator('.answer');
  await expect(answer).toBeHidden();
  await first.locator('summary').click();
  await expect(answer).toBeVisible();
});
