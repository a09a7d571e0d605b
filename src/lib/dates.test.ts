import { describe, expect, it } from 'vitest';
import { formatContentDate, parseContentDate } from './dates';

describe('content dates', () => {
  it('reads a month and a day', () => {
    expect(parseContentDate('2025-02')).toEqual({ year: 2025, month: 2 });
    expect(parseContentDate('2025-02-05')).toEqual({ year: 2025, month: 2, day: 5 });
  });
  it('rejects what is not a date', () => {
    for (const bad of ['2025', '2025-13', '2025-02-32', 'February 2025', '', '2025-2']) expect(parseContentDate(bad)).toBeUndefined();
  });
  it('formats in the language given', () => {
    expect(formatContentDate('2025-02', 'en-GB')).toBe('February 2025');
    expect(formatContentDate('2025-02-05', 'en-GB')).toBe('5 February 2025');
    expect(formatContentDate('2025-02', 'zh-CN')).toBe('2025年2月');
  });
  it('gives back text that is no date unchanged', () => {
    expect(formatContentDate('early 2025', 'en')).toBe('early 2025');
  });
});
