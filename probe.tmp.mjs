import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '/work/wt/tok/scripts/chromium.mjs';
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const [name, vw, scheme] of [['narrow', 360, 'light'], ['wide', 1100, 'dark']]) {
  const page = await browser.newPage({ viewport: { width: vw, height: 900 }, colorScheme: scheme });
  await page.goto('http://127.0.0.1:4337/zh/tokenization/');
  const w1 = page.locator('[data-widget=tokenizer]').nth(0);
  const w2 = page.locator('[data-widget=tokenizer]').nth(1);
  await w2.locator('input[data-tk=bytes]').check();
  await w2.locator('[data-pane=r50k_base] .tk-t').first().click();
  await w1.screenshot({ path: `/tmp/w1-${name}.png` });
  await w2.screenshot({ path: `/tmp/w2-${name}.png` });
  await page.close();
}
await browser.close();
