import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// Both tests run Astro in this folder (its .astro/ cache): one at a time.
test.describe.configure({ mode: 'serial' });

/**
 * The generator serves any course: build the two-chapter fixture with COURSE_DIR into a
 * temporary folder and check its pages carry the fixture's text, not this course's.
 */
test('a second course builds from COURSE_DIR', async () => {
  test.setTimeout(120_000);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fixture-course-'));
  execFileSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, COURSE_DIR: 'e2e/fixtures/course', HANDOUTS: '0' },
    stdio: 'pipe',
  });
  const home = fs.readFileSync(path.join(outDir, 'zh/index.html'), 'utf8');
  expect(home).toContain('测试小课');
  expect(home).not.toContain('Karpathy');
  const chapter = fs.readFileSync(path.join(outDir, 'en/first-steps/index.html'), 'utf8');
  expect(chapter).toContain('data-chapter="1"');
  expect(chapter).toContain('watch?v=aaaaaaaaaaa&amp;t=300');
  expect(chapter).toContain('data-term="widget"');
  expect(fs.existsSync(path.join(outDir, 'zh/second-steps/index.html'))).toBe(true);
  expect(fs.existsSync(path.join(outDir, 'zh/tokenization/index.html'))).toBe(false);
  // HANDOUTS=0: no PDFs, and the handouts page says so instead of showing empty values.
  const handouts = fs.readFileSync(path.join(outDir, 'zh/handouts/index.html'), 'utf8');
  expect(handouts).toContain('01-first-steps-zh.pdf');
  expect(handouts.match(/data-handout-stat="pages"[^>]*>未生成</g)?.length).toBe(6);
  expect(handouts).not.toMatch(/NaN|undefined/);
  expect(fs.existsSync(path.join(outDir, 'handouts.json'))).toBe(false);
  fs.rmSync(outDir, { recursive: true, force: true });
});

test('a broken course fails the build naming the file and the field', async () => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-course-'));
  fs.cpSync('e2e/fixtures/course', dir, { recursive: true });
  const file = path.join(dir, 'chapters/en/02-second-steps.mdx');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('start: "0:10:00"', 'start: "0:1O:00"'));
  let output = '';
  try {
    execFileSync('npx', ['astro', 'build', '--outDir', path.join(dir, 'out')], { env: { ...process.env, COURSE_DIR: dir }, stdio: 'pipe' });
  } catch (error) {
    const e = error as { stdout: Buffer; stderr: Buffer };
    output = `${e.stdout}${e.stderr}`;
  }
  expect(output).toContain('chapters/en/02-second-steps.mdx › start: must be a video time like "0:07:47"');
  expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  fs.rmSync(dir, { recursive: true, force: true });
});
