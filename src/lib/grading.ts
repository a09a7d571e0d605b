/**
 * Graded self-check questions (<Choice>, <Numeric>, <Order>): the pure rules shared by the
 * build (components render the shuffled order) and the browser (the question element grades).
 * Kept tiny and dependency-free: it ships to every chapter page that has graded questions.
 */

/** FNV-1a over UTF-16 code units: a stable 32-bit number for a text. */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The order an <Order> question shows its `n` steps in: `shown[i]` is the index (in the correct
 * order) of the step shown at position i. Derived from the question text, so every build shows
 * the same order; never the correct order itself (for n ≥ 2).
 */
export function shuffledOrder(question: string, n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let a = textHash(question);
  const random = () => {
    // mulberry32
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // Still in the right order: rotate by one, which can never be.
  if (n > 1 && order.every((v, i) => v === i)) order.push(order.shift()!);
  return order;
}

/** A choice is right when exactly the correct options are selected. */
export function gradeChoice(selected: readonly number[], correct: readonly number[]): boolean {
  return selected.length === correct.length && correct.every((c) => selected.includes(c));
}

/**
 * The number a reader typed: "10.8", " 10,8 " (a decimal comma), "200,000" or "200 000" (thousands
 * grouped by commas or spaces), "1e3", full-width digits; undefined for anything that is not a
 * finite number.
 */
export function readNumber(value: string | number): number | undefined {
  let text = String(value).normalize('NFKC').trim();
  if (/^[+-]?\d{1,3}([ ,]\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/[ ,]/g, '');
  else if (/^[+-]?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  const v = Number(text);
  return text !== '' && Number.isFinite(v) ? v : undefined;
}

/** A number is right within the tolerance; anything that is not a number is wrong. */
export function gradeNumeric(value: string | number, answer: number, tolerance = 0): boolean {
  const v = readNumber(value);
  return v !== undefined && Math.abs(v - answer) <= Math.abs(tolerance) + 1e-9 * Math.max(1, Math.abs(answer));
}

/** An order is right when the steps (by their correct index) read 0, 1, 2, … */
export function gradeOrder(order: readonly number[]): boolean {
  return order.length > 0 && order.every((v, i) => v === i);
}
