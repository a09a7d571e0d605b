import { describe, expect, it } from 'vitest';
import {
  argmax,
  clampSettings,
  drawIndex,
  entropyBits,
  normalize,
  shape,
  topKMask,
  topPMask,
  withTemperature,
} from './distribution';

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);
const dist = [0.05, 0.4, 0.1, 0.25, 0.2];

describe('withTemperature and shape', () => {
  it('always give probabilities that sum to 1', () => {
    for (const temperature of [0, 0.001, 0.01, 0.3, 1, 1.7, 2]) {
      for (const topK of [0, 1, 2, 5, 99]) {
        for (const topP of [0, 0.3, 0.9, 1]) {
          const s = shape(dist, { temperature, topK, topP });
          expect(sum(s.probs)).toBeCloseTo(1, 12);
          expect(Array.from(s.probs).every((p) => p >= 0 && Number.isFinite(p))).toBe(true);
        }
      }
    }
  });

  it('leave the distribution unchanged at temperature 1', () => {
    const p = withTemperature(dist, 1);
    dist.forEach((x, i) => expect(p[i]).toBeCloseTo(x, 12));
  });

  it('equal argmax as the temperature goes to 0', () => {
    for (const t of [0, 1e-9, 0.005]) {
      const p = withTemperature(dist, t);
      expect(Array.from(p)).toEqual([0, 1, 0, 0, 0]);
    }
    // Just above the greedy cut-off it is already nearly one-hot, and continuous with it.
    expect(withTemperature(dist, 0.05)[1]).toBeGreaterThan(0.999);
    expect(argmax(withTemperature(dist, 0.02))).toBe(argmax(dist));
  });

  it('sharpen below 1 and flatten above 1', () => {
    const h1 = entropyBits(withTemperature(dist, 1));
    expect(entropyBits(withTemperature(dist, 0.5))).toBeLessThan(h1);
    expect(entropyBits(withTemperature(dist, 2))).toBeGreaterThan(h1);
    expect(entropyBits(withTemperature(dist, 2))).toBeLessThan(Math.log2(dist.length));
  });

  it('match p^(1/T) renormalised, the softmax of log-probabilities over T', () => {
    const t = 0.7;
    const direct = normalize(dist.map((x) => Math.exp(Math.log(x) / t)));
    const p = withTemperature(dist, t);
    direct.forEach((x, i) => expect(p[i]).toBeCloseTo(x, 12));
  });
});

describe('top-k', () => {
  it('keeps exactly k tokens, the most likely ones', () => {
    for (let k = 1; k <= dist.length; k++) {
      const mask = topKMask(dist, k);
      expect(sum(mask)).toBe(k);
      const kept = [...mask.keys()].filter((i) => mask[i]);
      const worstKept = Math.min(...kept.map((i) => dist[i]!));
      const bestCut = Math.max(-Infinity, ...[...mask.keys()].filter((i) => !mask[i]).map((i) => dist[i]!));
      expect(worstKept).toBeGreaterThanOrEqual(bestCut);
    }
  });
  it('keeps exactly k even on ties', () => {
    expect(sum(topKMask([0.25, 0.25, 0.25, 0.25], 2))).toBe(2);
    expect(Array.from(topKMask([0.25, 0.25, 0.25, 0.25], 2))).toEqual([1, 1, 0, 0]);
  });
  it('is off at 0 and clamps k above the vocabulary', () => {
    expect(sum(topKMask(dist, 0))).toBe(5);
    expect(sum(topKMask(dist, 500))).toBe(5);
    expect(shape(dist, { topK: 2 }).keptCount).toBe(2);
  });
});

describe('top-p', () => {
  it('keeps the smallest set of most likely tokens reaching p', () => {
    // Sorted: 0.4, 0.25, 0.2, 0.1, 0.05.
    const cases: [number, number[]][] = [
      [0.3, [1]],
      [0.4, [1]],
      [0.41, [1, 3]],
      [0.65, [1, 3]],
      [0.66, [1, 3, 4]],
      [0.9, [1, 2, 3, 4]],
      [0.96, [0, 1, 2, 3, 4]],
    ];
    for (const [p, kept] of cases) {
      const mask = topPMask(dist, p);
      expect([...mask.keys()].filter((i) => mask[i]), `p = ${p}`).toEqual(kept);
      // Smallest: dropping its least likely member falls short of p.
      const total = kept.reduce((s, i) => s + dist[i]!, 0);
      const smallest = Math.min(...kept.map((i) => dist[i]!));
      expect(total).toBeGreaterThanOrEqual(p - 1e-12);
      expect(total - smallest).toBeLessThan(p);
    }
  });
  it('keeps one token at p = 0 and all at p = 1', () => {
    expect(sum(topPMask(dist, 0))).toBe(1);
    expect(sum(topPMask(dist, 1))).toBe(5);
  });
  it('applies after temperature and top-k', () => {
    const s = shape(dist, { temperature: 1, topK: 3, topP: 0.7 });
    // After top-k: 0.4, 0.25, 0.2 renormalised to 0.47, 0.29, 0.24: two reach 0.7.
    expect(s.keptCount).toBe(2);
    expect(s.probs[1]).toBeCloseTo(0.4 / 0.65, 12);
  });
});

describe('bad input', () => {
  it('clamps NaN, text, negative and huge settings', () => {
    expect(clampSettings({ temperature: NaN, topK: 'abc', topP: undefined })).toEqual({ temperature: 1, topK: 0, topP: 1 });
    expect(clampSettings({ temperature: '0.5', topK: '3', topP: '0.9' })).toEqual({ temperature: 0.5, topK: 3, topP: 0.9 });
    expect(clampSettings({ temperature: -4, topK: -2, topP: -1 })).toEqual({ temperature: 0, topK: 0, topP: 0 });
    expect(clampSettings({ temperature: 1e308, topK: 1e300, topP: 7 })).toEqual({ temperature: 2, topK: 1e9, topP: 1 });
    expect(clampSettings({ temperature: Infinity, topK: 2.6, topP: '' })).toEqual({ temperature: 1, topK: 3, topP: 1 });
  });
  it('never produces NaN from bad distributions', () => {
    for (const bad of [[], [0, 0, 0], [NaN, 1, -3], [Infinity, 2], [1e-320, 1e-320]]) {
      const s = shape(bad, { temperature: 0.5, topK: 1, topP: 0.5 });
      expect(Array.from(s.probs).every(Number.isFinite)).toBe(true);
      if (bad.length) expect(sum(s.probs)).toBeCloseTo(1, 12);
      expect(Number.isFinite(entropyBits(s.probs))).toBe(true);
    }
  });
});

describe('entropy', () => {
  it('is 0 for a certain token and log2(n) for a uniform one', () => {
    expect(entropyBits([0, 1, 0])).toBe(0);
    expect(entropyBits([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(2, 12);
  });
});

describe('drawIndex', () => {
  it('walks the cumulative distribution', () => {
    const p = [0.5, 0, 0.3, 0.2];
    expect(drawIndex(p, 0)).toBe(0);
    expect(drawIndex(p, 0.49)).toBe(0);
    expect(drawIndex(p, 0.5)).toBe(2);
    expect(drawIndex(p, 0.79)).toBe(2);
    expect(drawIndex(p, 0.8)).toBe(3);
    expect(drawIndex(p, 0.999999999)).toBe(3);
  });
  it('never picks a token with probability 0, even at the edges', () => {
    expect(drawIndex([0.3, 0.7, 0], 1)).toBe(1);
    expect(drawIndex([0, 0.3, 0.7], NaN)).toBe(1);
  });
});

describe('shape', () => {
  it('keeps what top-k then top-p keep, for many settings', () => {
    const r = (i: number) => ((i * 2654435761) % 1000) / 1000;
    const probs = normalize(Array.from({ length: 40 }, (_, i) => r(i) ** 3));
    for (const temperature of [0, 0.5, 1, 2]) {
      for (const topK of [0, 1, 7, 40]) {
        for (const topP of [0, 0.2, 0.5, 0.95, 1]) {
          const tempered = withTemperature(probs, temperature);
          const byK = topKMask(tempered, topK);
          const byP = topPMask(normalize(tempered.map((x, i) => (byK[i] ? x : 0))), topP);
          const expected = Array.from(byK, (x, i) => x & byP[i]!);
          expect(Array.from(shape(probs, { temperature, topK, topP }).kept), `${temperature} ${topK} ${topP}`).toEqual(expected);
        }
      }
    }
  });
});
