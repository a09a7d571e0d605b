/**
 * The tokenizer's run-time messages: which pack keys the custom element gets (as JSON in
 * data-strings) and the few that need code around fill(): a plural, a list of ids. Used by the
 * build-time render and the element alike, so both say the same.
 */
import { fill, type StringKey } from '../../i18n/strings';

export const tokenizerClientKeys = [
  'tokenizer.tokenLabel',
  'tokenizer.tokenLabelOne',
  'listSeparator',
  'tokenizer.empty',
  'tokenizer.loading',
  'tokenizer.loadFailed',
  'tokenizer.workerFailed',
  'tokenizer.truncated',
  'tokenizer.loneSurrogates',
  'tokenizer.loneSurrogatesOne',
  'tokenizer.chatEncoding',
  'tokenizer.unknownModel',
  'tokenizer.modelUses',
  'tokenizer.linkCorrupt',
  'tokenizer.linkTooLong',
  'tokenizer.linkCopied',
  'tokenizer.linkCopyFailed',
  'tokenizer.announce',
] as const satisfies readonly StringKey[];

export type TokenizerText = Record<(typeof tokenizerClientKeys)[number], string>;

/** A token read out: "hello: id 15339", or its ids when it took several. */
export function tokenLabel(s: TokenizerText, text: string, ids: readonly number[], code: string): string {
  const one = ids.length === 1;
  return fill(s[one ? 'tokenizer.tokenLabelOne' : 'tokenizer.tokenLabel'], { text, n: ids.length, ids: ids.join(s.listSeparator) }, code);
}

/** The note about unpaired surrogates, singular or plural. */
export function loneSurrogates(s: TokenizerText, n: number, code: string): string {
  return n === 1 ? s['tokenizer.loneSurrogatesOne'] : fill(s['tokenizer.loneSurrogates'], { n }, code);
}
