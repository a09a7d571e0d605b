import { describe, expect, it } from 'vitest';
import {
  LARGE_CHUNK,
  OFFLINE_PAGE,
  fileUrl,
  formatSize,
  isOfflineList,
  languageOfUrl,
  offlineList,
  offlinePlan,
  planVersion,
  readWorker,
  savedState,
  writeWorker,
  type BuiltFile,
} from './offline';

const file = (path: string, size = 100, revision = `r-${path}`): BuiltFile => ({ path, size, revision });

// A small built site of three languages: pages, search data and index, shell, and what is not kept ahead.
const site: BuiltFile[] = [
  file('index.html'),
  file('404.html'),
  file('offline/index.html'),
  file('favicon.svg'),
  file('icons/icon-192.png'),
  file('_astro/global.abc.css', 2000),
  file('_astro/site.def.js', 1000),
  file(`_astro/o200k_base-xyz.js`, LARGE_CHUNK + 1),
  file('_headers'),
  file('robots.txt'),
  file('sitemap-0.xml'),
  file('handouts.json'),
  file('pagefind/pagefind.js', 300),
  file('pagefind/pagefind-ui.js', 5000),
  file('pagefind/index/en_1.pf_index', 400),
  file('pagefind/fragment/fr_2.pf_fragment', 50),
  file('search/en.json', 70),
  file('search/fr.json', 80),
  file('en/index.html', 10),
  file('en/intro/index.html', 20),
  file('en/manifest.webmanifest', 5),
  file('en/handouts/index.html', 7),
  file('en/handouts/intro/index.html', 9000),
  file('en/handouts/01-intro-en.pdf', 90000),
  file('en/flashcards/glossary-en.apkg', 900),
  file('fr/index.html', 11),
  file('fr/intro/index.html', 21),
  file('zh-tw/index.html', 12),
];

describe('offlinePlan', () => {
  const plan = offlinePlan(site, ['en', 'fr', 'zh-tw'], '/notes/', 'v1');

  it('keeps the shell: styles, small scripts, icons, the landing, 404 and offline pages', () => {
    expect(plan.shell.map((e) => e.url).sort()).toEqual(['./', '404.html', '_astro/global.abc.css', '_astro/site.def.js', 'favicon.svg', 'icons/icon-192.png', OFFLINE_PAGE]);
  });

  it('gives each language its pages, its search data and the whole search index, with sizes and revisions', () => {
    const en = plan.languages.find((l) => l.path === 'en')!;
    expect(en.files.map((e) => e.url)).toEqual([
      'en/handouts/',
      'en/',
      'en/intro/',
      'en/manifest.webmanifest',
      'search/en.json',
      'pagefind/fragment/fr_2.pf_fragment',
      'pagefind/index/en_1.pf_index',
      'pagefind/pagefind.js',
    ]);
    expect(en.bytes).toBe(7 + 10 + 20 + 5 + 70 + 50 + 400 + 300);
    expect(en.files.find((e) => e.url === 'en/intro/')).toEqual({ url: 'en/intro/', revision: 'r-en/intro/index.html', size: 20 });
    // A language path that is a prefix of another ("zh" and "zh-tw") or a language without search data.
    expect(plan.languages.find((l) => l.path === 'zh-tw')!.files.map((e) => e.url)).toEqual([
      'zh-tw/',
      'pagefind/fragment/fr_2.pf_fragment',
      'pagefind/index/en_1.pf_index',
      'pagefind/pagefind.js',
    ]);
  });

  it('leaves out what is fetched on first use or is no page: encodings, PDFs, print pages, decks, Pagefind UIs, host files', () => {
    const all = [...plan.shell, ...plan.languages.flatMap((l) => l.files)].map((e) => e.url);
    for (const url of ['_astro/o200k_base-xyz.js', 'en/handouts/01-intro-en.pdf', 'en/handouts/intro/', 'en/flashcards/glossary-en.apkg', 'pagefind/pagefind-ui.js', '_headers', 'robots.txt', 'sitemap-0.xml', 'handouts.json']) {
      expect(all).not.toContain(url);
    }
  });

  it('names the cache after the base and the version, so sites on one origin and versions never collide', () => {
    expect(plan.cache).toBe('course-offline:/notes/:v1');
    expect(plan.prefix).toBe('course-offline:/notes/:');
    expect(offlinePlan(site, ['en'], '/', 'v1').cache.startsWith(plan.prefix)).toBe(false);
  });

  it('lists a language for the save control', () => {
    const en = plan.languages[0]!;
    expect(offlineList(plan, en)).toEqual({ version: 'v1', cache: plan.cache, bytes: en.bytes, files: en.files.map((f) => f.url) });
  });
});

describe('planVersion', () => {
  const hash = (text: string) => [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(16).padStart(12, '0');
  it('changes with any file’s content, not with the order files are listed in', () => {
    const a = planVersion(site, hash);
    expect(planVersion([...site].reverse(), hash)).toBe(a);
    expect(planVersion(site.map((f) => (f.path === 'en/intro/index.html' ? { ...f, revision: 'changed' } : f)), hash)).not.toBe(a);
    expect(a).toHaveLength(12);
  });
});

describe('fileUrl', () => {
  it('gives directory pages their address, as hosts serve them', () => {
    expect(fileUrl('index.html')).toBe('./');
    expect(fileUrl('en/intro/index.html')).toBe('en/intro/');
    expect(fileUrl('_astro/x.js')).toBe('_astro/x.js');
  });
});

describe('languageOfUrl', () => {
  it('finds the language of a page under the scope, and nothing elsewhere', () => {
    const scope = 'https://x.test/notes/';
    expect(languageOfUrl('https://x.test/notes/fr/intro/?q=1', scope, ['en', 'fr'])).toBe('fr');
    expect(languageOfUrl('https://x.test/notes/en', scope, ['en', 'fr'])).toBe('en');
    expect(languageOfUrl('https://x.test/notes/', scope, ['en', 'fr'])).toBeUndefined();
    expect(languageOfUrl('https://x.test/notes/english/', scope, ['en'])).toBeUndefined();
    expect(languageOfUrl('https://x.test/other/en/', scope, ['en'])).toBeUndefined();
  });
});

describe('savedState', () => {
  const list = { version: 'v', cache: 'c', bytes: 3, files: ['a', 'b', 'c'] };
  it('is saved only when every file is in the cache', async () => {
    expect(await savedState(list, async () => true)).toEqual({ saved: true, files: 3, present: 3 });
    expect(await savedState(list, async (url) => url !== 'b')).toEqual({ saved: false, files: 3, present: 2 });
  });
  it('treats garbage and an empty list as not saved, without throwing', async () => {
    for (const bad of [null, undefined, 42, 'x', {}, { ...list, files: [1, 2] }, { ...list, bytes: Number.NaN }, { ...list, files: [] }]) {
      expect((await savedState(bad, async () => true)).saved).toBe(false);
    }
    expect(isOfflineList(list)).toBe(true);
  });
});

describe('formatSize', () => {
  it('writes megabytes and kilobytes in the page’s language, and never NaN', () => {
    expect(formatSize(4_296_482, 'en')).toBe('4.3 MB');
    expect(formatSize(12_345, 'en')).toBe('12.3 kB');
    expect(formatSize(Number.NaN, 'en')).toBe('0 kB');
    expect(formatSize(-5, 'en')).toBe('0 kB');
    expect(formatSize(4_296_482, 'zh-CN')).toMatch(/^4\.3\s?MB$/);
    expect(formatSize(1e6, 'not a locale!')).toMatch(/^1(\.0)? MB$/);
  });
});

describe('readWorker / writeWorker', () => {
  it('round-trips the plan of sw.js’s first line and refuses a file without it', () => {
    const plan = offlinePlan(site, ['en'], '/', 'v2');
    const source = writeWorker(plan, '(function(){})();');
    expect(readWorker(source)).toEqual({ plan, code: '(function(){})();' });
    expect(() => readWorker('(function(){})();\n')).toThrow(/__OFFLINE_PLAN__/);
  });
});
