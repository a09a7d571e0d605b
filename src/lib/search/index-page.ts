/**
 * Build time: the copy of a page that Pagefind indexes. The pages on disk stay as they are; the
 * index sees the same HTML plus
 *   - metadata for the result list, in both languages so a hit can be shown in either UI:
 *     chapter number, titles, part, video start, and every section's id, titles and video time;
 *   - in the section where a chapter first explains a glossary term, one weighted line with all
 *     the term's names (both languages, abbreviation, aliases), so a reader who remembers any of
 *     them lands there (docs/search.md explains why);
 *   - on the glossary, each entry's id on its heading, so Pagefind reports one sub-result per term.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import type { Locale } from '../../i18n/locales';

/** A section of a chapter page: `<section class="block" data-block="id">` with its `<h2>`, and where the video covers it. */
export interface SectionFacts {
  id: string;
  title: string;
  /** Seconds into the video. */
  t: number;
  /** Glossary ids linked in the section (<a data-term>). */
  terms: string[];
}

/** What the index needs to know about a chapter, from the course data. */
export interface ChapterFacts {
  number: number;
  slug: string;
  /** Video segment, seconds. */
  start: number;
  end: number;
  /** 1-based part number, 0 when the chapter is in no part. */
  part: number;
  partTitle: Record<Locale, string>;
  title: Record<Locale, string>;
}

/** A glossary term as the index uses it. */
export interface IndexTerm {
  id: string;
  /** Every rendering: canonical names in both languages, abbreviation, aliases. */
  names: string[];
  /** Chapter number and video second where the course first explains it. */
  chapter: number;
  at: number;
}

/** A level-2 heading of a chapter with its id: the sections, and the fixed parts (key points, questions…). */
export interface HeadingFacts {
  id: string;
  title: string;
}

/** Each heading as the result list reads it from a page's `sections` metadata, in both languages. */
export interface SectionMeta {
  id: string;
  /** Video second, for the sections of the notes (not for key points, questions, reading). */
  t?: number;
  /** The heading in each language, by path. */
  [lang: string]: string | number | undefined;
}

/** How strongly the keyword line counts, against 1 for body text and 7 for the page title. */
export const KEYWORD_WEIGHT = 2;

export function parsePage(html: string): Root {
  return fromHtml(html);
}

function isElement(node: unknown, tag?: string): node is Element {
  return (node as Element)?.type === 'element' && (tag === undefined || (node as Element).tagName === tag);
}

function hasClass(node: Element, name: string): boolean {
  const value = node.properties?.['className'];
  return Array.isArray(value) && value.includes(name);
}

/** Every element under `root` that passes `test`, in document order. */
export function findAll(root: Root | Element, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  visit(root, 'element', (node: Element) => {
    if (test(node)) out.push(node);
  });
  return out;
}

function find(root: Root | Element, test: (el: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  visit(root, 'element', (node: Element) => {
    if (found) return SKIP;
    if (test(node)) {
      found = node;
      return SKIP;
    }
    return undefined;
  });
  return found;
}

/** The chapter's `<article data-chapter>`, if the page is a chapter. */
/** Leaves text marked as one of `codes` (lang="zh-CN" on a zh-TW page) out of the page's index. */
export function ignoreLanguages(tree: Root, codes: readonly string[]): void {
  const lower = codes.map((c) => c.toLowerCase());
  for (const el of findAll(tree, (e) => typeof e.properties?.['lang'] === 'string' && lower.includes(String(e.properties['lang']).toLowerCase()))) {
    el.properties = { ...el.properties, dataPagefindIgnore: 'all' };
  }
}

export function chapterArticle(tree: Root): Element | undefined {
  return find(tree, (el) => el.tagName === 'article' && el.properties?.['dataChapter'] !== undefined);
}

/**
 * The page's own sections: `<section class="block" data-block="id">` inside the page-language
 * halves of the reading-mode pairs (the other language's halves are not indexed here).
 */
function ownSections(root: Root | Element): Element[] {
  return findAll(root, (el) => hasClass(el, 'half--page')).flatMap((half) =>
    findAll(half, (el) => el.tagName === 'section' && typeof el.properties?.['dataBlock'] === 'string'),
  );
}

/**
 * The sections of a chapter page with the video second each one covers: the first timestamp link
 * inside it that falls in the chapter's segment and not before the previous section (notes may
 * cite earlier moments); otherwise the previous section's time, and the chapter start for the first.
 */
export function chapterSections(tree: Root, start: number, end: number): SectionFacts[] {
  const out: SectionFacts[] = [];
  let previous = start;
  for (const section of ownSections(tree)) {
    const id = String(section.properties['dataBlock']);
    const heading = find(section, (el) => el.tagName === 'h2');
    const stamps = findAll(section, (el) => el.tagName === 'a' && hasClass(el, 'timestamp'))
      .map((a) => Number(a.properties?.['dataT']))
      .filter((t) => Number.isFinite(t));
    const t = stamps.find((s) => s >= previous && s <= end) ?? previous;
    const terms = findAll(section, (el) => el.tagName === 'a' && typeof el.properties?.['dataTerm'] === 'string').map((a) => String(a.properties['dataTerm']));
    out.push({ id, title: heading ? toText(heading).trim() : id, t, terms: [...new Set(terms)] });
    previous = t;
  }
  return out;
}

/** Every `<h2 id>` of the chapter's article, in order. */
export function chapterHeadings(tree: Root): HeadingFacts[] {
  const article = chapterArticle(tree);
  if (!article) return [];
  // Not the other language's copy of the text, which the page carries for the reading modes.
  const otherCopy = new Set(findAll(article, (el) => hasClass(el, 'half--other')).flatMap((half) => findAll(half, (el) => el.tagName === 'h2')));
  return findAll(article, (el) => el.tagName === 'h2' && typeof el.properties?.['id'] === 'string' && !otherCopy.has(el)).map((h) => ({
    id: String(h.properties['id']),
    title: toText(h).trim(),
  }));
}

/**
 * The section that explains a term first explained at second `at`: of the sections that link the
 * term, the last one starting at or before `at`, or else the first of them (section times come from
 * the first timestamp a section cites, which can be later than where its topic starts); if no
 * section links it, the section that covers `at`.
 */
export function introducingSection(sections: SectionFacts[], termId: string, at: number): SectionFacts | undefined {
  const linking = sections.filter((s) => s.terms.includes(termId));
  if (!linking.length) return sectionAt(sections, at);
  return linking.some((s) => s.t <= at) ? sectionAt(linking, at) : linking[0];
}

/**
 * The section that covers second `at`: the last one starting at or before it (the first if none).
 * Sections without a timestamp of their own share the previous one's time; of those, the first.
 */
export function sectionAt(sections: SectionFacts[], at: number): SectionFacts | undefined {
  let best = sections[0];
  for (const s of sections) if (s.t <= at && best && s.t > best.t) best = s;
  return best;
}

function metaSpan(key: string, value: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { dataPagefindMeta: `${key}[data-value]`, dataValue: value },
    children: [],
  };
}

/** One weighted line of names, separated by spaces so every name is a word in any language's index. */
function keywordLine(terms: IndexTerm[]): Element {
  const names = [...new Set(terms.flatMap((t) => t.names))];
  return {
    type: 'element',
    tagName: 'p',
    properties: { dataPagefindWeight: String(KEYWORD_WEIGHT) },
    children: [{ type: 'text', value: names.join(' · ') }],
  };
}

/**
 * The indexed copy of a chapter page. `sections` are this page's sections with their times;
 * `headings` and `otherHeadings` its level-2 headings in both languages (same ids), for the
 * bilingual section metadata.
 */
export function prepareChapterPage(
  tree: Root,
  options: {
    lang: Locale;
    /** Every language of the course, in order. */
    languages: readonly Locale[];
    chapter: ChapterFacts;
    sections: SectionFacts[];
    /** The chapter's level-2 headings in every language (same ids), by path. */
    headings: Record<Locale, HeadingFacts[]>;
    terms: IndexTerm[];
  },
): string {
  const { lang, languages, chapter, sections, terms } = options;
  const article = chapterArticle(tree);
  if (!article) throw new Error(`chapter ${chapter.slug} (${lang}): no <article data-chapter> to index`);
  const own = options.headings[lang] ?? [];
  const sectionMeta = own.map((h) => {
    const t = sections.find((s) => s.id === h.id)?.t;
    const titles = Object.fromEntries(languages.map((l) => [l, options.headings[l]?.find((o) => o.id === h.id)?.title || h.title]));
    return { id: h.id, ...(t === undefined ? {} : { t }), ...titles } as SectionMeta;
  });
  const meta: [string, string][] = [
    ['kind', 'chapter'],
    ['slug', chapter.slug],
    ['number', String(chapter.number)],
    ['part', String(chapter.part)],
    ...languages.flatMap((l): [string, string][] => [[`title_${l}`, chapter.title[l] ?? ''], [`part_${l}`, chapter.partTitle[l] ?? '']]),
    ['start', String(chapter.start)],
    ['sections', JSON.stringify(sectionMeta)],
  ];
  article.children.unshift(...meta.map(([k, v]) => metaSpan(k, v)));
  // Part and chapter labels, the video link and the duration are in the metadata (part names are
  // searched there); as text they only clutter the excerpts.
  for (const el of findAll(article, (e) => hasClass(e, 'chapter-meta') || hasClass(e, 'eyebrow'))) {
    el.properties = { ...el.properties, dataPagefindIgnore: '' };
  }

  // Each introduced term goes into the section that covers its moment in the video.
  const bySection = new Map<string, IndexTerm[]>();
  for (const term of terms.filter((t) => t.chapter === chapter.number)) {
    const section = introducingSection(sections, term.id, term.at);
    if (!section) continue;
    bySection.set(section.id, [...(bySection.get(section.id) ?? []), term]);
  }
  for (const el of ownSections(article)) {
    const introduced = bySection.get(String(el.properties['dataBlock']));
    if (introduced?.length) el.children.push(keywordLine(introduced) as ElementContent);
  }
  return toHtml(tree);
}

/** The indexed copy of a glossary page: each entry's id moves to its heading, so each term is a sub-result. */
export function prepareGlossaryPage(tree: Root): string {
  for (const entry of findAll(tree, (el) => el.tagName === 'li' && hasClass(el, 'glossary-entry'))) {
    const id = entry.properties?.['id'];
    const heading = entry.children.find((c): c is Element => isElement(c, 'h3'));
    if (typeof id !== 'string' || !heading) continue;
    delete entry.properties['id'];
    heading.properties = { ...heading.properties, id };
  }
  // The A–Z group headings are navigation; as words, "Z" would match any query starting with z.
  for (const letter of findAll(tree, (el) => el.tagName === 'h2' && hasClass(el, 'letter'))) {
    letter.properties = { ...letter.properties, dataPagefindIgnore: '' };
  }
  const body = find(tree, (el) => el.properties?.['dataPagefindBody'] !== undefined);
  if (body) body.children.unshift(metaSpan('kind', 'glossary'));
  return toHtml(tree);
}
