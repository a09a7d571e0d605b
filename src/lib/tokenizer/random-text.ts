/** Seeded random text for tests and benchmarks: the same seed gives the same text everywhere. */

// With its extension: the bench imports this file straight into Node.
import { mulberry32 } from '../sampling/prng.ts';

/** The course's one seeded PRNG (mulberry32), under the name these tests use. */
export const seededRandom = mulberry32;

const RANGES: [number, number][] = [
  [0x20, 0x7e], // ASCII
  [0x00, 0x1f], // controls
  [0xa0, 0x24f], // Latin
  [0x300, 0x36f], // combining marks
  [0x400, 0x4ff], // Cyrillic
  [0x4e00, 0x9fff], // CJK
  [0x3000, 0x303f], // CJK punctuation
  [0x200b, 0x200d], // zero width, ZWJ
  [0x1f300, 0x1faff], // emoji
  [0xd800, 0xdfff], // lone surrogates
];

/** Random text from many scripts, including lone surrogates and control characters. */
export function randomUnicode(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const [lo, hi] = RANGES[Math.floor(random() * RANGES.length)]!;
    const code = lo + Math.floor(random() * (hi - lo + 1));
    out += code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code);
    if (random() < 0.15) out += ' ';
  }
  return out;
}

/**
 * Varied prose of about `bytes` UTF-8 bytes: sentences of random length made of the words of
 * `source`, drawn as often as they occur there (Chinese words found by Intl.Segmenter). Real words,
 * so the tokenizer sees realistic merges; new sentences, so its merge cache cannot replay repeats.
 */
export function proseLike(source: string, bytes: number, random: () => number, chinese: boolean): string {
  const units = chinese
    ? [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(source)]
        .filter((s) => s.isWordLike && /^\p{Script=Han}+$/u.test(s.segment))
        .map((s) => s.segment)
    : (source.match(/[A-Za-z]+/g) ?? []);
  if (units.length === 0) throw new Error('proseLike: no words in the source text');
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const n = (chinese ? 3 : 5) + Math.floor(random() * (chinese ? 10 : 15));
    const words = Array.from({ length: n }, () => units[Math.floor(random() * units.length)]!);
    const sentence = chinese ? `${words.join('')}${random() < 0.7 ? '，' : '。'}` : `${words.join(' ')}${random() < 0.7 ? ', ' : '. '}`;
    parts.push(sentence);
    size += encoder.encode(sentence).length;
  }
  return parts.join('');
}
