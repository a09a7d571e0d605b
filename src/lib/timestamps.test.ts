import { describe, expect, it } from 'vitest';
import { durationMinutes, formatTimestamp, parseTimestamp, videoUrl } from './timestamps';

describe('parseTimestamp', () => {
  it('reads h:mm:ss and m:ss', () => {
    expect(parseTimestamp('0:07:47')).toBe(467);
    expect(parseTimestamp('7:47')).toBe(467);
    expect(parseTimestamp('1:23:17')).toBe(4997);
    expect(parseTimestamp('3:31:23')).toBe(12683);
    expect(parseTimestamp(' 12:21 ')).toBe(741);
  });
  it('rejects malformed times', () => {
    for (const bad of ['', '7', '7:4', '7:60', '1:60:00', '7.47', 'a:bc', '1:2:3:4', '-1:00', '123:00:00']) {
      expect(parseTimestamp(bad), bad).toBeUndefined();
    }
  });
});

describe('formatTimestamp', () => {
  it('writes h:mm:ss, or m:ss when short', () => {
    expect(formatTimestamp(467)).toBe('0:07:47');
    expect(formatTimestamp(467, { short: true })).toBe('7:47');
    expect(formatTimestamp(4997, { short: true })).toBe('1:23:17');
  });
  it('never shows NaN', () => {
    expect(formatTimestamp(Number.NaN)).toBe('0:00:00');
    expect(formatTimestamp(-5)).toBe('0:00:00');
  });
  it('round-trips', () => {
    for (const s of [0, 59, 60, 3599, 3600, 12683]) expect(parseTimestamp(formatTimestamp(s))).toBe(s);
  });
});

describe('durationMinutes and videoUrl', () => {
  it('rounds to at least a minute', () => {
    expect(durationMinutes(467, 867)).toBe(7);
    expect(durationMinutes(0, 10)).toBe(1);
  });
  it('links the video at the second', () => {
    expect(videoUrl('7xTGNNLPyMI', 467)).toBe('https://www.youtube.com/watch?v=7xTGNNLPyMI&t=467');
  });
});
