import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

test('a term card opens on keyboard focus and closes with Esc', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/zh/tokenization/');
  const term = page.locator('.half--page a[data-term="byte-pair-encoding"]').first();
  const card = page.locator(`#${await term.getAttribute('aria-describedby')}`);
  await expect(card).toBeHidden();
  // Tab until the term has focus, as a keyboard reader would.
  for (let i = 0; i < 80 && !(await term.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(term).toBeFocused();
  await expect(card).toBeVisible();
  await expect(card).toContainText('字节对编码');
  await expect(card).toContainText('byte pair encoding');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(term).toBeFocused();
  expect(errors).toEqual([]);
});

test('a term card opens on hover and its definition describes the link', async ({ page }) => {
  await page.goto('/en/tokenization/');
  const term = page.locator('.half--page a[data-term="vocabulary"]').first();
  await term.hover();
  const card = page.locator(`#${await term.getAttribute('aria-describedby')}`);
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('role', 'tooltip');
  await expect(card).toContainText('词表');
});

test('with JavaScript off a term still links to its glossary entry', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/tokenization/');
  await page.locator('.half--page a[data-term="token"]').first().click();
  await expect(page).toHaveURL(/\/en\/glossary\/#token$/);
  await expect(page.locator('#token')).toContainText('词元');
  await context.close();
});

test('the glossary pages have the same entry ids in both languages, grouped by letter', async ({ page }) => {
  await page.goto('/zh/glossary/');
  const zh = await page.locator('.glossary-entry').evaluateAll((els) => els.map((e) => e.id).sort());
  const letters = await page.locator('h2.letter').allTextContents();
  expect(letters).toEqual([...letters].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b))));
  // Pinyin order inside the C group: 采样 (cai) would come before 词元 (ci).
  await page.goto('/en/glossary/');
  const en = await page.locator('.glossary-entry').evaluateAll((els) => els.map((e) => e.id).sort());
  expect(en).toEqual(zh);
  expect(zh.length).toBeGreaterThan(5);
});

for (const [lang, query, id] of [
  ['zh', '字节对', 'byte-pair-encoding'],
  ['zh', 'byte pair', 'byte-pair-encoding'],
  ['en', 'BPE', 'byte-pair-encoding'],
  ['en', '令牌', 'token'],
  ['en', 'vocab', 'vocabulary'],
] as const) {
  test(`the ${lang} glossary filter finds ${id} by "${query}"`, async ({ page }) => {
    await page.goto(`/${lang}/glossary/`);
    const input = page.locator('glossary-filter input');
    await input.fill(query);
    await expect(page.locator(`#${id}`)).toBeVisible();
    const visible = await page.locator('.glossary-entry:visible').count();
    const total = await page.locator('.glossary-entry').count();
    expect(visible).toBeLessThan(total);
    await expect(page.locator('[data-filter-status]')).toContainText(String(visible));
    await input.press('Escape');
    await expect(page.locator('.glossary-entry:visible')).toHaveCount(total);
  });
}

test('a term sheet per part lists its terms in both languages', async ({ page }) => {
  await page.goto('/zh/glossary/pretraining/');
  await expect(page.locator('table')).toContainText('词元');
  await expect(page.locator('table')).toContainText('token');
});
