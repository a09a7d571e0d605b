/**
 * How a token's text is drawn. Always: control characters become their visible Control Pictures
 * (U+2400…) and a leading combining mark gets a dotted circle to sit on. On request, whitespace
 * becomes visible: space ·, tab →, newline ↵ (the line still breaks), no-break space ⍽.
 */

const WHITESPACE: Record<string, string> = {
  ' ': '·',
  '\t': '→',
  '\n': '↵\n',
  '\r': '␍',
  '\u00a0': '⍽',
  '\u3000': '□',
};

/** The character drawn for a control character, or undefined for anything else. */
function controlPicture(code: number): string | undefined {
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '␡';
  return undefined;
}

export function displayText(text: string, showWhitespace: boolean): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (showWhitespace && WHITESPACE[ch] !== undefined) out += WHITESPACE[ch];
    else if (ch === '\n' || ch === '\t') out += ch;
    else out += controlPicture(code) ?? ch;
  }
  return /^\p{M}/u.test(out) ? `◌${out}` : out;
}

/** True when nothing visible would be drawn (spaces, zero-width characters): give it some width. */
export function isBlank(text: string): boolean {
  return /^[\s\u200b-\u200f\u2060\ufeff]*$/u.test(text);
}

/** "E5 88 86" */
export function hexBytes(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += (i ? ' ' : '') + bytes[i]!.toString(16).toUpperCase().padStart(2, '0');
  return out;
}

/** The reverse of hexBytes; undefined for anything that is not a list of two-digit hex bytes. */
export function parseHexBytes(text: string): number[] | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const parts = trimmed.split(/\s+/);
  if (!parts.every((p) => /^[0-9a-f]{2}$/i.test(p))) return undefined;
  return parts.map((p) => parseInt(p, 16));
}
