import { describe, expect, it } from 'vitest';
import { BOUNDARY, UNKNOWN, loadModel, matchPrompt, predict, type NgramModel } from './ngram';
import { countNgrams, fitToBudget, toModelFile } from './train';

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

// Three tiny "paragraphs", already cut into pieces.
const sequences = [
  ['the', ' cat', ' sat', '.'],
  ['the', ' cat', ' ran', '.'],
  ['the', ' dog', ' sat', '.'],
];
const opts = { lang: 'en', tokenizer: 'test', order: 3, discount: 0.5, minCount: 1 };
const model = (minCount = 1): NgramModel =>
  loadModel(JSON.parse(JSON.stringify(toModelFile(countNgrams(sequences, 3), { ...opts, minCount }))));
const id = (m: NgramModel, piece: string) => m.pieces.indexOf(piece);

describe('countNgrams', () => {
  it('counts every n-gram with its contexts, the boundary at both ends', () => {
    const c = countNgrams(sequences, 3);
    expect(c.pieces[0]).toBe('');
    expect(c.trainingPieces).toBe(15); // 4 pieces + end, three times
    const the = c.pieces.indexOf('the');
    const cat = c.pieces.indexOf(' cat');
    expect(c.unigram[the]).toBe(3);
    expect(c.unigram[BOUNDARY]).toBe(3);
    expect(c.contexts.get(`${BOUNDARY}`)!.get(the)).toBe(3);
    expect(c.contexts.get(`${the}`)!.get(cat)).toBe(2);
    expect(c.contexts.get(`${BOUNDARY},${the}`)!.get(cat)).toBe(2);
  });
  it('numbers pieces by frequency, most frequent first', () => {
    const c = countNgrams(sequences, 3);
    expect(c.pieces.slice(1, 3).sort()).toEqual(['.', 'the']);
  });
});

describe('predict', () => {
  it('gives probabilities that sum to 1 for any history', () => {
    const m = model();
    for (const h of [[], [BOUNDARY], [BOUNDARY, id(m, 'the')], [id(m, ' cat'), id(m, ' sat')], [UNKNOWN], [99, 3]]) {
      const { probs } = predict(m, h);
      expect(sum(probs)).toBeCloseTo(1, 12);
      expect(Array.from(probs).every((p) => p >= 0)).toBe(true);
    }
  });
  it('uses the longest seen context', () => {
    const m = model();
    const { probs, context } = predict(m, [BOUNDARY, id(m, 'the'), id(m, ' cat')]);
    expect(context).toBe(2);
    // After "the cat": " sat" and " ran" each seen once, (1 − 0.5)/2 each, plus a share of the backoff.
    expect(probs[id(m, ' sat')]).toBeGreaterThan(0.25);
    expect(probs[id(m, ' ran')]).toBeGreaterThan(0.25);
    expect(probs[id(m, ' dog')]).toBeLessThan(0.1);
  });
  it('backs off to a shorter context when the longer one was never seen', () => {
    const m = model();
    // "dog cat" never occurs, but "cat" does: the prediction is the one after "cat".
    const backed = predict(m, [id(m, ' dog'), id(m, ' cat')]);
    const short = predict(m, [id(m, ' cat')]);
    expect(backed.context).toBe(1);
    expect(Array.from(backed.probs)).toEqual(Array.from(short.probs));
  });
  it('falls back to plain frequencies after an unknown piece', () => {
    const m = model();
    const r = predict(m, [BOUNDARY, id(m, 'the'), UNKNOWN]);
    expect(r.context).toBe(0);
    expect(r.probs[id(m, 'the')]).toBeCloseTo(3 / 15, 12);
    expect(predict(m, []).context).toBe(0);
  });
  it('passes the probability of pruned n-grams to the shorter context', () => {
    const m = model(2);
    const r = predict(m, [BOUNDARY, id(m, 'the'), id(m, ' dog')]);
    // "dog sat" was seen once only, pruned at minCount 2: nothing is known after " dog".
    expect(r.context).toBe(0);
    expect(sum(r.probs)).toBeCloseTo(1, 12);
  });
});

describe('matchPrompt', () => {
  it('reads the longest known piece at each position', () => {
    const m = model();
    expect(matchPrompt(m, 'the cat sat.')).toEqual([id(m, 'the'), id(m, ' cat'), id(m, ' sat'), id(m, '.')]);
  });
  it('marks characters the notes never contain as unknown, one per character', () => {
    const m = model();
    expect(matchPrompt(m, 'the 🐈x')).toEqual([id(m, 'the'), UNKNOWN, UNKNOWN, UNKNOWN]);
    expect(matchPrompt(m, '')).toEqual([]);
  });
  it('reads only the end of a very long prompt', () => {
    const m = model();
    const long = 'the cat'.repeat(100_000);
    const t0 = performance.now();
    const ids = matchPrompt(m, long, 400);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(ids.at(-1)).toBe(id(m, ' cat'));
    expect(ids.length).toBeLessThanOrEqual(400);
  });
});

describe('loadModel', () => {
  it('rejects what is not a model file with a readable error', () => {
    for (const bad of [null, 42, 'text', {}, { format: 'ngram-v1' }, { format: 'ngram-v1', pieces: ['', 'a'], unigram: [1] }]) {
      expect(() => loadModel(bad)).toThrow(/model file|ngram-v1/);
    }
  });
  it('skips malformed context rows instead of failing', () => {
    const file = toModelFile(countNgrams(sequences, 3), opts);
    const broken = { ...file, contexts: { ...file.contexts, '1': ['x'], '2': [0, 1, 1], '3': [5, 1] } };
    const m = loadModel(JSON.parse(JSON.stringify(broken)));
    expect(sum(predict(m, [1]).probs)).toBeCloseTo(1, 12);
    expect(sum(predict(m, [3]).probs)).toBeCloseTo(1, 12);
  });
});

describe('fitToBudget', () => {
  it('prunes rare n-grams until the file fits', () => {
    const counts = countNgrams(sequences, 3);
    const full = fitToBudget(counts, opts, Infinity, (s) => s.length);
    expect(full.file.minCount).toBe(1);
    const small = fitToBudget(counts, opts, full.size - 1, (s) => s.length);
    expect(small.file.minCount).toBeGreaterThan(1);
    expect(small.size).toBeLessThan(full.size);
    expect(small.file.pieces).toEqual(full.file.pieces);
  });
});
