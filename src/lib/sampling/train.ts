/**
 * Training the n-gram model: counting which piece follows which context in the training text,
 * then pruning rare n-grams until the file fits its size budget. Pure: the pieces come in as
 * strings (corpus.ts and model-build.ts cut the course's chapters into them).
 */
import { BOUNDARY, type NgramFile } from './ngram';

export interface TrainOptions {
  lang: string;
  tokenizer: string;
  /** Pieces per n-gram (2 to 6). */
  order: number;
  discount: number;
  /** Drop n-grams (of two or more pieces) seen fewer times than this; 1 keeps all. */
  minCount: number;
}

/** Counts of every (context → next piece), contexts of 1 to order − 1 pieces, keyed "id,id". */
export interface Counts {
  pieces: string[];
  unigram: number[];
  contexts: Map<string, Map<number, number>>;
  trainingPieces: number;
}

/**
 * Counts n-grams in sequences of pieces (each sequence a paragraph: it starts and ends at the
 * boundary). Piece ids are given by frequency, most frequent first, so the file stays small.
 */
export function countNgrams(sequences: readonly (readonly string[])[], order: number): Counts {
  const n = Math.max(2, Math.min(6, Math.round(order)));
  const freq = new Map<string, number>();
  for (const seq of sequences) for (const p of seq) if (p !== '') freq.set(p, (freq.get(p) ?? 0) + 1);
  const sorted = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([p]) => p);
  const pieces = ['', ...sorted];
  const id = new Map(pieces.map((p, i) => [p, i]));
  const unigram = new Array<number>(pieces.length).fill(0);
  const contexts = new Map<string, Map<number, number>>();
  let trainingPieces = 0;
  for (const seq of sequences) {
    const ids = [BOUNDARY, ...seq.filter((p) => p !== '').map((p) => id.get(p)!), BOUNDARY];
    if (ids.length === 2) continue;
    for (let i = 1; i < ids.length; i++) {
      const next = ids[i]!;
      unigram[next]!++;
      trainingPieces++;
      for (let k = 1; k < n && i - k >= 0; k++) {
        const key = ids.slice(i - k, i).join(',');
        let row = contexts.get(key);
        if (!row) contexts.set(key, (row = new Map()));
        row.set(next, (row.get(next) ?? 0) + 1);
      }
    }
  }
  return { pieces, unigram, contexts, trainingPieces };
}

/**
 * The model file from counts. N-grams below minCount are dropped, but each context keeps its
 * full total, so the probability they had passes to the shorter context when predicting.
 */
export function toModelFile(counts: Counts, opts: TrainOptions): NgramFile {
  const contexts: Record<string, number[]> = {};
  for (const [key, row] of counts.contexts) {
    let total = 0;
    const kept: number[] = [];
    for (const [next, c] of [...row].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
      total += c;
      if (c >= opts.minCount) kept.push(next, c);
    }
    if (kept.length) contexts[key] = [total, ...kept];
  }
  return {
    format: 'ngram-v1',
    lang: opts.lang,
    tokenizer: opts.tokenizer,
    order: Math.max(2, Math.min(6, Math.round(opts.order))),
    discount: opts.discount,
    minCount: opts.minCount,
    trainingPieces: counts.trainingPieces,
    pieces: counts.pieces,
    unigram: counts.unigram,
    contexts,
  };
}

/**
 * The least-pruned model whose serialised size fits `budget` bytes as measured by `sizeOf`
 * (the caller measures gzip). Raises minCount step by step; the unigram part is never pruned.
 */
export function fitToBudget(
  counts: Counts,
  opts: Omit<TrainOptions, 'minCount'>,
  budget: number,
  sizeOf: (json: string) => number,
): { file: NgramFile; json: string; size: number } {
  for (let minCount = 1; ; minCount++) {
    const file = toModelFile(counts, { ...opts, minCount });
    const json = JSON.stringify(file);
    const size = sizeOf(json);
    if (size <= budget || Object.keys(file.contexts).length === 0) return { file, json, size };
  }
}
