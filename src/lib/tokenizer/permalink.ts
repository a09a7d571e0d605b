/**
 * Permalinks: each widget's text, encoding and view in the URL hash, keyed by the widget's id so
 * several widgets on a page keep their own state:
 *
 *   #tokenizer-1.e=o200k_base&tokenizer-1.m=compare&tokenizer-1.t=%E5%88%86%E8%AF%8D%E5%99%A8
 *
 * Reading never throws: a malformed link yields what could be read plus a list of problems.
 * (URLSearchParams decodes bad percent escapes to U+FFFD instead of throwing, and writes lone
 * surrogates as U+FFFD: a link cannot carry them.)
 */
import { isEncodingName, isMode, type EncodingName, type Mode } from './encodings';

export interface LinkState {
  encoding?: EncodingName;
  mode?: Mode;
  text?: string;
}

export type LinkProblem = 'encoding' | 'mode' | 'truncated';

export interface ParsedLink {
  states: Map<string, LinkState>;
  problems: Map<string, LinkProblem[]>;
}

/** Texts longer than this (UTF-16 units) are not written into links. */
export const MAX_LINK_TEXT = 10_000;
/** Longer hashes are read only this far. */
export const MAX_HASH = 200_000;

const WIDGET_ID = /^[A-Za-z][\w-]{0,63}$/;
const KEY = /^([A-Za-z][\w-]{0,63})\.([emt])$/;

export function isWidgetId(id: string): boolean {
  return WIDGET_ID.test(id);
}

/** True when the hash holds widget state rather than a plain #section anchor. */
export function isStateHash(hash: string): boolean {
  return /^#?[A-Za-z][\w-]{0,63}\.[emt]=/.test(hash) || /&[A-Za-z][\w-]{0,63}\.[emt]=/.test(hash);
}

function params(hash: string): URLSearchParams {
  return new URLSearchParams(hash.replace(/^#/, ''));
}

export function parseHash(hash: string): ParsedLink {
  const states = new Map<string, LinkState>();
  const problems = new Map<string, LinkProblem[]>();
  if (!isStateHash(hash)) return { states, problems };
  const truncated = hash.length > MAX_HASH;
  const problem = (id: string, p: LinkProblem) => problems.set(id, [...(problems.get(id) ?? []), p]);
  for (const [key, value] of params(truncated ? hash.slice(0, MAX_HASH) : hash)) {
    const match = KEY.exec(key);
    if (!match) continue;
    const id = match[1]!;
    const field = match[2]!;
    const state = states.get(id) ?? {};
    states.set(id, state);
    if (field === 'e') {
      if (isEncodingName(value)) state.encoding = value;
      else problem(id, 'encoding');
    } else if (field === 'm') {
      if (isMode(value)) state.mode = value;
      else problem(id, 'mode');
    } else {
      state.text = value;
    }
  }
  if (truncated) for (const id of states.keys()) problem(id, 'truncated');
  return { states, problems };
}

/** True when the text is short enough to be put in a link. */
export function linkFits(text: string): boolean {
  return text.length <= MAX_LINK_TEXT;
}

/**
 * The hash with one widget's state set (or removed, when `state` is undefined), other widgets'
 * states kept. A plain #section anchor is replaced. Returns "" for no state at all.
 */
export function writeHash(hash: string, id: string, state: Required<LinkState> | undefined): string {
  const next = new URLSearchParams();
  if (isStateHash(hash)) {
    for (const [key, value] of params(hash)) {
      const match = KEY.exec(key);
      if (match && match[1] !== id) next.append(key, value);
    }
  }
  if (state) {
    next.set(`${id}.e`, state.encoding);
    next.set(`${id}.m`, state.mode);
    next.set(`${id}.t`, state.text);
  }
  const out = next.toString();
  return out ? `#${out}` : '';
}
