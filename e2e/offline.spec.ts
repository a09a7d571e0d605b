/**
 * Offline reading (docs/offline.md) against the production build, served over http://127.0.0.1
 * (service workers need a secure context; localhost is one): a first visit keeps the reader's
 * language, so visited and unvisited chapters and search open offline; the home page saves another
 * language with progress; a new deploy waits for the reader's "reload" and leaves one cache; a
 * page whose worker is blocked or fails works as before.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readWorker, writeWorker, type OfflineEntry, type OfflineList } from '../src/lib/offline';
import { startStaticServer } from '../scripts/static-server.mjs';
import { chapterSlugs, watchErrors } from './helpers';

// The config blocks service workers for the other specs.
test.use({ serviceWorkers: 'allow' });

const list = (lang: string) => JSON.parse(fs.readFileSync(`dist/offline-${lang}.json`, 'utf8')) as OfflineList;
const slugs = chapterSlugs();
const [visited, unvisited] = [slugs[2]!, slugs.at(-3)!];

/** Until a service worker controls the page: on a first visit, once the shell and the language are kept. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

test('after a first visit the reader’s language reads offline: the visited chapter, another one, search', async ({ page, context }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.goto(`/en/${visited}/`);
  await controlled(page);
  expect(await page.evaluate(() => caches.keys())).toEqual([list('en').cache]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('article[data-chapter] h1')).toBeVisible();
  await page.goto(`/en/${unvisited}/`);
  await expect(page.locator('article[data-chapter] h1')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Search: its code, the index of every language and the search data are kept too.
  await page.keyboard.press('/');
  await page.locator('#search-dialog-input').fill('tokenizer');
  await expect(page.locator('#search-dialog-results [role="option"]').first()).toBeVisible({ timeout: 20_000 });

  // The other language was not saved: instead of its chapter, the offline page, that language first.
  await page.goto(`/zh/${unvisited}/`);
  await expect(page.locator('[data-notice="offline"] h1')).toHaveText('当前离线');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual([]);
  // Its ways in lead to what is kept: the English home page opens.
  await page.locator('[data-notice-lang="en"]').getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator('main h1')).toBeVisible();
  // Back online, "try again" opens the page that was asked for.
  await page.goto(`/zh/${unvisited}/`);
  await context.setOffline(false);
  await page.getByRole('link', { name: '重新打开这一页' }).click();
  await expect(page.locator('article[data-chapter] h1')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/zh/${unvisited}/$`));
  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e))).toEqual([]);
});

test('a reader who comes in by the landing page (no script) gets the language they choose there', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.locator('main a[href="/en/"]').click();
  await controlled(page);
  await expect(page.locator('[data-offline-language="en"]')).toHaveAttribute('data-state', 'saved', { timeout: 60_000 });
  await expect(page.locator('[data-offline-language="zh"]')).toHaveAttribute('data-state', 'not-saved');
  await context.setOffline(true);
  await page.goto(`/en/${unvisited}/`);
  await expect(page.locator('article[data-chapter] h1')).toBeVisible();
  await context.setOffline(false);
});

test('the home page saves another language with its size and progress, by keyboard, and knows it is saved', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/zh/');
  await controlled(page);
  const zh = page.locator('[data-offline-language="zh"]');
  const en = page.locator('[data-offline-language="en"]');
  // "4.3 MB", and "5 MB" for a round number.
  const mb = (bytes: number) => {
    const n = (bytes / 1e6).toFixed(1);
    return new RegExp(`${n.endsWith('.0') ? `${n.slice(0, -2)}(\\.0)?` : n.replace('.', '\\.')}\\s?MB`);
  };
  // Read from the cache: the reader's language is saved, the other not, each with its size.
  await expect(zh.locator('[data-offline-state]')).toContainText(mb(list('zh').bytes));
  await expect(zh).toHaveAttribute('data-state', 'saved');
  await expect(en).toHaveAttribute('data-state', 'not-saved');
  await expect(en.locator('[data-offline-state]')).toContainText(mb(list('en').bytes));

  const button = en.getByRole('button');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(en).toHaveAttribute('data-state', 'saving');
  await expect(en.locator('progress')).toBeVisible();
  await expect(en).toHaveAttribute('data-state', 'saved', { timeout: 60_000 });
  await expect(en.locator('progress')).toBeHidden();
  await expect(page.locator(':focus')).toHaveAttribute('data-offline-language', 'en');
  // A screen reader hears the end (one live region), not every step of the progress.
  await expect(page.locator('[data-offline] [role="status"]')).toHaveCount(1);
  await expect(page.locator('[data-offline-announce]')).toHaveText((await en.locator('[data-offline-state]').textContent())!);

  // Derived from the cache, not a flag: a fresh page says the same; offline, the other language opens.
  await page.reload();
  await expect(en).toHaveAttribute('data-state', 'saved');
  await context.setOffline(true);
  await page.goto(`/en/${unvisited}/`);
  await expect(page.locator('article[data-chapter] h1')).toBeVisible();
  await context.setOffline(false);
});

test.describe('on a copy of the site, changed as a deploy or a broken host would', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  test.beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-deploy-'));
    fs.cpSync('dist', root, { recursive: true });
    server = await startStaticServer({ root, base: '/' });
  });
  test.afterEach(async ({ context }) => {
    // The browser's open connections would keep the server from closing.
    await context.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** A new deploy on the copy: one chapter changed, so a new plan (version, that page's revision, the lists). */
  function deploy() {
    const changed = path.join(root, 'en', visited, 'index.html');
    fs.writeFileSync(changed, fs.readFileSync(changed, 'utf8').replace('</h1>', '<span data-new-version> (v2)</span></h1>'));
    const { plan, code } = readWorker(fs.readFileSync(path.join(root, 'sw.js'), 'utf8'));
    const version = 'newversion01';
    const next = { ...plan, version, cache: `${plan.prefix}${version}` };
    const bump = (e: OfflineEntry): OfflineEntry => (e.url === `en/${visited}/` || e.url.startsWith('offline-') ? { ...e, revision: `${e.revision}-2` } : e);
    next.shell = plan.shell.map(bump);
    next.languages = plan.languages.map((l) => ({ ...l, files: l.files.map(bump) }));
    for (const l of plan.languages) {
      const file = path.join(root, `offline-${l.path}.json`);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll(plan.version, version));
    }
    fs.writeFileSync(path.join(root, 'sw.js'), writeWorker(next, code));
    return { plan, next, version };
  }

  test('a new deploy waits for the reader’s reload, then shows the new version and keeps one cache', async ({ page }) => {
    test.setTimeout(120_000);
    const url = `${server.origin}/en/${visited}/`;
    await page.goto(url);
    await controlled(page);
    const before = list('en').cache;
    await expect(page.locator('[data-update-notice] button')).toHaveCount(0);

    const { plan, next, version } = deploy();

    // The browser finds the new worker; the old version keeps answering until the reader reloads.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const button = page.locator('[data-update-notice] button');
    await expect(button).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('[data-update-notice]')).toHaveAttribute('role', 'status');
    await expect(page.locator('[data-new-version]')).toHaveCount(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const axe = await new AxeBuilder({ page }).include('[data-update-notice]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations, colorScheme).toEqual([]);
    }

    await button.focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect(page.locator('[data-new-version]')).toBeVisible();
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`${plan.prefix}${version}`]);
    expect(before).not.toBe(next.cache);
  });

  test('with two tabs open, a reload in one leaves the other on its version until its own click', async ({ context }) => {
    test.setTimeout(120_000);
    const url = `${server.origin}/en/${visited}/`;
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const tab of [a, b]) {
      await tab.goto(url);
      await controlled(tab);
    }
    deploy();
    await a.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    for (const tab of [a, b]) await expect(tab.locator('[data-update-notice] button')).toBeVisible({ timeout: 60_000 });
    await Promise.all([a.waitForEvent('load'), a.locator('[data-update-notice] button').click()]);
    await expect(a.locator('[data-new-version]')).toBeVisible();
    // The other tab is now controlled by the new version but shows the old page: it keeps offering the reload.
    await b.waitForTimeout(500);
    await expect(b.locator('[data-new-version]')).toHaveCount(0);
    await expect(b.locator('[data-update-notice] button')).toBeVisible();
    await Promise.all([b.waitForEvent('load'), b.locator('[data-update-notice] button').click()]);
    await expect(b.locator('[data-new-version]')).toBeVisible();
  });

  test('saving fails when a file cannot be fetched, says so, and can be tried again', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${server.origin}/zh/`);
    await controlled(page);
    const en = page.locator('[data-offline-language="en"]');
    await expect(en).toHaveAttribute('data-state', 'not-saved');
    // The host loses one page of the language for a while.
    const missing = path.join(root, 'en', unvisited, 'index.html');
    const kept = fs.readFileSync(missing);
    fs.rmSync(missing);
    await en.getByRole('button').click();
    await expect(en).toHaveAttribute('data-state', 'failed', { timeout: 60_000 });
    await expect(en.locator('[data-offline-state]')).toContainText('英文');
    await expect(en.getByRole('button')).toBeVisible();
    fs.writeFileSync(missing, kept);
    await en.getByRole('button').click();
    await expect(en).toHaveAttribute('data-state', 'saved', { timeout: 60_000 });
  });

  test('a failed registration changes nothing for the page', async ({ page }) => {
    fs.writeFileSync(path.join(root, 'sw.js'), "throw new Error('a broken deploy');\n");
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.origin}/en/${visited}/`);
    await page.waitForLoadState('load');
    await expect(page.locator('article[data-chapter] h1')).toBeVisible();
    await page.keyboard.press('/');
    await expect(page.locator('#search-dialog-input')).toBeVisible();
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.active ?? null))).toBeNull();
    expect(errors).toEqual([]);
  });
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });
  test('a page whose worker is blocked reads as before', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`/en/${visited}/`);
    await page.waitForLoadState('load');
    await expect(page.locator('article[data-chapter] h1')).toBeVisible();
    await page.locator('[data-theme-toggle]').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    expect(errors).toEqual([]);
  });
});

test('the site installs as an app: a manifest per language with its icons', async ({ page, request }) => {
  await page.goto('/zh/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/zh/manifest.webmanifest');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ start_url: '/zh/', scope: '/', lang: 'zh-CN', display: 'standalone' });
  expect(manifest.name).toBe(await page.locator('.site-title').textContent());
  for (const icon of manifest.icons as { src: string; sizes: string }[]) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    // The PNG header's width and height are the size the manifest says.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
});
