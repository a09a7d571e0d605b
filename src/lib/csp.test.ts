import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash } from './csp';

describe('cspHash', () => {
  it('is the base64 SHA-256 a browser compares, for any text', async () => {
    expect(await cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    for (const text of ['.tk-controls { display: none; }', '@page { content: "第 3 章 分词"; }', '\n  a\n']) {
      expect(await cspHash(text)).toBe(`sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`);
    }
  });
});
