/** How tokens and numbers read in the widget, the same at build time and in the browser. */

/** A piece of text as a token label: spaces and line breaks made visible, the boundary named. */
export function displayPiece(piece: string, endLabel: string): string {
  if (piece === '') return endLabel;
  return piece.replace(/ /g, '␣').replace(/\r?\n/g, '↵').replace(/\t/g, '⇥');
}

/** A probability as a percentage for the page's language; never NaN, tiny values as "<0.1%". */
export function formatPercent(p: number, locale: string): string {
  const x = Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0;
  const f = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return x > 0 && x < 0.0005 ? `<${f.format(0.001)}` : f.format(x);
}

/** A plain number with at most `digits` decimals, for the page's language. */
export function formatNumber(x: number, locale: string, digits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(Number.isFinite(x) ? x : 0);
}

/** Distributions this small show every token; larger ones their top ROWS and one row for the rest. */
export const ALL_ROWS_UP_TO = 12;
export const ROWS = 10;

/** Which token indices get a row (most likely first), and whether a row sums up the rest. */
export function chartRows(probs: ArrayLike<number>): { rows: number[]; other: boolean } {
  const order = Array.from({ length: probs.length }, (_, i) => i).sort((a, b) => probs[b]! - probs[a]! || a - b);
  return order.length <= ALL_ROWS_UP_TO ? { rows: order, other: false } : { rows: order.slice(0, ROWS), other: true };
}
