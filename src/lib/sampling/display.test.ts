import { describe, expect, it } from 'vitest';
import { chartRows, displayPiece, formatNumber, formatPercent } from './display';

describe('displayPiece', () => {
  it('makes spaces and line breaks visible and names the boundary', () => {
    expect(displayPiece(' cat', 'END')).toBe('␣cat');
    expect(displayPiece('?\n\n', 'END')).toBe('?↵↵');
    expect(displayPiece('', 'END')).toBe('END');
  });
});

describe('formatPercent', () => {
  it('formats for the locale and never shows NaN', () => {
    expect(formatPercent(0.3103, 'en')).toBe('31.0%');
    expect(formatPercent(0.3103, 'zh-CN')).toBe('31.0%');
    expect(formatPercent(0, 'en')).toBe('0.0%');
    expect(formatPercent(0.0001, 'en')).toBe('<0.1%');
    for (const bad of [NaN, Infinity, -1]) expect(formatPercent(bad, 'en')).toBe('0.0%');
    expect(formatPercent(7, 'en')).toBe('100.0%');
  });
  it('formats numbers for the locale', () => {
    expect(formatNumber(1.2345, 'en')).toBe('1.23');
    expect(formatNumber(NaN, 'en')).toBe('0');
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
  });
});

describe('chartRows', () => {
  it('shows every token of a small distribution, most likely first', () => {
    expect(chartRows([0.1, 0.5, 0.4])).toEqual({ rows: [1, 2, 0], other: false });
  });
  it('shows the top 10 of a large one and a row for the rest', () => {
    const probs = Array.from({ length: 50 }, (_, i) => i + 1);
    const { rows, other } = chartRows(probs);
    expect(other).toBe(true);
    expect(rows).toEqual([49, 48, 47, 46, 45, 44, 43, 42, 41, 40]);
  });
});
