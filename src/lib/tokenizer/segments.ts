/**
 * Token groups: what the reader sees as one coloured piece.
 *
 * Byte-level BPE can split one character (a Chinese character is 3 UTF-8 bytes, an emoji 4) across
 * several tokens, and one token can end in the middle of a character. Such a token has no text of
 * its own. As Tiktokenizer does, consecutive tokens are gathered until their bytes end on a
 * character boundary, and shown as one group holding all their ids. A token that holds whole
 * characters is a group of its own.
 */

export interface TokenGroup {
  /** The characters the group's bytes decode to. */
  text: string;
  ids: number[];
  /** The UTF-8 bytes of each id, in order. */
  bytes: number[][];
  /** For each id: its bytes are only part of a character (they cannot be shown on their own). */
  partial: boolean[];
  /** A special token inserted by the chat view (<|im_start|> …). */
  special: boolean;
}

export interface GroupOptions {
  /** Stop after the group that reaches this many tokens (display cap); the default is all. */
  limit?: number;
  isSpecial?: (id: number) => boolean;
}

export interface Grouping {
  groups: TokenGroup[];
  /** How many tokens the groups hold (all of them unless the limit cut the list). */
  shownTokens: number;
}

/** How many continuation bytes a UTF-8 lead byte announces (0 for ASCII and stray bytes). */
function continuationBytes(byte: number): number {
  if (byte >= 0xf0 && byte <= 0xf7) return 3;
  if (byte >= 0xe0) return byte <= 0xef ? 2 : 0;
  if (byte >= 0xc0) return 1;
  return 0;
}

const isContinuation = (byte: number) => (byte & 0xc0) === 0x80;

/**
 * Walks bytes keeping count of the continuation bytes still owed by the last lead byte.
 * Returns the count owed after `bytes`, starting from `owed`. Malformed input resets to 0 rather
 * than growing groups without end.
 */
export function owedAfter(bytes: ArrayLike<number>, owed = 0): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (isContinuation(b)) owed = owed > 0 ? owed - 1 : 0;
    else owed = continuationBytes(b);
  }
  return owed;
}

/** True when the bytes are whole characters: they start and end on character boundaries. */
export function isWholeCharacters(bytes: ArrayLike<number>): boolean {
  if (bytes.length === 0) return true;
  return !isContinuation(bytes[0]!) && owedAfter(bytes) === 0;
}

const decoder = new TextDecoder();

export function groupTokens(ids: readonly number[], bytesOf: (id: number) => ArrayLike<number>, options: GroupOptions = {}): Grouping {
  const limit = options.limit ?? Infinity;
  const isSpecial = options.isSpecial ?? (() => false);
  const groups: TokenGroup[] = [];
  let current: { ids: number[]; bytes: number[][] } | undefined;
  let owed = 0;
  let shown = 0;

  const close = () => {
    if (!current) return;
    const all = current.bytes.flat();
    const partial = current.bytes.map((b) => !isWholeCharacters(b));
    groups.push({ text: decoder.decode(Uint8Array.from(all)), ids: current.ids, bytes: current.bytes, partial, special: false });
    current = undefined;
    owed = 0;
  };

  for (const id of ids) {
    if (shown >= limit && !current) break;
    shown++;
    if (isSpecial(id)) {
      close();
      const bytes = Array.from(bytesOf(id));
      groups.push({ text: decoder.decode(Uint8Array.from(bytes)), ids: [id], bytes: [bytes], partial: [false], special: true });
      continue;
    }
    const bytes = Array.from(bytesOf(id));
    current ??= { ids: [], bytes: [] };
    current.ids.push(id);
    current.bytes.push(bytes);
    owed = owedAfter(bytes, owed);
    if (owed === 0) close();
  }
  close();
  return { groups, shownTokens: shown };
}
