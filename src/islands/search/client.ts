/**
 * Loads the search on first use: Pagefind's own script from the site's bundle (with the page's
 * language index, and the other language's merged in) and the search data file of the UI's
 * language. One load per page; a failed load can be tried again.
 */
import {
  pagefindOptions,
  mergePath,
  pagefindLanguage,
  searchSite,
  type PagefindInstance,
  type SearchContext,
  type SearchData,
  type SearchOutcome,
} from '../../lib/search/engine';

export interface ClientConfig {
  lang: string;
  base: string;
  glossaryTitle: string;
}

let loading: Promise<SearchContext> | undefined;

function isSearchData(value: unknown): value is SearchData {
  const v = value as SearchData;
  return Boolean(v) && Array.isArray(v.languages) && typeof v.pages === 'object' && v.pages !== null && Array.isArray(v.terms) && Array.isArray(v.parts);
}

async function load(config: ClientConfig): Promise<SearchContext> {
  const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
  const bundle = new URL(`${base}pagefind/`, location.href).href;
  const dataUrl = `${base}search/${config.lang}.json`;
  const [pagefind, data] = await Promise.all([
    // The path only exists after the build; keep bundlers from resolving it.
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<{ createInstance(options: object): PagefindInstance }>,
    fetch(dataUrl).then((response) => {
      if (!response.ok) throw new Error(`${dataUrl}: ${response.status}`);
      return response.json() as Promise<unknown>;
    }),
  ]);
  if (!isSearchData(data)) throw new Error(`${dataUrl}: not search data`);
  const options = pagefindOptions(data.languages.map((l) => l.path));
  // Searching this small index takes a few milliseconds: Pagefind's web worker (another 43 KB to
  // fetch) would not pay for itself, and without it the browser runs exactly what the Node test runs.
  const instance = pagefind.createInstance({ ...options, basePath: bundle, noWorker: true });
  await instance.init();
  // The page's own index is the main one; every other language's is merged in.
  for (const other of data.languages.filter((l) => l.path !== config.lang)) {
    await instance.mergeIndex(mergePath(bundle), { ...options, language: pagefindLanguage(other.code) });
  }
  return { lang: config.lang, base, data, pagefind: instance, glossaryTitle: config.glossaryTitle };
}

/** The search, loading it the first time. */
export function loadSearch(config: ClientConfig): Promise<SearchContext> {
  if (!loading) {
    loading = load(config);
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/**
 * Runs queries so that only the newest one's outcome is delivered: a reader typing fast starts
 * many searches, and an older, slower one must not overwrite the results of what is in the box.
 */
export function latestOnly(run: (query: string) => Promise<SearchOutcome>): (query: string) => Promise<SearchOutcome | undefined> {
  let latest = 0;
  return async (query) => {
    const mine = ++latest;
    const outcome = await run(query);
    return mine === latest ? outcome : undefined;
  };
}

export { searchSite };
