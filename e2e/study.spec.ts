/**
 * Study tools (#20): graded self-checks (by mouse and keyboard, scores kept and shown on the
 * home page, printed with their answer key, without JavaScript), glossary flashcards scheduled
 * with FSRS, and the Anki deck.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { watchErrors } from './helpers';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const glossarySize = fs.readdirSync('content/glossary').filter((f) => f.endsWith('.yaml')).length;
const questions = (page: Page) => page.locator('.half--page [data-question]');

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.length}× ${v.nodes[0]?.target.join(' ')}`);
}

/** Puts an <Order> question's steps right with its Move up buttons, by keyboard. */
async function solveOrder(page: Page, question: Locator) {
  for (let pass = 0; pass < 6; pass++) {
    const order = await question.locator('[data-step]').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset['step'])));
    const i = order.findIndex((v, k) => k > 0 && v < order[k - 1]!);
    if (i < 0) return;
    await question.locator('[data-step]').nth(i).locator('[data-move="-1"]').focus();
    await page.keyboard.press('Enter');
    // The focused button stays on the page (its neighbour moved), and the move is announced.
    await expect(question.locator('[data-feedback]')).toContainText(/position|第/);
  }
}

test('a choice grades itself by mouse: wrong, then right, with why for every option', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/inference/');
  const q = questions(page).first();
  await expect(q).not.toHaveAttribute('data-state');
  await q.getByLabel(/always picks/).check();
  await expect(q).toHaveAttribute('data-state', 'incorrect');
  await expect(q.locator('[data-feedback]')).toBeVisible();
  await expect(q.locator('[data-feedback]')).toContainText('Not quite.');
  await expect(q.locator('[data-feedback]')).toContainText('greedy decoding');
  await expect(q.locator('.q-why')).toHaveCount(3);
  for (const why of await q.locator('.q-why').all()) await expect(why).toBeVisible();
  await q.getByLabel(/draws one token at random/).check();
  await expect(q).toHaveAttribute('data-state', 'correct');
  await expect(q.locator('[data-feedback]')).toContainText('Correct.');
  // A question with several right options is checked with its button.
  const multiple = questions(page).nth(1);
  await multiple.getByLabel(/parameters stay the same/).check();
  await multiple.getByRole('button', { name: 'Check' }).click();
  await expect(multiple).toHaveAttribute('data-state', 'incorrect');
  await multiple.getByLabel(/drawn from a probability distribution/).check();
  await multiple.getByRole('button', { name: 'Check' }).click();
  await expect(multiple).toHaveAttribute('data-state', 'correct');
  await expect(page.locator('.half--page [data-q-score]')).toHaveText('Graded questions in this chapter: 2 of 3 right');
  expect(errors).toEqual([]);
});

test('by keyboard: a radio group, a number with Enter, an order with move buttons', async ({ page }) => {
  await page.goto('/zh/tokenization/');
  const [numeric, choice, order] = [questions(page).nth(0), questions(page).nth(1), questions(page).nth(2)];
  await expect(numeric).toHaveAttribute('data-kind', 'numeric');
  const input = numeric.getByLabel('你的答案');
  await input.focus();
  await page.keyboard.type('255');
  await page.keyboard.press('Enter');
  await expect(numeric).toHaveAttribute('data-state', 'incorrect');
  await expect(numeric.locator('[data-feedback]')).toContainText('还不对。');
  await expect(numeric.locator('[data-feedback]')).toContainText('256');
  await input.fill('256');
  await page.keyboard.press('Enter');
  await expect(numeric).toHaveAttribute('data-state', 'correct');

  // Radios: focus the first, arrow to the second (which is also choosing it).
  await choice.locator('input').first().focus();
  await page.keyboard.press('Space');
  await expect(choice).toHaveAttribute('data-state', 'correct');
  await page.keyboard.press('ArrowDown');
  await expect(choice).toHaveAttribute('data-state', 'incorrect');
  await expect(choice.locator('[data-feedback]')).toContainText('B.');

  await order.getByRole('button', { name: '核对答案' }).focus();
  await page.keyboard.press('Enter');
  await expect(order).toHaveAttribute('data-state', 'incorrect');
  await expect(order.locator('[data-feedback]')).toContainText('UTF-8');
  await solveOrder(page, order);
  await order.getByRole('button', { name: '核对答案' }).focus();
  await page.keyboard.press('Enter');
  await expect(order).toHaveAttribute('data-state', 'correct');
  expect(await axe(page)).toEqual([]);
});

test('scores are kept across reloads, shown on the home page, exported, imported and reset', async ({ page }) => {
  await page.goto('/en/inference/');
  await questions(page).first().getByLabel(/draws one token at random/).check();
  await expect(questions(page).first()).toHaveAttribute('data-state', 'correct');
  await questions(page).nth(2).getByRole('button', { name: 'Check' }).click();
  await expect(questions(page).nth(2)).toHaveAttribute('data-state', 'incorrect');
  await page.reload();
  await page.goto('/en/');
  const score = page.locator('[data-chapter-score="inference"]');
  await expect(score).toHaveText('Self-check: 1 of 3 right');
  await expect(page.locator('[data-chapter-score="tokenization"]')).toBeHidden();
  await page.reload();
  await expect(score).toHaveText('Self-check: 1 of 3 right');
  await page.goto('/zh/');
  await expect(page.locator('[data-chapter-score="inference"]')).toHaveText('自测答对 1 / 3');

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
  const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(exported.version).toBe(2);
  expect(exported.scores).toEqual({ inference: { 0: 1, 2: 0 } });
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('[data-reset]').click();
  await expect(page.locator('[data-chapter-score="inference"]')).toBeHidden();
  await page.locator('[data-import]').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(page.locator('[data-chapter-score="inference"]')).toHaveText('自测答对 1 / 3');
});

test('a version 1 progress record still loads; garbage in scores is ignored', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('course-progress', JSON.stringify({ version: 1, done: { tokenization: 1 } }));
    localStorage.setItem('course-flashcards', '{"version":1,"cards":{"token:zh-en":{"due":"soon"}}}');
  });
  await page.goto('/en/');
  await expect(page.locator('[data-part-progress="0"]')).toContainText('1 of');
  await page.goto('/en/inference/');
  await questions(page).first().getByLabel(/draws one token at random/).check();
  await expect(questions(page).first()).toHaveAttribute('data-state', 'correct');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('course-progress')!));
  expect(stored).toMatchObject({ version: 2, done: { tokenization: 1 }, scores: { inference: { 0: 1 } } });
  await page.evaluate(() => localStorage.setItem('course-progress', '{"version":2,"done":{},"scores":{"inference":{"0":"yes","1":[1]},"<x>":{"0":1}}}'));
  await page.goto('/en/');
  await expect(page.locator('[data-chapter-score="inference"]')).toBeHidden();
  await page.goto('/en/flashcards/');
  await expect(page.locator('[data-flashcards]')).toHaveAttribute('data-due', String(glossarySize));
  expect(errors).toEqual([]);
});

test('print shows the choices and steps, no controls, and the answer key at the end', async ({ page }) => {
  await page.goto('/en/inference/');
  await page.emulateMedia({ media: 'print' });
  const q = questions(page).first();
  await expect(q.locator('legend')).toBeVisible();
  await expect(q.locator('.q-option').nth(1)).toBeVisible();
  await expect(q.locator('.q-option').nth(1)).toContainText('B.');
  await expect(q.locator('input').first()).toBeHidden();
  await expect(questions(page).nth(2).locator('[data-step]').first()).toBeVisible();
  await expect(questions(page).nth(2).locator('button').first()).toBeHidden();
  const key = page.locator('[data-answer-key]');
  await expect(key).toBeVisible();
  await expect(key).toContainText('B. It draws one token at random');
  await expect(key).toContainText('Correct order:');
  await expect(key.locator(':scope > ol > li')).toHaveCount(7);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('questions show their choices and open their answer; flashcards are a list', async ({ page }) => {
    await page.goto('/en/tokenization/');
    const numeric = questions(page).first();
    await expect(numeric.locator('legend')).toBeVisible();
    await expect(numeric.locator('input')).toBeHidden();
    await numeric.locator('summary').click();
    await expect(numeric.locator('.answer')).toContainText('256');
    await expect(questions(page).nth(1).locator('.q-option')).toHaveCount(3);
    await page.goto('/en/flashcards/');
    await expect(page.locator('[data-flashcards]')).toBeHidden();
    await expect(page.locator('.fc-list li')).toHaveCount(glossarySize);
    await expect(page.locator('a[data-anki]')).toBeVisible();
  });
});

test('flashcards: reveal with Space, grade with keys, data-due goes down and stays down', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/flashcards/');
  const root = page.locator('[data-flashcards]');
  await expect(root).toHaveAttribute('data-due', String(glossarySize));
  await expect(page.locator('[data-fc-front]')).toHaveText(/\S/);
  await expect(page.locator('[data-fc-back]')).toBeHidden();
  await page.keyboard.press('Space');
  await expect(page.locator('[data-fc-back]')).toBeVisible();
  await page.keyboard.press('3');
  await expect(root).toHaveAttribute('data-due', String(glossarySize - 1));
  // By mouse: show, then Easy.
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('button', { name: /Easy/ }).click();
  await expect(root).toHaveAttribute('data-due', String(glossarySize - 2));
  // Again brings the card back only after a while, not now.
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await expect(root).toHaveAttribute('data-due', String(glossarySize - 3));
  await page.reload();
  await expect(root).toHaveAttribute('data-due', String(glossarySize - 3));
  // Another direction and one part: their own cards.
  // Two Chinese editions: the directions name the script.
  await page.getByLabel('English → Simplified Chinese').check();
  await expect(root).toHaveAttribute('data-due', String(glossarySize));
  await page.getByLabel('Part of the course').selectOption('2');
  const due = Number(await root.getAttribute('data-due'));
  expect(due).toBeGreaterThan(0);
  expect(due).toBeLessThan(glossarySize);
  expect(await axe(page)).toEqual([]);
  await page.keyboard.press('Space');
  expect(await axe(page)).toEqual([]);

  // The schedule travels with the progress export, and reset clears it.
  await page.goto('/en/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export]').click()]);
  const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(Object.keys(exported.flashcards.cards)).toHaveLength(3);
  // The card ids readers already have in storage: "<term>:zh-en" for the first direction.
  expect(Object.keys(exported.flashcards.cards).every((key) => /^[a-z0-9-]+:zh-en$/.test(key))).toBe(true);
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('[data-reset]').click();
  await page.goto('/en/flashcards/');
  await expect(root).toHaveAttribute('data-due', String(glossarySize));
  await page.goto('/en/');
  await page.locator('[data-import]').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(page.locator('[data-progress-status]')).toContainText('imported');
  await page.goto('/en/flashcards/');
  await expect(root).toHaveAttribute('data-due', String(glossarySize - 3));
  expect(errors).toEqual([]);
});

test('the flashcards page loads only its own script; the home and glossary link to it', async ({ page }) => {
  for (const path of ['/zh/', '/zh/glossary/']) {
    await page.goto(path);
    await page.locator('a[data-flashcards-link]').click();
    await expect(page).toHaveURL(/\/zh\/flashcards\/$/);
  }
  await expect(page.locator('[data-flashcards]')).toHaveAttribute('data-due', String(glossarySize));
  await page.goto('/zh/introduction/');
  const html = await page.content();
  expect(html).not.toContain('flashcards');
});

for (const lang of ['zh', 'en', 'zh-tw']) {
  test(`the ${lang} Anki deck downloads and opens as a collection with a note per term`, async ({ page }) => {
    await page.goto(`/${lang}/flashcards/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-anki]').click()]);
    expect(download.suggestedFilename()).toBe(`glossary-${lang}.apkg`);
    const files = unzipSync(fs.readFileSync((await download.path())!));
    expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
    const SQL = await initSqlJs();
    const db = new SQL.Database(files['collection.anki2']);
    const notes = db.exec('SELECT flds FROM notes')[0]!.values.map((r) => (r[0] as string).split('\x1f'));
    expect(notes).toHaveLength(glossarySize);
    // A field per language of the cards, in the course's order (not a language's own twin script:
    // zh-tw's cards pair it with English only), then the definition and the chapter.
    const names = { zh: ['词元', 'token'], en: ['词元', 'token', '詞元'], 'zh-tw': ['token', '詞元'] }[lang]!;
    const token = notes.find((f) => f[0] === names[0])!;
    expect(token.slice(0, names.length)).toEqual(names);
    expect(token[names.length + 1]).toMatch(/<a href="[^"]*\/tokenization\/">/);
    // A card each way between the page's language and each other one.
    expect(db.exec('SELECT count(*) FROM cards')[0]!.values[0]![0]).toBe(glossarySize * 2 * (names.length - 1));
    db.close();
    const tsv = await (await page.request.get(`/${lang}/flashcards/glossary-${lang}.tsv`)).text();
    expect(tsv.trim().split('\n')).toHaveLength(glossarySize + 1);
  });
}
