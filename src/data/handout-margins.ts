/**
 * The @page margin boxes of each printable handout page: the course title and a running head at
 * the top, the page's address and "page / pages" at the bottom; the booklet adds a named page
 * per chapter, so that each chapter carries its own title. Margin boxes live outside the
 * document, so their text has to be CSS. It is served as a stylesheet of its own
 * (handoutMarginsPath) rather than an inline <style>: that keeps one Content Security Policy for
 * the whole site, which a static host can send as a single header (docs/design.md).
 */
import { ui, type Locale } from '../i18n';
import { cssString, handoutsIndexPath, printHref, printPath } from '../lib/handouts';
import { chapterPath } from '../lib/paths';
import { chaptersIn, course, type Chapter } from './course';

/** "第 3 章 分词：…" / "Chapter 3 Tokenization: …": a handout's title and running head. */
export function chapterHeading(lang: Locale, chapter: Chapter): string {
  return `${ui(lang).chapterLabel(chapter.number)} ${chapter.entry.data.title}`;
}

/** The handout pages of a language: every chapter's slug, and the booklet. */
export async function handoutPages(lang: Locale): Promise<string[]> {
  return [...(await chaptersIn(lang)).map((c) => c.slug), 'booklet'];
}

/** `site` is the deployed origin; without one the page's path is printed, never an invented host. */
export async function handoutMarginsCss(lang: Locale, page: string, base: string, site: URL | undefined): Promise<string> {
  const t = ui(lang);
  const chapters = await chaptersIn(lang);
  const heading = (c: Chapter) => chapterHeading(lang, c);
  let runningHead = course.title[lang];
  let canonical = handoutsIndexPath(base, lang);
  let pageRules: string[] = [];
  if (page === 'booklet') {
    pageRules = [
      '@page cover { @top-left { content: none; } @top-right { content: none; } @bottom-left { content: none; } @bottom-right { content: none; } }',
      `@page contents { @top-right { content: ${cssString(t.tableOfContents)}; } }`,
      `@page answers { @top-right { content: ${cssString(t.answerKey)}; } }`,
      ...chapters.map((c) => `@page chapter-${c.number} { @top-right { content: ${cssString(heading(c))}; } }`),
      ...chapters.map((c) => `[data-page="chapter-${c.number}"] { page: chapter-${c.number}; }`),
    ];
  } else {
    const chapter = chapters.find((c) => c.slug === page);
    if (!chapter) throw new Error(`handout margins: no ${lang} chapter "${page}"`);
    runningHead = heading(chapter);
    canonical = chapterPath(base, lang, chapter.slug);
  }
  const where = site ? (printHref(new URL(canonical, site).href) ?? '') : printPath(canonical);
  // All `content` is in this one sheet, in the order plain, :first, named pages: with a :first
  // rule present, Chromium let a later plain @page beat a named page.
  return [
    `@page { @top-left { content: ${cssString(course.title[lang] ?? '')}; } @top-right { content: ${cssString(runningHead ?? '')}; }`,
    ` @bottom-left { content: ${cssString(where)}; } @bottom-right { content: counter(page) " / " counter(pages); } }`,
    '\n@page :first { @top-left { content: none; } @top-right { content: none; } }\n',
    pageRules.join('\n'),
  ].join('');
}
