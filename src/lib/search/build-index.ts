/**
 * Build time: runs Pagefind over the built site (dist/) through its Node API and writes the bundle
 * to dist/pagefind/. Only chapter pages and the glossary are indexed (the pages that mark
 * data-pagefind-body), one index per `<html lang>`. Returns problems instead of throwing, so the
 * integration can report them all and fail the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { ValidCourse } from '../content-checks';
import type { Locale } from '../../i18n/locales';
import { sameLanguage } from '../languages';
import { aliasParts } from '../schemas';
import { parseTimestamp } from '../timestamps';
import {
  chapterArticle,
  chapterHeadings,
  chapterSections,
  parsePage,
  ignoreLanguages,
  prepareChapterPage,
  prepareGlossaryPage,
  type ChapterFacts,
  type HeadingFacts,
  type IndexTerm,
  type SectionFacts,
} from './index-page';
import { buildSearchData, readPageMap } from './search-data';

export interface IndexReport {
  errors: string[];
  /** Pages indexed per language. */
  pages: Record<Locale, number>;
  /** Bytes of dist/pagefind/ on disk. */
  bytes: number;
  outputPath: string;
  /** The search data files written, one per language (dist/search/<lang>.json). */
  dataFiles: string[];
}

/** Every .html file under a folder, as paths relative to it ("zh/tokenization/index.html"). */
export function htmlFiles(dir: string, skip: string[] = []): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skip.includes(child)) walk(child);
      } else if (entry.name.endsWith('.html')) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/**
 * The glossary as the index uses it: every rendering of each term in the languages `shown` keeps
 * (all by default), and where it is first explained.
 */
export function indexTerms(course: ValidCourse, shown: (lang: Locale) => boolean = () => true): IndexTerm[] {
  const pick = <T,>(byLang: Record<string, T>) => Object.entries(byLang).filter(([lang]) => shown(lang)).map(([, v]) => v);
  return [...course.terms].map(([id, t]) => ({
    id,
    names: [
      ...new Set([
        ...pick(t.names),
        ...(t.abbr ? [t.abbr] : []),
        ...pick(t.aliases).flatMap((list) => list.map((a) => aliasParts(a).text)),
      ]),
    ],
    chapter: t.introduced.chapter,
    at: parseTimestamp(t.introduced.at) ?? 0,
  }));
}

/** Chapter facts per slug and language, from the validated course. */
export function chapterFacts(course: ValidCourse): Map<string, ChapterFacts> {
  const out = new Map<string, ChapterFacts>();
  for (const c of course.chapters) {
    if (out.has(c.slug)) continue;
    const partIndex = course.course.parts.findIndex((p) => p.chapters.includes(c.slug));
    const part = course.course.parts[partIndex];
    const title: Record<Locale, string> = Object.fromEntries(course.chapters.filter((o) => o.slug === c.slug).map((o) => [o.lang, o.data.title]));
    out.set(c.slug, {
      number: c.data.number,
      slug: c.slug,
      start: parseTimestamp(c.data.start) ?? 0,
      end: parseTimestamp(c.data.end) ?? 0,
      part: partIndex + 1,
      partTitle: part ? part.title : Object.fromEntries(course.languages.map((l) => [l.path, ''])),
      title,
    });
  }
  return out;
}

/** The language path of a page, from its <html lang> code. */
function pageLocale(html: string, course: ValidCourse): Locale | undefined {
  const code = /<html[^>]*\blang="([^"]+)"/i.exec(html)?.[1]?.toLowerCase();
  return course.languages.find((l) => l.code.toLowerCase() === code)?.path;
}

export async function buildSearchIndex(dist: string, course: ValidCourse): Promise<IndexReport> {
  const errors: string[] = [];
  const outputPath = path.join(dist, 'pagefind');
  const locales = course.languages.map((l) => l.path);
  const pages: Record<Locale, number> = Object.fromEntries(locales.map((l) => [l, 0]));
  const facts = chapterFacts(course);
  // A page's index holds no text of its own language in another script (no Simplified titles or
  // names in the zh-TW index): the twin's own index has them.
  const language = (lang: Locale) => course.languages.find((l) => l.path === lang)!;
  const shownOn = (page: Locale) => (lang: Locale) => lang === page || !sameLanguage(language(lang), language(page));
  const terms = Object.fromEntries(locales.map((l) => [l, indexTerms(course, shownOn(l))]));

  // First pass: which pages to index, and the sections of every chapter in both languages.
  type Page = { rel: string; lang: Locale; tree: ReturnType<typeof parsePage>; slug?: string };
  const chapters: Page[] = [];
  const glossaries: Page[] = [];
  const sections = new Map<string, SectionFacts[]>();
  const headings = new Map<string, HeadingFacts[]>();
  for (const rel of htmlFiles(dist, ['pagefind', '_astro'])) {
    const html = fs.readFileSync(path.join(dist, rel), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const lang = pageLocale(html, course);
    if (!lang) {
      errors.push(`${rel}: a page to index needs <html lang> set to one of the course's codes (${course.languages.map((l) => l.code).join(', ')})`);
      continue;
    }
    const tree = parsePage(html);
    ignoreLanguages(tree, course.languages.filter((l) => !shownOn(lang)(l.path)).map((l) => l.code));
    if (chapterArticle(tree)) {
      const slug = rel.split('/')[1] ?? '';
      const chapter = facts.get(slug);
      if (!chapter) {
        errors.push(`${rel}: a chapter page whose slug "${slug}" is not in the course`);
        continue;
      }
      sections.set(`${lang}/${slug}`, chapterSections(tree, chapter.start, chapter.end));
      headings.set(`${lang}/${slug}`, chapterHeadings(tree));
      chapters.push({ rel, lang, tree, slug });
    } else glossaries.push({ rel, lang, tree });
  }

  const created = await pagefind.createIndex({});
  errors.push(...created.errors);
  const index = created.index;
  if (!index) return { errors: [...errors, 'Pagefind could not create an index'], pages, bytes: 0, outputPath, dataFiles: [] };
  try {
    const add = async (page: Page, content: string) => {
      const added = await index.addHTMLFile({ sourcePath: page.rel, content });
      errors.push(...added.errors.map((e) => `${page.rel}: ${e}`));
      if (!added.errors.length) pages[page.lang] = (pages[page.lang] ?? 0) + 1;
    };
    for (const page of chapters) {
      const languages = locales.filter(shownOn(page.lang));
      const content = prepareChapterPage(page.tree, {
        lang: page.lang,
        languages,
        chapter: facts.get(page.slug!)!,
        sections: sections.get(`${page.lang}/${page.slug}`) ?? [],
        headings: Object.fromEntries(languages.map((l) => [l, headings.get(`${l}/${page.slug}`) ?? []])),
        terms: terms[page.lang]!,
      });
      await add(page, content);
    }
    for (const page of glossaries) await add(page, prepareGlossaryPage(page.tree));

    fs.rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    errors.push(...written.errors);
  } finally {
    await pagefind.close();
  }

  // The bundle must hold one index per language, with every page we gave it.
  const entryFile = path.join(outputPath, 'pagefind-entry.json');
  if (!fs.existsSync(entryFile)) errors.push(`Pagefind wrote no ${path.relative(dist, entryFile)}`);
  else {
    const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { page_count: number }> };
    for (const { path: lang, code } of course.languages) {
      const key = code.toLowerCase();
      const count = entry.languages?.[key]?.page_count ?? 0;
      if (pages[lang] === 0) errors.push(`no ${lang} page was indexed`);
      else if (count !== pages[lang]) errors.push(`the ${key} index holds ${count} pages, expected ${pages[lang]}`);
    }
  }

  // The client's data file per language: page ids, parts, glossary.
  const dataFiles: string[] = [];
  if (fs.existsSync(outputPath)) {
    const map = readPageMap(outputPath);
    errors.push(...map.errors);
    const expected = Object.values(pages).reduce((a, b) => a + b, 0);
    if (Object.keys(map.pages).length !== expected) errors.push(`found ${Object.keys(map.pages).length} page fragments, expected ${expected}`);
    const dir = path.join(dist, 'search');
    fs.mkdirSync(dir, { recursive: true });
    for (const lang of locales) {
      const file = path.join(dir, `${lang}.json`);
      fs.writeFileSync(file, JSON.stringify(buildSearchData(lang, course, map.pages, sections)));
      dataFiles.push(file);
    }
  }
  return { errors, pages, bytes: fs.existsSync(outputPath) ? folderBytes(outputPath) : 0, outputPath, dataFiles };
}
