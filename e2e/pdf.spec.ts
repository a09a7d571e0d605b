/**
 * The handout PDFs the build wrote, read with poppler-utils (pdfinfo, pdffonts, pdftotext,
 * pdftoppm) as a teacher's computer would: pages, fonts, text, the QR code, the contents.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtOrigin, chapterSlugs } from './helpers';
import { chapterFacts, grayPages, ink, pdfFonts, pdfInfo, pdfText, readManifest, readQr, squash } from './pdf-tools';

const langs = ['zh', 'en', 'zh-tw'] as const;
type Lang = (typeof langs)[number];
/** What each language's handouts print: the title shown beside theirs, headings, the CJK font. */
const printed: Record<Lang, { twin: Lang; answers: RegExp; after: RegExp; chapter: (n: number) => string; cover: string; font: RegExp }> = {
  zh: { twin: 'en', answers: /自测答案/, after: /本章术语|延伸阅读/, chapter: (n) => `第 ${n} 章`, cover: '深入理解', font: /NotoSans(CJK)?SC/ },
  en: { twin: 'zh', answers: /Answers/, after: /Terms in this chapter|Further reading/, chapter: (n) => `Chapter ${n}`, cover: 'Deep Dive', font: /NotoSans(CJK)?SC/ },
  // Traditional Chinese prints with Taiwan's glyph shapes: Noto Sans TC.
  'zh-tw': { twin: 'en', answers: /自測答案/, after: /本章術語|延伸閱讀/, chapter: (n) => `第 ${n} 章`, cover: '深入理解', font: /NotoSans(CJK)?TC/ },
};
const slugs = chapterSlugs();
const manifest = readManifest();
const pdfPath = (file: string) => `dist/${file}`;
/** What a handout prints as its address: host and path on a known origin, else the path alone. */
const origin = builtOrigin();
const printedSite = origin ? new URL(origin).host : '';

function chapterPdf(lang: Lang, slug: string): string {
  const { number } = chapterFacts(lang, slug);
  return `${lang}/handouts/${String(number).padStart(2, '0')}-${slug}-${lang}.pdf`;
}

test('the build wrote one PDF per chapter and language and one booklet per language', () => {
  const expected = langs.flatMap((lang) => [...slugs.map((slug) => chapterPdf(lang, slug)), `${lang}/handouts/booklet-${lang}.pdf`]);
  expect(manifest.files.map((f) => f.file).sort()).toEqual(expected.sort());
  for (const f of manifest.files) {
    expect(fs.statSync(pdfPath(f.file)).size, f.file).toBe(f.bytes);
    expect(pdfInfo(pdfPath(f.file)).pages, f.file).toBe(f.pages);
  }
});

for (const lang of langs) {
  for (const slug of slugs) {
    test(`${lang} handout of ${slug}: pages, fonts, titles, QR code`, () => {
      const file = pdfPath(chapterPdf(lang, slug));
      const facts = chapterFacts(lang, slug);
      const twin = chapterFacts(printed[lang].twin, slug);
      const info = pdfInfo(file);
      expect(info.size).toBe('A4');
      expect(info.pages).toBeGreaterThanOrEqual(2);
      // The English handouts carry both Chinese editions' titles and term names: a page or two more.
      expect(info.pages).toBeLessThanOrEqual(14);
      expect(fs.statSync(file).size).toBeLessThan(1024 * 1024);

      // Both titles are real text on the first page (not drawn shapes): searchable, copyable.
      const first = squash(pdfText(file, 1));
      expect(first).toContain(squash(facts.title));
      expect(first).toContain(squash(twin.title));

      // Page 2 carries the running heads (chapter title top right, page n / N bottom right) and
      // the chapter's address (from the page's margins.css): its path, after the host when the
      // build knew its origin.
      if (info.pages >= 2) {
        const second = squash(pdfText(file, 2));
        expect(second).toContain(squash(facts.title));
        expect(second).toContain(`2/${info.pages}`);
        expect(second).toContain(`${printedSite}/${lang}/${slug}`);
      }

      // Every font is embedded with a Unicode map (text can be searched and copied). Chinese and
      // Latin come from a subset of the TrueType Noto Sans SC, Korean (one example) from Noto Sans
      // KR, both from npm: no glyph falls back to Type 3 outlines of a system font.
      const fonts = pdfFonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, unicode: true });
      expect(fonts.some((f) => printed[lang].font.test(f.name) && f.subset && f.type === 'CID TrueType')).toBe(true);
      expect(fonts.filter((f) => f.type === 'Type 3').map((f) => f.name)).toEqual([]);
      if (/\p{Script=Hangul}/u.test(pdfText(file))) expect(fonts.some((f) => /NotoSansKR/.test(f.name) && f.subset)).toBe(true);

      // The QR code on page 1 opens the video at the second the chapter starts.
      const qr = readQr(file, 1);
      expect(qr).toBe(`https://www.youtube.com/watch?v=7xTGNNLPyMI&t=${facts.start}`);

      // The answer key starts a page near the end and nothing of the chapter follows it (with graded
      // questions it can run over two pages, with the video's use note after it); no page is blank
      // between the running heads.
      const texts = Array.from({ length: info.pages }, (_, i) => pdfText(file, i + 1));
      const keyPage = texts.findLastIndex((text) => printed[lang].answers.test(text));
      expect(keyPage).toBeGreaterThan(0);
      expect(keyPage).toBeGreaterThanOrEqual(info.pages - 3);
      for (const text of texts.slice(keyPage + 1)) expect(text).not.toMatch(printed[lang].after);
      for (const [i, page] of grayPages(file, 20).entries()) expect(ink(page, 0.1, 0.9), `page ${i + 1}`).toBeGreaterThan(0.0005);
    });
  }

  test(`the ${lang} booklet: cover, contents with the right page numbers, every chapter, answers`, () => {
    const file = pdfPath(`${lang}/handouts/booklet-${lang}.pdf`);
    const info = pdfInfo(file);
    const chapterPages = manifest.files.filter((f) => f.file.startsWith(`${lang}/handouts/`) && !f.file.includes('booklet')).reduce((n, f) => n + f.pages, 0);
    expect(info.pages).toBeGreaterThan(slugs.length);
    expect(info.pages).toBeLessThanOrEqual(chapterPages + 4);
    expect(fs.statSync(file).size).toBeLessThan(8 * 1024 * 1024);

    // The contents (page 2 on) give every chapter with the page it starts on; that page shows it.
    const contents = pdfText(file, 2, true) + pdfText(file, 3, true);
    const lines = contents.split('\n').map((l) => l.trim());
    for (const slug of slugs) {
      const { number, title } = chapterFacts(lang, slug);
      const label = printed[lang].chapter(number);
      const line = lines.find((l) => squash(l).startsWith(squash(`${label} ${title}`).slice(0, 12)));
      expect(line, `${slug} in the contents`).toBeDefined();
      const page = Number(/(\d+)$/.exec(line!)?.[1]);
      expect(page, `${slug}'s page number`).toBeGreaterThan(2);
      expect(squash(pdfText(file, page)), `${slug} starts on page ${page}`).toContain(squash(title));
    }
    expect(squash(contents)).toMatch(printed[lang].answers);

    // Chinese is embedded in every booklet (the Chinese ones throughout, the en one in the other titles).
    expect(pdfFonts(file).some((f) => printed[lang].font.test(f.name) && f.embedded && f.subset)).toBe(true);
    expect(pdfText(file, 1)).toContain(printed[lang].cover);
    expect(readQr(file, 1)).toBe('https://www.youtube.com/watch?v=7xTGNNLPyMI&t=0');
    for (const [i, page] of grayPages(file, 12).entries()) expect(ink(page, 0.1, 0.9), `page ${i + 1}`).toBeGreaterThan(0.0005);
  });
}
