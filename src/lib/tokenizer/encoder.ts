/**
 * A byte-level BPE encoder for one encoding: its rank table, split regex and special tokens.
 *
 * gpt-tokenizer supplies the rank tables and each encoding's split regex and special tokens; the
 * merging is ours (./bpe.ts: same ids, O(n log n) per piece instead of O(n²)). Importing only
 * those parts keeps the worker small and lets each rank table (the big part) be its own lazily
 * loaded chunk. Special tokens are never recognised in the text: `<|endoftext|>` typed by the
 * reader is plain text, as gpt-tokenizer does with `disallowedSpecial: new Set()`. Only the chat
 * view inserts special tokens, by id.
 */
import type { RawBytePairRanks } from 'gpt-tokenizer/BytePairEncodingCore';
import { Cl100KBase } from 'gpt-tokenizer/encodingParams/cl100k_base';
import { O200KBase } from 'gpt-tokenizer/encodingParams/o200k_base';
import { R50KBase } from 'gpt-tokenizer/encodingParams/r50k_base';
import { createBytePairEncoder } from './bpe';
import type { EncodingName } from './encodings';

export interface Encoder {
  readonly name: EncodingName;
  /** Token ids of the text; special-token strings in it are encoded as ordinary text. */
  encode(text: string): number[];
  /** The UTF-8 bytes a token stands for (a special token: the bytes of its name). */
  tokenBytes(id: number): Uint8Array;
  /** The id of a special token such as "<|im_start|>", if this encoding has it. */
  specialId(token: string): number | undefined;
  isSpecial(id: number): boolean;
}

const params = { r50k_base: R50KBase, cl100k_base: Cl100KBase, o200k_base: O200KBase };

const utf8 = new TextEncoder();

export function createEncoder(name: EncodingName, ranks: RawBytePairRanks): Encoder {
  const config = params[name](ranks);
  const bpe = createBytePairEncoder(ranks, config.tokenSplitRegex);
  const specials = config.specialTokensEncoder;
  const specialNames = new Map([...specials].map(([token, id]) => [id, token]));
  const bytesCache = new Map<number, Uint8Array>();
  return {
    name,
    encode: (text) => bpe.encode(text),
    tokenBytes(id) {
      let bytes = bytesCache.get(id);
      if (bytes) return bytes;
      const special = specialNames.get(id);
      const value = special ?? ranks[id];
      bytes = typeof value === 'string' ? utf8.encode(value) : value ? Uint8Array.from(value) : new Uint8Array(0);
      if (bytesCache.size < 50_000) bytesCache.set(id, bytes);
      return bytes;
    },
    specialId: (token) => specials.get(token),
    isSpecial: (id) => specialNames.has(id),
  };
}
