import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel, gzipSize, modelSettings, toPieces, trainingTexts, usableModel } from './model-build';
import { BOUNDARY, matchPrompt, predict } from './ngram';

const course = path.resolve('content');

describe('toPieces', () => {
  it('cuts text into decoded o200k_base tokens that concatenate back to it', () => {
    for (const text of ['What is 2+2?', '鹈鹕的笑话', '饕餮 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🐈', '<|im_start|>user<|im_sep|>hi<|im_end|>', 'a\nb']) {
      const pieces = toPieces(text);
      expect(pieces.join('')).toBe(text);
      expect(pieces.every((p) => p.length > 0 && !p.includes('\uFFFD'))).toBe(true);
    }
    expect(toPieces('What is 2+2')).toEqual(['What', ' is', ' ', '2', '+', '2']);
  });
  it('joins byte-level tokens of a rare character into one piece', () => {
    // 鹈 takes two byte-level tokens in o200k_base; the piece is the whole character.
    expect(toPieces('鹈')).toEqual(['鹈']);
  });
});

describe('the toy model of the real course', () => {
  for (const lang of ['zh', 'en']) {
    it(`${lang}: is trained on its own chapters and fits the budget`, () => {
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
      // Trains on the whole course: about 5 s alone, more on a busy machine.
    }, 60_000);
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
