import { describe, expect, it } from 'vitest';
import { samplingStrings } from './strings';

describe('strings', () => {
  it('give every client template its placeholders in both languages', () => {
    for (const [key, zh] of Object.entries(samplingStrings['zh-CN']!.client)) {
      const en = samplingStrings['en']!.client[key as keyof (typeof samplingStrings)['en']['client']];
      const marks = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(marks(zh), key).toEqual(marks(en));
    }
  });
});
