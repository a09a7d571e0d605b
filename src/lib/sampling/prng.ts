/**
 * A seeded pseudo-random number generator, so a whole class can see the same draws: the same
 * seed always gives the same sequence, in every browser. mulberry32: 32-bit state, fast, and
 * plenty for drawing tokens (not for cryptography).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEFAULT_SEED = 42;

/**
 * The seed a reader's text stands for. A whole number is used as it is (modulo 2^32); any other
 * text (a word, "NaN", "-3", a huge number) is hashed to a number, so every input is a valid,
 * repeatable seed. Empty text gives the default.
 */
export function parseSeed(text: unknown): number {
  const s = String(text ?? '').trim().slice(0, 200);
  if (s === '') return DEFAULT_SEED;
  if (/^\d{1,15}$/.test(s)) return Number(s) % 4294967296;
  // FNV-1a over the UTF-16 code units.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
