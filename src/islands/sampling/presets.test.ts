import { describe, expect, it } from 'vitest';
import { locales } from '../../i18n';
import { presets } from './presets';
import { samplingStrings } from './strings';

describe('presets', () => {
  for (const [name, preset] of Object.entries(presets)) {
    it(`${name}: complete in both languages`, () => {
      for (const lang of locales) {
        expect(preset.note[lang].length, `${name} note ${lang}`).toBeGreaterThan(10);
        expect(preset.prompt[lang].length).toBeGreaterThan(0);
        if ('illustrative' in preset) {
          const { context, candidates } = preset.illustrative[lang];
          expect(context.length).toBeGreaterThan(0);
          expect(candidates.length).toBeGreaterThanOrEqual(2);
          expect(candidates.length).toBeLessThanOrEqual(12);
          expect(candidates.every((c) => c.p > 0 && c.token.length > 0)).toBe(true);
          expect(new Set(candidates.map((c) => c.token)).size).toBe(candidates.length);
          expect(candidates.reduce((s, c) => s + c.p, 0)).toBeCloseTo(1, 6);
        }
      }
    });
  }
});

describe('strings', () => {
  it('give every client template its placeholders in both languages', () => {
    for (const [key, zh] of Object.entries(samplingStrings.zh.client)) {
      const en = samplingStrings.en.client[key as keyof typeof samplingStrings.en.client];
      const marks = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(marks(zh), key).toEqual(marks(en));
    }
  });
});
