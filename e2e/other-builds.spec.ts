import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { bookletFile } from '../src/lib/handouts';
import { parseHeaderRules } from '../src/lib/headers';
import { brokenLinks } from './dist-files';
import { chapterSlugs, serveBuild, watchErrors } from './helpers';
import { pdfInfo, pdfText, squash, type Manifest } from './pdf-tools';

/**
 * Builds other than dist/: another course, a broken course, this course under a sub-path. Each
 * runs Astro in this folder (its .astro/ cache), so they run one at a time.
 */
test.describe.configure({ mode: 'serial' });

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

/**
 * GitHub Pages serves a project under /<repo>/: build the whole course, PDFs included, with
 * BASE_PATH=/llm-notes/ and check that what a reader reaches stays under it.
 */
test('under BASE_PATH=/llm-notes/ every link, asset, widget, search and PDF works', async ({ browser }) => {
  test.setTimeout(300_000);
  const base = '/llm-notes/';
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'base-path-'));
  try {
    execFileSync('npx', ['astro', 'build', '--outDir', outDir], { env: { ...process.env, BASE_PATH: base, HANDOUTS: '1' }, stdio: 'pipe' });

    // On disk: every href, src, #fragment and CSS url() resolves inside the sub-path.
    expect(brokenLinks(outDir, base)).toEqual([]);
    const rules = parseHeaderRules(fs.readFileSync(path.join(outDir, '_headers'), 'utf8'));
    expect(rules.map((r) => r.pattern).filter((p) => !p.startsWith(base))).toEqual([]);

    // Every handout, printed from the sub-path's pages: the booklets print the site's addresses with it.
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'handouts.json'), 'utf8')) as Manifest;
    expect(manifest.files).toHaveLength(2 * chapterSlugs().length + 2);
    for (const lang of ['zh', 'en'] as const) {
      const text = squash(pdfText(path.join(outDir, bookletFile(lang))));
      expect(text).toContain(`llm-notes.example.org${base}${lang}/`);
      expect(text).not.toContain(`llm-notes.example.org/${lang}/`);
    }

    const server = await serveBuild(outDir, base);
    try {
      const page = await browser.newPage();
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
      await tokenizer.locator('textarea').fill('hello  world');
      await expect(tokenizer).toHaveAttribute('data-token-count', '3');
      await page.locator('[data-lang-switch]').click();
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
      const temperature = page.locator('.half--page [data-widget="sampling"]').first().getByRole('slider', { name: 'Temperature' });
      await temperature.focus();
      await page.keyboard.press('Home');
      await expect(temperature).toHaveAttribute('aria-valuetext', '0');

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
  }
});
