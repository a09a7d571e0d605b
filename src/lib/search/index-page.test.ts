import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  chapterHeadings,
  chapterSections,
  introducingSection,
  parsePage,
  prepareChapterPage,
  prepareGlossaryPage,
  sectionAt,
  type ChapterFacts,
  type SectionFacts,
} from './index-page';
import { readCourse } from '../course-model';
import { buildSearchData, readPageMap, shortTitle } from './search-data';

/** A chapter page as [slug].astro, BilingualContent and rehype-sections.ts write it, cut down. */
const chapterHtml = `<!doctype html><html lang="zh-CN"><body><header>nav</header><main>
<article class="chapter" data-chapter="3" data-pagefind-body>
  <header class="chapter-header"><p class="eyebrow">第一部分 · 预训练</p><h1 data-pagefind-meta="title">分词</h1>
    <div class="chapter-meta"><a class="video-link" href="https://www.youtube.com/watch?v=x&amp;t=467" data-video-link>▶ 7:47</a></div>
    <section class="box reader-questions"><h2 id="reader-questions">这一章回答的问题</h2></section>
  </header>
  <div class="prose"><div class="reading">
    <div class="pair" data-pair="intro"><div class="half half--page" lang="zh-CN"><div class="block" data-block="intro"><p>导言</p></div></div><div class="half half--other" lang="en" data-pagefind-ignore><div class="block" data-block="intro"><p>Intro</p></div></div></div>
    <div class="pair" data-pair="sequence"><div class="half half--page" lang="zh-CN"><section class="block" data-block="sequence" aria-labelledby="sequence"><h2 id="sequence">序列</h2><p>文字 <a data-term="token" href="#">词元</a></p></section></div><div class="half half--other" lang="en" data-pagefind-ignore><section class="block" data-block="sequence" aria-labelledby="en-sequence"><h2 id="en-sequence">Sequence</h2><p>text <a data-term="token" href="#">token</a></p></section></div></div>
    <div class="pair" data-pair="bits"><div class="half half--page" lang="zh-CN"><section class="block" data-block="bits" aria-labelledby="bits"><h2 id="bits">比特</h2><p>见 <a class="timestamp" data-t="100" href="#">1:40</a>，然后 <a class="timestamp" data-t="700" href="#">11:40</a></p></section></div><div class="half half--other" lang="en" data-pagefind-ignore><section class="block" data-block="bits" aria-labelledby="en-bits"><h2 id="en-bits">Bits</h2><p>see <a class="timestamp" data-t="100" href="#">1:40</a></p></section></div></div>
    <div class="pair" data-pair="bpe"><div class="half half--page" lang="zh-CN"><section class="block" data-block="bpe" aria-labelledby="bpe"><h2 id="bpe">字节对编码</h2><p><a data-term="bpe" href="#">字节对编码</a> <a class="timestamp" data-t="741" href="#">12:21</a> <a class="timestamp" data-t="9999" href="#">later</a></p></section></div><div class="half half--other" lang="en" data-pagefind-ignore><section class="block" data-block="bpe" aria-labelledby="en-bpe"><h2 id="en-bpe">BPE</h2><p><a data-term="bpe" href="#">byte pair encoding</a></p></section></div></div>
    <div class="pair" data-pair="after"><div class="half half--page" lang="zh-CN"><section class="block" data-block="after" aria-labelledby="after"><h2 id="after">后来</h2><p><a class="timestamp" data-t="9000" href="#">outside</a></p></section></div><div class="half half--other" lang="en" data-pagefind-ignore><section class="block" data-block="after" aria-labelledby="en-after"><h2 id="en-after">After</h2></section></div></div>
  </div></div>
</article></main></body></html>`;

const chapter: ChapterFacts = {
  number: 3,
  slug: 'tokenization',
  start: 467,
  end: 867,
  part: 1,
  partTitle: { zh: '预训练：从互联网文本到基座模型', en: 'Pretraining: from internet text to a base model' },
  title: { zh: '分词：把文字变成词元', en: 'Tokenization: turning text into tokens' },
};

describe('chapter sections', () => {
  const tree = parsePage(chapterHtml);
  const sections = chapterSections(tree, chapter.start, chapter.end);

  it('times each section by its first timestamp inside the chapter, else the one before', () => {
    expect(sections.map((s) => [s.id, s.t])).toEqual([
      ['sequence', 467],
      ['bits', 700],
      ['bpe', 741],
      ['after', 741],
    ]);
    expect(sections[0]!.terms).toEqual(['token']);
    expect(sections[2]!.title).toBe('字节对编码');
  });

  it('lists every level-2 heading of the article', () => {
    expect(chapterHeadings(tree).map((h) => h.id)).toEqual(['reader-questions', 'sequence', 'bits', 'bpe', 'after']);
  });

  it('finds the section of a moment and the section that explains a term', () => {
    expect(sectionAt(sections, 720)?.id).toBe('bits');
    expect(sectionAt(sections, 0)?.id).toBe('sequence');
    expect(sectionAt(sections, 5000)?.id).toBe('bpe');
    expect(sectionAt([], 10)).toBeUndefined();
    // bpe is explained from 10:10, before its section's first timestamp: the linking section wins.
    expect(introducingSection(sections, 'bpe', 610)?.id).toBe('bpe');
    expect(introducingSection(sections, 'token', 467)?.id).toBe('sequence');
    expect(introducingSection(sections, 'unlinked', 720)?.id).toBe('bits');
  });

  it('gives Pagefind metadata in both languages and the names of the terms introduced, where they are explained', () => {
    const html = prepareChapterPage(parsePage(chapterHtml), {
      lang: 'zh',
      chapter,
      sections,
      languages: ['zh', 'en'],
      headings: { zh: chapterHeadings(tree), en: [{ id: 'bpe', title: 'Byte pair encoding' }] },
      terms: [
        { id: 'bpe', names: ['字节对编码', 'byte pair encoding', 'BPE'], chapter: 3, at: 610 },
        { id: 'elsewhere', names: ['不在本章'], chapter: 7, at: 0 },
      ],
    });
    const out = parsePage(html);
    const meta = Object.fromEntries(
      [...html.matchAll(/data-pagefind-meta="(\w+)\[data-value\]" data-value="([^"]*)"/g)].map((m) => [m[1], m[2]!.replace(/&#x22;|&quot;/g, '"')]),
    );
    expect(meta).toMatchObject({ kind: 'chapter', number: '3', part: '1', slug: 'tokenization', start: '467', title_en: 'Tokenization: turning text into tokens' });
    const sectionMeta = JSON.parse(meta['sections']!) as { id: string; t?: number; zh: string; en: string }[];
    expect(sectionMeta.find((s) => s.id === 'bpe')).toEqual({ id: 'bpe', t: 741, zh: '字节对编码', en: 'Byte pair encoding' });
    expect(sectionMeta.find((s) => s.id === 'reader-questions')).toEqual({ id: 'reader-questions', zh: '这一章回答的问题', en: '这一章回答的问题' });
    expect(html).toMatch(/<section class="block" data-block="bpe" aria-labelledby="bpe">[\s\S]*data-pagefind-weight="2">字节对编码 · byte pair encoding · BPE<\/p><\/section>/);
    expect(html).not.toContain('不在本章');
    expect(html).toMatch(/class="chapter-meta" data-pagefind-ignore/);
    expect(chapterSections(out, 467, 867).map((s) => s.id)).toEqual(['sequence', 'bits', 'bpe', 'after']);
  });

  it('refuses a page without a chapter article', () => {
    expect(() =>
      prepareChapterPage(parsePage('<html><body><p>x</p></body></html>'), { lang: 'en', languages: ['en'], chapter, sections: [], headings: {}, terms: [] }),
    ).toThrow(/no <article data-chapter>/);
  });
});

describe('glossary page', () => {
  it('puts each entry id on its heading and leaves the letter headings out', () => {
    const html = prepareGlossaryPage(
      parsePage(
        '<html lang="en"><body><div data-pagefind-body><section><h2 id="letter-T" class="letter">T</h2><ul><li class="glossary-entry" id="token"><h3>token</h3><p>…</p></li></ul></section></div></body></html>',
      ),
    );
    expect(html).toContain('<li class="glossary-entry"><h3 id="token">token</h3>');
    expect(html).toMatch(/<h2 id="letter-T" class="letter" data-pagefind-ignore(="")?>/);
    expect(html).toContain('data-pagefind-meta="kind[data-value]" data-value="glossary"');
  });
});

describe('search data helpers', () => {
  it('shortens part titles at the colon', () => {
    expect(shortTitle('预训练：从互联网文本到基座模型')).toBe('预训练');
    expect(shortTitle('Post-training: from a base model')).toBe('Post-training');
    expect(shortTitle('No colon')).toBe('No colon');
  });

  it('maps Pagefind page ids to paths from the fragments, and reports unreadable ones', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-'));
    fs.mkdirSync(path.join(dir, 'fragment'));
    const fragment = (url: string) => zlib.gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url, content: '' })}`));
    fs.writeFileSync(path.join(dir, 'fragment', 'zh-cn_abc.pf_fragment'), fragment('/zh/tokenization/'));
    fs.writeFileSync(path.join(dir, 'fragment', 'en_def.pf_fragment'), fragment('/en/glossary/'));
    fs.writeFileSync(path.join(dir, 'fragment', 'en_bad.pf_fragment'), 'garbage');
    const { pages, errors } = readPageMap(dir);
    expect(pages).toEqual({ 'zh-cn_abc': 'zh/tokenization/', en_def: 'en/glossary/' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('en_bad');
    expect(readPageMap(path.join(dir, 'missing')).errors).toHaveLength(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('search data file', () => {
  it('holds parts by name and terms by every name, in the UI language', () => {
    const { valid } = readCourse('e2e/fixtures/course');
    const sections = new Map<string, SectionFacts[]>([['en/first-steps', [{ id: 'start', title: 'Start', t: 300, terms: ['widget'] }]]]);
    const data = buildSearchData('en', valid!, { en_x: 'en/first-steps/' }, sections);
    expect(data.pages).toEqual({ en_x: 'en/first-steps/' });
    expect(data.parts[0]!.chapters).toContain('first-steps');
    expect(data.terms).toEqual([
      expect.objectContaining({ id: 'widget', name: 'widget', others: [{ code: 'zh-CN', name: '小部件' }, { code: 'zh-TW', name: '小工具' }], slug: 'first-steps', section: 'start', t: 300, keys: ['小部件', 'widget', '小工具'] }),
    ]);
    expect(buildSearchData('zh', valid!, {}, sections).terms[0]).toMatchObject({ name: '小部件', definition: '测试用的术语。' });
  });
});
