import { describe, expect, it } from 'vitest';
import { toPieces } from './model-build';

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

