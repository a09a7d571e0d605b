import { expect, test, type Page } from '@playwright/test';
import { chapterSlugs } from './helpers';

/** Chapters whose lecture segment is taught with a drawing (issue 13). */
const NEEDS_FIGURE = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24];
const CJK = /[\u3400-\u9fff]/;

/** What a reader (and a screen reader) gets from every figure on a page. */
async function figuresOn(page: Page) {
  return page.locator('.half--page figure.figure').evaluateAll((figures) =>
    figures.map((figure) => {
      const svg = figure.querySelector('svg');
      const byId = (attr: string) => {
        const id = svg?.getAttribute(attr);
        return id ? (figure.ownerDocument.getElementById(id)?.textContent ?? '') : '';
      };
      // Text a sighted reader sees in the drawing, minus labels deliberately shown in both languages.
      const labels = svg
        ? [...svg.querySelectorAll('text')].filter((t) => !svg.contains(t.closest('[lang]'))).map((t) => t.textContent ?? '')
        : [];
      return {
        id: figure.getAttribute('data-figure'),
        caption: figure.querySelector('figcaption')?.textContent?.trim() ?? '',
        role: svg?.getAttribute('role'),
        name: byId('aria-labelledby'),
        description: byId('aria-describedby'),
        labels,
        leftovers: figure.querySelectorAll('[data-lang]').length,
        scripts: figure.querySelectorAll('script, foreignObject').length,
      };
    }),
  );
}

for (const lang of ['zh', 'en'] as const) {
  test(`every chapter that needs one has numbered, named figures in ${lang}`, async ({ page }) => {
    test.setTimeout(120_000);
    const seen: number[] = [];
    for (const slug of chapterSlugs()) {
      await page.goto(`/${lang}/${slug}/`);
      const chapter = Number(await page.locator('article[data-chapter]').getAttribute('data-chapter'));
      const figures = await figuresOn(page);
      if (figures.length) seen.push(chapter);
      const prose = (await page.locator('.prose').first().textContent()) ?? '';
      figures.forEach((f, i) => {
        const label = lang === 'zh' ? `图 ${chapter}-${i + 1}` : `Figure ${chapter}.${i + 1}`;
        const where = `${lang}/${slug} ${f.id}`;
        expect(f.caption.startsWith(label), `${where}: caption "${f.caption}"`).toBe(true);
        expect(f.caption.length, where).toBeGreaterThan(label.length + 3);
        expect(prose, `${where}: the text refers to ${label}`).toContain(label);
        expect(f.role, where).toBe('img');
        expect(f.name.trim().length, `${where}: accessible name`).toBeGreaterThan(3);
        expect(f.description.trim().length, `${where}: accessible description`).toBeGreaterThan(20);
        expect(CJK.test(f.name), `${where}: name in the page language`).toBe(lang === 'zh');
        expect(f.leftovers, where).toBe(0);
        expect(f.scripts, where).toBe(0);
        if (lang === 'en') expect(f.labels.filter((l) => CJK.test(l)), `${where}: Chinese labels on an English page`).toEqual([]);
        else expect(f.labels.some((l) => CJK.test(l)), `${where}: Chinese labels on a Chinese page`).toBe(true);
      });
    }
    for (const n of NEEDS_FIGURE) expect(seen, `chapter ${n} has a figure in ${lang}`).toContain(n);
  });
}

test('the accessibility tree names each figure and its drawing in the page language', async ({ page }) => {
  await page.goto('/zh/tokenization/');
  const figure = page.locator('.half--page figure[data-figure="bpe-merges"]');
  await expect(figure.getByRole('img')).toHaveAccessibleName('从文字到字节再到词元：hello world 的三种写法');
  await expect(figure.getByRole('img')).toHaveAccessibleDescription(/UTF-8 字节/);
  await expect(page.getByRole('figure', { name: /^图 3-1/ })).toBeVisible();
  await page.goto('/en/tokenization/');
  await expect(page.getByRole('figure', { name: /^Figure 3\.2/ }).getByRole('img')).toHaveAccessibleName('The same Chinese words in three generations of tokenizers');
});

test('figures fit a 360 px phone without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/zh/neural-network-internals/', '/en/conversations/', '/en/where-to-find/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    for (const box of await page.locator('.half--page figure.figure svg').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().width))) {
      expect(box, path).toBeGreaterThan(280);
      expect(box, path).toBeLessThanOrEqual(360);
    }
  }
});

test('figures print black on white, whatever the screen theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.goto('/en/conversations/');
  const colours = await page.locator('.half--page figure.figure svg').first().evaluate((svg) => {
    const fills = new Set<string>();
    for (const el of svg.querySelectorAll('text')) fills.add(getComputedStyle(el).fill);
    const boxes = new Set<string>();
    for (const el of svg.querySelectorAll('rect')) boxes.add(getComputedStyle(el).fill);
    return { text: [...fills], boxes: [...boxes] };
  });
  for (const fill of colours.text) expect(['rgb(0, 0, 0)', 'rgb(51, 51, 51)']).toContain(fill);
  // Fills are white or light greys: every channel high and equal.
  for (const fill of colours.boxes.filter((f) => f.startsWith('rgb'))) {
    const [r, g, b] = fill.match(/\d+/g)!.map(Number);
    expect(r, fill).toBeGreaterThanOrEqual(0xe6);
    expect(r === g && g === b, fill).toBe(true);
  }
});

test('dark figures use the dark palette', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/zh/tokenization/');
  const fill = await page.locator('.half--page figure[data-figure="bpe-merges"] svg text').first().evaluate((el) => getComputedStyle(el).fill);
  const [r, g, b] = fill.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!, `label colour ${fill} on a dark page`).toBeGreaterThan(3 * 150);
});

/** One figure per part of the course, in light and dark, against committed baselines. */
const SHOTS = [
  { part: 'pretraining', path: '/zh/tokenization/', id: 'bpe-merges' },
  { part: 'post-training', path: '/en/conversations/', id: 'conversation-tokens' },
  { part: 'reinforcement-learning', path: '/zh/reinforcement-learning/', id: 'rollouts' },
];
for (const { part, path, id } of SHOTS) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`screenshot: ${part} figure (${id}) in ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width: 800, height: 900 });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const figure = page.locator(`.half--page figure[data-figure="${id}"]`);
      await figure.scrollIntoViewIfNeeded();
      await expect(figure).toHaveScreenshot(`${id}-${scheme}.png`, { maxDiffPixelRatio: 0.01, animations: 'disabled' });
    });
  }
}
