import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtFiles } from './offline';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('builtFiles', () => {
  it('lists every file of dist/ with its size and a content hash, without the offline files of an earlier run', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-built-'));
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    write('index.html', '<p>a</p>');
    write('en/intro/index.html', '<p>b</p>');
    write('_astro/x.js', '<p>b</p>');
    write('sw.js', 'old worker');
    write('offline-en.json', '{}');
    const files = builtFiles(dir).sort((a, b) => a.path.localeCompare(b.path));
    expect(files.map((f) => [f.path, f.size])).toEqual([
      ['_astro/x.js', 8],
      ['en/intro/index.html', 8],
      ['index.html', 8],
    ]);
    // Same bytes, same revision; different bytes, another.
    expect(files[0]!.revision).toBe(files[1]!.revision);
    expect(files[2]!.revision).not.toBe(files[1]!.revision);
    expect(files[0]!.revision).toMatch(/^[0-9a-f]{16}$/);
  });
});
