/**
 * Printing: every page prints cleanly (emulated print media), each chapter links its handout
 * PDF, and the handouts page lists every PDF with its real page count and size.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chapterSlugs, watchErrors } from './helpers';
import { readManifest } from './pdf-tools';

const slugs = chapterSlugs();

/** Whether an element would print: rendered, with a box, not hidden by an ancestor. */
async function printed(page: Page, selector: string): Promise<boolean[]> {
  return page.locator(selector).evaluateAll((els) => els.map((el) => (el as HTMLElement).checkVisibility({ checkVisibilityCSS: true }) && el.getClientRects().length > 0));
}

for (const lang of ['zh', 'en'] as const) {
  test(`printing the ${lang} tokenization chapter: light, no chrome, answers at the end`, async ({ page }) => {
    // A reader in dark mode prints: paper is light all the same.
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/${lang}/tokenization/`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const answersInPlace = await page.locator('.half--page .self-check .question .answer').evaluateAll((els) => els.map((e) => e.textContent!.trim()));
    expect(answersInPlace.length).toBeGreaterThanOrEqual(2);
    // On screen the key is not shown: the answers open in place.
    await expect(page.locator('[data-answer-key]')).toBeHidden();

    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const chrome of ['.site-header', '.chapter-aside', '.pager', '[data-theme-toggle]', '[data-lang-switch]', 'a[data-handout]', '.skip-link']) {
      expect(await printed(page, chrome), chrome).not.toContain(true);
    }
    expect(await printed(page, 'article[data-chapter="3"] h1')).toEqual([true]);
    const bg = await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).color]);
    expect(bg[0]).toBe('rgb(255, 255, 255)');
    expect(bg[1]).toMatch(/^rgb\((\d{1,2}), \1, \1\)$/); // near black

    // The questions print without their answers; the key at the end holds every answer.
    expect(await printed(page, '.half--page .self-check details')).not.toContain(true);
    expect(await printed(page, '.half--page .self-check .question__q')).not.toContain(false);
    const key = page.locator('[data-answer-key]');
    await expect(key).toBeVisible();
    const keyText = (await key.textContent())!.replace(/\s+/g, '');
    for (const answer of answersInPlace) expect(keyText).toContain(answer.replace(/\s+/g, ''));
    // …after the notes, the terms and the reading list: nothing of the chapter follows it.
    const after = await key.evaluate((el) => {
      const rest: string[] = [];
      for (let n = el.nextElementSibling; n; n = n.nextElementSibling) if ((n as HTMLElement).checkVisibility()) rest.push(n.tagName);
      return rest;
    });
    expect(after).toEqual([]);

    // External links print a short form of where they go.
    const reading = page.locator('.reading-list a', { hasText: 'Sennrich' });
    expect(await reading.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('arxiv.org/abs/1508.07909');
    const video = page.locator('a[data-video-link]');
    expect(await video.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('youtube.com/watch?v=7xTGNNLPyMI&t=467');
    // Timestamps and glossary terms do not: their text says enough.
    expect(await page.locator('a.timestamp').first().evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  });
}

test('code prints wrapped, never cut, and headings keep with their text', async ({ page }) => {
  await page.goto('/en/tokenization/');
  await page.emulateMedia({ media: 'print' });
  const style = await page.evaluate(() => {
    const h2 = document.querySelector('.prose h2')!;
    const code = document.createElement('pre');
    document.querySelector('.prose')!.append(code);
    const s = getComputedStyle(code);
    return { pre: [s.whiteSpace, s.overflowX, s.breakInside], h2: getComputedStyle(h2).breakAfter };
  });
  expect(style.pre).toEqual(['pre-wrap', 'visible', 'avoid']);
  expect(style.h2).toBe('avoid');
});

test('every widget in the course prints a visible result and no control', async ({ page }) => {
  // Every chapter in both languages: generous on a busy machine.
  test.setTimeout(180_000);
  let widgets = 0;
  for (const lang of ['zh', 'en']) {
    for (const slug of slugs) {
      await page.goto(`/${lang}/${slug}/`);
      await page.emulateMedia({ media: 'print' });
      for (const widget of await page.locator('.half--page [data-widget]').all()) {
        widgets++;
        await expect(widget, `${lang}/${slug}`).toBeVisible();
        expect((await widget.innerText()).trim().length, `${lang}/${slug}`).toBeGreaterThan(0);
        const controls = await widget.locator('button, input, select, textarea').evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).length);
        expect(controls, `${lang}/${slug}: controls printed`).toBe(0);
      }
      await page.emulateMedia({ media: 'screen' });
    }
  }
  test.info().annotations.push({ type: 'widgets checked', description: String(widgets) });
});

test('every chapter page links its handout PDF, and the PDF is there', async ({ page, request }) => {
  // Every chapter in both languages: generous on a busy machine.
  test.setTimeout(180_000);
  for (const lang of ['zh', 'en']) {
    for (const slug of slugs) {
      await page.goto(`/${lang}/${slug}/`);
      const link = page.locator('a[data-handout]');
      await expect(link).toHaveCount(1);
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(new RegExp(`^/${lang}/handouts/\\d{2}-${slug}-${lang}\\.pdf$`));
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      const body = await response.body();
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    }
  }
});

for (const lang of ['zh', 'en'] as const) {
  test(`the ${lang} handouts page lists every PDF with its pages and size`, async ({ page, request }) => {
    const errors = watchErrors(page);
    const manifest = readManifest();
    await page.goto(`/${lang}/handouts/`);
    await expect(page.locator('h1')).toBeVisible();
    const links = page.locator('a[data-handout-pdf]');
    expect(await links.count()).toBe(manifest.files.length);
    for (const record of manifest.files) {
      const pages = page.locator(`[data-handout-stat="pages"][data-file="${record.file}"]`);
      const size = page.locator(`[data-handout-stat="size"][data-file="${record.file}"]`);
      await expect(pages).toHaveAttribute('data-value', String(record.pages));
      await expect(pages).toContainText(String(record.pages));
      await expect(size).toHaveAttribute('data-value', String(fs.statSync(`dist/${record.file}`).size));
      await expect(size).toHaveText(/^\d+(\.\d)? (KB|MB)$/);
      const href = (await page.locator(`a[data-handout-pdf="${record.file}"]`).getAttribute('href'))!;
      expect((await request.head(href)).status()).toBe(200);
    }
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/NaN|undefined|null/);
    expect(errors).toEqual([]);
  });

  test(`the ${lang} handout page of a chapter has everything the PDF prints`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/${lang}/handouts/tokenization/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    await expect(page.locator('h1')).toContainText(lang === 'zh' ? '分词' : 'Tokenization');
    // The other titles: English on the Chinese handout; both Chinese editions on the English one.
    await expect(page.locator('.handout-other-title').first()).toContainText(lang === 'zh' ? 'Tokenization' : '分词');
    await expect(page.locator('.handout-segment')).toContainText('7:47–14:27');
    await expect(page.locator('svg[data-qr]')).toHaveAttribute('data-qr', 'https://www.youtube.com/watch?v=7xTGNNLPyMI&t=467');
    await expect(page.locator('svg[data-qr]')).toHaveAttribute('aria-label', /7:47/);
    await expect(page.locator('.key-points li')).toHaveCount(5);
    const rows = page.locator('.handout-terms tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    await expect(rows.filter({ has: page.locator('td:first-child', { hasText: /^字节对编码$/ }) })).toContainText('byte pair encoding');
    // Three written questions and three graded ones (an <Order>'s answer is itself a list).
    await expect(page.locator('[data-answer-key] > ol > li')).toHaveCount(6);
    await expect(page.locator('.handout-about')).toContainText(lang === 'zh' ? '不得商业转售' : 'no commercial resale');
    await expect(page.locator('.handout-about a')).toHaveAttribute('href', /7xTGNNLPyMI/);
    // In print the answer key starts its own (last) page, and the toolbar is gone.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-answer-key]').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    await expect(page.locator('.handout-toolbar')).toBeHidden();
    expect(errors).toEqual([]);
  });
}

test('the booklet pages have one contents entry per chapter, each pointing at its chapter', async ({ page }) => {
  await page.goto('/en/handouts/booklet/');
  const entries = page.locator('.booklet-toc a[data-toc-entry^="chapter-"]');
  await expect(entries).toHaveCount(slugs.length);
  for (const href of await entries.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(href)).toHaveCount(1);
  }
  // No id appears twice, though every chapter has the same section structure.
  const dupes = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  expect(dupes).toEqual([]);
  await expect(page.locator('#answers .answer-key__chapter')).toHaveCount(slugs.length);
  // Prefixing every chapter's ids must carry the drawings' references along, or arrows lose their heads.
  const markers = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('.figure [marker-end], .figure [marker-start]')].map((el) => /url\(#([^)]+)\)/.exec(el.getAttribute('marker-end') ?? el.getAttribute('marker-start') ?? '')?.[1] ?? '');
    return { count: ids.length, missing: ids.filter((id) => !document.getElementById(id)) };
  });
  expect(markers.count).toBeGreaterThan(0);
  expect(markers.missing).toEqual([]);
});

test('handout print pages stay out of the sitemap, the handouts page is in it', () => {
  test.skip(!fs.existsSync('dist/sitemap-0.xml'), 'a build without SITE_URL has no sitemap (e2e/other-builds.spec.ts checks one)');
  const sitemap = fs.readFileSync('dist/sitemap-0.xml', 'utf8');
  expect(sitemap).toContain('/zh/handouts/</loc>');
  expect(sitemap).toContain('/en/handouts/</loc>');
  expect(sitemap).not.toMatch(/\/handouts\/[^<]+\/<\/loc>/);
});
