/**
 * Offline reading: which built files the service worker keeps, in which groups, under which
 * cache. Pure, used at build time by integrations/offline.ts (which bundles src/offline/sw.ts
 * with the result) and, for the saved-or-not test, by the service worker and the home page's
 * "save for offline" control (src/scripts/save-offline.ts). See docs/offline.md.
 *
 * Groups: the shell (styles, scripts, icons, the landing and 404 pages, the offline lists) is
 * cached when the worker installs; a language (its pages, its search data, and the search index,
 * which every language's search queries whole) is cached on the first visit to it or when the
 * reader saves it. Large optional downloads (tokenizer encodings, PDFs, handout print pages,
 * flashcard decks) are cached when first fetched.
 */

/** One file to keep: its URL relative to the site's base ("zh/tokenization/"), content hash, bytes. */
export interface OfflineEntry {
  url: string;
  revision: string;
  size: number;
}

export interface OfflineLanguage {
  /** The language's path (its folder under the base). */
  path: string;
  files: OfflineEntry[];
  bytes: number;
}

export interface OfflinePlan {
  /** Names this build: changes whenever any kept file changes. */
  version: string;
  /** The Cache Storage name of this version (OFFLINE_PREFIX + base + version). */
  cache: string;
  /** Every cache of this site starts with this; the others are left alone (another site, same origin). */
  prefix: string;
  shell: OfflineEntry[];
  languages: OfflineLanguage[];
}

/** What the home page's control reads: dist/offline-<path>.json. */
export interface OfflineList {
  version: string;
  cache: string;
  bytes: number;
  files: string[];
}

/** A built file: its path under dist/ with forward slashes, size and content hash. */
export interface BuiltFile {
  path: string;
  size: number;
  revision: string;
}

export const OFFLINE_PREFIX = 'course-offline';
/** A script or style chunk bigger than this (a tokenizer encoding, 0.5–2 MB) is cached on first use. */
export const LARGE_CHUNK = 256 * 1024;
/** The response header carrying a kept file's revision, so a new version can reuse unchanged files. */
export const REVISION_HEADER = 'X-Offline-Revision';

/** The global the first line of dist/sw.js sets to the plan. */
export const PLAN_GLOBAL = '__OFFLINE_PLAN__';

export const offlineListPath = (path: string) => `offline-${path}.json`;

/** Not kept ahead: build by-products, downloads, print sources, and Pagefind's UIs (the site has its own). */
function skipped(file: string, languages: readonly string[]): boolean {
  if (/^(_headers|_redirects|sw\.js|robots\.txt|sitemap[^/]*\.xml|handouts\.json)$/.test(file)) return true;
  if (/\.(pdf|apkg|tsv|map)$/.test(file)) return true;
  if (/^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(file)) return true;
  const [first, second, third] = file.split('/');
  // A language's handouts/<name>/ pages are the PDFs' print sources: like the PDFs, kept when opened.
  if (languages.includes(first!) && second === 'handouts' && third !== 'index.html') return true;
  return false;
}

/** The page the worker answers for a page neither kept nor reachable (src/pages/offline.astro), in the shell. */
export const OFFLINE_PAGE = 'offline/';

/** "zh/tokenization/index.html" → "zh/tokenization/", "index.html" → "./": the address hosts serve. */
export function fileUrl(file: string): string {
  if (file === 'index.html') return './';
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** The plan for a built site: `files` every file under dist/, `languages` the course's paths, `base` "/" or "/sub/". */
export function offlinePlan(files: readonly BuiltFile[], languages: readonly string[], base: string, version: string): OfflinePlan {
  const shell: OfflineEntry[] = [];
  const search: OfflineEntry[] = [];
  const byLanguage = new Map<string, OfflineEntry[]>(languages.map((l) => [l, []]));
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (skipped(file.path, languages)) continue;
    if (file.path.startsWith('_astro/') && file.size > LARGE_CHUNK) continue;
    const entry = { url: fileUrl(file.path), revision: file.revision, size: file.size };
    const first = file.path.split('/')[0]!;
    const dataOf = /^search\/([^/]+)\.json$/.exec(file.path)?.[1];
    if (byLanguage.has(first) && file.path.includes('/')) byLanguage.get(first)!.push(entry);
    else if (dataOf && byLanguage.has(dataOf)) byLanguage.get(dataOf)!.push(entry);
    else if (first === 'pagefind') search.push(entry);
    else shell.push(entry);
  }
  const prefix = `${OFFLINE_PREFIX}:${base}:`;
  return {
    version,
    cache: `${prefix}${version}`,
    prefix,
    shell,
    // Search in any language queries every language's index (docs/search.md), so each takes it whole.
    languages: languages.map((path) => {
      const list = [...byLanguage.get(path)!, ...search];
      return { path, files: list, bytes: sum(list) };
    }),
  };
}

export const sum = (entries: readonly OfflineEntry[]) => entries.reduce((s, e) => s + e.size, 0);

/** The version: a short hash over every kept file's URL and revision (`hash` is the build's hash function). */
export function planVersion(files: readonly BuiltFile[], hash: (text: string) => string): string {
  const lines = [...files].sort((a, b) => a.path.localeCompare(b.path)).map((f) => `${f.path} ${f.revision}`);
  return hash(lines.join('\n')).slice(0, 12);
}

export function offlineList(plan: OfflinePlan, language: OfflineLanguage): OfflineList {
  return { version: plan.version, cache: plan.cache, bytes: language.bytes, files: language.files.map((f) => f.url) };
}

/** The language path of a page's URL under `scope` (the worker's scope URL), if it is one of `languages`. */
export function languageOfUrl(url: string, scope: string, languages: readonly string[]): string | undefined {
  if (!url.startsWith(scope)) return undefined;
  const first = url.slice(scope.length).split(/[/?#]/)[0];
  return languages.find((l) => l === first);
}

/**
 * Whether every file of a list is in a cache, and the bytes already there. Takes the lookup as a
 * function (Cache.match in the browser) so that the worker and the page share it. Garbage in a
 * list (not an object, files not strings) counts as not saved.
 */
export async function savedState(list: unknown, has: (url: string) => Promise<boolean>): Promise<{ saved: boolean; files: number; present: number }> {
  const files = isOfflineList(list) ? list.files : [];
  let present = 0;
  for (const url of files) if (await has(url)) present++;
  return { saved: files.length > 0 && present === files.length, files: files.length, present };
}

export function isOfflineList(value: unknown): value is OfflineList {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v['version'] === 'string' && typeof v['cache'] === 'string' && Number.isFinite(v['bytes']) && Array.isArray(v['files']) && v['files'].every((f) => typeof f === 'string');
}

/** "12.3 MB" in the page's language (1 MB = 10^6 bytes, as storage settings count). */
export function formatSize(bytes: number, locale: string): string {
  const value = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  const [unit, n] = value >= 1e6 ? (['megabyte', value / 1e6] as const) : (['kilobyte', value / 1e3] as const);
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(n);
  } catch {
    return `${n.toFixed(1)} ${unit === 'megabyte' ? 'MB' : 'kB'}`;
  }
}

/** dist/sw.js read back: the plan of its first line, and the rest (the bundled worker). */
export function readWorker(source: string): { plan: OfflinePlan; code: string } {
  const at = source.indexOf('\n');
  const first = source.slice(0, at);
  const prefix = `var ${PLAN_GLOBAL} = `;
  if (at < 0 || !first.startsWith(prefix) || !first.endsWith(';')) throw new Error(`sw.js: the first line does not set ${PLAN_GLOBAL}`);
  return { plan: JSON.parse(first.slice(prefix.length, -1)) as OfflinePlan, code: source.slice(at + 1) };
}

export function writeWorker(plan: OfflinePlan, code: string): string {
  return `var ${PLAN_GLOBAL} = ${JSON.stringify(plan)};\n${code}`;
}
