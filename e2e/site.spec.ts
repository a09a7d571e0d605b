import { expect, test } from '@playwright/test';
import { chapterSlugs, sitemapPaths, watchErrors } from './helpers';

const pages = sitemapPaths();

test('the sitemap lists the homes, the glossaries and every chapter in both languages', () => {
  for (const p of ['/', '/zh/', '/en/', '/zh/glossary/', '/en/glossary/', '/zh/tokenization/', '/en/tokenization/']) {
    expect(pages).toContain(p);
  }
});

for (const path of pages) {
  test(`${path} answers 200 in its language with no console errors`, async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const expected = path.startsWith('/en/') ? 'en' : 'zh-CN';
    await expect(page.locator('html')).toHaveAttribute('lang', expected);
    await expect(page.locator('h1').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('every hreflang alternate points at a page that exists', async ({ page, request }) => {
  for (const path of pages.filter((p) => p !== '/')) {
    await page.goto(path);
    const hrefs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      links.map((l) => ({ lang: l.getAttribute('hreflang'), href: l.getAttribute('href')! })),
    );
    expect(hrefs.map((h) => h.lang).sort(), path).toEqual(['en', 'zh-CN']);
    for (const { href } of hrefs) {
      const response = await request.get(new URL(href).pathname);
      expect(response.status(), `${path} → ${href}`).toBe(200);
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
  await expect(page.locator('a.timestamp', { hasText: '12:21' })).toHaveAttribute('href', /t=741(\D|$)/);
});

test('the language link keeps the chapter and the section', async ({ page }) => {
  await page.goto('/zh/tokenization/#bpe');
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/en\/tokenization\/#bpe$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#bpe')).toBeVisible();
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/zh\/tokenization\/#bpe$/);
});

test('a missing URL gets the 404 page in both languages', async ({ page }) => {
  const response = await page.goto('/zh/no-such-chapter/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('[data-not-found]')).toContainText('页面不存在');
  await expect(page.locator('[data-not-found]')).toContainText('Page not found');
});

for (const path of ['/zh/glossary/', '/en/glossary/', '/zh/']) {
  test(`${path} (no widgets) loads no JavaScript file and little inline script`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    const inline = await page.locator('script:not([src])').evaluateAll((s) => s.map((x) => x.textContent ?? '').join(''));
    expect(inline.length).toBeLessThan(2048);
  });
}

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

test('every chapter links its glossary terms to entries that exist', async ({ page }) => {
  for (const lang of ['zh', 'en']) {
    await page.goto(`/${lang}/glossary/`);
    const ids = new Set(await page.locator('.glossary-entry').evaluateAll((els) => els.map((e) => e.id)));
    for (const slug of chapterSlugs()) {
      await page.goto(`/${lang}/${slug}/`);
      const terms = await page.locator('a[data-term]').evaluateAll((as) => as.map((a) => a.getAttribute('data-term')!));
      for (const id of terms) expect(ids, `${lang}/${slug} → ${id}`).toContain(id);
    }
  }
});

test('self-check answers stay hidden until asked for', async ({ page }) => {
  await page.goto('/en/tokenization/');
  const first = page.locator('[data-self-check] .question').first();
  const answer = first.locator('.answer');
  await expect(answer).toBeHidden();
  await first.locator('summary').click();
  await expect(answer).toBeVisible();
});
