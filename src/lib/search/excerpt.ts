/**
 * Pagefind's excerpts are HTML: the page's text, entity-escaped, with <mark> around matched words.
 * The UI never assigns them as HTML. This reads an excerpt into plain segments, marked or not; the
 * view makes text nodes and <mark> elements from them. Any other tag is shown as the text it is.
 */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

/** Decodes the entities Pagefind writes (&amp; &lt; &gt; &quot; &#39; and numeric ones); leaves others as typed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6}|#39);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower in NAMED) return NAMED[lower]!;
    if (lower.startsWith('#')) {
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      if (Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) return String.fromCodePoint(code);
    }
    return whole;
  });
}

/** "a <mark>b</mark> c" → [{a, false}, {b, true}, {c, false}]; unbalanced tags are tolerated. */
export function excerptSegments(excerpt: unknown): ExcerptSegment[] {
  if (typeof excerpt !== 'string' || !excerpt) return [];
  const out: ExcerptSegment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') mark = true;
    else if (tag === '</mark>') mark = false;
    else if (part) {
      const text = decodeEntities(part);
      const last = out.at(-1);
      if (last && last.mark === mark) last.text += text;
      else out.push({ text, mark });
    }
  }
  return out;
}
