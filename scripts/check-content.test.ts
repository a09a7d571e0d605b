import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (courseDir: string) =>
  spawnSync(process.execPath, ['scripts/check-content.mjs'], { encoding: 'utf8', env: { ...process.env, COURSE_DIR: courseDir } });

describe('npm run check:content', () => {
  it('passes a good course', () => {
    const result = run('e2e/fixtures/course');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/course content checked: .*e2e\/fixtures\/course/);
    expect(result.status).toBe(0);
  });

  it('fails a broken chapter with its file and its own line number', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-content-'));
    fs.cpSync('e2e/fixtures/course', dir, { recursive: true });
    const [file] = fs.readdirSync(path.join(dir, 'chapters/en'));
    const full = path.join(dir, 'chapters/en', file!);
    const lines = fs.readFileSync(full, 'utf8').split('\n');
    lines.push('', 'See <Term id="no-such-term" /> here.');
    fs.writeFileSync(full, lines.join('\n'));
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`chapters/en/${file} › line ${lines.length}: <Term id="no-such-term" /> names an unknown glossary term`);
  }, 30_000);
});
