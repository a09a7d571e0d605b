import { describe, expect, it } from 'vitest';
import { readingMinutes } from './reading-time';

describe('readingMinutes', () => {
  it('counts Chinese characters and English words, not markup', () => {
    expect(readingMinutes('字'.repeat(2000), 'zh')).toBe(5);
    expect(readingMinutes(Array(1100).fill('word').join(' '), 'en')).toBe(5);
    expect(readingMinutes(`<KeyPoints>\n${'字'.repeat(800)}\n</KeyPoints>\n\`\`\`\n${'x '.repeat(5000)}\n\`\`\``, 'zh')).toBe(2);
  });
  it('is at least a minute, never NaN', () => {
    expect(readingMinutes('', 'en')).toBe(1);
    expect(readingMinutes('', 'zh')).toBe(1);
  });
});
