/**
 * A tiny n-gram language model: the browser half. It reads the model file the build writes
 * (see train.ts), predicts a distribution over the next piece from the last few pieces, and
 * splits a reader's prompt into the model's pieces without any tokenizer.
 *
 * Prediction is interpolated absolute discounting: the longest seen context gives
 * max(c − d, 0) / total to each continuation it saw, and the probability left over goes to the
 * prediction of the next shorter context, down to single-piece frequencies. An unseen context
 * (or one holding an unknown piece) simply backs off to the shorter one.
 */

/** Piece 0 is the boundary: the start of a paragraph as context, its end as a prediction. */
export const BOUNDARY = 0;
/** A character of the prompt that never occurs in the training text. */
export const UNKNOWN = -1;

/** The JSON file the build writes per language. */
export interface NgramFile {
  format: 'ngram-v1';
  lang: string;
  /** The tokenizer that cut the training text: the pieces are its tokens, decoded. */
  tokenizer: string;
  /** Pieces per n-gram: 3 means the last 2 pieces predict the next. */
  order: number;
  /** Absolute discount d, in (0, 1). */
  discount: number;
  /** N-grams seen fewer times than this were pruned to fit the size budget. */
  minCount: number;
  /** How many pieces of text the model was trained on. */
  trainingPieces: number;
  /** Decoded text of each piece; index 0 is the boundary (""). */
  pieces: string[];
  /** How often each piece occurs (index 0: paragraph ends). */
  unigram: number[];
  /** "id,id" context → [total count of the context, next id, count, next id, count, …]. */
  contexts: Record<string, number[]>;
}

export interface NgramModel {
  order: number;
  discount: number;
  pieces: string[];
  unigram: Float64Array;
  contexts: Map<string, number[]>;
  /** Piece text → id, for reading prompts. */
  index: Map<string, number>;
  maxPieceLength: number;
}

const isCountList = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number' && x >= 0);

/** A usable model from a parsed model file; throws a readable Error for anything else. */
export function loadModel(data: unknown): NgramModel {
  const f = data as Partial<NgramFile> | null;
  if (!f || f.format !== 'ngram-v1') throw new Error('not an ngram-v1 model file');
  const { pieces, unigram, contexts } = f;
  if (!Array.isArray(pieces) || !pieces.every((p) => typeof p === 'string') || pieces.length < 2) throw new Error('model file: bad pieces');
  if (!isCountList(unigram) || unigram.length !== pieces.length) throw new Error('model file: bad unigram counts');
  if (!contexts || typeof contexts !== 'object') throw new Error('model file: bad contexts');
  const order = Math.max(1, Math.min(8, Math.round(Number(f.order) || 1)));
  const discount = Math.min(0.99, Math.max(0.01, Number(f.discount) || 0.5));
  const map = new Map<string, number[]>();
  for (const [key, row] of Object.entries(contexts)) {
    if (isCountList(row) && row.length % 2 === 1 && row[0]! > 0) map.set(key, row);
  }
  const index = new Map<string, number>();
  let maxPieceLength = 1;
  pieces.forEach((p, i) => {
    if (i === BOUNDARY || p === '' || index.has(p)) return;
    index.set(p, i);
    maxPieceLength = Math.max(maxPieceLength, p.length);
  });
  const total = unigram.reduce((a, b) => a + b, 0) || 1;
  return { order, discount, pieces, unigram: Float64Array.from(unigram, (c) => c / total), contexts: map, index, maxPieceLength };
}

export interface Prediction {
  /** Probability of every piece as the next one (index = piece id); sums to 1. */
  probs: Float64Array;
  /** How many preceding pieces the prediction could use: 0 = none (plain frequencies). */
  context: number;
}

/** The distribution of the next piece after `history` (piece ids, oldest first). */
export function predict(model: NgramModel, history: readonly number[]): Prediction {
  const probs = Float64Array.from(model.unigram);
  const n = probs.length;
  let context = 0;
  for (let k = 1; k < model.order && k <= history.length; k++) {
    const ctx = history.slice(-k);
    if (ctx.some((id) => !(id >= 0 && id < n))) break;
    const row = model.contexts.get(ctx.join(','));
    // A longer context contains this one, so it cannot have been seen either.
    if (!row) break;
    const total = row[0]!;
    let given = 0;
    const add: [number, number][] = [];
    for (let i = 1; i + 1 < row.length; i += 2) {
      const id = row[i]!;
      const share = Math.max(row[i + 1]! - model.discount, 0) / total;
      if (id < n && share > 0) {
        add.push([id, share]);
        given += share;
      }
    }
    const rest = Math.max(0, 1 - given);
    for (let i = 0; i < n; i++) probs[i]! *= rest;
    for (const [id, share] of add) probs[id]! += share;
    context = k;
  }
  return { probs, context };
}

/**
 * A prompt as the model's pieces: at each position the longest piece of the vocabulary that
 * matches (an approximation of the real tokenizer, which the browser does not need). A
 * character the notes never contain becomes UNKNOWN. Only the end of a long prompt matters for
 * prediction, so at most `maxChars` characters from its end are read.
 */
export function matchPrompt(model: NgramModel, text: string, maxChars = 400): number[] {
  let s = String(text);
  if (s.length > maxChars) s = s.slice(-maxChars);
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    let found = 0;
    for (let len = Math.min(model.maxPieceLength, s.length - i); len > 0; len--) {
      const id = model.index.get(s.slice(i, i + len));
      if (id !== undefined) {
        out.push(id);
        found = len;
        break;
      }
    }
    if (!found) {
      out.push(UNKNOWN);
      found = (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    }
    i += found;
  }
  return out;
}
