import { expect, test, type Page } from '@playwright/test';

/** Records Content Security Policy violations, from the console and from the page's own event. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return violations;
}

test('every page kind runs under its Content Security Policy without a violation', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchCsp(page);
  for (const path of ['/', '/zh/', '/en/glossary/', '/zh/handouts/', '/en/search/?q=token', '/zh/handouts/tokenization/', '/404.html']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(await page.goto('/zh/tokenization/').then((r) => r?.headers()['content-type'])).toContain('text/html');
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
  // The tokenizer's worker and encoding chunk.
  const input = page.locator('.half--page [data-widget="tokenizer"] textarea').first();
  await input.scrollIntoViewIfNeeded();
  await expect(input).toBeEditable(); // live: its code and strings have come (widgets.json)
  await input.click();
  await input.press('End');
  await input.pressSequentially('!');
  await expect(page.locator('.half--page [data-widget="tokenizer"]').first()).toHaveAttribute('data-token-count', '3', { timeout: 15_000 });
  // Search: the lazily loaded UI and Pagefind's WebAssembly.
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  await page.locator('#search-dialog-input').fill('分词');
  await expect(page.locator('#search-dialog-results [role="option"]').first()).toBeVisible({ timeout: 15_000 });
  // The sampling playground's toy model.
  await page.goto('/en/inference/');
  // Scrolled to, as a reader would: the widget's code loads near the viewport (when-near.ts).
  await page.locator('.half--page [data-widget="sampling"]').first().scrollIntoViewIfNeeded();
  const generate = page.locator('.half--page [data-widget="sampling"] button[data-act="run"]').first();
  if (await generate.count()) {
    await generate.click();
    await page.waitForTimeout(1500);
  }
  // Styles: a code block keeps its colours (style attributes are allowed).
  await page.goto('/en/llama-base-model/');
  expect(violations).toEqual([]);
});
