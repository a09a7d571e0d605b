/**
 * Byte-level BPE over one encoding's rank table: the algorithm of tiktoken and gpt-tokenizer
 * (split the text with the encoding's regex; within each piece, merge the adjacent pair with the
 * lowest rank, leftmost first, until no pair has a rank), with the same ids, but fast on long
 * pieces.
 *
 * gpt-tokenizer rescans every pair after each merge and looks pairs up by decoding them to text
 * or by binary search, so a piece costs O(n²): a clause of Chinese (one regex piece, since Han
 * characters are all letters) dominates the time, and 40 KB of "aaaa…" takes most of a second.
 * Here the pairs wait in a min-heap keyed by (rank, position), so a piece costs O(n log n), and
 * the rank of a pair is memoised under its two token ids, so bytes are looked up once per pair.
 * Identical ids are checked in bpe.test.ts and in `npm run bench`.
 */

import type { RawBytePairRanks } from 'gpt-tokenizer/BytePairEncodingCore';

/** The rank table as gpt-tokenizer ships it: index = rank; text if valid UTF-8, else bytes. */
export type RankTable = RawBytePairRanks;

const utf8 = new TextEncoder();

/** Heap keys pack the position under the rank: rank · 2^32 + position, exact in a double… */
const POSITION_LIMIT = 2 ** 32;
/** …while rank < 2^21 (the largest table, o200k_base, has about 200,000 ranks). */
const ID_LIMIT = 2 ** 21;
const PIECE_CACHE_LIMIT = 50_000;

export interface BytePairEncoder {
  /** Token ids of the text. Special-token strings in it are ordinary text. */
  encode(text: string): number[];
}

export function createBytePairEncoder(ranks: RankTable, splitRegex: RegExp): BytePairEncoder {
  if (ranks.length >= ID_LIMIT) throw new Error(`A rank table of ${ranks.length} entries is too large (limit ${ID_LIMIT}).`);
  // Whole pieces are looked up as text, as most are single tokens.
  const textRanks = new Map<string, number>();
  // Byte sequences that are not valid UTF-8, keyed as Latin-1 (one char per byte).
  const byteRanks = new Map<string, number>();
  ranks.forEach((value, rank) => {
    if (typeof value === 'string') textRanks.set(value, rank);
    else if (value) byteRanks.set(String.fromCharCode(...value), rank);
  });
  const rankOfBytes = (key: string): number => {
    const text = asText(key);
    return (text === undefined ? byteRanks.get(key) : textRanks.get(text)) ?? -1;
  };
  // In a byte-level table every byte is a token.
  const byteIds = Int32Array.from({ length: 256 }, (_, b) => rankOfBytes(String.fromCharCode(b)));
  if (byteIds.includes(-1)) throw new Error('The rank table lacks a single byte: not a byte-level BPE table.');

  // Every part of a piece is a token, and a token's id is its rank, so the rank of a merged pair
  // depends only on the two ids: memoise it under them, as numbers, and look up bytes only once.
  const pairMemo = new PairMemo();
  const pairRank: PairRank = (left, right, bytes, start, end) => {
    let rank = pairMemo.get(left, right);
    if (rank === undefined) {
      rank = rankOfBytes(latin1(bytes.subarray(start, end)));
      pairMemo.set(left, right, rank);
    }
    return rank;
  };

  const pieceCache = new Map<string, number[]>();
  function encodePiece(piece: string, out: number[]): void {
    const whole = textRanks.get(piece);
    if (whole !== undefined) {
      out.push(whole);
      return;
    }
    let ids = pieceCache.get(piece);
    if (!ids) {
      ids = mergeBytes(utf8.encode(piece), byteIds, pairRank);
      if (pieceCache.size >= PIECE_CACHE_LIMIT) pieceCache.clear();
      pieceCache.set(piece, ids);
    }
    for (const id of ids) out.push(id);
  }

  return {
    encode(text) {
      const out: number[] = [];
      for (const [piece] of text.matchAll(splitRegex)) encodePiece(piece, out);
      return out;
    },
  };
}

/** The rank of two adjacent tokens merged (bytes[start, end) are theirs), or -1. */
type PairRank = (left: number, right: number, bytes: Uint8Array, start: number, end: number) => number;

/**
 * Merges the bytes of one piece into token ids. Each part is a node of a linked list (start
 * offset → next start) holding its token id; the heap holds a key per adjacent pair, and a
 * popped key is used only if it still describes the pair at its position.
 */
export function mergeBytes(bytes: Uint8Array, byteIds: Int32Array, pairRank: PairRank): number[] {
  const n = bytes.length;
  const { ids, next, prev, rankAt, heap } = scratchFor(n);
  heap.size = 0;
  for (let i = 0; i < n; i++) {
    ids[i] = byteIds[bytes[i]!]!;
    next[i] = i + 1;
    prev[i] = i - 1;
  }
  // rankAt[i]: rank of the pair that starts at part i, -1 if none.
  const rankPair = (i: number) => {
    const j = next[i]!;
    const rank = j >= n ? -1 : pairRank(ids[i]!, ids[j]!, bytes, i, next[j]!);
    rankAt[i] = rank;
    if (rank >= 0) heap.push(rank * POSITION_LIMIT + i);
  };
  for (let i = 0; i < n; i++) rankPair(i);

  while (heap.size > 0) {
    const key = heap.pop();
    const i = key % POSITION_LIMIT;
    const rank = (key - i) / POSITION_LIMIT;
    if (rankAt[i] !== rank) continue; // stale: this part or its neighbour has changed since
    const j = next[i]!;
    ids[i] = rank;
    next[i] = next[j]!;
    if (next[i]! < n) prev[next[i]!] = i;
    rankAt[j] = -1;
    rankPair(i);
    if (i > 0) rankPair(prev[i]!);
  }

  const out: number[] = [];
  for (let i = 0; i < n; i = next[i]!) out.push(ids[i]!);
  return out;
}

// Working arrays reused from piece to piece: most pieces are short, and allocating per piece
// showed up as garbage collection. Arrays for a huge piece are not kept.
const KEPT_SCRATCH = 1 << 16;
let scratch: Scratch | undefined;
type Scratch = ReturnType<typeof makeScratch>;
function makeScratch(size: number) {
  return {
    size,
    ids: new Int32Array(size),
    next: new Int32Array(size),
    prev: new Int32Array(size),
    rankAt: new Int32Array(size),
    heap: new MinHeap(size * 2),
  };
}
function scratchFor(n: number): Scratch {
  if (n > KEPT_SCRATCH) return makeScratch(n);
  if (!scratch || n > scratch.size) scratch = makeScratch(Math.max(256, n, (scratch?.size ?? 0) * 2));
  return scratch;
}

/** Bytes as a Latin-1 string, one char per byte (used on pairs of tokens: a few bytes). */
function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/**
 * The text a Latin-1 byte key stands for, if its bytes are valid UTF-8 (shortest form, no
 * surrogates), decoded by hand: most keys met while merging Chinese are part of a character, and
 * a fatal TextDecoder would throw for each.
 */
export function asText(key: string): string | undefined {
  let text = '';
  for (let i = 0; i < key.length; ) {
    const b0 = key.charCodeAt(i);
    if (b0 < 0x80) {
      text += key[i++];
      continue;
    }
    const size = b0 >= 0xf0 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc0 ? 2 : 0;
    if (size === 0 || b0 > 0xf4 || i + size > key.length) return undefined;
    let cp = b0 & (0xff >> (size + 1));
    for (let k = 1; k < size; k++) {
      const b = key.charCodeAt(i + k);
      if ((b & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (b & 0x3f);
    }
    const shortest = size === 2 ? cp >= 0x80 : size === 3 ? cp >= 0x800 : cp >= 0x10000 && cp <= 0x10ffff;
    if (!shortest || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    text += String.fromCodePoint(cp);
    i += size;
  }
  return text;
}

/**
 * Ranks of token pairs: an open-addressing hash table over typed arrays (a Map with a number key
 * per pair is several times slower here). Emptied when three quarters full, as a memo may be.
 */
class PairMemo {
  private static readonly SLOTS = 1 << 18;
  private lefts = new Int32Array(PairMemo.SLOTS); // left id + 1; 0 marks an empty slot
  private rights = new Int32Array(PairMemo.SLOTS);
  private ranks = new Int32Array(PairMemo.SLOTS);
  private size = 0;

  private slot(left: number, right: number): number {
    const mask = PairMemo.SLOTS - 1;
    let i = (Math.imul(left, 0x9e3779b1) ^ Math.imul(right, 0x85ebca77)) >>> 14 & mask;
    while (this.lefts[i] !== 0 && (this.lefts[i] !== left + 1 || this.rights[i] !== right)) i = (i + 1) & mask;
    return i;
  }
  get(left: number, right: number): number | undefined {
    const i = this.slot(left, right);
    return this.lefts[i] === 0 ? undefined : this.ranks[i];
  }
  set(left: number, right: number, rank: number): void {
    if (this.size >= (PairMemo.SLOTS * 3) / 4) {
      this.lefts.fill(0);
      this.size = 0;
    }
    const i = this.slot(left, right);
    if (this.lefts[i] === 0) this.size++;
    this.lefts[i] = left + 1;
    this.rights[i] = right;
    this.ranks[i] = rank;
  }
}

/** A binary min-heap of numbers. */
class MinHeap {
  private items: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.items = new Float64Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.size === this.items.length) {
      const grown = new Float64Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    const items = this.items;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= value) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = value;
  }
  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items[--this.size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && items[child + 1]! < items[child]!) child++;
      if (items[child]! >= last) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }
}
