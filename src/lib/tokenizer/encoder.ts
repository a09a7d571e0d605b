/**
 * A byte-level BPE encoder built from gpt-tokenizer's core and one encoding's rank table.
 *
 * We use gpt-tokenizer's BytePairEncodingCore (the same code its encode() runs) rather than its
 * full per-encoding modules: the core is a few KB, so the worker stays small, and the rank table
 * (the big part) can be a separate lazily loaded chunk. Special tokens are never recognised in the
 * text: `<|endoftext|>` typed by the reader is plain text, as gpt-tokenizer does with
 * `disallowedSpecial: new Set()`. Only the chat view inserts special tokens, by id.
 */
import { BytePairEncodingCore, type RawBytePairRanks } from 'gpt-tokenizer/BytePairEncodingCore';
import { Cl100KBase } from 'gpt-tokenizer/encodingParams/cl100k_base';
import { O200KBase } from 'gpt-tokenizer/encodingParams/o200k_base';
import { R50KBase } from 'gpt-tokenizer/encodingParams/r50k_base';
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
  const core = new BytePairEncodingCore(config);
  const specials = config.specialTokensEncoder;
  const specialNames = new Map([...specials].map(([token, id]) => [id, token]));
  const bytesCache = new Map<number, Uint8Array>();
  return {
    name,
    // No allowed special tokens: the core then matches none and encodes them as text.
    encode: (text) => core.encodeNative(text),
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
