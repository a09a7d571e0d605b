/**
 * A language the build converts from another (course.yaml `from:`, e.g. zh-TW from zh) leaves no
 * character of its source script anywhere a reader meets it: page text and labels, the data the
 * widgets show, the search indexes and the PDFs. Every hit names its file and the text around it.
 * Text marked as another language on purpose (lang="zh-CN" on a term's Simplified name) is left
 * out. Nothing runs for a course without derived languages.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { readCourse } from '../src/lib/course-model';
import { courseDir } from '../src/lib/course-dir';
import { simplifiedOnlyCharacters } from '../src/lib/chinese-conversion';
import { dist } from './dist-files';

const model = readCourse(courseDir()).model!;
const derived = model.languages.filter((l) => l.from);
const simplified = simplifiedOnlyCharacters();
/** Attributes a reader sees or hears. */
const SHOWN_ATTRIBUTES = ['alt', 'title', 'ariaLabel', 'placeholder', 'ariaDescription'];

/** Each run of text holding a Simplified-only character, with a few characters around it. */
function hitsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\S{0,6}[\u3400-\u9fff]\S{0,6}/gu)) {
    if ([...m[0]].some((c) => simplified.has(c))) out.push(m[0]);
  }
  return out;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The text of a page a reader meets in `code`: elements in another language are skipped. */
function pageTexts(html: string, code: string): string[] {
  const out: string[] = [];
  const visit = (node: Root | RootContent, lang: string) => {
    if (node.type === 'text') return void out.push(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    const el = node as Element;
    const own = node.type === 'element' ? el.properties['lang'] : undefined;
    const here = typeof own === 'string' ? own : lang;
    if (here.toLowerCase() !== code.toLowerCase()) return;
    if (node.type === 'element') {
      if (el.tagName === 'script') {
        // Data the widgets show (their strings, presets): JSON blocks only; code is not text.
        const type = String(el.properties['type'] ?? '');
        const body = el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        if (type.includes('json') && body.trim()) out.push(...strings(JSON.parse(body)));
        return;
      }
      if (el.tagName === 'style') return;
      for (const name of SHOWN_ATTRIBUTES) if (typeof el.properties[name] === 'string') out.push(el.properties[name]);
      if (el.tagName === 'meta' && typeof el.properties['content'] === 'string') out.push(el.properties['content']);
    }
    for (const child of node.type === 'element' && el.tagName === 'template' && el.content ? el.content.children : (node as Element | Root).children) visit(child, here);
  };
  const tree = fromHtml(html);
  const htmlEl = tree.children.find((c): c is Element => c.type === 'element' && c.tagName === 'html');
  visit(tree, String(htmlEl?.properties['lang'] ?? ''));
  return out;
}

function filesUnder(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f)).sort();
}

for (const language of derived) {
  test.describe(`${language.code}, made from ${language.from}`, () => {
    test.setTimeout(180_000);

    test('its pages hold no Simplified-only character', () => {
      const pages = filesUnder(path.join(dist, language.path), '.html');
      expect(pages.length).toBeGreaterThan(model.chapters.length);
      const hits = pages.flatMap((file) => pageTexts(fs.readFileSync(file, 'utf8'), language.code).flatMap(hitsIn).map((t) => `${path.relative(dist, file)}: ${t}`));
      expect([...new Set(hits)]).toEqual([]);
    });

    test('its data files and search index hold no Simplified-only character', () => {
      // search/<path>.json is left out: its name keys match a query typed in any script.
      const json = filesUnder(path.join(dist, language.path), '.json');
      const fragments = filesUnder(path.join(dist, 'pagefind', 'fragment'), '.pf_fragment').filter((f) => path.basename(f).startsWith(`${language.code.toLowerCase()}_`));
      expect(fragments.length, `Pagefind fragments of ${language.code}`).toBeGreaterThan(model.chapters.length - 1);
      const hits = [
        ...json.flatMap((file) => strings(JSON.parse(fs.readFileSync(file, 'utf8'))).flatMap(hitsIn).map((t) => `${path.relative(dist, file)}: ${t}`)),
        ...fragments.flatMap((file) => hitsIn(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')).map((t) => `${path.relative(dist, file)}: ${t}`)),
      ];
      expect([...new Set(hits)]).toEqual([]);
    });

    test('its PDFs hold no Simplified-only character', () => {
      const pdfs = filesUnder(path.join(dist, language.path, 'handouts'), '.pdf');
      test.skip(pdfs.length === 0, 'built without handouts (HANDOUTS=0)');
      const hits = pdfs.flatMap((file) => hitsIn(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })).map((t) => `${path.relative(dist, file)}: ${t}`));
      expect([...new Set(hits)]).toEqual([]);
    });
  });
}
