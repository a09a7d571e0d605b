/**
 * Handouts: the printable pages and the PDFs the build prints from them. Pure helpers shared by
 * the pages (src/pages/[lang]/handouts/), the build hook (integrations/handouts.ts) and the tests.
 *
 * File names are stable and stand alone in a downloads folder:
 *   /<lang>/handouts/<NN>-<slug>-<lang>.pdf   one chapter, e.g. /zh/handouts/03-tokenization-zh.pdf
 *   /<lang>/handouts/booklet-<lang>.pdf        every chapter with a cover and contents
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import type { Locale } from '../i18n/locales';
import { withBase } from './paths';

/** The site path (no base) of a chapter's PDF: "zh/handouts/03-tokenization-zh.pdf". */
export function handoutFile(lang: Locale, number: number, slug: string): string {
  return `${lang}/handouts/${String(number).padStart(2, '0')}-${slug}-${lang}.pdf`;
}

/** The site path (no base) of a language's booklet PDF. */
export function bookletFile(lang: Locale): string {
  return `${lang}/handouts/booklet-${lang}.pdf`;
}

/** The handouts page of a language: lists every PDF with its pages and size. */
export function handoutsIndexPath(base: string, lang: Locale): string {
  return withBase(base, `${lang}/handouts/`);
}

/** The printable HTML page a chapter's PDF is printed from. */
export function handoutPagePath(base: string, lang: Locale, slug: string): string {
  return withBase(base, `${lang}/handouts/${slug}/`);
}

export function bookletPagePath(base: string, lang: Locale): string {
  return withBase(base, `${lang}/handouts/booklet/`);
}

/** The stylesheet of a handout page's margin boxes; `page` is a chapter slug or "booklet". */
export function handoutMarginsPath(base: string, lang: Locale, page: string): string {
  return withBase(base, `${lang}/handouts/${page}/margins.css`);
}

/** True for the printable HTML pages (kept out of the sitemap: the chapter page is canonical). */
export function isHandoutPrintPage(url: string): boolean {
  // Any language path (zh, en, zh-tw: the schema's form), then handouts/<page>/.
  return /\/[a-z]{2,3}(?:-[a-z0-9]{2,8})*\/handouts\/[^/]+\/$/.test(new URL(url, 'http://x').pathname);
}

/**
 * The short form of a link's target for paper: no scheme, no "www.", no trailing slash, and
 * at most `max` characters (cut in the middle of the path with "…"). Undefined for anything that
 * is not an absolute http(s) URL.
 */
export function printHref(href: string, max = 60): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.host.replace(/^www\./, '');
  let rest = `${url.pathname}${url.search}`.replace(/\/$/, '');
  if (rest === '/') rest = '';
  let short = `${host}${decodeSafe(rest)}`;
  if (short.length > max) {
    const tail = Math.floor(max / 3);
    short = `${short.slice(0, max - tail - 1)}…${short.slice(-tail)}`;
  }
  return short;
}

/** A site path as printed when the origin is unknown: "/zh/tokenization", decoded, no trailing slash. */
export function printPath(path: string): string {
  return decodeSafe(path).replace(/(.)\/$/, '$1');
}

function decodeSafe(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** "386 KB", "1.2 MB"; undefined for a size that is not a finite, non-negative number. */
export function formatFileSize(bytes: unknown): string | undefined {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return undefined;
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A CSS string literal for `content:` (running heads), safe even inside a <style> element. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\n\r\f]+/g, ' ')
    .replace(/</g, '\\3c ')
    .replace(/>/g, '\\3e ');
  return `"${escaped}"`;
}

/** What the build writes to dist/<lang>/handouts/manifest.json for each PDF. */
export interface HandoutRecord {
  /** Site path without base, e.g. "zh/handouts/03-tokenization-zh.pdf". */
  file: string;
  bytes: number;
  pages: number;
}

export interface HandoutManifest {
  /** Milliseconds the build spent printing all PDFs. */
  elapsedMs: number;
  files: HandoutRecord[];
}

/** Reads a manifest, dropping anything malformed (never a NaN or a missing field). */
export function parseManifest(value: unknown): HandoutManifest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { elapsedMs, files } = value as { elapsedMs?: unknown; files?: unknown };
  if (!Array.isArray(files)) return undefined;
  const ok = files.filter(
    (f): f is HandoutRecord =>
      typeof f === 'object' &&
      f !== null &&
      typeof f.file === 'string' &&
      f.file.endsWith('.pdf') &&
      Number.isInteger(f.bytes) &&
      f.bytes > 0 &&
      Number.isInteger(f.pages) &&
      f.pages > 0,
  );
  return { elapsedMs: typeof elapsedMs === 'number' && Number.isFinite(elapsedMs) ? elapsedMs : 0, files: ok };
}

/** Writes a tree back as HTML, close to how Astro writes it: bare boolean attributes, <path …/> in SVG, &amp; and &lt;. */
function write(tree: Root): string {
  return toHtml(tree, { collapseEmptyAttributes: true, closeEmptyElements: true, tightSelfClosing: true, characterReferences: { useNamedReferences: true } });
}

/** Parses a fragment of rendered HTML, lets `edit` change the tree, and writes it back. */
function editHtml(html: string, edit: (tree: Root) => void): string {
  const tree = fromHtml(html, { fragment: true });
  edit(tree);
  return write(tree);
}

/** hast property names of the attributes that hold ids or point at them by id. */
const ID_PROPERTIES = ['id', 'htmlFor', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaControls'];

function prefixIdsIn(tree: Root, prefix: string): void {
  visit(tree, 'element', (el: Element) => {
    const props = el.properties;
    for (const name of ID_PROPERTIES) {
      const value = props[name];
      if (Array.isArray(value)) props[name] = value.map((v) => prefix + String(v));
      else if (typeof value === 'string' && value) props[name] = value.split(/\s+/).filter(Boolean).map((v) => prefix + v).join(' ');
    }
    for (const [name, value] of Object.entries(props)) {
      if (typeof value !== 'string') continue;
      if ((name === 'href' || name === 'xLinkHref') && value.startsWith('#') && value.length > 1) props[name] = `#${prefix}${value.slice(1)}`;
      else if (value.includes('url(#')) props[name] = value.replace(/url\(\s*#([^)\s]+)\s*\)/g, (_, id: string) => `url(#${prefix}${id})`);
    }
  });
}

function shiftHeadingsIn(tree: Root, by: number): void {
  visit(tree, 'element', (el: Element) => {
    const level = /^h([1-6])$/.exec(el.tagName)?.[1];
    if (level) el.tagName = `h${Math.min(6, Number(level) + by)}`;
  });
}

function unnameSectionsIn(tree: Root): void {
  visit(tree, 'element', (el: Element) => {
    if (el.tagName === 'section') delete el.properties.ariaLabelledBy;
  });
}

/**
 * Prefixes every id (and every reference to one) in a rendered chapter, so several chapters can
 * share one booklet page without clashing ids: id="bpe" → id="c3-bpe", href="#bpe" → "#c3-bpe",
 * and in drawings url(#arrow) → url(#c3-arrow).
 */
export function prefixIds(html: string, prefix: string): string {
  return editHtml(html, (tree) => prefixIdsIn(tree, prefix));
}

/** Removes ids and id references from a copy of rendered HTML (the answer key repeats answers). */
export function stripIds(html: string): string {
  // Most copies (an option, an answer) have no id at all: leave those as they are, unparsed.
  if (!/(?:id|for|aria-\w+)\s*=/i.test(html)) return html;
  return editHtml(html, (tree) =>
    visit(tree, 'element', (el: Element) => {
      for (const name of ID_PROPERTIES) delete el.properties[name];
    }),
  );
}

/**
 * Drops the names of <section> landmarks: in the booklet every chapter repeats "Key points",
 * "Check yourself" and its own section titles, and a landmark's name must be unique on a page.
 */
export function unnameSections(html: string): string {
  return editHtml(html, unnameSectionsIn);
}

/** Demotes every heading by `by` levels (at most h6): a chapter's h2 sections under a booklet's h2 title. */
export function shiftHeadings(html: string, by: number): string {
  return editHtml(html, (tree) => shiftHeadingsIn(tree, by));
}

/** A self-check question and its answer, both as rendered HTML. */
export interface SelfCheckAnswer {
  q: string;
  html: string;
}

const hasClass = (el: Element, name: string) => Array.isArray(el.properties.className) && el.properties.className.includes(name);

/** The HTML inside an element, from its first child to its last one kept, as written in `html`. */
function inner(html: string, children: ElementContent[]): string {
  const first = children[0]?.position?.start.offset;
  const last = children.at(-1)?.position?.end.offset;
  return first === undefined || last === undefined ? '' : html.slice(first, last).trim();
}

/**
 * The questions and answers of a parsed chapter (`html` is what was parsed). Question.astro
 * writes <p class="question__q"> for a written question, the graded ones a fieldset's
 * <legend class="question__q">, each followed by its <div class="answer">; a question marked
 * data-other-column (the partner language in a bilingual handout) is skipped with its answer.
 */
function answersIn(tree: Root, html: string): SelfCheckAnswer[] {
  const out: SelfCheckAnswer[] = [];
  let question: Element | undefined;
  visit(tree, 'element', (el: Element) => {
    if ((el.tagName === 'p' || el.tagName === 'legend') && hasClass(el, 'question__q')) {
      question = el.properties.dataOtherColumn === undefined ? el : undefined;
    } else if (el.tagName === 'div' && hasClass(el, 'answer')) {
      // The answer ends where the <span class="answer-end"> marker starts (Question.astro).
      const end = el.children.findIndex((c) => c.type === 'element' && hasClass(c, 'answer-end'));
      if (question && end >= 0) out.push({ q: inner(html, question.children), html: inner(html, el.children.slice(0, end)) });
      question = undefined;
      return SKIP;
    }
    return undefined;
  });
  return out;
}

/** The questions and answers of the self-checks in a rendered chapter, in order, exactly as written in `html`. */
export function extractAnswers(html: string): SelfCheckAnswer[] {
  // Only the part from the first question on is parsed (a chapter's self-check is a small part
  // of it, and every chapter page, handout and booklet reads its answers): cut at that tag's "<".
  const first = html.indexOf('question__q');
  if (first < 0) return [];
  const start = html.lastIndexOf('<', first);
  const part = html.slice(start);
  return answersIn(fromHtml(part, { fragment: true }), part);
}

/**
 * A rendered chapter read once: its answers (extractAnswers) and, for a page of several chapters,
 * the chapter with its ids prefixed (prefixIds), and its headings shifted and sections unnamed
 * (shiftHeadings, unnameSections) when `shift` is set. Without either the HTML is returned as is.
 */
export function prepareChapter(html: string, options: { idPrefix?: string; shift?: number }): { html: string; answers: SelfCheckAnswer[] } {
  const { idPrefix = '', shift = 0 } = options;
  if (!idPrefix && !shift) return { html, answers: extractAnswers(html) };
  const tree = fromHtml(html, { fragment: true });
  const answers = answersIn(tree, html);
  if (idPrefix) prefixIdsIn(tree, idPrefix);
  if (shift) {
    shiftHeadingsIn(tree, shift);
    unnameSectionsIn(tree);
  }
  return { html: write(tree), answers };
}
