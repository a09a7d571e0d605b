/**
 * Build time: the small file the search loads next to Pagefind, one per UI language
 * (dist/search/<lang>.json): which Pagefind page id is which page (so hits of both languages can
 * be merged without fetching every page's fragment), the parts' names, and the glossary (names and
 * aliases for the term card, with the definition in that language).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Locale } from '../../i18n/locales';
import { languageName } from '../languages';
import type { ValidCourse } from '../content-checks';
import { aliasParts } from '../schemas';
import { parseTimestamp } from '../timestamps';
import type { SearchData, SearchPart, SearchTerm } from './engine';
import { introducingSection, type SectionFacts } from './index-page';
import { nameKey } from './query';

const SIGNATURE = 'pagefind_dcd';

/** Pagefind page id → site path ("zh/tokenization/"), read from the bundle's fragment files. */
export function readPageMap(pagefindDir: string): { pages: Record<string, string>; errors: string[] } {
  const pages: Record<string, string> = {};
  const errors: string[] = [];
  const dir = path.join(pagefindDir, 'fragment');
  if (!fs.existsSync(dir)) return { pages, errors: [`no ${dir}`] };
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.pf_fragment'))) {
    try {
      let bytes = fs.readFileSync(path.join(dir, file));
      if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) bytes = zlib.gunzipSync(bytes);
      const fragment = JSON.parse(bytes.subarray(SIGNATURE.length).toString('utf8')) as { url?: unknown };
      if (typeof fragment.url !== 'string') throw new Error('no url');
      pages[file.replace(/\.pf_fragment$/, '')] = fragment.url.replace(/^\/+/, '');
    } catch (error) {
      errors.push(`fragment/${file}: could not be read (${(error as Error).message})`);
    }
  }
  return { pages, errors };
}

/** "预训练：从互联网文本到基座模型" → "预训练"; "Pretraining: from internet text…" → "Pretraining". */
export function shortTitle(title: string): string {
  return title.split(/[:：]/)[0]!.trim();
}

export function buildSearchData(
  lang: Locale,
  course: ValidCourse,
  pages: Record<string, string>,
  /** Sections of every chapter page, by "<lang>/<slug>". */
  sections: Map<string, SectionFacts[]>,
): SearchData {
  const paths = course.languages.map((l) => l.path);
  const others = course.languages.filter((l) => l.path !== lang);
  const chapters = course.chapters.filter((c) => c.lang === lang);
  const parts: SearchPart[] = course.course.parts.map((part, i) => ({
    n: i + 1,
    keys: [...new Set([part.id, ...paths.map((p) => shortTitle(part.title[p]!))].map(nameKey).filter(Boolean))],
    chapters: part.chapters,
  }));
  const terms: SearchTerm[] = [...course.terms]
    .map(([id, t]) => {
      const chapter = chapters.find((c) => c.data.number === t.introduced.chapter);
      const at = parseTimestamp(t.introduced.at) ?? 0;
      const names = [...paths.map((p) => t.names[p]!), t.abbr ?? '', ...paths.flatMap((p) => (t.aliases[p] ?? []).map((a) => aliasParts(a).text))];
      const section = chapter ? introducingSection(sections.get(`${lang}/${chapter.slug}`) ?? [], id, at) : undefined;
      return {
        id,
        name: t.names[lang]!,
        others: others.map((o) => ({ code: o.code, name: t.names[o.path]! })),
        ...(t.abbr ? { abbr: t.abbr } : {}),
        definition: t.definition[lang] ?? '',
        chapter: t.introduced.chapter,
        slug: chapter?.slug ?? '',
        chapterTitle: chapter?.data.title ?? '',
        ...(section ? { section: section.id } : {}),
        t: at,
        keys: [...new Set(names.map(nameKey).filter(Boolean))],
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const numbers = Object.fromEntries(chapters.map((c) => [c.slug, c.data.number]));
  const own = course.languages.find((l) => l.path === lang);
  const languages = course.languages.map((l) => ({ path: l.path, code: l.code, han: l.reading.unit === 'han', name: l.path === lang ? l.label : languageName(own?.code ?? lang, l, course.languages, own?.names) }));
  return { lang, languages, pages, chapters: numbers, parts, terms };
}
