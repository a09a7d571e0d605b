/**
 * After `astro build`, prints every handout page of the built site to PDF with Playwright and
 * a Chrome or Chromium (docs/print.md):
 *   dist/<lang>/handouts/NN-slug-<lang>.pdf   one per chapter and language
 *   dist/<lang>/handouts/booklet-<lang>.pdf    one per language, contents filled in a second pass
 * then writes dist/handouts.json (bytes and pages of each PDF) and fills the page counts and
 * sizes into the built handouts pages. HANDOUTS=0 skips all of it (quick builds).
 * It needs nothing but a browser (scripts/ensure-browser.mjs finds one, or installs one where it
 * can, or fails saying what to do): fonts come from npm, and page counts and the booklet's
 * destinations are read from the PDFs with pdf-lib (integrations/pdf-read.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs } from '../scripts/chromium.mjs';
import { ensureBrowser } from '../scripts/ensure-browser.mjs';
import { makeUI } from '../src/i18n/strings';
import type { CourseModel, CourseReading } from '../src/lib/course-model';
import { formatFileSize, type HandoutManifest, type HandoutRecord } from '../src/lib/handouts';
import { withBase } from '../src/lib/paths';
import { missingFontPackages, startHandoutServer } from './handout-server';
import { readPdf } from './pdf-read';

/** Pages printed at once: this machine has two cores. */
const PARALLEL = 2;
const MB = 1024 * 1024;

interface Job {
  /** URL path under the base, e.g. "zh/handouts/tokenization/". */
  page: string;
  /** Output path under dist, from the page's <meta name="handout-pdf">. */
  pdf: string;
  toc: boolean;
}

/** Every built page that declares a handout PDF: dist/<lang>/handouts/<name>/index.html. */
export function findJobs(dist: string, locales: readonly string[]): Job[] {
  const jobs: Job[] = [];
  for (const lang of fs.readdirSync(dist).filter((l) => locales.includes(l))) {
    const dir = path.join(dist, lang, 'handouts');
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name, 'index.html');
      if (!fs.existsSync(file)) continue;
      const html = fs.readFileSync(file, 'utf8');
      const pdf = /<meta name="handout-pdf" content="([^"]+\.pdf)"/.exec(html)?.[1];
      if (!pdf) continue;
      jobs.push({ page: `${lang}/handouts/${name}/`, pdf, toc: html.includes('<meta name="handout-toc"') });
    }
  }
  // The booklets are the longest: start them first so the two workers finish together.
  return jobs.sort((a, b) => Number(b.toc) - Number(a.toc));
}

async function waitForFonts(page: Page): Promise<void> {
  // JavaScript is off in the page (widgets print as built); evaluate still works from outside.
  for (let i = 0; i < 200; i++) {
    const status = await page.evaluate(() => (document.body.getBoundingClientRect(), document.fonts.status));
    if (status === 'loaded') return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('fonts did not finish loading in 5 s');
}

async function printOne(context: BrowserContext, origin: string, base: string, dist: string, job: Job): Promise<HandoutRecord> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  try {
    const response = await page.goto(`${origin}${base}${job.page}`, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${job.page} answered ${response?.status()}`);
    await waitForFonts(page);
    const out = path.join(dist, job.pdf);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const options = { format: 'A4', printBackground: true, tagged: true, outline: job.toc } as const;
    let pdf = await page.pdf(options);
    let facts = await readPdf(pdf);
    if (job.toc) {
      // Pass 1 printed with empty page numbers; the PDF's destinations say where each chapter
      // landed. Fill them in and print again; the numbers have a fixed width, so the layout
      // cannot move, and the destinations are checked to be sure.
      let dests = facts.dests;
      for (let pass = 2; ; pass++) {
        const missing = await page.evaluate((pages: Record<string, number>) => {
          const lost: string[] = [];
          for (const el of document.querySelectorAll<HTMLElement>('[data-toc-page]')) {
            const n = pages[el.dataset.tocPage ?? ''];
            if (n === undefined) lost.push(el.dataset.tocPage ?? '');
            else el.textContent = String(n);
          }
          return lost;
        }, Object.fromEntries(dests));
        if (missing.length) throw new Error(`${job.pdf}: no page found for ${missing.join(', ')}`);
        pdf = await page.pdf(options);
        facts = await readPdf(pdf);
        const again = facts.dests;
        if ([...dests].every(([k, v]) => again.get(k) === v)) break;
        if (pass >= 4) throw new Error(`${job.pdf}: the contents' page numbers did not settle`);
        dests = again;
      }
    }
    if (problems.length) throw new Error(`${job.page} loaded with errors: ${problems.join(', ')}`);
    if (!facts.pages) throw new Error(`${job.pdf}: the printed PDF has no pages`);
    fs.writeFileSync(out, pdf);
    return { file: job.pdf, bytes: pdf.byteLength, pages: facts.pages };
  } finally {
    await page.close();
  }
}

function patchIndexPages(dist: string, records: Map<string, HandoutRecord>, model: CourseModel): void {
  const locales = model.languages.map((l) => l.path);
  for (const lang of fs.readdirSync(dist).filter((l) => locales.includes(l))) {
    const file = path.join(dist, lang, 'handouts', 'index.html');
    if (!fs.existsSync(file)) continue;
    const t = makeUI(model.ui[lang]!, model.languages.find((l) => l.path === lang)!.code);
    const html = fs
      .readFileSync(file, 'utf8')
      .replace(/<span data-handout-stat="(pages|size)" data-file="([^"]+)"([^>]*)>[^<]*<\/span>/g, (whole, stat: string, pdf: string, rest: string) => {
        const record = records.get(pdf);
        if (!record) return whole;
        const text = stat === 'pages' ? t.handoutPages(record.pages) : formatFileSize(record.bytes);
        const value = stat === 'pages' ? record.pages : record.bytes;
        return text ? `<span data-handout-stat="${stat}" data-file="${pdf}" data-value="${value}"${rest}>${text}</span>` : whole;
      });
    fs.writeFileSync(file, html);
  }
}

export async function printHandouts(dist: string, base: string, logger: AstroIntegrationLogger, model: CourseModel): Promise<HandoutManifest | undefined> {
  const jobs = findJobs(dist, model.languages.map((l) => l.path));
  if (jobs.length === 0) {
    logger.info('no handout pages in this build');
    return undefined;
  }
  let browserPath: string;
  try {
    const found = ensureBrowser({ log: (line: string) => logger.info(line) });
    browserPath = found.path;
    logger.info(`printing with ${found.path} (${found.source})`);
  } catch (error) {
    throw new Error(`Handout PDFs need Chrome or Chromium. ${error instanceof Error ? error.message : error}`);
  }
  const fonts = missingFontPackages();
  if (fonts.length) throw new Error(`Handout PDFs need the npm packages ${fonts.join(', ')}: run \`npm ci\`.`);

  const started = performance.now();
  const server = await startHandoutServer(dist, base);
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: browserPath, args: chromiumArgs });
  } catch (error) {
    await server.close();
    throw new Error(`Could not start Chromium at ${browserPath} (set CHROMIUM_PATH to another one): ${error instanceof Error ? error.message : error}`);
  }
  const records = new Map<string, HandoutRecord>();
  try {
    // JavaScript off: widgets print their build-time result, and nothing changes under the printer.
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    // Nothing but the local server: a stray external URL must not make the build wait on a network.
    await context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort('blockedbyclient')));
    const queue = [...jobs];
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const t0 = performance.now();
        const { bytes, pages } = await printOne(context, server.origin, base, dist, job);
        records.set(job.pdf, { file: job.pdf, bytes, pages });
        const note = !job.toc && bytes > MB ? ' (over 1 MB)' : '';
        logger.info(`${job.pdf}  ${pages} p  ${formatFileSize(bytes)}${note}  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, jobs.length) }, worker));
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  const elapsedMs = Math.round(performance.now() - started);
  const files = jobs.map((j) => records.get(j.pdf)!).sort((a, b) => a.file.localeCompare(b.file));
  const manifest: HandoutManifest = { elapsedMs, files };
  fs.writeFileSync(path.join(dist, 'handouts.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  patchIndexPages(dist, records, model);
  logger.info(`${files.length} handout PDFs in ${(elapsedMs / 1000).toFixed(1)} s`);
  return manifest;
}

export function handouts(reading: CourseReading): AstroIntegration {
  let base = '/';
  return {
    name: 'course-handouts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withBase(config.base); // with its trailing slash
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.HANDOUTS === '0') {
          logger.info('HANDOUTS=0: handout PDFs skipped');
          return;
        }
        await printHandouts(fileURLToPath(dir), base, logger, reading.model!);
      },
    },
  };
}
