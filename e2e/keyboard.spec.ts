/**
 * A keyboard-only reader: Tab through whole pages (the widgets and the search included) and
 * check that every stop is visible, shows a focus ring, comes in reading order and that focus
 * gets through the page and out again; Esc closes what opened. And motion: with reduced motion
 * asked for, nothing animates.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

interface Stop {
  what: string;
  visible: boolean;
  ring: boolean;
  /** Whether this stop comes after the previous one in document order. */
  inOrder: boolean;
  inOtherHalf: boolean;
}

/** Presses Tab until focus leaves the page or comes back to the first stop; describes each stop. */
async function tabThrough(page: Page, max: number): Promise<Stop[]> {
  await page.evaluate(() => {
    (window as unknown as { __prev: Element | null }).__prev = null;
  });
  const stops: Stop[] = [];
  let first = '';
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const w = window as unknown as { __prev: Element | null };
      const el = document.activeElement;
      if (!el || el === document.body) return undefined;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      // A wrapper that shows focus for its input (label:focus-within) counts as the ring too.
      const wrapperRing = [...document.querySelectorAll(':focus-within')].some(
        (p) => p !== el && p.contains(el) && getComputedStyle(p).outlineStyle !== 'none' && parseFloat(getComputedStyle(p).outlineWidth) >= 2,
      );
      const prev = w.__prev;
      const inOrder = !prev || prev === el || Boolean(prev.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) || prev.contains(el);
      w.__prev = el;
      const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
      return {
        what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${label}"`,
        visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden',
        ring: ring || wrapperRing,
        inOrder,
        inOtherHalf: Boolean(el.closest('.half--other')),
      };
    });
    if (!stop) break; // focus left the document: the walk got through
    if (stop.what === first) break; // wrapped around to the start
    first ||= stop.what;
    stops.push(stop);
  }
  return stops;
}

// max: more Tab presses than the page has stops (the glossary links every term both ways).
const pages = [
  { path: '/en/tokenization/', mustReach: [/textarea#tokenizer-1-input/, /select/] },
  { path: '/zh/llama-base-model/', mustReach: [/input/] },
  { path: '/zh/glossary/', mustReach: [/input/], max: 1500 },
  { path: '/en/', mustReach: [/a\./] },
];

for (const { path, mustReach, max = 400 } of pages) {
  test(`Tab walks ${path} in reading order, every stop visible with a focus ring`, async ({ page }) => {
    test.setTimeout(90_000);
    const errors = watchErrors(page);
    await page.goto(path);
    const stops = await tabThrough(page, max);
    expect(stops.length).toBeGreaterThan(10);
    expect(stops.length, 'focus never left the page: a trap?').toBeLessThan(max);
    expect(stops.filter((s) => !s.visible).map((s) => s.what)).toEqual([]);
    expect(stops.filter((s) => !s.ring).map((s) => s.what)).toEqual([]);
    expect(stops.filter((s) => !s.inOrder).map((s) => s.what)).toEqual([]);
    expect(stops.filter((s) => s.inOtherHalf).map((s) => s.what)).toEqual([]);
    // The skip link comes first; the widgets are on the way.
    expect(stops[0]!.what).toMatch(/skip-link/);
    for (const pattern of mustReach) expect(stops.some((s) => pattern.test(s.what)), String(pattern)).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('a keyboard reader gets the widgets\' controls on the first Tab, before focus reaches them', async ({ page }) => {
  await page.goto('/en/inference/');
  const controls = page.locator('.half--page [data-widget="sampling"] .smp-live').first();
  await expect(controls).toBeHidden();
  await page.keyboard.press('Tab');
  // Far below the fold, not scrolled to: the code came with the keyboard, not with the scroll.
  await expect(controls).toBeVisible();
});

test('search by keyboard: "/" opens it with focus in the box, Tab stays inside, Esc closes and returns focus', async ({ page }) => {
  await page.goto('/en/tokenization/');
  const trigger = page.locator('[data-search-open]');
  await trigger.focus();
  await page.keyboard.press('Enter');
  const input = page.locator('#search-dialog-input');
  await expect(input).toBeFocused();
  await page.keyboard.type('token');
  await expect(page.locator('#search-dialog-results [role="option"]').first()).toBeVisible();
  // Tab moves within the open (modal) dialog, never to the page behind it; past its last
  // control it may pass through the browser's own UI (activeElement is then the body).
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => (document.activeElement === document.body ? 'browser' : document.activeElement?.closest('dialog') ? 'dialog' : document.activeElement?.outerHTML.slice(0, 80)));
    expect(['dialog', 'browser']).toContain(where);
  }
  await page.keyboard.press('Escape');
  await expect(page.locator('.search-dialog')).toBeHidden();
  await expect(trigger).toBeFocused();
});

test('with reduced motion asked for, nothing animates while a reader uses the page', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/en/tokenization/');
  const animations = () => page.evaluate(() => document.getAnimations().map((a) => (a.effect as KeyframeEffect | null)?.target?.nodeName ?? 'unknown'));
  const w = page.locator('.half--page [data-widget="tokenizer"]').first();
  await w.scrollIntoViewIfNeeded(); // its code loads near the viewport (when-near.ts)
  await w.locator('textarea').fill('hello world');
  await expect(w).toHaveAttribute('data-token-count', '2');
  expect(await animations()).toEqual([]);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('/');
  await expect(page.locator('.search-dialog')).toBeVisible();
  expect(await animations()).toEqual([]);
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  // Every element's transitions and animations are off.
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => {
        const s = getComputedStyle(el);
        return s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none';
      })
      .map((el) => el.tagName),
  );
  expect(moving).toEqual([]);
});
