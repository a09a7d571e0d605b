/** The toy model trained on this course's chapters: a course test, not a generator test. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel, gzipSize, modelSettings, trainingTexts, usableModel } from './model-build';
import { BOUNDARY, matchPrompt, predict } from './ngram';
import { courseDir } from '../course-dir';

const course = courseDir();

describe('the toy model of the real course', () => {
  for (const lang of ['zh', 'en']) {
    it(`${lang}: is trained on its own chapters and fits the budget`, { timeout: 30_000 }, () => {
      const texts = trainingTexts(course, lang);
      expect(texts.length).toBeGreaterThan(20);
      const built = buildModel(course, lang);
      expect(built.gzipBytes).toBeLessThanOrEqual(modelSettings.budgetGzip);
      expect(built.gzipBytes).toBe(gzipSize(built.json));
      expect(built.file.lang).toBe(lang);
      expect(built.file.tokenizer).toBe('o200k_base');
      expect(built.file.trainingPieces).toBeGreaterThan(5000);
      // Chinese chapters train the Chinese model, English ones the English model.
      const han = built.file.pieces.filter((p) => /\p{Script=Han}/u.test(p)).length;
      if (lang === 'zh') expect(han).toBeGreaterThan(built.file.pieces.length / 3);
      else expect(han).toBeLessThan(built.file.pieces.length / 20);
    });
  }
  it('continues text the way the notes do', () => {
    const m = usableModel(course, 'en');
    const { probs, context } = predict(m, [BOUNDARY, ...matchPrompt(m, 'The knowledge')]);
    expect(context).toBe(2);
    let best = 0;
    probs.forEach((p, i) => (best = p > probs[best]! ? i : best));
    expect(m.pieces[best]).toBe(' cutoff');
  });
  it('is cached, and rebuilt when a chapter changes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samp-'));
    fs.cpSync(path.resolve('e2e/fixtures/course'), dir, { recursive: true });
    const first = buildModel(dir, 'en');
    expect(buildModel(dir, 'en')).toBe(first);
    const file = path.join(dir, 'chapters/en/01-first-steps.mdx');
    fs.appendFileSync(file, '\nPelicans are birds with a pouch.\n');
    const second = buildModel(dir, 'en');
    expect(second).not.toBe(first);
    expect(second.file.pieces).toContain(' pouch');
    fs.rmSync(dir, { recursive: true });
  });
});
