/**
 * A widget's state and the page's URL hash, both ways (the codec itself is
 * src/lib/tokenizer/permalink.ts). Pure: the element passes location.hash in and writes back
 * what these return.
 */
import type { WidgetState } from '../../lib/tokenizer/encodings';
import { isStateHash, linkFits, parseHash, writeHash } from '../../lib/tokenizer/permalink';

const same = (a: WidgetState, b: WidgetState) => a.text === b.text && a.encoding === b.encoding && a.mode === b.mode;

/**
 * What the hash says about widget `id`: `corrupt` when part of its state could not be read,
 * `next` the state to show when the link changes the current one, and `first` when this widget
 * is the first the link names (the page scrolls to it).
 */
export function readLink(hash: string, id: string, current: WidgetState): { corrupt: boolean; next?: WidgetState; first: boolean } {
  const { states, problems } = parseHash(hash);
  const linked = states.get(id);
  const corrupt = problems.has(id);
  if (!linked) return { corrupt, first: false };
  // Not normalized here: the element's setState does it and says why (chat needs o200k_base).
  const next = { ...current, ...linked };
  return { corrupt, first: states.keys().next().value === id, ...(same(next, current) ? {} : { next }) };
}

/**
 * The hash after widget `id` changed: its state is kept when it differs from the built one and
 * its text fits a link, removed otherwise. `hash` is undefined when the URL should stay as it
 * is (nothing of ours in it and nothing to add); `fits` is false for text too long to link.
 */
export function linkAfter(hash: string, id: string, state: WidgetState, initial: WidgetState): { hash: string | undefined; fits: boolean } {
  const fits = linkFits(state.text);
  const keep = fits && !same(state, initial) ? state : undefined;
  if (!keep && !isStateHash(hash)) return { hash: undefined, fits };
  const next = writeHash(hash, id, keep);
  return { hash: next === hash ? undefined : next, fits };
}
