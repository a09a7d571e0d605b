/**
 * The service worker (bundled by integrations/offline.ts into dist/sw.js, whose first line sets
 * __OFFLINE_PLAN__ to this build's plan). One versioned cache per build holds everything a reader has of it:
 *
 * - install: the shell, plus the languages to keep: on the first install the languages of the
 *   pages open now (the reader's; none under Save-Data), on an update the languages the previous
 *   version had saved.
 *   Files whose revision has not changed are copied from the old cache, the rest fetched. A
 *   failed file fails the install, so a version is whole or not there (the old one stays).
 * - an update waits until the reader clicks "reload" in the page's notice (message
 *   "skip-waiting"); activate then deletes this site's other versions. The very first install
 *   takes over at once: there is no older version to mix with.
 * - message "save" {path}: keep one more language, reporting progress to the pages.
 * - fetch: anything under the scope is answered from this version's cache first (workbox
 *   CacheFirst), else from the network and kept: visited pages, PDFs, tokenizer encodings. A
 *   page neither kept nor reachable gets the offline page of the shell (/offline/), not the
 *   browser's own error.
 */
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { OFFLINE_PAGE, REVISION_HEADER, languageOfUrl, offlineListPath, savedState, type OfflineEntry, type OfflinePlan } from '../lib/offline';

declare const __OFFLINE_PLAN__: OfflinePlan;
const plan = __OFFLINE_PLAN__;

// The project's types are the DOM's; this is the little of a worker's global scope used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerClient {
  url: string;
  postMessage(message: unknown): void;
}
interface WorkerScope {
  registration: { scope: string; active: unknown };
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<WorkerClient[]>; claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableEvent & { data: unknown }) => void): void;
}
const worker = self as unknown as WorkerScope;
const scope = worker.registration.scope;
const languages = plan.languages.map((l) => l.path);
const absolute = (url: string) => new URL(url, scope).href;

/** Messages to every page of the site (the home page's save control listens), in the order sent. */
let told = Promise.resolve();
function tell(message: Record<string, unknown>): Promise<void> {
  told = told
    .then(() => worker.clients.matchAll({ type: 'window', includeUncontrolled: true }))
    .then((pages) => pages.forEach((page) => page.postMessage({ source: 'course-offline', ...message })))
    .catch(() => {});
  return told;
}

async function otherVersions(): Promise<Cache[]> {
  const names = (await caches.keys()).filter((name) => name.startsWith(plan.prefix) && name !== plan.cache);
  return Promise.all(names.map((name) => caches.open(name)));
}

/** One file into this version's cache: already there, unchanged in an older version, or fetched. */
async function keep(cache: Cache, entry: OfflineEntry, older: Cache[]): Promise<void> {
  const url = absolute(entry.url);
  if (await cache.match(url)) return;
  for (const old of older) {
    const found = await old.match(url);
    if (found?.headers.get(REVISION_HEADER) === entry.revision) return cache.put(url, found);
  }
  // no-cache: revalidate, so an HTTP cache never hands an older revision to the new version.
  const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${entry.url}: HTTP ${response.status}`);
  const headers = new Headers(response.headers);
  headers.set(REVISION_HEADER, entry.revision);
  // A new Response: a redirected one may not answer a navigation.
  await cache.put(url, new Response(await response.blob(), { status: 200, statusText: response.statusText, headers }));
}

/** Keeps `entries`, four at a time, calling `progress` with the bytes done so far. */
async function keepAll(entries: readonly OfflineEntry[], progress: (bytes: number) => void): Promise<void> {
  const cache = await caches.open(plan.cache);
  const older = await otherVersions();
  const queue = [...entries];
  let bytes = 0;
  // After a failure no runner starts another file or reports progress: the pages hear "done" last.
  let failed = false;
  const run = async (): Promise<void> => {
    for (let entry = queue.shift(); entry && !failed; entry = queue.shift()) {
      try {
        await keep(cache, entry, older);
      } catch (error) {
        failed = true;
        throw error;
      }
      bytes += entry.size;
      if (!failed) progress(bytes);
    }
  };
  await Promise.all([run(), run(), run(), run()]);
}

/** Saves one language, telling the pages how far it got and how it ended. */
async function save(path: string): Promise<void> {
  const language = plan.languages.find((l) => l.path === path);
  if (!language) return;
  let last = 0;
  try {
    await keepAll(language.files, (bytes) => {
      // About a hundred progress messages per language at most.
      if (bytes - last < language.bytes / 100 && bytes < language.bytes) return;
      last = bytes;
      void tell({ type: 'progress', path, bytes, total: language.bytes });
    });
    await tell({ type: 'done', path, ok: true });
  } catch (error) {
    await tell({ type: 'done', path, ok: false, error: String(error) });
    throw error;
  }
}

/** The languages an older version of this site has whole in its cache (its own list says which files). */
async function savedBefore(older: Cache[]): Promise<string[]> {
  const out = new Set<string>();
  for (const old of older) {
    for (const path of languages) {
      const list = await (await old.match(absolute(offlineListPath(path))))?.json().catch(() => undefined);
      const state = await savedState(list, async (url) => Boolean(await old.match(absolute(url))));
      if (state.saved) out.add(path);
    }
  }
  return [...out];
}

async function install(): Promise<void> {
  const first = !worker.registration.active;
  const pages = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
  // A reader who asked their browser to save data (Save-Data) chooses on the home page instead.
  const scarce = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
  const wanted = first
    ? scarce
      ? []
      : [...new Set(pages.map((p) => languageOfUrl(p.url, scope, languages)).filter((l): l is string => Boolean(l)))]
    : await savedBefore(await otherVersions());
  await keepAll(plan.shell, () => {});
  for (const path of wanted) await save(path);
  if (first) await worker.skipWaiting();
}

worker.addEventListener('install', (event) => event.waitUntil(install()));

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(plan.prefix) && name !== plan.cache) await caches.delete(name);
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('message', (event) => {
  // 'skip-waiting' (a string: the pages' registration script is kept small), or { type: 'save', path }.
  const data: unknown = event.data;
  if (data === 'skip-waiting') return void worker.skipWaiting();
  const { type, path } = (data && typeof data === 'object' ? data : {}) as { type?: unknown; path?: unknown };
  if (type === 'save' && typeof path === 'string' && languages.includes(path)) event.waitUntil(save(path).catch(() => {}));
});

// Everything under the scope but the worker itself; `ignoreSearch` so /zh/search/?q=… is the search page.
const workerUrl = new URL('sw.js', scope).href;
registerRoute(
  ({ url, request }) => request.method === 'GET' && url.href.startsWith(scope) && url.href !== workerUrl,
  new CacheFirst({ cacheName: plan.cache, matchOptions: { ignoreSearch: true } }),
);

// A page that is neither kept nor reachable: the offline page (in the shell, src/pages/offline.astro).
const offlinePage = absolute(OFFLINE_PAGE);
setCatchHandler(async ({ request }) => {
  const page = request.destination === 'document' ? await caches.match(offlinePage, { cacheName: plan.cache }) : undefined;
  return page ?? Response.error();
});
