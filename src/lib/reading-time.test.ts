import { describe, expect, it } from 'vitest';
import { readingMinutes } from './reading-time';

const ZH = { unit: 'han' as const, perMinute: 400 };
const EN = { unit: 'word' as const, perMinute: 220 };

describe('readingMinutes', () => {
  it('counts Chinese characters and English words, not markup', () => {
    expect(readingMinutes('字'.repeat(2000), ZH)).toBe(5);
    expect(readingMinutes(Array(1100).fill('word').join(' '), EN)).toBe(5);
    expect(readingMinutes(`<KeyPoints>\n${'字'.repeat(800)}\n</KeyPoints>\n\`\`\`\n${'x '.repeat(5000)}\n\`\`\``, ZH)).toBe(2);
  });
  it('is at least a minute, never NaN', () => {
    expect(readingMinutes('', EN)).toBe(1);
    expect(readingMinutes('', ZH)).toBe(1);
  });
});
