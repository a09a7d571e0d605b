/**
 * The built site's search, run in Node: dist/pagefind/pagefind.js (Pagefind's own browser API)
 * with fetch answered from dist/, and dist/search/<lang>.json. The quality test and the bench use
 * it to ask exactly what the browser asks, without a browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveInside } from '../scripts/static-server.mjs';
import { courseDir } from '../src/lib/course-dir';
import { readCourse } from '../src/lib/course-model';
import type { Locale } from '../src/i18n/locales';
import { pagefindOptions, mergePath, pagefindLanguage, type PagefindInstance, type PagefindLike, type SearchContext, type SearchData } from '../src/lib/search/engine';

const ORIGIN = 'http://pagefind.invalid';

let installed = false;
/** fetch() for the fake origin reads dist/; pagefind.js fetches its index files through it. */
function installFetch(dist: string): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), `${ORIGIN}/`);
    if (url.origin !== ORIGIN) return realFetch(input, init);
    const file = resolveInside(dist, decodeURIComponent(url.pathname));
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return new Response('not found', { status: 404 });
    return new Response(fs.readFileSync(file), { status: 200 });
  }) as typeof fetch;
}

/**
 * Pagefind as a page of the UI language `lang` starts it: its own language's index (pagefind.js
 * picks it from `<html lang>`, so a minimal `document` is there while it starts) with every other
 * language's index merged in, as src/islands/search/client.ts does in the browser.
 */
export async function nodePagefind(dist: string, lang: Locale): Promise<PagefindLike> {
  const root = path.resolve(dist);
  installFetch(root);
  const g = globalThis as { document?: unknown };
  const saved = g.document;
  const { languages } = readSearchData(dist, lang);
  const code = languages.find((l) => l.path === lang)!.code;
  const options = pagefindOptions(languages.map((l) => l.path));
  g.document = { currentScript: null, querySelector: () => ({ getAttribute: () => code }) };
  try {
    // Each UI gets its own copy of the module: pagefind.js keeps one WebAssembly state per module.
    const href = `${pathToFileURL(path.join(root, 'pagefind', 'pagefind.js')).href}?ui=${lang}`;
    const mod = (await import(href)) as { createInstance(o: object): PagefindInstance };
    const instance = mod.createInstance({ ...options, basePath: `${ORIGIN}/pagefind/` });
    await instance.init();
    for (const other of languages.filter((l) => l.path !== lang)) {
      await instance.mergeIndex(mergePath(`${ORIGIN}/pagefind/`), { ...options, language: pagefindLanguage(other.code) });
    }
    return instance;
  } finally {
    g.document = saved;
  }
}

export function readSearchData(dist: string, lang: Locale): SearchData {
  return JSON.parse(fs.readFileSync(path.join(dist, 'search', `${lang}.json`), 'utf8')) as SearchData;
}

/** Search contexts for every UI language of the course over the built site in `dist`. */
export async function nodeSearch(dist = 'dist'): Promise<Record<Locale, SearchContext>> {
  const model = readCourse(courseDir()).model!;
  const glossaryTitles = Object.fromEntries(model.languages.map((l) => [l.path, model.ui[l.path]!.glossary]));
  const context = async (lang: Locale, glossaryTitle: string): Promise<SearchContext> => ({
    lang,
    base: '/',
    data: readSearchData(dist, lang),
    pagefind: await nodePagefind(dist, lang),
    glossaryTitle,
  });
  const out: Record<Locale, SearchContext> = {};
  for (const [lang, title] of Object.entries(glossaryTitles)) out[lang] = await context(lang, title);
  return out;
}
