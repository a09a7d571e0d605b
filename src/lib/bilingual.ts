/**
 * The side-by-side reading mode pairs a chapter's blocks (see rehype-sections.ts) across
 * languages. The page's rendered HTML is split at the top-level block wrappers (ReadingBlocks);
 * the partner language's blocks arrive on demand and are paired by block key (scripts/partner.ts).
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface Block {
  /** "intro", a section id, or "self-check". */
  key: string;
  html: string;
}

/** The outermost block wrappers (class "block" with a data-block key) of a fragment, in order. */
function topBlocks(node: Root | Element, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const classes = child.properties.className;
    const key = child.properties.dataBlock;
    if (Array.isArray(classes) && classes.includes('block') && typeof key === 'string') out.push(child);
    else topBlocks(child, out);
  }
  return out;
}

/**
 * Splits rendered chapter HTML into its top-level blocks; text before the first block is kept as
 * key "". The HTML is parsed (hast) to find the blocks, then cut at their start tags, so every
 * block keeps its bytes exactly as rendered.
 */
export function splitBlocks(html: string): Block[] {
  const starts = topBlocks(fromHtml(html, { fragment: true })).map((el) => ({ index: el.position!.start.offset!, key: String(el.properties.dataBlock) }));
  const blocks: Block[] = [];
  if (starts.length === 0) return html.trim() ? [{ key: '', html }] : [];
  const before = html.slice(0, starts[0]!.index);
  if (before.trim()) blocks.push({ key: '', html: before });
  starts.forEach((start, i) => {
    blocks.push({ key: start.key, html: html.slice(start.index, starts[i + 1]?.index ?? html.length) });
  });
  return blocks;
}

/** Pairs blocks by key in the primary language's order; a block only one language has stays alone. */
export function pairBlocks(primary: Block[], secondary: Block[]): { key: string; primary?: string; secondary?: string }[] {
  const rest = new Map(secondary.map((b) => [b.key, b.html]));
  const pairs: { key: string; primary?: string; secondary?: string }[] = [];
  for (const block of primary) {
    const other = rest.get(block.key);
    rest.delete(block.key);
    pairs.push(other === undefined ? { key: block.key, primary: block.html } : { key: block.key, primary: block.html, secondary: other });
  }
  for (const [key, html] of rest) pairs.push({ key, secondary: html });
  return pairs;
}
