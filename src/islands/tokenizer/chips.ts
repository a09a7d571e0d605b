/**
 * The token chips and id chips of one result pane: drawing them from a worker result, and making
 * them listboxes (roving tab stop, each token's accessible name). User text only ever becomes
 * text nodes. The pure parts (reading the build-time ids back, which chip a key moves to) are
 * exported for tests.
 */
import { displayText, hexBytes, isBlank, parseHexBytes } from '../../lib/tokenizer/display';
import type { TokenGroup } from '../../lib/tokenizer/segments';

/** Each drawn token's raw text (the chip shows control characters and, on request, whitespace replaced). */
export type RawText = WeakMap<Element, string>;

/** The chips of a result: one span per token group, one per id, as fragments to put in place. */
export function drawChips(groups: readonly TokenGroup[], showWhitespace: boolean, raw: RawText): { tokens: DocumentFragment; ids: DocumentFragment } {
  const tokens = document.createDocumentFragment();
  const ids = document.createDocumentFragment();
  groups.forEach((group, g) => {
    const span = document.createElement('span');
    span.className = `tk-t tk-c${g % 8}`;
    span.classList.toggle('tk-multi', group.ids.length > 1);
    span.classList.toggle('tk-special', group.special);
    span.classList.toggle('tk-blank', isBlank(group.text));
    span.dataset['g'] = String(g);
    span.textContent = displayText(group.text, showWhitespace);
    raw.set(span, group.text);
    tokens.append(span);
    group.ids.forEach((id, k) => {
      const item = document.createElement('span');
      item.className = 'tk-id';
      item.classList.toggle('tk-part', group.partial[k] === true);
      item.classList.toggle('tk-special', group.special);
      item.dataset['g'] = String(g);
      item.dataset['b'] = hexBytes(group.bytes[k] ?? []);
      item.textContent = String(id);
      ids.append(item, ' ');
    });
  });
  return { tokens, ids };
}

/** One id chip as the build wrote it: its group, its id and its bytes in hex. */
export interface IdChip {
  g: string;
  id: string;
  b: string;
}

/** The groups' ids and bytes read back from the build-time id chips (garbage reads as no bytes, id NaN is skipped). */
export function groupsFromIds(chips: readonly IdChip[]): Map<string, { ids: number[]; bytes: number[] }> {
  const groups = new Map<string, { ids: number[]; bytes: number[] }>();
  for (const chip of chips) {
    const group = groups.get(chip.g) ?? { ids: [], bytes: [] };
    groups.set(chip.g, group);
    const id = Number(chip.id);
    if (chip.id.trim() !== '' && Number.isInteger(id)) group.ids.push(id);
    group.bytes.push(...(parseHexBytes(chip.b) ?? []));
  }
  return groups;
}

/**
 * Listbox semantics and roving focus for the tokens and ids of a pane, and each token's
 * accessible name from `label(text, ids)`. Groups just drawn are passed in; for the build-time
 * render they are read back from the id chips, and each token's raw text decoded from its bytes.
 */
export function enhancePane(pane: HTMLElement, raw: RawText, label: (text: string, ids: readonly number[]) => string, drawn?: readonly TokenGroup[]): void {
  const groups = drawn
    ? new Map(drawn.map((group, g) => [String(g), { ids: group.ids, bytes: [] as number[] }]))
    : groupsFromIds([...pane.querySelectorAll<HTMLElement>('.tk-id')].map((el) => ({ g: el.dataset['g'] ?? '', id: el.textContent ?? '', b: el.dataset['b'] ?? '' })));
  const decoder = new TextDecoder();
  for (const [list, selector] of [
    [pane.querySelector<HTMLElement>('[data-tk="tokens"]'), '.tk-t'],
    [pane.querySelector<HTMLElement>('[data-tk="ids"]'), '.tk-id'],
  ] as const) {
    if (!list) continue;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-orientation', 'horizontal');
    list.querySelectorAll<HTMLElement>(selector).forEach((item, i) => {
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      item.tabIndex = i === 0 ? 0 : -1;
      if (selector === '.tk-t') {
        const group = groups.get(item.dataset['g'] ?? '') ?? { ids: [], bytes: [] };
        let text = raw.get(item);
        if (text === undefined) raw.set(item, (text = decoder.decode(Uint8Array.from(group.bytes))));
        item.setAttribute('aria-label', label(displayText(text, true), group.ids));
      }
    });
  }
}

/** Redraws token text after the whitespace switch, without the encoder. */
export function redrawText(root: ParentNode, showWhitespace: boolean, raw: RawText): void {
  for (const span of root.querySelectorAll('.tk-t')) {
    const text = raw.get(span);
    if (text !== undefined) span.textContent = displayText(text, showWhitespace);
  }
}

/** Where a key moves in a list of `n` chips from chip `i`: an index, or undefined for keys that do not move. */
export function keyTarget(key: string, i: number, n: number): number | undefined {
  if (n === 0) return undefined;
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(i + 1, n - 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(i - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return n - 1;
  return undefined;
}
