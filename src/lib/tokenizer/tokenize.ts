/**
 * One encoding's result for the view: exact counts of the whole text, and the coloured groups
 * and ids of at most `limit` tokens (a 1 MB paste has ~300,000 tokens; drawing them all would
 * freeze the page, counting them does not). Used at build time and in the worker alike, so the
 * static render and the live one cannot differ.
 */
import { encodeChat, parseChat } from './chat';
import type { Encoder } from './encoder';
import type { EncodingName } from './encodings';
import { groupTokens, type TokenGroup } from './segments';
import { countCodePoints, countLoneSurrogates, utf8Length } from './stats';

/** Tokens drawn per result; the counts always cover everything. */
export const RENDER_LIMIT = 1000;

export interface PaneResult {
  encoding: EncodingName;
  /** Exact number of tokens, chat-format tokens included. */
  tokens: number;
  /** Unicode characters and UTF-8 bytes of the text that was encoded. */
  chars: number;
  bytes: number;
  /** Chat-format special tokens among `tokens`. */
  special: number;
  loneSurrogates: number;
  groups: TokenGroup[];
  /** Tokens held by `groups`; less than `tokens` when the display was capped. */
  shownTokens: number;
  /** The chat view asked for an encoding without chat tokens: shown as plain text instead. */
  chatUnsupported: boolean;
}

export function tokenizePane(encoder: Encoder, text: string, mode: 'text' | 'chat', limit = RENDER_LIMIT): PaneResult {
  let ids: number[];
  let encodedText = text;
  let special = 0;
  let chatUnsupported = false;
  const chat = mode === 'chat' ? encodeChat(encoder, parseChat(text)) : undefined;
  if (chat) {
    ({ ids, special, text: encodedText } = chat);
  } else {
    chatUnsupported = mode === 'chat';
    ids = encoder.encode(text);
  }
  const { groups, shownTokens } = groupTokens(ids, (id) => encoder.tokenBytes(id), {
    limit,
    isSpecial: chat ? (id) => encoder.isSpecial(id) : () => false,
  });
  return {
    encoding: encoder.name,
    tokens: ids.length,
    chars: countCodePoints(encodedText),
    bytes: utf8Length(encodedText),
    special,
    loneSurrogates: countLoneSurrogates(encodedText),
    groups,
    shownTokens,
    chatUnsupported,
  };
}
