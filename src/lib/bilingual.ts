/**
 * The side-by-side reading mode pairs a chapter's blocks (see rehype-sections.ts) across
 * languages. The page's rendered HTML is split at the top-level block wrappers (ReadingBlocks);
 * the partner language's blocks arrive on demand and are paired by block key (scripts/partner.ts).
 */

export interface Block {
  /** "intro", a section id, or "self-check". */
  key: string;
  html: string;
}

const BLOCK_START = /<(?:section|div) class="block" data-block="([^"]*)"/g;

/** Splits rendered chapter HTML into its top-level blocks; text before the first block is kept as key "". */
export function splitBlocks(html: string): Block[] {
  const starts = [...html.matchAll(BLOCK_START)].map((m) => ({ index: m.index, key: m[1]! }));
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
