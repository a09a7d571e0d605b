import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';
import { partChapters, partsInOrder, termQueries, uis } from './search-cases';

/** The outcome of a query as the page's own search element computes it (hit keys, term ids). */
async function ask(page: Page, query: string, limit = 30) {
  return page.evaluate(
    async ({ query, limit }) => {
      const host = document.querySelector('site-search') as HTMLElement & {
        search?: (q: string, l: number) => Promise<{ hits: { key: string; url: string; excerpt: string }[]; terms: { id: string }[]; total: number }>;
      };
      if (!host.search) throw new Error('the search code has not loaded');
      const out = await host.search(query, limit);
      return { keys: out.hits.map((h) => h.key), urls: out.hits.map((h) => h.url), excerpts: out.hits.map((h) => h.excerpt), terms: out.terms.map((t) => t.id), total: out.total };
    },
    { query, limit },
  );
}

async function openWithSlash(page: Page) {
  await page.locator('body').press('/');
  await expect(page.locator('.search-dialog')).toBeVisible();
}

test('no search code loads until the reader asks; "/" loads it and opens the dialog', async ({ page }) => {
  const errors = watchErrors(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().includes('/pagefind/')) scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/zh/tokenization/');
  await page.waitForLoadState('networkidle');
  // The chapter's own reader script loads; nothing of search does.
  expect(scripts.filter((s) => /pagefind|search/.test(s))).toEqual([]);
  await openWithSlash(page);
  await expect(page.locator('#search-dialog-input')).toBeFocused();
  await expect.poll(() => scripts.some((s) => s.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(scripts.some((s) => /\/_astro\/search-ui-.*\.js$/.test(s))).toBe(true);
  expect(errors).toEqual([]);
});

test('results appear as you type: chapter, section, marked excerpt, video time, count announced', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/zh/tokenization/');
  await page.locator('[data-search-open]').click();
  const input = page.locator('#search-dialog-input');
  await expect(input).toBeFocused();
  await input.pressSequentially('幻觉');
  const first = page.locator('#search-dialog-results [role="option"]').first();
  await expect(first).toContainText('第 11 章');
  await expect(first.locator('.search-hit__link')).toHaveAttribute('href', /^\/zh\/hallucinations\//);
  await expect(first.locator('mark').first()).toHaveText('幻觉');
  await expect(first.locator('.search-hit__meta')).toContainText(/视频 \d+:\d\d/);
  const status = page.locator('.search-dialog [role="status"]');
  await expect(status).toHaveText(/找到 \d+ 个结果/);
  // The term card comes first.
  await expect(page.locator('.search-dialog .search-term')).toContainText('hallucination');
  expect(errors).toEqual([]);
});

test('arrow keys move through the results and Enter opens the chosen one', async ({ page }) => {
  await page.goto('/en/');
  await openWithSlash(page);
  const input = page.locator('#search-dialog-input');
  await input.fill('reward model');
  const options = page.locator('#search-dialog-results [role="option"]');
  await expect(options.first()).toBeVisible();
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await input.press('ArrowDown');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-0');
  await input.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await input.press('ArrowUp');
  await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-0');
  const href = await options.nth(0).locator('a').getAttribute('href');
  await input.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator('.search-dialog')).toBeHidden();
});

test('Ctrl+K and ⌘K open the dialog; Esc closes it and focus returns', async ({ page }) => {
  await page.goto('/en/glossary/');
  const opener = page.locator('[data-search-open]');
  await opener.focus();
  await page.keyboard.press('Control+k');
  await expect(page.locator('.search-dialog')).toBeVisible();
  await page.keyboard.type('token');
  await page.keyboard.press('Escape');
  await expect(page.locator('.search-dialog')).toBeHidden();
  await expect(opener).toBeFocused();
  await page.keyboard.press('Meta+k');
  await expect(page.locator('.search-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.search-dialog')).toBeHidden();
  // "/" typed into a field stays in the field.
  await page.locator('glossary-filter input').fill('');
  await page.locator('glossary-filter input').press('/');
  await expect(page.locator('.search-dialog')).toBeHidden();
  await expect(page.locator('glossary-filter input')).toHaveValue('/');
});

test('a query in the other language finds the chapter, shown in the UI language', async ({ page }) => {
  await page.goto('/en/tokenization/');
  await openWithSlash(page);
  await page.locator('#search-dialog-input').fill('奖励模型');
  const first = page.locator('#search-dialog-results [role="option"]').first();
  await expect(first.locator('a')).toHaveAttribute('href', /^\/en\/rlhf\//);
  await expect(first).toContainText('Chapter 20');
  await expect(page.locator('.search-dialog .search-term')).toContainText('reward model');
  // And the other way round.
  await page.goto('/zh/tokenization/');
  await openWithSlash(page);
  await page.locator('#search-dialog-input').fill('hallucination');
  await expect(page.locator('#search-dialog-results [role="option"] a').first()).toHaveAttribute('href', /^\/zh\/hallucinations\//);
  await expect(page.locator('.search-dialog .search-term strong')).toHaveText('幻觉');
});

test('excerpts are text: markup in the notes shows as characters, only matches are marked', async ({ page }) => {
  await page.goto('/zh/conversations/');
  await openWithSlash(page);
  await page.locator('#search-dialog-input').fill('im_start');
  const excerpt = page.locator('#search-dialog-results .search-hit__excerpt').first();
  // Whichever window Pagefind picks, the special tokens read as written, brackets and bars included.
  await expect(excerpt).toContainText(/<\|im_(start|sep|end)\|>/);
  const tags = await page.locator('#search-dialog-results .search-hit__excerpt *').evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
  expect(tags.every((t) => t === 'MARK' || t === 'SPAN')).toBe(true);
});

test('the search page shows the results of ?q= as links in <main> and keeps the URL in step', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/zh/search/?q=%E5%88%86%E8%AF%8D');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const links = page.locator('main .search-results a');
  await expect(links.first()).toHaveAttribute('href', /^\/zh\/tokenization\//);
  await expect(page.locator('main [role="status"]')).toHaveText(/找到 \d+ 个结果/);
  await expect(page.locator('#search-page-input')).toHaveValue('分词');
  await page.locator('#search-page-input').fill('RLHF');
  await expect(page).toHaveURL(/\/zh\/search\/\?q=RLHF$/);
  await expect(links.first()).toHaveAttribute('href', /^\/zh\/rlhf\//);
  // The header control goes to the page's own box here.
  await page.keyboard.press('Control+k');
  await expect(page.locator('#search-page-input')).toBeFocused();
  await expect(page.locator('.search-dialog')).toBeHidden();

  await page.goto('/en/search/?q=tokenizer');
  await expect(page.locator('main .search-results a').first()).toHaveAttribute('href', /^\/en\/tokenization\//);
  await page.goto('/en/search/?q=zzzzqqq');
  await expect(page.locator('main [role="status"]')).toContainText('No results');
  expect(errors).toEqual([]);
});

test('without JavaScript the header control is a link to the search page, which explains itself', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/tokenization/');
  await page.locator('[data-search-open]').click();
  await expect(page).toHaveURL(/\/en\/search\/$/);
  await expect(page.locator('main')).toContainText('Search needs JavaScript');
  await context.close();
});

test('bad input never breaks the search', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/search/');
  for (const q of ['"', '""', '<script>alert(1)</script>', '   ', '*', '\\', '%', '後訓練', 'Ｔｏｋｅｎ', 'a'.repeat(500), '🙂']) {
    const out = await ask(page, q);
    expect(Number.isInteger(out.total), q).toBe(true);
  }
  await page.goto(`/zh/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.locator('main [role="status"]')).toBeVisible();
  expect(await page.locator('main img').count()).toBe(0);
  expect(errors).toEqual([]);
});

test.describe('search quality, measured in the browser', () => {
  test('every term name and alias finds the chapter that introduces it in the top three, in every UI', async ({ page }) => {
    // Every name in three scripts, asked in three UIs: generous on a busy machine.
    test.setTimeout(360_000);
    const cases = termQueries();
    let hits = 0;
    const misses: string[] = [];
    for (const ui of uis) {
      await page.goto(`/${ui}/search/`);
      for (const c of cases) {
        const out = await ask(page, c.query, 3);
        if (out.keys.includes(`chapter:${c.slug}`)) hits++;
        else misses.push(`${ui} "${c.query}" (${c.id}) → ${out.keys.join(', ') || 'nothing'}, expected ${c.slug}`);
      }
    }
    const total = cases.length * uis.length;
    console.log(`search hit rate (browser): ${((100 * hits) / total).toFixed(1)}% (${hits}/${total})`);
    // Aim: 100%; the same few generic words as in the Node measurement miss.
    expect((100 * hits) / total, misses.join('\n')).toBeGreaterThanOrEqual(99);
  });

  test('后训练 ranks the post-training chapters first, 预训练 the pretraining ones', async ({ page }) => {
    const post = partChapters('post-training');
    const pre = partChapters('pretraining');
    for (const ui of uis) {
      await page.goto(`/${ui}/search/`);
      for (const [query, first, then] of [
        ['后训练', post, pre],
        ['预训练', pre, post],
        ['post-training', post, pre],
        ['pretraining', pre, post],
      ] as const) {
        const out = await ask(page, query);
        expect(partsInOrder(out.keys, first, then), `${ui} ${query}: ${out.keys.join(' ')}`).toBe(true);
        expect(first.map((s) => `chapter:${s}`)).toContain(out.keys[0]);
      }
    }
  });

  test('short Chinese queries find only pages that contain them as written', async ({ page }) => {
    for (const ui of uis) {
      await page.goto(`/${ui}/search/`);
      for (const query of ['分词', '温度', '词元', '幻觉']) {
        const out = await ask(page, query);
        for (const [i, excerpt] of out.excerpts.entries()) {
          const marked = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]).join('');
          expect(marked, `${ui} ${query}: hit ${out.keys[i]} marks only "${marked}"`).toContain(query);
        }
      }
      const tokenization = await ask(page, '分词');
      expect(tokenization.keys[0]).toBe('chapter:tokenization');
    }
  });
});
