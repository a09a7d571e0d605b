/** Text a filter box matches against: lower-cased, width-folded, spaces and hyphens removed. */
export function normalizeForFilter(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\-‐–—_·・]/g, '');
}
