/**
 * The tokenizer widget against the production build: static render, live editing, encoding
 * chunks, keyboard, permalinks, large input, hostile input, print, narrow screens, contrast.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { encodeChat as o200kChat, encode as o200kEncode } from 'gpt-tokenizer/encoding/o200k_base';
import { watchErrors } from './helpers';

const CHUNK = /\/(r50k_base|cl100k_base|o200k_base)-[\w-]+\.js$/;
const EN = '/en/tokenization/';
const ZH = '/zh/tokenization/';

/** Encoding chunks the page (and its worker) requests. */
function watchChunks(page: Page): string[] {
  const chunks: string[] = [];
  page.context().on('request', (r: Request) => {
    const m = CHUNK.exec(new URL(r.url()).pathname);
    if (m) chunks.push(m[1]!);
  });
  return chunks;
}

// The page's own language; the other language's copy sits hidden beside it (reading modes).
const widget = (page: Page, n: number) => page.locator('.half--page [data-widget="tokenizer"]').nth(n);

/**
 * Opens a page and scrolls to its first widget, as a reader would: the widgets' code loads when
 * the reader comes near one (src/islands/when-near.ts), and then serves every widget of the page;
 * returns once they are live.
 */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await widget(page, 0).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => customElements.get('tokenizer-widget') !== undefined);
  // Live once its strings have come too (widgets.json): the textareas are then editable.
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLTextAreaElement>('tokenizer-widget textarea')].every((t) => !t.readOnly));
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the build-time render shows tokens, ids and counts', async ({ page }) => {
    await page.goto(EN);
    const w = widget(page, 0);
    await expect(w).toHaveAttribute('data-encoding', 'cl100k_base');
    await expect(w).toHaveAttribute('data-token-count', '2');
    await expect(w.locator('textarea')).toHaveValue('hello world');
    const pane = w.locator('[data-pane="cl100k_base"]');
    await expect(pane.locator('.tk-t')).toHaveText(['hello', ' world']);
    await expect(pane.locator('.tk-id')).toHaveText(['15339', '1917']);
    await expect(pane.locator('[data-stat="tokens"]')).toHaveText('2');
    await expect(pane.locator('[data-stat="chars"]')).toHaveText('11');
    // Controls that need the script are not offered.
    await expect(w.locator('.tk-controls')).toBeHidden();
  });

  test('the Chinese compare widget shows 分词器 as 7, 4 and 3 tokens', async ({ page }) => {
    await page.goto(ZH);
    const w = widget(page, 1);
    await expect(w).toHaveAttribute('data-mode', 'compare');
    await expect(w).toHaveAttribute('data-token-count', '3');
    for (const [encoding, count] of [['r50k_base', '7'], ['cl100k_base', '4'], ['o200k_base', '3']] as const) {
      const pane = w.locator(`[data-pane="${encoding}"]`);
      await expect(pane).toBeVisible();
      await expect(pane.locator('[data-stat="tokens"]')).toHaveText(count);
    }
    // Byte-level truth: r50k_base holds each character in several tokens, drawn as one group.
    const r50k = w.locator('[data-pane="r50k_base"]');
    await expect(r50k.locator('.tk-t')).toHaveText(['分', '词', '器']);
    await expect(r50k.locator('.tk-t.tk-multi')).toHaveCount(3);
    await expect(r50k.locator('.tk-id')).toHaveCount(7);
  });
});

test('the script taking over moves nothing on the page', async ({ page }) => {
  await open(page, ZH);
  await page.waitForFunction(() => customElements.get('tokenizer-widget') !== undefined);
  await expect(widget(page, 0).locator('.tk-controls')).toBeVisible();
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) sum += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 300);
      }),
  );
  expect(shift).toBeLessThan(0.01);
});

test('the page loads no encoding until the reader edits, then exactly the one it needs', async ({ page }) => {
  const errors = watchErrors(page);
  const chunks = watchChunks(page);
  await open(page, EN);
  await page.waitForLoadState('networkidle');
  expect(chunks).toEqual([]);
  const preloads = await page.locator('link[rel="modulepreload"], link[rel="preload"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));
  expect(preloads.filter((h) => h && CHUNK.test(h))).toEqual([]);

  const w = widget(page, 0);
  await w.locator('textarea').fill('hello  world');
  await expect(w).toHaveAttribute('data-token-count', '3');
  await expect(w.locator('[data-pane="cl100k_base"] .tk-id')).toHaveText(['15339', '220', '1917']);
  expect(chunks).toEqual(['cl100k_base']);

  await w.locator('select[data-tk="encoding"]').selectOption('o200k_base');
  await expect(w).toHaveAttribute('data-encoding', 'o200k_base');
  await expect(w.locator('[data-pane="o200k_base"] .tk-id')).toHaveText(['24912', '220', '2375']);
  expect(chunks).toEqual(['cl100k_base', 'o200k_base']);

  // Back to a loaded encoding: nothing more to download.
  await w.locator('select[data-tk="encoding"]').selectOption('cl100k_base');
  await expect(w.locator('[data-pane="cl100k_base"] .tk-id')).toHaveText(['15339', '220', '1917']);
  await expect(w).not.toHaveAttribute('aria-busy', /./);
  expect(chunks).toEqual(['cl100k_base', 'o200k_base']);
  expect(errors).toEqual([]);
});

test('typing updates the tokens, ids, counts and data-token-count', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, EN);
  const w = widget(page, 0);
  const input = w.locator('textarea');
  await input.fill('helloworld');
  await expect(w).toHaveAttribute('data-token-count', '2');
  await expect(w.locator('[data-pane="cl100k_base"] .tk-id')).toHaveText(['71', '96392']);
  await input.press('End');
  await input.pressSequentially(' again');
  await expect(w).toHaveAttribute('data-token-count', '3');
  await expect(w.locator('[data-pane="cl100k_base"] [data-stat="chars"]')).toHaveText('16');
  await expect(w.locator('[data-tk="live"]')).toHaveText('3 tokens in cl100k_base');
  await input.fill('');
  await expect(w).toHaveAttribute('data-token-count', '0');
  await expect(w.locator('[data-pane="cl100k_base"] [data-stat="ratio"]')).toHaveText('—');
  await expect(w.locator('[data-tk="msg"]')).toContainText('Type or paste');
  // The other widget on the page is untouched.
  await expect(widget(page, 1)).toHaveAttribute('data-token-count', '3');
  expect(errors).toEqual([]);
});

test('tokens and ids cross-highlight with the keyboard, the mouse and a tap', async ({ page }) => {
  await open(page, EN);
  const w = widget(page, 0);
  const tokens = w.locator('[data-pane="cl100k_base"] .tk-t');
  const ids = w.locator('[data-pane="cl100k_base"] .tk-id');
  // Keyboard: Tab from the textarea reaches the token list; arrows move along it.
  await w.locator('textarea').focus();
  await page.keyboard.press('Tab');
  await expect(tokens.first()).toBeFocused();
  await expect(ids.first()).toHaveClass(/tk-hl/);
  await page.keyboard.press('ArrowRight');
  await expect(tokens.nth(1)).toBeFocused();
  await expect(tokens.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(ids.nth(1)).toHaveClass(/tk-hl/);
  await expect(ids.first()).not.toHaveClass(/tk-hl/);
  await expect(tokens.nth(1)).toHaveAttribute('aria-label', '·world: id 1917');
  // From the ids to the tokens.
  await page.keyboard.press('Tab');
  await expect(ids.first()).toBeFocused();
  await expect(tokens.first()).toHaveClass(/tk-hl/);
  await page.keyboard.press('End');
  await expect(tokens.nth(1)).toHaveClass(/tk-hl/);
  // Mouse hover.
  await tokens.first().hover();
  await expect(ids.first()).toHaveClass(/tk-hl/);
  // A click (or tap) pins the highlight.
  await ids.nth(1).click();
  await page.mouse.move(0, 0);
  await expect(tokens.nth(1)).toHaveClass(/tk-hl/);
});

test('touch: a tap highlights a token’s ids', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await open(page, EN);
  const pane = widget(page, 0).locator('[data-pane="cl100k_base"]');
  await pane.locator('.tk-t').nth(1).tap();
  await expect(pane.locator('.tk-id').nth(1)).toHaveClass(/tk-hl/);
  await context.close();
});

test('a permalink restores text, encoding and view, per widget', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${EN}#tokenizer-2.e=cl100k_base&tokenizer-2.m=text&tokenizer-2.t=%E7%9B%91%E7%9D%A3%E5%BE%AE%E8%B0%83`);
  const w = widget(page, 1);
  await expect(w.locator('textarea')).toHaveValue('监督微调');
  await expect(w).toHaveAttribute('data-encoding', 'cl100k_base');
  await expect(w).toHaveAttribute('data-mode', 'text');
  await expect(w).toHaveAttribute('data-token-count', '5');
  await expect(widget(page, 0)).toHaveAttribute('data-token-count', '2');

  // Editing writes the state into the hash, next to the other widget's; a reload restores both.
  await widget(page, 0).locator('textarea').fill('Hello');
  await expect(page).toHaveURL(/tokenizer-1\.t=Hello/);
  expect(page.url()).toContain('tokenizer-2.t=');
  await page.reload();
  await expect(widget(page, 0).locator('textarea')).toHaveValue('Hello');
  await expect(widget(page, 0)).toHaveAttribute('data-token-count', '1');
  await expect(widget(page, 1).locator('textarea')).toHaveValue('监督微调');
  expect(errors).toEqual([]);
});

test('a corrupt permalink is reported, never thrown', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${EN}#tokenizer-1.e=gpt-99&tokenizer-1.m=%ZZ&tokenizer-1.t=%E0%A4%A`);
  const w = widget(page, 0);
  await expect(w.locator('[data-tk="msg"]')).toContainText('could not be read');
  await expect(w).toHaveAttribute('data-encoding', 'cl100k_base');
  await expect(w.locator('textarea')).toHaveValue('\ufffd%A');
  await expect(w).toHaveAttribute('data-token-count', /^[1-9]/);
  await expect(w).not.toHaveAttribute('data-token-count', 'NaN');
  expect(errors).toEqual([]);
});

test('a 1 MB paste keeps the page responsive; the display is capped, the counts exact', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, EN);
  const w = widget(page, 0);
  await w.locator('select[data-tk="encoding"]').selectOption('o200k_base');
  await expect(w).toHaveAttribute('data-token-count', '2');
  const unit = 'Tokenizers turn text into tokens; 分词器把文字切成词元。\n';
  const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const gaps = await w.locator('textarea').evaluate(async (ta: HTMLTextAreaElement, text) => {
    const root = ta.closest<HTMLElement>('[data-widget]')!;
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    ta.value = text;
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    // The browser first lays out and paints the pasted text in the textarea: its own cost, not
    // the widget's, forced and let through here before measuring.
    void ta.scrollHeight;
    await frame();
    await frame();
    // Then, while the worker tokenizes and until the result has been drawn, frames keep coming.
    const gaps: number[] = [];
    let last = performance.now();
    let drawnAt = Infinity;
    const until = last + 20_000;
    while (last < until && last < drawnAt + 500) {
      const now = await frame();
      gaps.push(now - last);
      last = now;
      if (drawnAt === Infinity && root.dataset['tokenCount'] !== '2') drawnAt = now;
    }
    return gaps;
  }, big);
  expect(Math.max(...gaps)).toBeLessThan(1000);
  // The controls still work on the huge result.
  await w.locator('input[data-tk="ws"]').check();
  const expected = o200kEncode(big).length;
  await expect(w).toHaveAttribute('data-token-count', String(expected), { timeout: 20_000 });
  const pane = w.locator('[data-pane="o200k_base"]');
  await expect(pane.locator('[data-tk="cap"]')).toBeVisible();
  expect(await pane.locator('.tk-id').count()).toBeLessThanOrEqual(1010);
  await expect(pane.locator('[data-stat="tokens"]')).toHaveText(new Intl.NumberFormat('en').format(expected));
  // Too long for a link: said, and the URL stays small.
  await expect(w.locator('[data-tk="msg"]')).toContainText('too long');
  expect(page.url().length).toBeLessThan(2000);
  expect(errors).toEqual([]);
});

test('one 300 KB run of a single letter is counted, and the next edit is not kept waiting', async ({ page }) => {
  // A run of one letter is a single regex piece; merging it pair by pair with rescans (as
  // gpt-tokenizer and tiktoken do) would keep the worker busy for minutes.
  const errors = watchErrors(page);
  await open(page, EN);
  const w = widget(page, 0);
  await w.locator('select[data-tk="encoding"]').selectOption('o200k_base');
  await expect(w).toHaveAttribute('data-token-count', '2');
  // o200k_base's longest token of a's holds 8, so a run of 8k letters is k tokens.
  expect(o200kEncode('a'.repeat(8000)).length).toBe(1000);
  await w.locator('textarea').evaluate((ta: HTMLTextAreaElement) => {
    ta.value = 'a'.repeat(300_000);
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(w).toHaveAttribute('data-token-count', '37500', { timeout: 10_000 });
  await w.locator('textarea').fill('hello  world');
  await expect(w.locator('[data-pane="o200k_base"] .tk-id')).toHaveText(['24912', '220', '2375']);
  expect(errors).toEqual([]);
});

test('an encoding that fails to download is reported, and retried on the next edit', async ({ page }) => {
  const errors = watchErrors(page);
  await page.context().route(/\/o200k_base-[\w-]+\.js$/, (route) => route.abort());
  await open(page, EN);
  const w = widget(page, 0);
  await w.locator('select[data-tk="encoding"]').selectOption('o200k_base');
  await expect(w.locator('[data-tk="msg"]')).toContainText('Could not load o200k_base');
  await expect(w).not.toHaveAttribute('aria-busy', /./);
  await page.context().unroute(/\/o200k_base-[\w-]+\.js$/);
  await w.locator('textarea').fill('hello  world');
  await expect(w).toHaveAttribute('data-token-count', '3');
  await expect(w.locator('[data-pane="o200k_base"] .tk-id')).toHaveText(['24912', '220', '2375']);
  await expect(w.locator('[data-tk="msg"]')).toHaveText('');
  // The browser logs the failed request itself; the widget adds no error of its own.
  expect(errors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e))).toEqual([]);
});

test('the strings and model list come with the widget, not the page; without them it still tokenizes', async ({ page, request }) => {
  const html = await (await request.get(EN)).text();
  expect(html).not.toContain('gpt-4o-mini');
  expect(html).not.toContain('Could not load');
  const data = await (await request.get('/en/widgets.json')).json();
  expect(data.strings['tokenizer.loading']).toBe('Loading the {encoding} vocabulary…');
  expect(data.models).toContainEqual(['gpt-4o', 'o200k_base']);

  const errors = watchErrors(page);
  await page.context().route('**/widgets.json', (route) => route.abort());
  await open(page, EN);
  const w = widget(page, 0);
  await w.locator('textarea').fill('hello  world');
  await expect(w).toHaveAttribute('data-token-count', '3');
  await expect(w.locator('.tk-primary .tk-t')).toHaveCount(3);
  expect(errors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e))).toEqual([]);
});

test('hostile and odd input is text, never markup or a special token', async ({ page }) => {
  const errors = watchErrors(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await open(page, EN);
  const w = widget(page, 0);
  const input = w.locator('textarea');
  await input.fill('<img src=x onerror=alert(1)>');
  await expect(w).toHaveAttribute('data-token-count', /^[1-9]/);
  await expect(w.locator('img')).toHaveCount(0);
  await expect(w.locator('[data-pane="cl100k_base"] .tk-tokens')).toContainText('<img src=x onerror=alert(1)>');

  // <|endoftext|> typed by the reader is plain text.
  await w.locator('select[data-tk="encoding"]').selectOption('o200k_base');
  await input.fill('a <|endoftext|> b');
  const plain = o200kEncode('a <|endoftext|> b', { disallowedSpecial: new Set() });
  await expect(w).toHaveAttribute('data-token-count', String(plain.length));
  await expect(w.locator('[data-pane="o200k_base"] .tk-special')).toHaveCount(0);

  // Control characters, combining marks, ZWJ emoji, a lone surrogate.
  await input.evaluate((ta: HTMLTextAreaElement) => {
    ta.value = 'a\u0000\u0007b e\u0301 \u0301 👨‍👩‍👧 x\ud800y';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(w.locator('[data-tk="msg"]')).toContainText('unpaired surrogate');
  const tokens = w.locator('[data-pane="o200k_base"] .tk-tokens');
  await expect(tokens).toContainText('␀␇');
  await expect(tokens).toContainText('👨‍👩‍👧');
  await expect(w).not.toHaveAttribute('data-token-count', 'NaN');
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('presets replay the lecture, including the chat format', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, EN);
  const w = widget(page, 0);
  await w.locator('select[data-tk="preset"]').selectOption('chat');
  await expect(w).toHaveAttribute('data-mode', 'chat');
  await expect(w).toHaveAttribute('data-encoding', 'o200k_base');
  // The lecture's conversation is 49 tokens [1:06:13]: four messages, each framed by
  // <|im_start|>role<|im_sep|> … <|im_end|> (12 special tokens), and no opening of a next turn,
  // since it ends with the assistant's reply. gpt-tokenizer's encodeChat always adds that opening (3 tokens).
  const messages = [
    { role: 'user', content: 'What is 2+2?' },
    { role: 'assistant', content: '2+2 = 4' },
    { role: 'user', content: 'What if it was *?' },
    { role: 'assistant', content: '2*2 = 4, same as 2+2!' },
  ] as const;
  expect(o200kChat([...messages], 'gpt-4o').length - 3).toBe(49);
  await expect(w).toHaveAttribute('data-token-count', '49');
  const pane = w.locator('[data-pane="o200k_base"]');
  await expect(pane.locator('.tk-t.tk-special').first()).toHaveText('<|im_start|>');
  await expect(pane.locator('.tk-t.tk-special')).toHaveCount(12);
  await expect(pane.locator('[data-stat="special"]')).toHaveText('12');
  // r50k_base has no chat tokens: it cannot be chosen in the chat view.
  await expect(w.locator('select[data-tk="encoding"] option[value="r50k_base"]')).toBeDisabled();

  await w.locator('select[data-tk="preset"]').selectOption('strawberry');
  await expect(w).toHaveAttribute('data-mode', 'text');
  await expect(w).toHaveAttribute('data-token-count', String(o200kEncode('How many r are there in strawberry?').length));
  expect(errors).toEqual([]);
});

test('a model name picks its encoding', async ({ page }) => {
  await open(page, ZH);
  const w = widget(page, 0);
  const model = w.locator('input[data-tk="model"]');
  await model.fill('gpt-4o');
  await model.press('Enter');
  await expect(w).toHaveAttribute('data-encoding', 'o200k_base');
  await expect(w.locator('[data-tk="msg"]')).toContainText('gpt-4o 使用 o200k_base');
  await model.fill('no-such-model');
  await model.press('Enter');
  await expect(w.locator('[data-tk="msg"]')).toContainText('no-such-model');
  await expect(w).toHaveAttribute('data-encoding', 'o200k_base');
});

test('whitespace and bytes views', async ({ page }) => {
  await open(page, EN);
  const w = widget(page, 0);
  // Works on the build-time render, before any encoding is loaded.
  await w.locator('input[data-tk="ws"]').check();
  await expect(w.locator('[data-pane="cl100k_base"] .tk-t')).toHaveText(['hello', '·world']);
  await w.locator('input[data-tk="bytes"]').check();
  const first = w.locator('[data-pane="cl100k_base"] .tk-id').first();
  await expect(first).toHaveAttribute('data-b', '68 65 6C 6C 6F');
  expect(await first.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"68 65 6C 6C 6F"');
  await w.locator('textarea').fill('a\tb\nc');
  await expect(w.locator('[data-pane="cl100k_base"] .tk-tokens')).toContainText('→');
  await expect(w.locator('[data-pane="cl100k_base"] .tk-tokens')).toContainText('↵');
});

test('the Chinese page speaks Chinese and compares live', async ({ page }) => {
  const errors = watchErrors(page);
  const chunks = watchChunks(page);
  await open(page, ZH);
  const w = widget(page, 1);
  await expect(w.locator('label.tk-label')).toHaveText('要分词的文字');
  await w.locator('textarea').fill('监督微调');
  await expect(w).toHaveAttribute('data-token-count', '3');
  // The other two encodings download one after the other: give a slow machine time.
  await expect(w.locator('[data-pane="r50k_base"] [data-stat="tokens"]')).toHaveText('10', { timeout: 20_000 });
  await expect(w.locator('[data-pane="cl100k_base"] [data-stat="tokens"]')).toHaveText('5', { timeout: 20_000 });
  await expect(w.locator('[data-tk="live"]')).toHaveText('o200k_base：3 个词元');
  expect([...chunks].sort()).toEqual(['cl100k_base', 'o200k_base', 'r50k_base']);
  expect(errors).toEqual([]);
});

test('print shows the result without the controls', async ({ page }) => {
  await page.goto(EN);
  await page.emulateMedia({ media: 'print' });
  const w = widget(page, 0);
  await expect(w.locator('.tk-controls')).toBeHidden();
  await expect(w.locator('textarea')).toBeHidden();
  await expect(w.locator('[data-pane="cl100k_base"] .tk-t').first()).toBeVisible();
  await expect(w.locator('[data-pane="cl100k_base"] .tk-ids')).toBeVisible();
});

test('fits a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [EN, ZH]) {
    await open(page, path);
    await widget(page, 1).locator('input[data-tk="bytes"]').check();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

/** WCAG relative luminance contrast of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`token colours pass WCAG AA in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, ZH);
    const w = widget(page, 1);
    await w.locator('select[data-tk="preset"]').selectOption('chinese');
    // Three encodings load one after another: allow a slow machine its time.
    await expect(w.locator('[data-pane="r50k_base"] .tk-t.tk-c7').first()).toBeVisible({ timeout: 20_000 });
    await expect(w).not.toHaveAttribute('aria-busy', /./, { timeout: 20_000 });
    const pairs = await w.locator('.tk-t, .tk-id, .tk-stats dt, .tk-family, .tk-msg, .tk-label').evaluateAll((els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null && el.textContent)
        .map((el) => {
          let bg = 'rgba(0, 0, 0, 0)';
          for (let e: Element | null = el; e && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); e = e.parentElement) bg = getComputedStyle(e).backgroundColor;
          return { fg: getComputedStyle(el).color, bg, cls: el.className };
        }),
    );
    expect(pairs.length).toBeGreaterThan(20);
    for (const { fg, bg, cls } of pairs) expect(contrast(fg, bg), `${cls}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });
}
