/** Counts shown under each result. Exact for any text, including lone surrogates; never NaN. */

/** Unicode characters (code points); a lone surrogate counts as one. */
export function countCodePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** UTF-8 bytes, as TextEncoder counts them (a lone surrogate becomes U+FFFD: 3 bytes). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Unpaired surrogates (they cannot be UTF-8 and are encoded as U+FFFD). */
export function countLoneSurrogates(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      if (i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      else n++;
    } else if (c >= 0xdc00 && c <= 0xdfff) n++;
  }
  return n;
}

/** Tokens per character, or undefined when there are no characters. */
export function tokensPerChar(tokens: number, chars: number): number | undefined {
  if (!Number.isFinite(tokens) || !Number.isFinite(chars) || chars <= 0) return undefined;
  return tokens / chars;
}

/** "0.18", or "—" when undefined. */
export function formatRatio(ratio: number | undefined, locale: string): string {
  if (ratio === undefined) return '—';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ratio);
}

export function formatCount(n: number, locale: string): string {
  return Number.isFinite(n) ? new Intl.NumberFormat(locale).format(n) : '—';
}
