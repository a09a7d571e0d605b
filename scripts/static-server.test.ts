import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInside, resolveRequest, startStaticServer } from './static-server.mjs';

/** A built site and, beside it, a folder whose name starts with the site's: dist/ and dist-other/. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'static-server-'));
const root = path.join(tmp, 'dist');
fs.mkdirSync(path.join(root, 'zh'), { recursive: true });
fs.writeFileSync(path.join(root, 'zh/index.html'), '<p>zh</p>');
fs.writeFileSync(path.join(root, '404.html'), '<p>missing</p>');
fs.mkdirSync(path.join(tmp, 'dist-other'));
fs.writeFileSync(path.join(tmp, 'dist-other/secret.txt'), 'secret');
fs.writeFileSync(path.join(tmp, 'secret.txt'), 'secret');

describe('resolveInside', () => {
  it('keeps paths inside the root and nothing else', () => {
    expect(resolveInside(root, 'zh/index.html')).toBe(path.join(root, 'zh/index.html'));
    expect(resolveInside(root, '')).toBe(root);
    expect(resolveInside(root, '/zh/')).toBe(path.join(root, 'zh'));
    expect(resolveInside(root, 'zh/../zh/index.html')).toBe(path.join(root, 'zh/index.html'));
    // A sibling whose name starts with the root's passes a startsWith(root) check: not this one.
    expect(resolveInside(root, '../dist-other/secret.txt')).toBeUndefined();
    expect(resolveInside(root, '..')).toBeUndefined();
    expect(resolveInside(root, 'zh/../../secret.txt')).toBeUndefined();
    expect(resolveInside(root, 'a\0b')).toBeUndefined();
  });

  it('resolves request paths under the base, decoding them first', () => {
    expect(resolveRequest('/zh/', { root })).toEqual({ file: path.join(root, 'zh/index.html'), redirect: false });
    expect(resolveRequest('/zh', { root })?.redirect).toBe(true);
    expect(resolveRequest('/..%2fdist-other/secret.txt', { root })).toBeUndefined();
    expect(resolveRequest('/llm/..%2f..%2fsecret.txt', { root, base: '/llm/' })).toBeUndefined();
    expect(resolveRequest('/%E0%A4%A', { root })).toBeUndefined();
    expect(resolveRequest('/zh/', { root, base: '/llm/' })).toBeUndefined();
  });
});

describe('the server', () => {
  let server: { origin: string; close: () => Promise<void> };
  beforeAll(async () => {
    server = await startStaticServer({ root, base: '/' });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('serves the site, and a sibling folder reached by an encoded ../ gets the 404 page', async () => {
    expect(await (await fetch(`${server.origin}/zh/`)).text()).toBe('<p>zh</p>');
    for (const attempt of ['/..%2fdist-other/secret.txt', '/..%2Fdist-other%2Fsecret.txt', '/zh/..%2f..%2fsecret.txt', '/%2e%2e%2fdist-other/secret.txt']) {
      const response = await fetch(`${server.origin}${attempt}`);
      expect(response.status, attempt).toBe(404);
      expect(await response.text(), attempt).toBe('<p>missing</p>');
    }
  });
});
