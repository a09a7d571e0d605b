import { describe, expect, it } from 'vitest';
import {
  chapterPath,
  glossaryPath,
  homePath,
  localeOfPath,
  parseChapterFileName,
  searchPath,
  widgetDataPath,
  switchLocale,
  withBase,
} from './paths';

/** The languages of a two-language course, by path. */
const L = ['zh', 'en'];

describe('localized paths', () => {
  it('builds paths at the root and under a sub-path', () => {
    expect(homePath('/', 'zh')).toBe('/zh/');
    expect(chapterPath('/', 'en', 'tokenization', 'bpe')).toBe('/en/tokenization/#bpe');
    expect(chapterPath('/llm-notes/', 'zh', 'tokenization')).toBe('/llm-notes/zh/tokenization/');
    expect(chapterPath('/llm-notes', 'zh', 'tokenization')).toBe('/llm-notes/zh/tokenization/');
    expect(glossaryPath('/', 'zh', 'token')).toBe('/zh/glossary/#token');
    expect(searchPath('/', 'en', '分词 器')).toBe('/en/search/?q=%E5%88%86%E8%AF%8D%20%E5%99%A8');
    expect(widgetDataPath('/llm/', 'zh-tw')).toBe('/llm/zh-tw/widgets.json');
    expect(withBase('/x/', '/a/')).toBe('/x/a/');
  });

  it('switches language keeping the page', () => {
    expect(switchLocale('/zh/tokenization/', '/', 'en', L)).toBe('/en/tokenization/');
    expect(switchLocale('/llm-notes/en/glossary/', '/llm-notes/', 'zh', L)).toBe('/llm-notes/zh/glossary/');
    expect(switchLocale('/en/', '/', 'zh', L)).toBe('/zh/');
    expect(switchLocale('/', '/', 'en', L)).toBe('/en/');
    expect(switchLocale('/404.html', '/', 'zh', L)).toBe('/zh/');
  });

  it('finds the locale of a path', () => {
    expect(localeOfPath('/zh/tokenization/', '/', L)).toBe('zh');
    expect(localeOfPath('/llm-notes/en/', '/llm-notes/', L)).toBe('en');
    expect(localeOfPath('/', '/', L)).toBeUndefined();
    expect(localeOfPath('/fr/x/', '/', L)).toBeUndefined();
  });
});

describe('parseChapterFileName', () => {
  it('reads the number and slug', () => {
    expect(parseChapterFileName('03-tokenization.mdx')).toEqual({ number: 3, slug: 'tokenization' });
    expect(parseChapterFileName('24-grand-summary.mdx')).toEqual({ number: 24, slug: 'grand-summary' });
  });
  it('rejects other names', () => {
    for (const bad of ['3-tokenization.mdx', '03_tokenization.mdx', '03-Tokenization.mdx', '03-.mdx', '03-a.md']) {
      expect(parseChapterFileName(bad), bad).toBeUndefined();
    }
  });
});
