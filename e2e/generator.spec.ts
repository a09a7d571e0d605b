/**
 * @generator: the generator on the fixture courses (e2e/fixtures/): three languages, one
 * language, a bare course (no widgets, figures or glossary) and another lecture. Each is built
 * with COURSE_DIR into a temporary folder; the pages follow the course's language list and carry
 * nothing of any other course. Run alone with `npm run test:generator`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { brokenLinks, htmlPages } from './dist-files';
import { serveBuild, sitemapLocs } from './helpers';

test.describe.configure({ mode: 'serial' });

const builds = new Map<string, string>();
/** Each build's log (stdout and stderr), by fixture. */
const logs = new Map<string, string>();
/**
 * Builds a fixture once (HANDOUTS=0) and returns its output folder. With a known origin by
 * default, so the sitemap and absolute alternates are written as on a deployed site; `course`
 * is built without one, as a local build is (no sitemap, no canonical, paths only).
 */
function build(fixture: string): string {
  let out = builds.get(fixture);
  if (!out) {
    out = fs.mkdtempSync(path.join(os.tmpdir(), `gen-${fixture}-`));
    const siteUrl = fixture === 'course' ? '' : 'https://fixture.example.org';
    const run = spawnSync('npx', ['astro', 'build', '--outDir', out], { env: { ...process.env, COURSE_DIR: `e2e/fixtures/${fixture}`, HANDOUTS: '0', SITE_URL: siteUrl }, encoding: 'utf8' });
    const log = `${run.stdout}${run.stderr}`;
    if (run.status !== 0) throw new Error(`the ${fixture} fixture did not build:\n${log}`);
    builds.set(fixture, out);
    logs.set(fixture, log);
  }
  return out;
}
const read = (out: string, file: string) => fs.readFileSync(path.join(out, file), 'utf8');
const exists = (out: string, file: string) => fs.existsSync(path.join(out, file));
/** Every text file of a build, for traces of another course. */
function allText(out: string): string {
  return fs
    .readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(html|js|json|css|xml|txt)$/.test(f) && !f.startsWith('pagefind/'))
    .map((f) => read(out, f))
    .join('\n');
}

test.afterAll(() => {
  for (const out of builds.values()) fs.rmSync(out, { recursive: true, force: true });
});

test('@generator every fixture builds with nothing of the lecture this repository also holds', () => {
  test.setTimeout(300_000);
  for (const fixture of ['three-languages', 'one-language', 'bare', 'course']) {
    const text = allText(build(fixture));
    for (const trace of ['Karpathy', '7xTGNNLPyMI', 'Deep Dive into LLMs', '深入理解 ChatGPT', 'tokenization/', '24 chapters', '24 个章节']) {
      expect(text.includes(trace), `${fixture} contains "${trace}"`).toBe(false);
    }
    // Nor its icon: a course without icon.svg gets the generator's, which spells nothing.
    expect(read(build(fixture), 'favicon.svg'), fixture).not.toContain('LLM');
  }
  // What a course does not have is not worth a warning: the bare course has no glossary/ folder.
  expect(logs.get('bare')).not.toMatch(/glossary[^\n]*does not exist|does not exist or is empty/);
});

test('@generator three languages: routes, <html lang>, hreflang, sitemap, search and strings follow the list', () => {
  test.setTimeout(120_000);
  const out = build('three-languages');
  for (const [lang, code] of [['en', 'en'], ['zh', 'zh-CN'], ['fr', 'fr']]) {
    for (const page of ['', 'basics/', 'more/', 'glossary/', 'search/', 'handouts/']) expect(exists(out, `${lang}/${page}index.html`), `${lang}/${page}`).toBe(true);
    const html = read(out, `${lang}/basics/index.html`);
    expect(html).toContain(`<html lang="${code}"`);
    expect([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)"/g)].map((m) => m[1])).toEqual(['en', 'zh-CN', 'fr']);
    expect(exists(out, `search/${lang}.json`)).toBe(true);
  }
  const sitemap = read(out, 'sitemap-0.xml');
  for (const lang of ['en', 'zh', 'fr']) expect(sitemap).toContain(`/${lang}/basics/`);
  const entry = JSON.parse(read(out, 'pagefind/pagefind-entry.json')) as { languages: Record<string, unknown> };
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fr', 'zh-cn']);

  const fr = read(out, 'fr/basics/index.html');
  expect(fr).toContain('Chapitre 1');
  expect(fr).toMatch(/<figcaption><span class="figure__label">Figure 1\.1<\/span>Une boucle<\/figcaption>/);
  expect(fr).toContain('>tour<');
  // First use of a term: the other languages' names, in the course's order.
  const en = read(out, 'en/basics/index.html');
  expect(en).toMatch(/loop<span class="term-other"> \(<span lang="zh-CN">循环<\/span> · <span lang="fr">boucle<\/span>\)<\/span>/);
  // The page carries its own language only: side by side loads the others on demand.
  expect(en).not.toContain('会转圈');
  expect(en).not.toContain('tourne');
  // A language link per other language, each in its own words.
  expect(en).toContain('Lire en français');
  expect(en).toContain('阅读中文版');
  // The landing page offers every language.
  const landing = read(out, 'index.html');
  for (const title of ['Three Tongues', '三种语言', 'Trois langues']) expect(landing).toContain(title);
  expect(landing).toContain('The Three Tongues Talk');
});

test('@generator three languages: side by side with a partner the reader picks, fetched on demand', async ({ page }) => {
  test.setTimeout(120_000);
  const server = await serveBuild(build('three-languages'), '/');
  try {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.origin}/fr/basics/`);
    const modes = page.locator('[data-reading-modes]');
    await expect(modes.locator('button')).toHaveText(['English', '中文', 'Français', 'Côte à côte']);
    expect(requests).not.toContain('/en/basics/');
    await modes.getByRole('button', { name: 'Côte à côte' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'bilingual');
    // The first other language in the course's order, in the left column (English comes first).
    const other = page.locator('.pair[data-pair="loop"] > .half--other');
    await expect(other).toHaveAttribute('lang', 'en');
    await expect(other).toContainText('goes round');
    expect(await other.locator('h2').getAttribute('id')).toBe('en-loop');
    await expect(page.locator('.reading')).toHaveAttribute('data-page-side', 'right');
    // Another partner from the menu.
    await page.locator('[data-partner]').selectOption('zh');
    await expect(other).toHaveAttribute('lang', 'zh-CN');
    await expect(other).toContainText('会转圈');
    // Back to the page's own language.
    await modes.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'fr');
    await expect(other).toBeHidden();
    // The choice is kept: the next chapter opens side by side with Chinese.
    await modes.getByRole('button', { name: 'Côte à côte' }).click();
    await page.goto(`${server.origin}/fr/more/`);
    await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'bilingual');
    await expect(page.locator('.pair > .half--other').first()).toHaveAttribute('lang', 'zh-CN');
  } finally {
    server.close();
  }
});

test('@generator three languages: the widgets speak the course’s own French and work', async ({ page }) => {
  test.setTimeout(120_000);
  const server = await serveBuild(build('three-languages'), '/');
  try {
    await page.goto(`${server.origin}/fr/basics/`);
    const tk = page.locator('[data-widget="tokenizer"]');
    await expect(tk).toHaveAttribute('aria-label', 'Atelier de tokenisation');
    await expect(tk.locator('select[data-tk="preset"] option:checked')).toHaveText('Choisir un exemple…');
    await expect(tk.getByText('Encodage', { exact: true })).toBeVisible();
    const count = Number(await tk.getAttribute('data-token-count'));
    expect(count).toBeGreaterThan(0);
    // Live: an edit is tokenized in the browser, and the messages come from ui/fr.yaml.
    await tk.locator('textarea').fill('');
    await expect(tk).toHaveAttribute('data-token-count', '0');
    await expect(tk.locator('[data-tk="msg"]')).toHaveText('Tapez ou collez du texte pour voir ses jetons.');
    await tk.locator('textarea').fill('Demain, le temps sera beau.');
    await expect(tk).not.toHaveAttribute('data-token-count', '0');
    await expect(tk.locator('.tk-primary .tk-t').first()).toHaveAttribute('aria-label', /^\S+ : (numéro \d+|\d+ jetons, numéros \d+(, \d+)+)$/);
    await tk.locator('[data-tk="model"]').fill('pas-un-modèle');
    await tk.locator('[data-tk="model"]').press('Enter');
    await expect(tk.locator('[data-tk="msg"]')).toContainText('« pas-un-modèle » n’est pas dans la liste');

    await page.goto(`${server.origin}/fr/more/`);
    const smp = page.locator('[data-widget="sampling"]');
    await expect(smp.locator('.smp-title')).toHaveText('Atelier d’échantillonnage');
    await expect(smp.locator('.smp-badge').first()).toHaveText('Illustratif');
    await expect(smp.locator('.smp-stats').first()).toContainText('jetons gardés sur 3');
    await smp.getByRole('button', { name: 'Tirer une fois' }).click();
    await expect(smp.locator('.smp-status')).toHaveText(/^Tiré : ␣(beau|pluvieux|froid)$/);
    await smp.getByRole('button', { name: 'Tirer 100 fois' }).click();
    await expect(smp.locator('.smp-status')).toHaveText(/^100 tirages : le plus souvent ␣\S+ \(\d+ fois\)$/);
  } finally {
    server.close();
  }
});

test('@generator three languages: flashcards pair the page’s language with each other one, and the decks carry every name', async ({ page }) => {
  test.setTimeout(120_000);
  const out = build('three-languages');
  const tsv = read(out, 'fr/flashcards/glossary-fr.tsv').split('\n');
  expect(tsv[0]!.split('\t').slice(0, 3)).toEqual(['anglais', 'chinois', 'français']);
  expect(tsv[1]!.split('\t').slice(0, 3)).toEqual(['loop', '循环', 'boucle']);
  const server = await serveBuild(out, '/');
  try {
    await page.goto(`${server.origin}/fr/flashcards/`);
    const radios = page.locator('input[name="fc-direction"]');
    expect(await radios.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))).toEqual(['en-fr', 'fr-en', 'zh-fr', 'fr-zh', 'term-def']);
    for (const name of ['anglais → français', 'français → anglais', 'chinois → français', 'français → chinois']) await expect(page.getByLabel(name)).toBeVisible();
    const root = page.locator('[data-flashcards]');
    await expect(root).toHaveAttribute('data-due', '1');
    await page.getByLabel('français → chinois').check();
    await expect(page.locator('[data-fc-front]')).toHaveText('boucle');
    await expect(page.locator('[data-fc-front]')).toHaveAttribute('lang', 'fr');
    await page.keyboard.press('Space');
    await expect(page.locator('.fc-answer')).toHaveText('循环');
    await expect(page.locator('.fc-answer span')).toHaveAttribute('lang', 'zh-CN');
    await page.keyboard.press('3');
    await expect(root).toHaveAttribute('data-due', '0');
    // Term → definition: the other languages' names come with the definition.
    await page.getByLabel(/Term → definition/).check();
    await page.keyboard.press('Space');
    await expect(page.locator('.fc-answer')).toHaveText('loop · 循环');
    await expect(page.locator('[data-fc-back]')).toContainText('Recommencer encore.');
  } finally {
    server.close();
  }
});

test('@generator one language: no language links, no reading modes, no other names after terms', async ({ page }) => {
  test.setTimeout(120_000);
  const out = build('one-language');
  // One language home (offline/ is the service worker's page for what is not saved).
  expect(fs.readdirSync(out).filter((f) => fs.existsSync(path.join(out, f, 'index.html')))).toEqual(['en', 'offline']);
  const html = read(out, 'en/alone/index.html');
  expect(html).not.toContain('data-lang-switch');
  expect(html).not.toContain('term-other');
  expect([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)"/g)].map((m) => m[1])).toEqual(['en']);
  expect(html).toContain('data-widget="tokenizer"');
  // Flashcards with one language: only term → definition.
  expect([...read(out, 'en/flashcards/index.html').matchAll(/name="fc-direction" value="([^"]+)"/g)].map((m) => m[1])).toEqual(['term-def']);
  const server = await serveBuild(out, '/');
  try {
    await page.goto(`${server.origin}/en/alone/`);
    await expect(page.locator('[data-reading-modes]')).toBeHidden();
    await expect(page.locator('[data-mark-done]')).toBeVisible();
    await expect(page.locator('[data-widget="tokenizer"]')).toHaveAttribute('data-token-count', /\d+/);
    // Side by side stored by another course on the same site leaves a one-language page as it is.
    await page.evaluate(() => localStorage.setItem('reading-mode', 'bilingual'));
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.reload();
    expect(await page.locator('.pair').first().evaluate((el) => getComputedStyle(el).display)).toBe('block');
    await expect(page.locator('.chapter-aside')).toBeVisible();
  } finally {
    server.close();
  }
});

test('@generator a bare course: no glossary, figures or widget code, and nothing built for them', () => {
  test.setTimeout(120_000);
  const out = build('bare');
  expect(exists(out, 'en/glossary/index.html')).toBe(false);
  expect(exists(out, 'en/sampling-model.json')).toBe(false);
  expect(exists(out, 'en/widgets.json')).toBe(false);
  const html = read(out, 'en/first/index.html');
  expect(html).not.toContain('/glossary/');
  expect(html).not.toContain('data-widget');
  expect(html).toContain('<html lang="en"');
  expect(read(out, 'zh/first/index.html')).toContain('第 1 章');
});

test('@generator another lecture, built without an address: its title, speaker and video, not this one', () => {
  test.setTimeout(120_000);
  const out = build('course');
  const home = read(out, 'zh/index.html');
  expect(home).toContain('测试小课');
  expect(home).toContain('Test Speaker');
  const chapter = read(out, 'en/first-steps/index.html');
  expect(chapter).toContain('data-chapter="1"');
  expect(chapter).toContain('watch?v=aaaaaaaaaaa&amp;t=300');
  expect(chapter).toContain('data-term="widget"');
  expect(read(out, 'index.html')).toContain('A Tiny Test Course');
  expect(exists(out, 'zh/second-steps/index.html')).toBe(true);
  expect(exists(out, 'zh/tokenization/index.html')).toBe(false);
  // HANDOUTS=0: no PDFs, and no link to one anywhere. The handouts page says they were not built
  // (names them without a link, "not generated" for pages and size); chapter pages and the
  // printable pages' toolbars link the print version instead.
  const handouts = read(out, 'zh/handouts/index.html');
  expect(handouts).toContain('data-handouts-missing>本站这一版没有生成 PDF 文件');
  expect(handouts).toContain('data-handout-missing="zh/handouts/01-first-steps-zh.pdf"');
  expect(handouts).not.toContain('data-handout-pdf');
  expect(handouts.match(/data-handout-stat="pages"[^>]*>未生成</g)?.length).toBe(9);
  expect(handouts).not.toMatch(/NaN|undefined/);
  expect(chapter).not.toContain('data-handout>');
  expect(chapter).toContain('<a class="handout-link" href="/en/handouts/first-steps/" data-handout-page>');
  expect(exists(out, 'handouts.json')).toBe(false);
  for (const page of htmlPages(out)) expect(fs.readFileSync(page.file, 'utf8'), page.url).not.toMatch(/href="[^"]*\.pdf"/);
  expect(brokenLinks(out)).toEqual([]);
  // No SITE_URL: no sitemap, no canonical, robots.txt without a sitemap.
  expect(sitemapLocs(out)).toEqual([]);
  expect(chapter).not.toContain('rel="canonical"');
  expect(read(out, 'robots.txt')).toBe('User-agent: *\nAllow: /\n');
});

test('@generator a language made from another: zh-TW converted from the Simplified chapters', () => {
  test.setTimeout(120_000);
  const out = build('course');
  const page = read(out, 'zh-tw/first-steps/index.html');
  expect(page).toContain('<html lang="zh-TW"');
  // The course's phrase fix, the conversion, and the term's own zh-TW name.
  expect(page).toContain('起步');
  expect(page).toContain('從哪裡開始？');
  expect(page).toContain('小工具');
  expect(page).not.toContain('从哪里开始');
  // Every page of the three languages names the others.
  for (const file of ['zh/first-steps/index.html', 'en/first-steps/index.html', 'zh-tw/first-steps/index.html']) {
    expect(read(out, file)).toContain('hreflang="zh-TW"');
    expect(read(out, file)).toContain('hreflang="zh-CN"');
  }
  expect(read(out, 'zh-tw/glossary/index.html')).toContain('小工具');
});

test('@generator npm run new-course writes a course that builds', () => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-course-'));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'new-course-out-'));
  try {
    execFileSync('node', ['scripts/new-course.mjs', path.join(dir, 'c')], { stdio: 'pipe' });
    execFileSync('npx', ['astro', 'build', '--outDir', out], { env: { ...process.env, COURSE_DIR: path.join(dir, 'c'), HANDOUTS: '0' }, stdio: 'pipe' });
    expect(read(out, 'zh/welcome/index.html')).toContain('新课程');
    expect(read(out, 'en/welcome/index.html')).toContain('data-term="term"');
    expect(read(out, 'en/glossary/index.html')).toContain('id="term"');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  }
});
