/**
 * Reshaping a next-token distribution the way inference settings do: temperature, then top-k,
 * then top-p, then renormalise. Pure functions over plain arrays, shared by the build-time
 * render and the browser. Bad numbers never throw and never produce NaN: they are clamped.
 */

export interface Settings {
  /** 0 = greedy (always the most likely token); 1 = the model's own distribution; up to 2. */
  temperature: number;
  /** Keep only the k most likely tokens; 0 = off. */
  topK: number;
  /** Keep the smallest set of most likely tokens whose probabilities reach p; 1 = off. */
  topP: number;
}

export const MAX_TEMPERATURE = 2;
/** Below this temperature sampling is greedy: dividing logits by ~0 would overflow. */
export const GREEDY_BELOW = 0.01;
export const defaults: Settings = { temperature: 1, topK: 0, topP: 1 };

/** A finite number from anything (text, NaN, ±Infinity); `fallback` when there is none. */
export function toNumber(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : fallback;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Settings made safe: temperature in [0, 2], top-k a whole number ≥ 0, top-p in [0, 1]. */
export function clampSettings(s: Partial<Record<keyof Settings, unknown>>): Settings {
  return {
    temperature: clamp(toNumber(s.temperature, defaults.temperature), 0, MAX_TEMPERATURE),
    topK: Math.round(clamp(toNumber(s.topK, defaults.topK), 0, 1e9)),
    topP: clamp(toNumber(s.topP, defaults.topP), 0, 1),
  };
}

/** Probabilities from non-negative weights; a uniform distribution when nothing is usable. */
export function normalize(weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < out.length; i++) {
    const w = weights[i]!;
    out[i] = w > 0 && w < Infinity ? w : 0;
    sum += out[i]!;
  }
  for (let i = 0; i < out.length; i++) out[i] = sum > 0 ? out[i]! / sum : 1 / out.length;
  return out;
}

/** Index of the largest value (the first on ties). */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/**
 * Softmax of the logits divided by the temperature: p_i = exp(z_i/T) / Σ_j exp(z_j/T).
 * Here the logits are log-probabilities, so this equals p_i^(1/T) renormalised. T below
 * GREEDY_BELOW gives all the probability to the argmax, the limit as T → 0.
 */
export function withTemperature(probs: ArrayLike<number>, temperature: number): Float64Array {
  const p = normalize(probs);
  const t = clamp(toNumber(temperature, 1), 0, MAX_TEMPERATURE);
  if (t < GREEDY_BELOW) {
    const out = new Float64Array(p.length);
    if (out.length) out[argmax(p)] = 1;
    return out;
  }
  if (t === 1) return p;
  // Plain loops: this runs for every token the toy model writes, over its whole vocabulary.
  const z = new Float64Array(p.length);
  let max = -Infinity;
  for (let i = 0; i < z.length; i++) {
    z[i] = p[i]! > 0 ? Math.log(p[i]!) / t : -Infinity;
    if (z[i]! > max) max = z[i]!;
  }
  for (let i = 0; i < z.length; i++) z[i] = Math.exp(z[i]! - max);
  return normalize(z);
}

/** Indices ordered by probability, highest first; equal probabilities keep index order. */
export function rank(probs: ArrayLike<number>): number[] {
  return Array.from({ length: probs.length }, (_, i) => i).sort((a, b) => probs[b]! - probs[a]! || a - b);
}

/** Which tokens top-k keeps: exactly min(k, n) of them; k = 0 keeps all. */
export function topKMask(probs: ArrayLike<number>, k: number): Uint8Array {
  const n = probs.length;
  const keep = Math.min(n, Math.round(clamp(toNumber(k, 0), 0, n)) || n);
  const mask = new Uint8Array(n);
  if (keep === n) return mask.fill(1);
  for (const i of rank(probs).slice(0, keep)) mask[i] = 1;
  return mask;
}

/**
 * Which tokens top-p (nucleus) keeps: the smallest set of most likely tokens whose total reaches
 * p. p = 1 keeps all; p = 0 keeps the single most likely token (a set must keep something).
 */
export function topPMask(probs: ArrayLike<number>, p: number): Uint8Array {
  const n = probs.length;
  const target = clamp(toNumber(p, 1), 0, 1);
  const mask = new Uint8Array(n);
  if (target >= 1) return mask.fill(1);
  let sum = 0;
  for (const i of rank(probs)) {
    mask[i] = 1;
    sum += probs[i]!;
    if (sum >= target - 1e-12) break;
  }
  return mask;
}

export interface Shaped {
  /** The distribution sampling draws from, summing to 1; cut tokens have 0. */
  probs: Float64Array;
  /** 1 where a token survived top-k and top-p. */
  kept: Uint8Array;
  keptCount: number;
}

/**
 * Temperature, then top-k, then top-p (on what top-k kept, renormalised), then renormalise.
 * Temperature keeps the order of the tokens, so one ranking serves both cuts; the result is the
 * same as applying topKMask and then topPMask.
 */
export function shape(probs: ArrayLike<number>, settings: Partial<Record<keyof Settings, unknown>>): Shaped {
  const s = clampSettings(settings);
  const p = withTemperature(probs, s.temperature);
  const n = p.length;
  const kept = new Uint8Array(n).fill(1);
  const k = Math.min(n, s.topK || n);
  if (k < n || s.topP < 1) {
    const order = rank(p);
    let keep = k;
    if (s.topP < 1) {
      let total = 0;
      for (let r = 0; r < k; r++) total += p[order[r]!]!;
      let sum = 0;
      keep = 0;
      while (keep < k) {
        sum += p[order[keep++]!]!;
        if (sum >= s.topP * total - 1e-12) break;
      }
    }
    kept.fill(0);
    for (let r = 0; r < keep; r++) kept[order[r]!] = 1;
  }
  const out = new Float64Array(n);
  let keptCount = 0;
  for (let i = 0; i < n; i++) {
    if (!kept[i]) continue;
    out[i] = p[i]!;
    keptCount++;
  }
  return { probs: normalize(out), kept, keptCount };
}

/** Shannon entropy in bits: 0 when one token is certain, log2(n) when n tokens are equally likely. */
export function entropyBits(probs: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < probs.length; i++) {
    const p = probs[i]!;
    if (p > 0) h -= p * Math.log2(p);
  }
  return Math.max(0, h);
}

/** The token a uniform number u in [0, 1) picks: walk the cumulative distribution. */
export function drawIndex(probs: ArrayLike<number>, u: number): number {
  const x = clamp(toNumber(u, 0), 0, 1);
  let sum = 0;
  let last = 0;
  for (let i = 0; i < probs.length; i++) {
    if (!(probs[i]! > 0)) continue;
    sum += probs[i]!;
    last = i;
    if (x < sum) return i;
  }
  // Rounding can leave the sum a hair under 1: the last possible token takes the remainder.
  return last;
}
