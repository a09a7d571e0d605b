/**
 * Search quality measured in Node, no browser: the built index (dist/pagefind/) queried through
 * pagefind.js itself and the same engine the pages use (src/lib/search/engine.ts). The browser
 * runs the same cases in search.spec.ts; this one prints the details of every miss.
 */
import { expect, test } from '@playwright/test';
import { searchSite, type SearchContext } from '../src/lib/search/engine';
import { nameKey } from '../src/lib/search/query';
import { nodeSearch } from './pagefind-node';
import { partChapters, partsInOrder, termQueries, uis } from './search-cases';

test.describe.configure({ mode: 'serial' });

let contexts: Record<(typeof uis)[number], SearchContext>;
test.beforeAll(async () => {
  contexts = (await nodeSearch('dist')) as typeof contexts;
});

test('hit rate: every term name and alias, both UIs, introducing chapter in the top three', async () => {
  const cases = termQueries();
  const misses: string[] = [];
  const perUi: string[] = [];
  for (const ui of uis) {
    let hits = 0;
    for (const c of cases) {
      const out = await searchSite(c.query, contexts[ui], 3);
      const keys = out.hits.map((h) => h.key);
      if (keys.includes(`chapter:${c.slug}`)) hits++;
      else misses.push(`${ui} "${c.query}" (${c.id}) → ${keys.join(', ') || 'nothing'}; expected ${c.slug}`);
    }
    perUi.push(`${ui} UI ${hits}/${cases.length}`);
  }
  const total = cases.length * uis.length;
  const rate = (100 * (total - misses.length)) / total;
  console.log(`search hit rate (Node): ${rate.toFixed(1)}% (${total - misses.length}/${total}; ${perUi.join(', ')})`);
  if (misses.length) console.log(misses.join('\n'));
  // Aim: 100%. A few generic English words ("training") also name other chapters' titles.
  expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(99);
});

/** Queries with the hit they must rank first (chapter slug, or "glossary"). */
const firsts: [(typeof uis)[number], string, string][] = [
  ['zh', '分词', 'tokenization'],
  ['en', '分词', 'tokenization'],
  ['zh', '幻觉', 'hallucinations'],
  ['en', 'hallucination', 'hallucinations'],
  ['en', '幻觉', 'hallucinations'],
  ['zh', 'hallucination', 'hallucinations'],
  ['zh', '模型为什么会编造', 'hallucinations'],
  ['zh', 'BPE', 'tokenization'],
  ['en', 'RLHF', 'rlhf'],
  ['zh', '基于人类反馈的强化学习', 'rlhf'],
  ['en', 'DeepSeek', 'deepseek-r1'],
  ['zh', '思维链', 'models-need-tokens-to-think'],
  // Traditional Chinese: in its own UI, and reached from the others.
  ['zh-tw', '分詞', 'tokenization'],
  ['zh-tw', '幻覺', 'hallucinations'],
  ['zh-tw', '模型為什麼會編造', 'hallucinations'],
  ['zh-tw', '思維鏈', 'models-need-tokens-to-think'],
  ['zh-tw', 'hallucination', 'hallucinations'],
  ['en', '幻覺', 'hallucinations'],
  ['zh', '強化學習', 'reinforcement-learning'],
];

for (const [ui, query, slug] of firsts) {
  test(`${ui} UI: "${query}" ranks ${slug} first`, async () => {
    const out = await searchSite(query, contexts[ui], 5);
    expect(out.hits[0]?.key, out.hits.map((h) => h.key).join(' ')).toBe(slug === 'glossary' ? 'glossary' : `chapter:${slug}`);
    // Links stay in the UI's language.
    for (const hit of out.hits) expect(hit.url.startsWith(`/${ui}/`), hit.url).toBe(true);
  });
}

test('en UI: a loose Chinese question "模型为什么会编造" finds hallucinations in the top three', async () => {
  const out = await searchSite('模型为什么会编造', contexts.en, 3);
  expect(out.hits.map((h) => h.key)).toContain('chapter:hallucinations');
});

test('a part name ranks its chapters above the other part\'s, in both languages and both UIs', async () => {
  const post = partChapters('post-training');
  const pre = partChapters('pretraining');
  for (const ui of uis) {
    for (const [query, first, then] of [
      ['后训练', post, pre],
      ['预训练', pre, post],
      ['post-training', post, pre],
      ['pretraining', pre, post],
    ] as const) {
      const keys = (await searchSite(query, contexts[ui], 40)).hits.map((h) => h.key);
      expect(partsInOrder(keys, first, then), `${ui} ${query}: ${keys.join(' ')}`).toBe(true);
    }
  }
});

test('short Chinese queries do not spread to single characters', async () => {
  for (const ui of uis) {
    for (const query of ['分词', '温度', '词元', '后训练', '预训练', '奖励']) {
      const out = await searchSite(query, contexts[ui], 40);
      for (const hit of out.hits) {
        // The query is in the marked words, or it is the name of the hit's part (a metadata match).
        const marked = [...hit.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]).join('');
        const partNamed = contexts[ui].data.parts.find((p) => p.keys.includes(nameKey(query)))?.n;
        if (partNamed !== undefined && hit.part?.n === partNamed && !marked) continue;
        expect(marked, `${ui} ${query}: ${hit.key} marks "${marked}"`).toContain(query);
      }
    }
    // 温度 (temperature) lands on the inference chapter, not on pages that merely have 温 or 度.
    expect((await searchSite('温度', contexts[ui], 3)).hits[0]?.key).toBe('chapter:inference');
  }
});

test('section hits carry their video time and both languages\' titles', async () => {
  const zh = (await searchSite('字节对编码', contexts.zh, 3)).hits[0]!;
  const en = (await searchSite('字节对编码', contexts.en, 3)).hits[0]!;
  expect(zh.url).toBe('/zh/tokenization/#bpe');
  expect(en.url).toBe('/en/tokenization/#bpe');
  expect(zh.section?.title).toContain('字节对编码');
  expect(en.section?.title).toContain('Byte pair encoding');
  expect(zh.t).toBe(en.t);
  expect(zh.t).toBeGreaterThan(600);
  expect(zh.number).toBe(3);
  expect(en.part?.title).toMatch(/^Pretraining/);
});
