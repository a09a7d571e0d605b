/**
 * Builds the toy language model of one language from the course folder: the chapters' prose
 * (corpus.ts), cut into o200k_base tokens, counted as n-grams (train.ts) and pruned to the size
 * budget. Runs at build time only (Node): the browser gets the JSON, never the tokenizer.
 * The result is cached per language and rebuilt when a chapter file changes (dev server).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { decodeGenerator, encode } from 'gpt-tokenizer/encoding/o200k_base';
import { readCourseSources } from '../content-checks';
import { deriveSources } from '../derived-languages';
import { chapterSections } from './corpus';
import { loadModel, type NgramFile, type NgramModel } from './ngram';
import { countNgrams, fitToBudget } from './train';

/** Settings of the toy model; docs/sampling.md explains the choices. */
export const modelSettings = {
  tokenizer: 'o200k_base',
  order: 3,
  discount: 0.75,
  /** At most this many bytes gzip per language (issue #7 allows 300 KB). */
  budgetGzip: 300 * 1024,
};

export interface BuiltModel {
  file: NgramFile;
  json: string;
  bytes: number;
  gzipBytes: number;
}

export const gzipSize = (text: string) => zlib.gzipSync(text, { level: 9 }).length;

/**
 * A line of text as decoded tokens. A token that ends inside a multi-byte character (rare
 * Chinese characters take two or three byte-level tokens) decodes to nothing on its own, so it
 * joins the next piece: every piece is whole characters, and the pieces concatenate to the line.
 */
export function toPieces(line: string): string[] {
  const ids = encode(line, { disallowedSpecial: new Set() });
  const pieces: string[] = [];
  let pending = '';
  for (const text of decodeGenerator(ids)) {
    pending += text;
    if (pending) {
      pieces.push(pending);
      pending = '';
    }
  }
  if (pieces.join('') !== line) throw new Error(`sampling model: tokens of ${JSON.stringify(line.slice(0, 40))}… do not decode to the text`);
  return pieces;
}

/** The texts the model of `lang` learns from: every section of every chapter of that language. */
export function trainingTexts(dir: string, lang: string): string[] {
  const { sources } = deriveSources(readCourseSources(dir), dir);
  const names = new Map<string, string>();
  for (const term of sources.terms) {
    const name = (term.data as Record<string, unknown> | undefined)?.[lang];
    if (typeof name === 'string') names.set(term.id, name);
  }
  return sources.chapters.filter((c) => c.lang === lang).flatMap((c) => chapterSections(c.body, (id) => names.get(id)));
}

const cache = new Map<string, { stamp: string; model: BuiltModel }>();

function stampOf(dir: string): string {
  const parts: string[] = [];
  // Every language's chapters: a derived language (zh-tw) is made from another's files.
  const chapters = path.join(dir, 'chapters');
  const languages = fs.existsSync(chapters) ? fs.readdirSync(chapters).sort().map((l) => path.join(chapters, l)) : [];
  for (const sub of [...languages, path.join(dir, 'glossary'), path.join(dir, 'conversion')]) {
    if (!fs.statSync(sub, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const f of fs.readdirSync(sub).sort()) {
      const st = fs.statSync(path.join(sub, f));
      parts.push(`${f}:${st.size}:${st.mtimeMs}`);
    }
  }
  return parts.join('|');
}

/** The model of one language, trained on the course in `dir`. */
export function buildModel(dir: string, lang: string): BuiltModel {
  const key = `${dir}\0${lang}`;
  const stamp = stampOf(dir);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.model;
  const sequences = trainingTexts(dir, lang).map(toPieces);
  const counts = countNgrams(sequences, modelSettings.order);
  const { file, json, size } = fitToBudget(
    counts,
    { lang, tokenizer: modelSettings.tokenizer, order: modelSettings.order, discount: modelSettings.discount },
    modelSettings.budgetGzip,
    gzipSize,
  );
  const model = { file, json, bytes: Buffer.byteLength(json), gzipBytes: size };
  cache.set(key, { stamp, model });
  return model;
}

const loaded = new WeakMap<BuiltModel, NgramModel>();

/** The model of one language as the browser will use it, for rendering its first distribution. */
export function usableModel(dir: string, lang: string): NgramModel {
  const built = buildModel(dir, lang);
  let model = loaded.get(built);
  if (!model) loaded.set(built, (model = loadModel(JSON.parse(built.json))));
  return model;
}
