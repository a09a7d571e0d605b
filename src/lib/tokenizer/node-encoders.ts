/** Encoders for the build-time render and the unit tests (Node), loaded once per process. */
import type { RawBytePairRanks } from 'gpt-tokenizer/BytePairEncodingCore';
import { createEncoder, type Encoder } from './encoder';
import type { EncodingName } from './encodings';

const loaders: Record<EncodingName, () => Promise<{ default: RawBytePairRanks }>> = {
  r50k_base: () => import('gpt-tokenizer/bpeRanks/r50k_base'),
  cl100k_base: () => import('gpt-tokenizer/bpeRanks/cl100k_base'),
  o200k_base: () => import('gpt-tokenizer/bpeRanks/o200k_base'),
};

const cache = new Map<EncodingName, Promise<Encoder>>();

export function loadEncoder(name: EncodingName): Promise<Encoder> {
  let encoder = cache.get(name);
  if (!encoder) {
    encoder = loaders[name]().then((m) => createEncoder(name, m.default));
    cache.set(name, encoder);
  }
  return encoder;
}
