import { describe, expect, it } from 'vitest';
import { displayText, hexBytes, isBlank, parseHexBytes } from './display';

describe('displayText', () => {
  it('leaves ordinary text alone', () => {
    expect(displayText('hello 世界', false)).toBe('hello 世界');
    expect(displayText('a\nb\tc', false)).toBe('a\nb\tc');
  });

  it('shows spaces, tabs and newlines on request, keeping line breaks', () => {
    expect(displayText('a b\tc\nd', true)).toBe('a·b→c↵\nd');
    expect(displayText('\u00a0', true)).toBe('⍽');
  });

  it('always draws control characters as Control Pictures', () => {
    expect(displayText('\u0000\u0007\u001b\u007f', false)).toBe('␀␇␛␡');
    expect(displayText('\r', false)).toBe('␍');
  });

  it('gives a leading combining mark a dotted circle', () => {
    expect(displayText('\u0301', false)).toBe('◌\u0301');
    expect(displayText('e\u0301', false)).toBe('e\u0301');
  });

  it('keeps emoji sequences whole', () => {
    expect(displayText('👨‍👩‍👧', true)).toBe('👨‍👩‍👧');
  });
});

describe('isBlank', () => {
  it('finds pieces that draw nothing', () => {
    expect(isBlank(' ')).toBe(true);
    expect(isBlank('\u200d')).toBe(true);
    expect(isBlank('')).toBe(true);
    expect(isBlank(' a')).toBe(false);
  });
});

describe('hex bytes', () => {
  it('round-trips', () => {
    expect(hexBytes([0xe5, 0x88, 0x86])).toBe('E5 88 86');
    expect(hexBytes([])).toBe('');
    expect(parseHexBytes('E5 88 86')).toEqual([0xe5, 0x88, 0x86]);
    expect(parseHexBytes('')).toEqual([]);
  });

  it('rejects anything else', () => {
    expect(parseHexBytes('E5 8')).toBeUndefined();
    expect(parseHexBytes('zz')).toBeUndefined();
  });
});
