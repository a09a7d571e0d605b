import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { bookletFile } from '../src/lib/handouts';
import { parseHeaderRules } from '../src/lib/headers';
import { brokenLinks } from './dist-files';
import { chapterSlugs, serveBuild, sitemapLocs, watchErrors } from './helpers';
import { pdfInfo, pdfText, squash, type Manifest } from './pdf-tools';

/**
 * Builds other than dist/: a deploy build without an address, a broken course, this course on a
 * real address under a sub-path (another course's build is the generator's: generator.spec.ts). Each
 * runs Astro in this folder (its .astro/ cache), so they run one at a time.
 */
test.describe.configure({ mode: 'serial' });

test('a deploy build (REQUIRE_SITE_URL=1) without SITE_URL fails, saying so', async () => {
  test.setTimeout(120_000);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-site-url-'));
  const env = { ...process.env, COURSE_DIR: 'e2e/fixtures/course', HANDOUTS: '0', REQUIRE_SITE_URL: '1', SITE_URL: '' };
  let output = '';
  try {
    execFileSync('npx', ['astro', 'build', '--outDir', outDir], { env, stdio: 'pipe' });
  } catch (error) {
    const e = error as { stdout: Buffer; stderr: Buffer };
    output = `${e.stdout}${e.stderr}`;
  }
  expect(output).toContain('REQUIRE_SITE_URL=1 but no address is known');
  expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false);
  fs.rmSync(outDir, { recursive: true, force: true });
});

test('a broken course fails the build naming the file and the field', async () => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-course-'));
  fs.cpSync('e2e/fixtures/course', dir, { recursive: true });
  const file = path.join(dir, 'chapters/en/02-second-steps.mdx');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('start: "0:10:00"', 'start: "0:1O:00"'));
  let output = '';
  try {
    execFileSync('npx', ['astro', 'build', '--outDir', path.join(dir, 'out')], { env: { ...process.env, COURSE_DIR: dir }, stdio: 'pipe' });
  } catch (error) {
    const e = error as { stdout: Buffer; stderr: Buffer };
    output = `${e.stdout}${e.stderr}`;
  }
  expect(output).toContain('chapters/en/02-second-steps.mdx › start: must be a video time like "0:07:47"');
  expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A PATH with every command of this one but poppler-utils (pdfinfo, pdftotext, …) and fontconfig's tools. */
function pathWithoutPoppler(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-poppler-bin-'));
  for (const from of (process.env.PATH ?? '').split(path.delimiter).filter((d) => fs.existsSync(d))) {
    for (const name of fs.readdirSync(from)) {
      if (/^(pdf|fc-)/.test(name) || fs.existsSync(path.join(dir, name))) continue;
      fs.symlinkSync(path.join(from, name), path.join(dir, name));
    }
  }
  return dir;
}

/**
 * A deploy to a sub-path of a real address (GitHub Pages serves a project under /<repo>/): build
 * the whole course, PDFs included, with SITE_URL=https://notes.example.net/llm/ on a PATH
 * without poppler-utils, and check that the address is everywhere it belongs and that what a
 * reader reaches stays under the sub-path.
 */
test('with SITE_URL=https://notes.example.net/llm/ (no poppler) every address, link, asset, widget, search and PDF works', async ({ browser }) => {
  test.setTimeout(400_000);
  const site = 'https://notes.example.net';
  const base = '/llm/';
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-url-'));
  const bin = pathWithoutPoppler();
  try {
    expect(() => execFileSync('sh', ['-c', 'command -v pdfinfo'], { env: { PATH: bin }, stdio: 'pipe' })).toThrow();
    const env: NodeJS.ProcessEnv = { ...process.env, SITE_URL: `${site}${base}`, HANDOUTS: '1', PATH: bin };
    delete env.BASE_PATH;
    const log = execFileSync('npx', ['astro', 'build', '--outDir', outDir], { env, stdio: 'pipe', encoding: 'utf8' });
    expect(log).toContain(`site: ${site}${base} (from SITE_URL)`);
    expect(log).toMatch(/printing with \S+ \(/);

    // On disk: every href, src, #fragment and CSS url() resolves inside the sub-path, canonical
    // links and hreflang alternates on the real origin included.
    expect(brokenLinks(outDir, base, 'notes.example.net')).toEqual([]);
    const rules = parseHeaderRules(fs.readFileSync(path.join(outDir, '_headers'), 'utf8'));
    expect(rules.map((r) => r.pattern).filter((p) => !p.startsWith(base))).toEqual([]);

    // The address: canonical, og:url, hreflang, sitemap (without the printable pages), robots.txt.
    const chapter = fs.readFileSync(path.join(outDir, 'en/tokenization/index.html'), 'utf8');
    expect(chapter).toContain(`<link rel="canonical" href="${site}${base}en/tokenization/">`);
    expect(chapter).toContain(`<meta property="og:url" content="${site}${base}en/tokenization/">`);
    expect(chapter).toContain(`<link rel="alternate" hreflang="zh-CN" href="${site}${base}zh/tokenization/">`);
    const locs = sitemapLocs(outDir);
    expect(locs).toContain(`${site}${base}zh/tokenization/`);
    expect(locs).toContain(`${site}${base}en/handouts/`);
    expect(locs.filter((l) => !l.startsWith(`${site}${base}`) || /\/handouts\/[^/]+\/$/.test(l))).toEqual([]);
    expect(fs.readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain(`\nSitemap: ${site}${base}sitemap-index.xml\n`);

    // Every handout prints the address: each chapter's page 2 its chapter's, the booklets' cover the site's.
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'handouts.json'), 'utf8')) as Manifest;
    // A PDF per chapter and a booklet, in each of the three languages (zh, en, zh-tw).
    expect(manifest.files).toHaveLength(3 * (chapterSlugs().length + 1));
    for (const { file, pages } of manifest.files) {
      const slug = /^([a-z-]+)\/handouts\/\d+-(.+)-\1\.pdf$/.exec(file);
      const text = squash(pdfText(path.join(outDir, file), slug && pages >= 2 ? 2 : undefined));
      expect(text, file).toContain(slug ? `notes.example.net${base}${slug[1]}/${slug[2]}` : `notes.example.net${base}${file.split('/')[0]}`);
      expect(text, file).not.toMatch(/llm-notes\.example|notes\.example\.net\/(zh|en|zh-tw)\//);
    }

    const server = await serveBuild(outDir, base);
    try {
      const page = await browser.newPage({ serviceWorkers: 'allow' });
      const errors = watchErrors(page);
      const bad: string[] = [];
      page.on('response', (r) => {
        const url = new URL(r.url());
        if (url.origin === server.origin && (r.status() >= 400 || !url.pathname.startsWith(base))) bad.push(`${r.status()} ${url.pathname}`);
      });
      // A request the next navigation cancels (ERR_ABORTED, e.g. the favicon) has not failed; a
      // missing file shows up above as its 404.
      page.on('requestfailed', (r) => {
        if (r.failure()?.errorText !== 'net::ERR_ABORTED') bad.push(`failed ${r.url()} (${r.failure()?.errorText})`);
      });

      // A reader's way in: the home, a language, a chapter by its link, the other language.
      const home = await page.goto(`${server.origin}${base}`);
      expect(home!.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
      await page.goto(`${server.origin}${base}en/`);
      await page.locator(`main a[href="${base}en/tokenization/"]`).first().click();
      await expect(page).toHaveURL(`${server.origin}${base}en/tokenization/`);

      // The tokenizer fetches its worker and an encoding chunk from the sub-path.
      const tokenizer = page.locator('.half--page [data-widget="tokenizer"]').first();
      await tokenizer.scrollIntoViewIfNeeded(); // widget code loads near the viewport (when-near.ts)
      await tokenizer.locator('textarea').fill('hello  world');
      await expect(tokenizer).toHaveAttribute('data-token-count', '3');
      await page.locator('[data-lang-switch][hreflang="zh-CN"]').click();
      await expect(page).toHaveURL(new RegExp(`^${server.origin}${base}zh/tokenization/`));

      // Search: Pagefind's index and the results' links, from the Chinese UI.
      await page.locator('body').press('/');
      await page.locator('#search-dialog-input').fill('分词');
      const first = page.locator('#search-dialog-results [role="option"] a').first();
      await expect(first).toHaveAttribute('href', new RegExp(`^${base}zh/`));
      await first.click();
      await expect(page).toHaveURL(new RegExp(`^${server.origin}${base}zh/`));

      // The sampling playground runs (its script comes from the sub-path too).
      await page.goto(`${server.origin}${base}en/llama-base-model/`);
      await page.locator('.half--page [data-widget="sampling"]').first().scrollIntoViewIfNeeded();
      const temperature = page.locator('.half--page [data-widget="sampling"]').first().getByRole('slider', { name: 'Temperature' });
      await temperature.focus();
      await page.keyboard.press('Home');
      await expect(temperature).toHaveAttribute('aria-valuetext', '0');

      // Offline reading: one service worker scoped to the sub-path, its cache named with it, and
      // after the first visit another chapter opens without a connection.
      await page.goto(`${server.origin}${base}en/`);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope))).toBe(`${server.origin}${base}`);
      await expect(page.locator('[data-offline-language="en"]')).toHaveAttribute('data-state', 'saved', { timeout: 60_000 });
      expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringContaining(`:${base}:`)]);
      await page.context().setOffline(true);
      await page.goto(`${server.origin}${base}en/rlhf/`);
      await expect(page.locator('article[data-chapter] h1')).toBeVisible();
      await page.context().setOffline(false);

      // Every handout linked from the handouts pages answers with a PDF.
      const hrefs = new Set<string>();
      for (const lang of ['zh', 'en'] as const) {
        await page.goto(`${server.origin}${base}${lang}/handouts/`);
        for (const href of await page.locator('main a[href$=".pdf"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) hrefs.add(href);
      }
      expect(hrefs.size).toBe(manifest.files.length);
      for (const href of hrefs) {
        expect(href.startsWith(base), href).toBe(true);
        const pdf = await page.request.get(`${server.origin}${href}`);
        expect(pdf.status(), href).toBe(200);
        expect(pdf.headers()['content-type']).toBe('application/pdf');
      }
      expect(bad).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      server.close();
    }
    expect(pdfInfo(path.join(outDir, bookletFile('en'))).size).toBe('A4');
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.rmSync(bin, { recursive: true, force: true });
  }
});
