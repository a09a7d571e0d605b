/**
 * The search itself, apart from any view: a query in, ranked hits out, in the UI's language.
 * Runs the same in the browser (over pagefind.js) and in Node (the quality test), because the
 * Pagefind instances are handed in.
 *
 * 1. Both languages' indexes are searched (the other one merged into Pagefind with mergeIndex). A
 *    hit on the other language's page counts for the same chapter in the UI's language (same slug,
 *    same section ids).
 * 2. In the Chinese index a query of Han characters must occur as written (Pagefind's exact-phrase
 *    search), otherwise 后训练 would match any page with 后 and 训练, and 词元 any page with 词 and 元.
 *    A short Han query that never occurs as written finds nothing rather than scattered characters.
 * 3. Scores are normalized per index (Pagefind's scores of two indexes are not comparable) and
 *    summed, the UI's own index counting a little more.
 * 4. A query naming a part of the course (预训练, post-training…) ranks that part's chapters first;
 *    one naming a chapter by number (第 3 章, chapter 3) ranks that chapter first.
 * 5. A query that is a glossary name or alias brings the term's card; the glossary page itself is
 *    then left out of the hits, the card links to it.
 */
import type { Locale } from '../../i18n/locales';
import { decodeEntities } from './excerpt';
import { cleanQuery, hanCount, hasHan, nameKey, zhSegments } from './query';

/** The parts of Pagefind's JavaScript API the search uses. */
export interface PagefindLike {
  search(term: string, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
}

/** A Pagefind instance as pagefind.js's createInstance() returns it. */
export interface PagefindInstance extends PagefindLike {
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
}

/** Pagefind's name of a language's index: its `<html lang>` code, lower-cased. */
export function pagefindLanguage(code: string): string {
  return code.toLowerCase();
}

/** A language of the course as the search knows it. */
export interface SearchLanguage {
  path: Locale;
  code: string;
  /** Written in Han characters without spaces: phrase rules and word segmentation apply. */
  han: boolean;
  /** What the UI's language calls it ("英文原文" is "{language}原文"). */
  name: string;
}

/**
 * The path to merge the other language's index from. It is the same bundle as the page's own;
 * Pagefind skips a merge whose path the main bundle's path starts with, so the absolute URL is
 * given with a "./" segment, which every fetch resolves away (docs/search.md).
 */
export function mergePath(absoluteBundleUrl: string): string {
  return `${absoluteBundleUrl.replace(/\/?$/, '/')}./`;
}

export interface PagefindResponse {
  results: PagefindResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindData>;
}

export interface PagefindLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text?: string } | undefined;
  weighted_locations?: PagefindLocation[] | undefined;
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[] | undefined;
}

/** A glossary term as the client knows it (from the search data file of the UI's language). */
export interface SearchTerm {
  id: string;
  /** Name in the UI's language, and in the others (course order) with their BCP 47 codes. */
  name: string;
  others: { code: string; name: string }[];
  abbr?: string | undefined;
  definition: string;
  /** Where the course first explains it. */
  chapter: number;
  slug: string;
  chapterTitle: string;
  section?: string | undefined;
  t: number;
  /** Normalized names and aliases in every language (nameKey). */
  keys: string[];
}

export interface SearchPart {
  n: number;
  /** Normalized names of the part: its id and the short title in both languages. */
  keys: string[];
  chapters: string[];
}

/** Everything the client loads besides Pagefind, written at build time per UI language. */
export interface SearchData {
  lang: Locale;
  /** The course's languages, in order. */
  languages: SearchLanguage[];
  /** Pagefind page id (its fragment hash) → site path without base: "zh/tokenization/". */
  pages: Record<string, string>;
  /** Chapter numbers by slug. */
  chapters: Record<string, number>;
  parts: SearchPart[];
  terms: SearchTerm[];
}

export interface SectionMeta {
  id: string;
  t?: number | undefined;
  /** The heading in each language, by path. */
  [lang: string]: string | number | undefined;
}

export interface SearchHit {
  kind: 'chapter' | 'glossary';
  /** Where the hit links, in the UI's language, with the base path. */
  url: string;
  /** "chapter:<slug>" or "glossary". */
  key: string;
  number?: number | undefined;
  title: string;
  part?: { n: number; title: string } | undefined;
  section?: { id: string; title: string } | undefined;
  /** Video second of the section (or of the chapter start). */
  t?: number | undefined;
  /** Pagefind's excerpt: text with <mark> around matched words (render with excerptSegments). */
  excerpt: string;
  /** The language the excerpt is in (a hit found only in another language's page keeps its text). */
  excerptLang: Locale;
  excerptCode: string;
  /** That language's name in the UI's language. */
  excerptName: string;
  score: number;
}

export interface SearchOutcome {
  query: string;
  terms: SearchTerm[];
  hits: SearchHit[];
  /** How many pages matched before the list was cut to the hits shown. */
  total: number;
}

export interface SearchContext {
  lang: Locale;
  /** The site's base path, "/" or "/llm-notes/". */
  base: string;
  data: SearchData;
  /** Pagefind with both languages' indexes: the page's own, and the other one merged in (mergeIndex). */
  pagefind: PagefindLike;
  /** UI label of the glossary page, for glossary hits. */
  glossaryTitle: string;
}

/**
 * Options for every Pagefind instance. Metadata fields are searchable in Pagefind 1.6; only the
 * titles should count (the UI's and the other language's), not the data fields kept for display.
 */
export function pagefindOptions(paths: readonly Locale[]) {
  return {
    excerptLength: 24,
    ranking: {
      metaWeights: {
        title: 5,
        chapter: 1,
        sections: 0,
        kind: 0,
        slug: 0,
        number: 0,
        part: 0,
        start: 0,
        ...Object.fromEntries(paths.flatMap((p) => [[`title_${p}`, 2], [`part_${p}`, 1]])),
      },
    },
  };
}

/** How much each index counts. */
const OWN_WEIGHT = 1;
const OTHER_WEIGHT = 0.8;
/** A chapter of a part the query names ranks above any chapter of another part. */
const PART_BOOST = 10;
/** Han queries shorter than this find nothing unless they occur as written. */
const MIN_LOOSE_HAN = 4;

interface Candidate {
  key: string;
  score: number;
  /** Per language, the Pagefind result for this page (the UI's own language preferred for display). */
  results: Partial<Record<Locale, PagefindResult>>;
  slug: string;
  kind: 'chapter' | 'glossary';
  /** The Chinese page's result from the exact-phrase search, when the query was held to it. */
  phrase?: PagefindResult | undefined;
}

/** The UI's language first, then the others in the course's order. */
function searchOrder(ctx: SearchContext): Locale[] {
  return [ctx.lang, ...ctx.data.languages.map((l) => l.path).filter((p) => p !== ctx.lang)];
}

/** "zh/tokenization/" → { lang, kind, slug }; undefined for paths the search does not know. */
export function parseSitePath(path: string): { lang: Locale; kind: 'chapter' | 'glossary'; slug: string } | undefined {
  const match = /^([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\/([a-z0-9-]+)\/$/.exec(path);
  if (!match) return undefined;
  const lang = match[1] as Locale;
  const slug = match[2]!;
  return slug === 'glossary' ? { lang, kind: 'glossary', slug } : { lang, kind: 'chapter', slug };
}

/** Glossary terms whose name, abbreviation or alias in either language is the query. */
export function matchTerms(query: string, terms: SearchTerm[]): SearchTerm[] {
  const key = nameKey(query);
  if (!key) return [];
  return terms.filter((term) => term.keys.includes(key));
}

/** A page an index found: its result, and for a phrase hit the phrase search's result too. */
interface Found {
  result: PagefindResult;
  phrase?: PagefindResult | undefined;
}

/**
 * Results of both indexes for the query, by language, with Pagefind's meta-only matches (score 0)
 * dropped and, in the Chinese index, a Han query held to its exact phrase (see the top of the file).
 * A phrase hit keeps its ordinary result (its score ranks it, its sections say where the query is
 * most at home) and the phrase search's, which knows at least one place where the phrase is.
 */
async function indexResults(query: string, ctx: SearchContext): Promise<Record<Locale, Found[]>> {
  const byLang: Record<Locale, Found[]> = Object.fromEntries(ctx.data.languages.map((l) => [l.path, []]));
  const response = await ctx.pagefind.search(query);
  for (const result of response?.results ?? []) {
    const lang = parseSitePath(ctx.data.pages[result.id] ?? '')?.lang;
    if (lang && byLang[lang] && result.score > 0 && Number.isFinite(result.score)) byLang[lang].push({ result });
  }
  if (hasHan(query) && zhSegments(query).length > 1) {
    let phrase: PagefindResponse | undefined;
    for (const { path } of ctx.data.languages.filter((l) => l.han && byLang[l.path]!.length)) {
      phrase ??= (await ctx.pagefind.search(`"${query}"`)) ?? { results: [] };
      const exact = new Map(phrase.results.map((r) => [r.id, r]));
      const held = byLang[path]!.filter((f) => exact.has(f.result.id)).map((f) => ({ result: f.result, phrase: exact.get(f.result.id) }));
      if (held.length) byLang[path] = held;
      else if (hanCount(query) < MIN_LOOSE_HAN) byLang[path] = [];
    }
  }
  // Pagefind leaves out a character its index has never seen, so in the Traditional index "分词"
  // is searched as "分" (and its phrase matches every 分). A short query finds nothing in an index
  // that lacks one of its characters.
  if (hasHan(query) && hanCount(query) < MIN_LOOSE_HAN) {
    for (const char of new Set([...query].filter((c) => hasHan(c)))) {
      const found = new Set(((await ctx.pagefind.search(char))?.results ?? []).map((r) => parseSitePath(ctx.data.pages[r.id] ?? '')?.lang));
      for (const { path } of ctx.data.languages.filter((l) => l.han && byLang[l.path]!.length && !found.has(l.path))) byLang[path] = [];
    }
  }
  return byLang;
}

/** The chapter number a query asks for: "第 3 章", "第3章", "chapter 3", "ch. 3"; otherwise undefined. */
export function chapterNumberIn(query: string): number | undefined {
  const match = /^(?:第\s*(\d{1,3})\s*章|(?:chapter|ch\.?)\s*(\d{1,3}))$/i.exec(query.trim());
  return match ? Number(match[1] ?? match[2]) : undefined;
}

/** Pages matching the query in both indexes, best first. */
export async function rankPages(query: string, ctx: SearchContext): Promise<Candidate[]> {
  const byLang = await indexResults(query, ctx);
  const byKey = new Map<string, Candidate>();
  for (const lang of searchOrder(ctx)) {
    const results = byLang[lang] ?? [];
    const weight = lang === ctx.lang ? OWN_WEIGHT : OTHER_WEIGHT;
    const best = Math.max(0, ...results.map((r) => r.result.score));
    for (const { result, phrase } of results) {
      const page = parseSitePath(ctx.data.pages[result.id] ?? '');
      if (!page) continue;
      const key = page.kind === 'glossary' ? 'glossary' : `chapter:${page.slug}`;
      const candidate = byKey.get(key) ?? { key, score: 0, results: {}, slug: page.slug, kind: page.kind };
      candidate.score += (weight * result.score) / best;
      candidate.results[lang] ??= result;
      if (phrase) candidate.phrase = phrase;
      byKey.set(key, candidate);
    }
  }
  const key = nameKey(query);
  const named = ctx.data.parts.filter((p) => p.keys.includes(key)).flatMap((p) => p.chapters);
  const number = chapterNumberIn(query);
  for (const candidate of byKey.values()) {
    if (candidate.kind !== 'chapter') continue;
    if (named.includes(candidate.slug)) candidate.score += PART_BOOST;
    if (number !== undefined && ctx.data.chapters?.[candidate.slug] === number) candidate.score += 2 * PART_BOOST;
  }
  return [...byKey.values()].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

function parseSections(value: string | undefined): SectionMeta[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as SectionMeta[]).filter((s) => s && typeof s.id === 'string') : [];
  } catch {
    return [];
  }
}

/** The sub-result with the most weight of matched words: where on the page the query is most at home. */
export function bestSubResult(subs: PagefindSubResult[] | undefined): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  let bestScore = -1;
  for (const sub of subs ?? []) {
    const score = (sub.weighted_locations ?? []).reduce((sum, l) => sum + (Number.isFinite(l.balanced_score) ? l.balanced_score : 0), 0);
    if (score > bestScore) {
      best = sub;
      bestScore = score;
    }
  }
  return best;
}

function withBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

function finite(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** Whether an excerpt's text holds the query as written (spaces and zero-width spaces aside). */
export function excerptHolds(excerpt: string, query: string): boolean {
  const flat = (text: string) => text.replace(/<\/?mark>/gi, '').replace(/[\s\u200b]+/g, '').toLowerCase();
  return flat(decodeEntities(excerpt)).includes(flat(query));
}

/**
 * The page data and the part of the page to show. For a phrase hit: the best section whose excerpt
 * holds the phrase, or else the phrase search's own first place.
 */
async function shownPart(candidate: Candidate, source: Locale, query: string, ctx: SearchContext): Promise<{ data: PagefindData; sub: PagefindSubResult | undefined }> {
  const data = await candidate.results[source]!.data();
  if (!candidate.phrase || !ctx.data.languages.find((l) => l.path === source)?.han) return { data, sub: bestSubResult(data.sub_results) };
  const holding = (data.sub_results ?? []).filter((s) => excerptHolds(s.excerpt, query));
  if (holding.length) return { data, sub: bestSubResult(holding) };
  const exact = await candidate.phrase.data();
  return { data: exact, sub: bestSubResult(exact.sub_results) };
}

/** The hit as the UI shows it, from the Pagefind data of the page that matched. */
export async function toHit(candidate: Candidate, ctx: SearchContext, query = ''): Promise<SearchHit | undefined> {
  const source: Locale | undefined = searchOrder(ctx).find((l) => candidate.results[l]);
  if (!source) return undefined;
  const { data, sub } = await shownPart(candidate, source, query, ctx);
  const anchor = sub?.anchor?.id;
  const excerpt = sub?.excerpt || data.excerpt || '';
  if (candidate.kind === 'glossary') {
    const term = anchor ? ctx.data.terms.find((t) => t.id === anchor) : undefined;
    return {
      kind: 'glossary',
      key: candidate.key,
      url: withBase(ctx.base, `${ctx.lang}/glossary/${term ? `#${term.id}` : ''}`),
      title: ctx.glossaryTitle,
      section: term ? { id: term.id, title: term.name } : undefined,
      excerpt,
      ...excerptLanguage(ctx, source),
      score: candidate.score,
    };
  }
  const meta = data.meta;
  const sections = parseSections(meta['sections']);
  const section = anchor ? sections.find((s) => s.id === anchor) : undefined;
  const partN = finite(meta['part']);
  const partTitle = meta[`part_${ctx.lang}`];
  return {
    kind: 'chapter',
    key: candidate.key,
    url: withBase(ctx.base, `${ctx.lang}/${candidate.slug}/${section ? `#${section.id}` : ''}`),
    number: finite(meta['number']),
    title: meta[`title_${ctx.lang}`] || meta['title'] || candidate.slug,
    part: partN && partTitle ? { n: partN, title: partTitle } : undefined,
    section: section ? { id: section.id, title: String(section[ctx.lang] || section[source] || '') } : undefined,
    t: section?.t ?? finite(meta['start']),
    excerpt,
    ...excerptLanguage(ctx, source),
    score: candidate.score,
  };
}

function excerptLanguage(ctx: SearchContext, source: Locale): { excerptLang: Locale; excerptCode: string; excerptName: string } {
  const l = ctx.data.languages.find((x) => x.path === source);
  return { excerptLang: source, excerptCode: l?.code ?? source, excerptName: l?.name ?? source };
}

/**
 * When a word finds nothing, Pagefind tries ever shorter beginnings of it: "tokenizerx" still finds
 * "tokenizer", but "xylophone" finds a lone "X". A hit whose marked words are all shorter than half
 * of a one-word Latin query is such a leftover and is not shown.
 */
export function isLeftoverMatch(query: string, excerpt: string): boolean {
  if (hasHan(query) || !/^[\p{L}\p{N}]{4,}$/u.test(query)) return false;
  const marked = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/gi)].map((m) => m[1]!.replace(/[^\p{L}\p{N}]/gu, ''));
  return marked.length > 0 && marked.every((word) => word.length * 2 < query.length);
}

/** Searches both languages and returns the first `limit` hits, ready to show. */
export async function searchSite(input: unknown, ctx: SearchContext, limit = 10): Promise<SearchOutcome> {
  const query = cleanQuery(input);
  if (!query) return { query, terms: [], hits: [], total: 0 };
  const terms = matchTerms(query, ctx.data.terms);
  let ranked = await rankPages(query, ctx);
  if (terms.length) ranked = ranked.filter((c) => c.kind !== 'glossary');
  const shown = ranked.slice(0, Math.max(0, limit));
  const hits = (await Promise.all(shown.map((c) => toHit(c, ctx, query)))).filter((h): h is SearchHit => Boolean(h) && !isLeftoverMatch(query, h!.excerpt));
  // Pages beyond the limit are counted without being checked.
  return { query, terms, hits, total: hits.length + ranked.length - shown.length };
}
