import { describe, expect, it } from 'vitest';
import {
  bestSubResult,
  chapterNumberIn,
  excerptHolds,
  isLeftoverMatch,
  matchTerms,
  mergePath,
  parseSitePath,
  rankPages,
  searchSite,
  type PagefindData,
  type PagefindLike,
  type SearchContext,
  type SearchData,
  type SearchTerm,
} from './engine';
import { nameKey } from './query';

/** A page of the fake index: its path, the score each query gets, the phrases it holds, its data. */
interface FakePage {
  id: string;
  path: string;
  scores: Record<string, number>;
  phrases?: string[];
  data?: Partial<PagefindData>;
}

function fakePagefind(pages: FakePage[]): PagefindLike & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async search(term: string) {
      asked.push(term);
      term = term.toLowerCase(); // as Pagefind does
      const phrase = /^"(.*)"$/.exec(term)?.[1];
      // One Han character is found wherever a page has it in a scored word or a phrase, as Pagefind
      // finds a character anywhere in its index.
      const hasChar = (p: FakePage) => /^\p{Script=Han}$/u.test(term) && [...Object.keys(p.scores), ...(p.phrases ?? [])].some((w) => w.includes(term));
      const found = pages
        .map((p) => ({ p, score: phrase !== undefined ? (p.phrases?.includes(phrase) ? 1 : 0) : (p.scores[term] ?? (hasChar(p) ? 0.1 : 0)) }))
        .filter(({ p, score }) => (phrase !== undefined ? score > 0 : term in p.scores || hasChar(p)))
        .sort((a, b) => b.score - a.score);
      return {
        results: found.map(({ p, score }) => ({
          id: p.id,
          score: phrase !== undefined ? 1 : score,
          words: [],
          data: async () => ({ url: `/${p.path}`, excerpt: `${phrase ?? term} in ${p.path}`, meta: {}, sub_results: [], ...p.data }) as PagefindData,
        })),
      };
    },
  };
}

const sections = JSON.stringify([
  { id: 'bpe', t: 610, zh: '字节对编码', en: 'Byte pair encoding' },
  { id: 'key-points-title', zh: '要点', en: 'Key points' },
]);

function chapterData(lang: 'zh' | 'en', anchor?: string): Partial<PagefindData> {
  return {
    meta: {
      title: lang === 'zh' ? '分词' : 'Tokenization',
      title_zh: '分词：把文字变成词元',
      title_en: 'Tokenization: turning text into tokens',
      part: '1',
      part_zh: '预训练：从互联网文本到基座模型',
      part_en: 'Pretraining: from internet text to a base model',
      number: '3',
      start: '467',
      sections,
    },
    sub_results: [
      { title: 'page', url: '/x/', excerpt: 'top', weighted_locations: [{ weight: 1, balanced_score: 1, location: 0 }] },
      ...(anchor
        ? [{ title: anchor, url: `/x/#${anchor}`, excerpt: `<mark>BPE</mark> at ${anchor}`, anchor: { element: 'h2', id: anchor }, weighted_locations: [{ weight: 6, balanced_score: 50, location: 9 }] }]
        : []),
    ],
  };
}

const term: SearchTerm = {
  id: 'byte-pair-encoding',
  name: '字节对编码',
  others: [{ code: 'en', name: 'byte pair encoding' }],
  abbr: 'BPE',
  definition: '…',
  chapter: 3,
  slug: 'tokenization',
  chapterTitle: '分词',
  section: 'bpe',
  t: 610,
  keys: ['字节对编码', 'bytepairencoding', 'bpe'].map(nameKey),
};

function data(lang: 'zh' | 'en', pages: Record<string, string>): SearchData {
  return {
    lang,
    languages: [
      { path: 'zh', code: 'zh-CN', han: true, name: lang === 'zh' ? '中文' : 'Chinese' },
      { path: 'en', code: 'en', han: false, name: lang === 'zh' ? '英文' : 'English' },
    ],
    pages,
    chapters: { tokenization: 3, 'gpt-2': 7, 'post-training': 9 },
    parts: [
      { n: 1, keys: ['pretraining', '预训练'], chapters: ['tokenization', 'gpt-2'] },
      { n: 2, keys: ['posttraining', '后训练'], chapters: ['post-training'] },
    ],
    terms: [term],
  };
}

const pageMap = {
  zh_tok: 'zh/tokenization/',
  en_tok: 'en/tokenization/',
  zh_gpt: 'zh/gpt-2/',
  zh_post: 'zh/post-training/',
  en_post: 'en/post-training/',
  zh_glo: 'zh/glossary/',
  en_glo: 'en/glossary/',
};

function context(lang: 'zh' | 'en', pagefind: PagefindLike, base = '/'): SearchContext {
  return { lang, base, data: data(lang, pageMap), pagefind, glossaryTitle: lang === 'zh' ? '术语表' : 'Glossary' };
}

describe('matching names and paths', () => {
  it('finds a term by any of its names, however typed', () => {
    for (const q of ['BPE', 'bpe', ' Byte-Pair Encoding ', '字节对编码']) expect(matchTerms(q, [term]).map((t) => t.id)).toEqual([term.id]);
    expect(matchTerms('字节', [term])).toEqual([]);
    expect(matchTerms('', [term])).toEqual([]);
  });
  it('reads site paths', () => {
    expect(parseSitePath('zh/tokenization/')).toEqual({ lang: 'zh', kind: 'chapter', slug: 'tokenization' });
    expect(parseSitePath('en/glossary/')).toEqual({ lang: 'en', kind: 'glossary', slug: 'glossary' });
    expect(parseSitePath('fr/x/')).toEqual({ lang: 'fr', kind: 'chapter', slug: 'x' });
    expect(parseSitePath('zh/Not A Slug/')).toBeUndefined();
    expect(parseSitePath('zh/a/b/')).toBeUndefined();
  });
  it('merges the same bundle under a path Pagefind does not skip', () => {
    expect(mergePath('https://x.org/llm/pagefind/')).toBe('https://x.org/llm/pagefind/./');
    expect(mergePath('https://x.org/pagefind')).toBe('https://x.org/pagefind/./');
  });
});

describe('ranking', () => {
  it('counts a hit in either language for the chapter in the UI language', async () => {
    const pf = fakePagefind([
      { id: 'zh_tok', path: 'zh/tokenization/', scores: { bpe: 2 } },
      { id: 'en_post', path: 'en/post-training/', scores: { bpe: 5 } },
      { id: 'en_tok', path: 'en/tokenization/', scores: { bpe: 4 } },
    ]);
    const ranked = await rankPages('bpe', context('zh', pf));
    // tokenization: 1 (own, best) + 0.8 * 4/5 (other); post-training: 0.8 * 1.
    expect(ranked.map((c) => c.key)).toEqual(['chapter:tokenization', 'chapter:post-training']);
    expect(ranked[0]!.results.zh?.id).toBe('zh_tok');
    expect(ranked[0]!.results.en?.id).toBe('en_tok');
  });

  it('drops matches Pagefind scores 0 (metadata only) and pages it does not know', async () => {
    const pf = fakePagefind([
      { id: 'zh_tok', path: 'zh/tokenization/', scores: { x: 0 } },
      { id: 'unknown', path: 'zh/elsewhere/', scores: { x: 3 } },
    ]);
    expect(await rankPages('x', context('zh', pf))).toEqual([]);
  });

  it('holds a Chinese query to its phrase, and finds nothing for a short one that never occurs', async () => {
    const pages: FakePage[] = [
      { id: 'zh_gpt', path: 'zh/gpt-2/', scores: { 后训练: 9, 词元: 9 }, phrases: [] },
      { id: 'zh_post', path: 'zh/post-training/', scores: { 后训练: 1 }, phrases: ['后训练'] },
    ];
    const pf = fakePagefind(pages);
    expect((await rankPages('后训练', context('zh', pf))).map((c) => c.key)).toEqual(['chapter:post-training']);
    expect(pf.asked).toContain('"后训练"');
    expect(await rankPages('词元', context('zh', fakePagefind(pages)))).toEqual([]);
  });

  it('keeps loose matches for a long Chinese query that never occurs as written', async () => {
    const pf = fakePagefind([{ id: 'zh_tok', path: 'zh/tokenization/', scores: { 模型为什么会编造: 1 } }]);
    expect((await rankPages('模型为什么会编造', context('en', pf))).map((c) => c.key)).toEqual(['chapter:tokenization']);
  });

  it('ranks the chapters of a part the query names first', async () => {
    const pf = fakePagefind([
      { id: 'zh_gpt', path: 'zh/gpt-2/', scores: { 后训练: 9 }, phrases: ['后训练'] },
      { id: 'zh_post', path: 'zh/post-training/', scores: { 后训练: 1 }, phrases: ['后训练'] },
    ]);
    expect((await rankPages('后训练', context('en', pf))).map((c) => c.key)).toEqual(['chapter:post-training', 'chapter:gpt-2']);
  });
});

describe('chapter numbers', () => {
  it('reads a chapter asked for by number', () => {
    expect(chapterNumberIn('第 3 章')).toBe(3);
    expect(chapterNumberIn('第3章')).toBe(3);
    expect(chapterNumberIn('Chapter 11')).toBe(11);
    expect(chapterNumberIn('ch. 7')).toBe(7);
    expect(chapterNumberIn('chapter three')).toBeUndefined();
    expect(chapterNumberIn('3')).toBeUndefined();
  });
  it('ranks that chapter first', async () => {
    const pf = fakePagefind([
      { id: 'zh_tok', path: 'zh/tokenization/', scores: { 'chapter 7': 9 } },
      { id: 'zh_gpt', path: 'zh/gpt-2/', scores: { 'chapter 7': 1 } },
    ]);
    expect((await rankPages('Chapter 7', context('zh', pf))).map((c) => c.key)).toEqual(['chapter:gpt-2', 'chapter:tokenization']);
  });
});

describe('hits', () => {
  it('shows a hit in the UI language with its section, time and part, under the base path', async () => {
    const pf = fakePagefind([{ id: 'zh_tok', path: 'zh/tokenization/', scores: { bpe: 1 }, data: chapterData('zh', 'bpe') }]);
    const out = await searchSite('BPE', context('en', pf, '/llm-notes/'));
    expect(out.terms.map((t) => t.id)).toEqual(['byte-pair-encoding']);
    const hit = out.hits[0]!;
    expect(hit.url).toBe('/llm-notes/en/tokenization/#bpe');
    expect(hit.title).toBe('Tokenization: turning text into tokens');
    expect(hit.section).toEqual({ id: 'bpe', title: 'Byte pair encoding' });
    expect(hit.t).toBe(610);
    expect(hit.number).toBe(3);
    expect(hit.part).toEqual({ n: 1, title: 'Pretraining: from internet text to a base model' });
    expect(hit.excerptLang).toBe('zh');
  });

  it('falls back to the chapter start for a heading without a time, and survives broken metadata', async () => {
    const broken = chapterData('en', 'key-points-title');
    const pf = fakePagefind([
      { id: 'en_tok', path: 'en/tokenization/', scores: { bpe: 2 }, data: broken },
      { id: 'en_post', path: 'en/post-training/', scores: { bpe: 1 }, data: { meta: { sections: '{not json', number: 'NaN', start: '' } } },
    ]);
    const out = await searchSite('bpe', context('en', pf));
    expect(out.hits[0]!.section?.title).toBe('Key points');
    expect(out.hits[0]!.t).toBe(467);
    expect(out.hits[1]!.number).toBeUndefined();
    expect(out.hits[1]!.t).toBeUndefined();
    expect(out.hits[1]!.title).toBe('post-training');
  });

  it('leaves the glossary page out when the term card is shown, and links glossary hits to the entry', async () => {
    const glossary = {
      meta: {},
      sub_results: [{ title: 'BPE', url: '/zh/glossary/#byte-pair-encoding', excerpt: '<mark>BPE</mark>', anchor: { element: 'h3', id: 'byte-pair-encoding' } }],
    };
    const pages: FakePage[] = [
      { id: 'zh_glo', path: 'zh/glossary/', scores: { bpe: 9, 字节: 9 }, phrases: ['字节'], data: glossary },
      { id: 'zh_tok', path: 'zh/tokenization/', scores: { bpe: 1 } },
    ];
    expect((await searchSite('BPE', context('zh', fakePagefind(pages)))).hits.map((h) => h.key)).toEqual(['chapter:tokenization']);
    const hit = (await searchSite('字节', context('zh', fakePagefind(pages)))).hits[0]!;
    expect(hit.kind).toBe('glossary');
    expect(hit.url).toBe('/zh/glossary/#byte-pair-encoding');
    expect(hit.section?.title).toBe('字节对编码');
  });

  it('drops what is left of a word Pagefind shortened to a letter', async () => {
    const pf = fakePagefind([{ id: 'en_tok', path: 'en/tokenization/', scores: { xylophone: 1 }, data: { excerpt: 'follow <mark>X</mark> now' } }]);
    expect(await searchSite('xylophone', context('en', pf))).toMatchObject({ hits: [], total: 0 });
    expect(isLeftoverMatch('tokenizerx', 'a <mark>tokenizer</mark>')).toBe(false);
    expect(isLeftoverMatch('xylophone', '<mark>X:</mark>')).toBe(true);
    expect(isLeftoverMatch('幻觉觉', '<mark>幻</mark>')).toBe(false);
    expect(isLeftoverMatch('two words', '<mark>t</mark>')).toBe(false);
  });

  it('answers empty and odd queries without asking Pagefind', async () => {
    const pf = fakePagefind([]);
    for (const q of ['', '   ', undefined, null, 12]) expect(await searchSite(q, context('zh', pf))).toEqual({ query: '', terms: [], hits: [], total: 0 });
    expect(pf.asked).toEqual([]);
  });
});

describe('choosing what to show', () => {
  it('takes the sub-result with the most weight', () => {
    const best = bestSubResult([
      { title: 'a', url: '', excerpt: '', weighted_locations: [{ weight: 1, balanced_score: 3, location: 1 }] },
      { title: 'b', url: '', excerpt: '', weighted_locations: [{ weight: 1, balanced_score: 2, location: 1 }, { weight: 1, balanced_score: 2, location: 2 }] },
      { title: 'c', url: '', excerpt: '', weighted_locations: [{ weight: 1, balanced_score: Number.NaN, location: 1 }] },
    ]);
    expect(best?.title).toBe('b');
    expect(bestSubResult(undefined)).toBeUndefined();
  });
  it('knows whether an excerpt holds the phrase', () => {
    expect(excerptHolds('<mark>后</mark><mark>训练</mark>的数据', '后训练')).toBe(true);
    expect(excerptHolds('<mark>后</mark>来<mark>训练</mark>', '后训练')).toBe(false);
    expect(excerptHolds('&lt;|im_start|&gt;', '<|im_start|>')).toBe(true);
  });
});
