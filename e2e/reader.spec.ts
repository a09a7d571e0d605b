import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

test('reading modes: side by side by mouse, back to one language by keyboard, persisted', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1300, height: 900 });
  await page.goto('/zh/tokenization/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-reading-mode', 'zh');
  const english = page.locator('.pair[data-pair="bpe"] .half--other');
  await expect(english).toBeHidden();

  await page.getByRole('button', { name: '双语对照' }).click();
  await expect(html).toHaveAttribute('data-reading-mode', 'bilingual');
  await expect(english).toBeVisible();
  await expect(page.locator('.pair[data-pair="bpe"] .half--page')).toBeVisible();
  // Side by side: the pair's halves share a row.
  const [zhBox, enBox] = await Promise.all([
    page.locator('.pair[data-pair="bpe"] .half--page').boundingBox(),
    page.locator('.pair[data-pair="bpe"] .half--other').boundingBox(),
  ]);
  expect(Math.abs(zhBox!.y - enBox!.y)).toBeLessThan(2);
  expect(enBox!.x).toBeGreaterThan(zhBox!.x);

  await page.reload();
  await expect(html).toHaveAttribute('data-reading-mode', 'bilingual');

  const zhButton = page.getByRole('button', { name: '简体中文', exact: true });
  await zhButton.focus();
  await page.keyboard.press('Enter');
  await expect(html).toHaveAttribute('data-reading-mode', 'zh');
  await expect(zhButton).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(html).toHaveAttribute('data-reading-mode', 'zh');
  expect(errors).toEqual([]);
});

test('the stored mode is applied before first paint', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('reading-mode', 'bilingual');
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { modeAtLoad: string }).modeAtLoad = document.documentElement.dataset['readingMode'] ?? '';
    });
  });
  await page.goto('/en/tokenization/');
  expect(await page.evaluate(() => (window as unknown as { modeAtLoad: string }).modeAtLoad)).toBe('bilingual');
});

test('choosing the other language opens it at the same section', async ({ page }) => {
  await page.goto('/zh/tokenization/#chinese');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/tokenization\/#chinese$/);
  await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'en');
});

test('Traditional Chinese side by side: beside English by default, beside Simplified when chosen', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/zh-tw/tokenization/');
  await expect(page.locator('h1')).toHaveText('分詞：把文字變成詞元');
  await page.getByRole('button', { name: '雙語對照', exact: true }).click();
  const other = page.locator('.pair[data-pair="bpe"] .half--other');
  await expect(other).toHaveAttribute('lang', 'en');
  await expect(other).toContainText('Byte pair encoding');
  await page.getByLabel('對照的語言').selectOption('zh');
  await expect(other).toHaveAttribute('lang', 'zh-CN');
  await expect(other).toContainText('字节对编码');
  await expect(page.locator('.pair[data-pair="bpe"] .half--page')).toContainText('位元組對編碼');
  expect(errors).toEqual([]);
});

test('bilingual mode stacks the two languages on a narrow screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.addInitScript(() => localStorage.setItem('reading-mode', 'bilingual'));
  await page.goto('/en/tokenization/');
  const zh = await page.locator('.pair[data-pair="bpe"] .half--other').boundingBox();
  const en = await page.locator('.pair[data-pair="bpe"] .half--page').boundingBox();
  expect(en!.y).toBeGreaterThan(zh!.y + zh!.height - 2);
});

test('progress: mark done, continue on the home page, export, import and reset', async ({ page }) => {
  await page.goto('/zh/tokenization/');
  await page.locator('#chinese').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 10);
  const done = page.locator('[data-mark-done]');
  await done.click();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-nav-slug="tokenization"]')).toHaveAttribute('data-done', '');
  await page.goto('/zh/');
  await expect(page.locator('[data-continue-link]')).toHaveAttribute('href', /\/zh\/tokenization\/(#[a-z-]+)?$/);
  await expect(page.locator('[data-part-progress="0"]')).toContainText('已读 1 /');

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
  const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(Object.keys(exported.done)).toEqual(['tokenization']);

  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('[data-reset]').click();
  await expect(page.locator('[data-part-progress="0"]')).toContainText('已读 0 /');
  await expect(page.locator('[data-continue]')).toBeHidden();

  await page.locator('[data-import]').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(page.locator('[data-progress-status]')).toContainText('进度已导入');
  await expect(page.locator('[data-part-progress="0"]')).toContainText('已读 1 /');

  await page.locator('[data-import]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"not": "progress"') });
  await expect(page.locator('[data-progress-status]')).toContainText('不是本课程的进度记录');
  await expect(page.locator('[data-part-progress="0"]')).toContainText('已读 1 /');
});

test('garbage in every storage key causes no error', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    for (const key of ['course-progress', 'reading-mode', 'theme']) localStorage.setItem(key, '{"version":1,"done":{"x":NaN}}]]');
  });
  for (const path of ['/zh/', '/zh/glossary/', '/en/tokenization/']) await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'en');
  await expect(page.locator('[data-reading-modes]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the video player loads nothing from YouTube until the reader opens it', async ({ page }) => {
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) external.push(r.url());
  });
  await page.goto('/en/tokenization/');
  await page.waitForLoadState('networkidle');
  await page.locator('[data-player]').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  expect(external).toEqual([]);
  await page.locator('[data-player] summary').click();
  await expect.poll(() => external.some((u) => u.includes('youtube-nocookie.com/embed/7xTGNNLPyMI'))).toBe(true);
});

test('every section links its moment in the video', async ({ page }) => {
  await page.goto('/zh/tokenization/');
  const links = page.locator('.half--page section.block > a.section-time');
  expect(await links.count()).toBe(await page.locator('.half--page section.block').count());
  await expect(page.locator('.half--page section[data-block="bpe"] > a.section-time')).toHaveAttribute('href', /t=646$/);
});
