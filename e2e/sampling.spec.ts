import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

// The chapters that embed the widget (their slots in content/chapters): 8 has two, 11 compares
// two distributions, 24 starts from the toy model.
const base = '/en/llama-base-model/';

// The page's own language; the other language's copy sits hidden beside it (reading modes).
const widget = (page: Page) => page.locator('.half--page [data-widget="sampling"]').first();
const rows = (w: Locator) => w.locator('.smp-chart').first().locator('tbody tr');
/** The page's first widget, scrolled to as a reader would: its code loads near the viewport. */
async function reach(page: Page): Promise<Locator> {
  const w = widget(page);
  await w.scrollIntoViewIfNeeded();
  return w;
}
const percents = (w: Locator) => rows(w).locator('.smp-pct').allTextContents();
const counts = (w: Locator) => rows(w).locator('.smp-n').allTextContents();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the distribution reads as bars and numbers, with the formula', async ({ page }) => {
    await page.goto(base);
    const w = widget(page);
    await expect(w).toBeVisible();
    await expect(rows(w)).toHaveCount(10);
    await expect(rows(w).first().locator('.smp-tok')).toHaveText('?');
    expect(await percents(w)).toEqual(['31.0%', '21.0%', '12.0%', '10.0%', '6.0%', '5.0%', '5.0%', '4.0%', '3.0%', '3.0%']);
    const bar = rows(w).first().locator('.smp-bar');
    const track = rows(w).first().locator('.smp-track');
    const [barWidth, trackWidth] = [(await bar.boundingBox())!.width, (await track.boundingBox())!.width];
    expect(barWidth / trackWidth).toBeCloseTo(0.31, 1);
    await expect(w.locator('.smp-badge').first()).toHaveText('Illustrative');
    await expect(w.locator('math')).toBeAttached();
    await expect(w.locator('.smp-stats').first()).toContainText('bits');
    // The controls need JavaScript and stay out of the way without it.
    await expect(w.locator('input[type=range]').first()).toBeHidden();
    await expect(w.locator('button').first()).toBeHidden();
  });

  test('a toy-model preset shows the model’s own first distribution, in Chinese on the Chinese page', async ({ page }) => {
    await page.goto('/zh/grand-summary/');
    const w = widget(page);
    await expect(w.locator('.smp-badge').first()).toHaveText('玩具模型');
    await expect(rows(w)).toHaveCount(11);
    await expect(rows(w).last()).toHaveAttribute('data-other', '');
    await expect(rows(w).last().locator('.smp-tok')).toHaveText(/^其余 \d+ 个词元$/);
    const shares = (await percents(w)).map((p) => parseFloat(p.replace('<', '')));
    const total = shares.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(99.5);
    expect(total).toBeLessThan(100.6);
  });
});

test.describe('with JavaScript', () => {
  let errors: string[];
  test.beforeEach(({ page }) => {
    errors = watchErrors(page);
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('the sliders reshape the bars, by keyboard too', async ({ page }) => {
    await page.goto(base);
    const w = await reach(page);
    const temperature = w.getByRole('slider', { name: 'Temperature' });
    await temperature.focus();
    await page.keyboard.press('Home');
    await expect(temperature).toHaveAttribute('aria-valuetext', '0');
    expect(await percents(w)).toEqual(['100.0%', ...Array(9).fill('0.0%')]);
    await expect(w.locator('.smp-stats').first()).toContainText('Entropy 0 bits');
    await expect(w.locator('.smp-settings-now')).toContainText('temperature 0,');

    await page.keyboard.press('End');
    await expect(temperature).toHaveAttribute('aria-valuetext', '2');
    const hot = (await percents(w)).map(parseFloat);
    expect(hot[0]).toBeLessThan(31);
    expect(hot[9]).toBeGreaterThan(3);
    const barAt2 = (await rows(w).first().locator('.smp-bar').boundingBox())!.width;

    await page.keyboard.press('Home');
    await page.keyboard.press('PageUp'); // one big step up from 0
    const tAfter = Number(await temperature.inputValue());
    expect(tAfter).toBeGreaterThan(0);
    expect((await rows(w).first().locator('.smp-bar').boundingBox())!.width).not.toBe(barAt2);

    // Back to 1, then top-k 3: exactly three tokens stay, the others are marked as cut.
    await temperature.fill('1');
    const topK = w.getByRole('slider', { name: 'Top-k' });
    await topK.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(topK).toHaveAttribute('aria-valuetext', '3');
    await expect(w.locator('tbody tr[data-cut]')).toHaveCount(7);
    await expect(w.locator('tbody tr:not([data-cut]) .smp-tok')).toHaveText(['?', '?↵', '?↵↵']);
    await expect(w.locator('tbody tr[data-cut] .smp-cutlabel').first()).toBeAttached();
    await expect(w.locator('tbody tr[data-cut] .smp-cutlabel').first()).not.toHaveAttribute('hidden', '');
    // 31, 21 and 12 renormalized to 48.4, 32.8 and 18.75 (shown as 18.7 or 18.8, by floating point).
    expect((await percents(w)).slice(0, 3).map((p) => Math.round(parseFloat(p)))).toEqual([48, 33, 19]);
    await expect(w.locator('.smp-stats').first()).toContainText('3 of 10 tokens kept');

    // Top-k off, top-p 0.5: the smallest set reaching 50% is "?" and "?↵" (31% + 21%).
    await page.keyboard.press('Home');
    await w.getByRole('slider', { name: 'Top-p' }).fill('0.5');
    await expect(w.locator('tbody tr:not([data-cut]) .smp-tok')).toHaveText(['?', '?↵']);
    await expect(w.locator('.smp-settings-now')).toContainText('top-k off, top-p 0.5');
  });

  test('sampling with a fixed seed gives the same draws after a reload', async ({ page }) => {
    const draw = async () => {
      const w = await reach(page);
      await w.getByLabel('Seed').fill('2025');
      await w.getByRole('button', { name: 'Sample 100 times' }).click();
      const many = await counts(w);
      // Keyboard works for the buttons as well.
      await w.getByRole('button', { name: 'Sample once' }).focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('Enter');
      return { many, once: await w.locator('.smp-draws').textContent(), status: await w.locator('.smp-status').textContent() };
    };
    await page.goto(base);
    const first = await draw();
    expect(first.many.map(Number).reduce((a, b) => a + b, 0)).toBe(100);
    expect(first.once!.split(' · ')).toHaveLength(5);
    expect(first.status).toMatch(/^Drew /);
    await page.reload();
    expect(await draw()).toEqual(first);

    // Another seed, other draws; Reset goes back to the first state.
    const w = await reach(page);
    await w.getByLabel('Seed').fill('7');
    await w.getByRole('button', { name: 'Sample 100 times' }).click();
    expect(await counts(w)).not.toEqual(first.many);
    await w.getByRole('button', { name: 'Reset' }).click();
    await expect(rows(w).locator('.smp-n').first()).toBeHidden();
    await expect(w.locator('.smp-recent')).toBeHidden();
  });

  test('a text seed works and says which number it stands for', async ({ page }) => {
    await page.goto(base);
    const w = await reach(page);
    await w.getByLabel('Seed').fill('NaN');
    await expect(w.locator('.smp-seedused')).toHaveText(/^\(the number this seed stands for: \d+\)$/);
    await w.getByRole('button', { name: 'Sample once' }).click();
    await expect(w.locator('.smp-status')).toHaveText(/^Drew /);
    await expect(w).not.toContainText('NaN bits');
  });

  test('the toy model loads only when needed and generation runs to the end', async ({ page }) => {
    const modelRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('sampling-model.json')) modelRequests.push(r.url());
    });
    await page.goto('/en/grand-summary/');
    await page.waitForLoadState('networkidle');
    expect(modelRequests).toEqual([]);
    const w = await reach(page);
    await w.getByRole('button', { name: 'Next token' }).click();
    await expect(w.locator('.smp-gstatus')).toHaveText(/^Step 1: /);
    expect(modelRequests).toHaveLength(1);
    expect(modelRequests[0]).toMatch(/\/en\/sampling-model\.json$/);
    await expect(w.locator('.smp-out .smp-g')).toHaveCount(1);
    await expect(w.locator('.smp-cap').first()).toContainText('Step 1');
    await expect(w.locator('tbody tr[data-drawn]')).toHaveCount(1);

    await w.getByRole('button', { name: 'Run to the end' }).click();
    await expect(w.locator('.smp-gstatus')).toContainText(/Stopped at the limit of 100 tokens|end-of-text marker/);
    const generated = await w.locator('.smp-out .smp-g').count();
    expect(generated).toBeGreaterThan(1);
    expect(generated).toBeLessThanOrEqual(100);
    const text = await w.locator('.smp-out').textContent();
    expect(text!.startsWith('The model')).toBe(true);
    expect(modelRequests).toHaveLength(1);

    // At the end, more steps only repeat that it is over.
    await w.getByRole('button', { name: 'Next token' }).click();
    expect(await w.locator('.smp-out .smp-g').count()).toBe(generated);

    await w.getByRole('button', { name: 'Start over' }).click();
    await expect(w.locator('.smp-out .smp-g')).toHaveCount(0);
    await expect(w.locator('.smp-out')).toHaveText('The model');
  });

  test('the same seed writes the same continuation, another seed another one', async ({ page }) => {
    const run = async (seed: string) => {
      const w = await reach(page);
      await w.getByRole('button', { name: '重置' }).click();
      await w.getByLabel('随机种子').fill(seed);
      await w.getByRole('button', { name: '一直写到结束' }).click();
      await expect(w.locator('.smp-gstatus')).toContainText(/已写满|结束标记/);
      return w.locator('.smp-out').textContent();
    };
    await page.goto('/zh/grand-summary/');
    const a = await run('11');
    expect(await run('11')).toBe(a);
    await page.reload();
    expect(await run('11')).toBe(a);
    expect(await run('12')).not.toBe(a);
  });

  test('greedy decoding from an illustrative preset switches the chart to the toy model and loops', async ({ page }) => {
    await page.goto(base);
    const w = await reach(page);
    await w.getByRole('slider', { name: 'Temperature' }).fill('0');
    await w.getByRole('textbox', { name: 'Prompt' }).fill('The model');
    await w.getByRole('button', { name: 'Run to the end' }).click();
    await expect(w.locator('.smp-gstatus')).toContainText(/Stopped|end-of-text/);
    await expect(w.locator('.smp-badge').first()).toHaveText('Toy model');
    const out = (await w.locator('.smp-out').textContent())!;
    // Greedy n-gram text repeats itself: some stretch of 20 characters occurs twice.
    const repeated = [...Array(out.length - 20).keys()].some((i) => out.indexOf(out.slice(i, i + 20), i + 1) > 0);
    expect(repeated).toBe(true);
    await w.getByRole('button', { name: 'Start over' }).click();
    await expect(w.locator('.smp-badge').first()).toHaveText('Illustrative');
    await expect(rows(w).first().locator('.smp-tok')).toHaveText('?');
  });

  test('reader text never becomes markup, and bad prompts are handled', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto('/en/hallucinations/');
    const w = await reach(page);
    const prompt = w.getByRole('textbox', { name: 'Prompt' });
    const evil = '<img src=x onerror=alert(1)>';
    await prompt.fill(evil);
    await w.getByRole('button', { name: 'Next token' }).click();
    await expect(w.locator('.smp-gstatus')).toHaveText(/^Step 1: /);
    await w.getByRole('button', { name: 'Run to the end' }).click();
    await expect(w.locator('.smp-gstatus')).toContainText(/Stopped|end-of-text/);
    await expect(page.locator('img')).toHaveCount(0);
    await expect(w.locator('.smp-out .smp-prompt')).toHaveText(evil);
    expect(dialogs).toBe(0);

    // Characters the notes never contain: the model says it has no context and still writes.
    await prompt.fill('ꙮꙮꙮ');
    await w.getByRole('button', { name: 'Next token' }).click();
    await expect(w.locator('.smp-gstatus')).toContainText('never contain this context');

    // Empty and very long prompts.
    await prompt.fill('');
    await w.getByRole('button', { name: 'Run to the end' }).click();
    await expect(w.locator('.smp-gstatus')).toContainText(/Stopped|end-of-text/);
    await prompt.evaluate((el: HTMLTextAreaElement) => {
      el.value = 'the model '.repeat(20_000);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await w.getByRole('button', { name: 'Run to the end' }).click();
    await expect(w.locator('.smp-gstatus')).toContainText(/Stopped|end-of-text/);
    await expect(w).not.toContainText('NaN');
  });

  test('a comparison samples both distributions', async ({ page }) => {
    await page.goto('/zh/hallucinations/');
    const w = await reach(page);
    await expect(w.locator('.smp-chart')).toHaveCount(2);
    await expect(w.locator('.smp-chart').nth(1).locator('.smp-badge')).toContainText('对照');
    await w.getByRole('button', { name: '抽样 100 次' }).click();
    const second = w.locator('.smp-chart').nth(1).locator('tbody tr');
    const top = Number(await second.first().locator('.smp-n').textContent());
    expect(top).toBeGreaterThan(80);
    await expect(w.locator('.smp-status')).toHaveText(/^抽样 100 次：最常抽到 .+；抽样 100 次：最常抽到 ␣?美国（\d+ 次）$/);
    const flat = (await counts(w)).map(Number);
    expect(Math.max(...flat)).toBeLessThan(60);
  });

  test('the widget fits a 360 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/zh/llama-base-model/');
    const w = await reach(page);
    const box = (await w.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    const overflow = await w.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('when the model file fails', () => {
  for (const [what, route] of [
    ['cannot be fetched', (r: import('@playwright/test').Route) => r.abort()],
    ['is not a model', (r: import('@playwright/test').Route) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"format":"nope"' })],
  ] as const) {
    test(`the widget says so when the model ${what}, and keeps working`, async ({ page }) => {
      const thrown: string[] = [];
      page.on('pageerror', (e) => thrown.push(String(e)));
      await page.route('**/sampling-model.json', route);
      await page.goto(base);
      const w = await reach(page);
      await w.getByRole('button', { name: 'Next token' }).click();
      await expect(w.locator('.smp-gstatus')).toHaveText('The toy model could not be loaded; check the connection and reload the page.');
      await w.getByRole('button', { name: 'Sample once' }).click();
      await expect(w.locator('.smp-status')).toHaveText(/^Drew /);
      expect(thrown).toEqual([]);
    });
  }
});
