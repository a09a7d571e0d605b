/**
 * The real course folder passes every content check, and every chapter compiles as MDX.
 * (content-checks.test.ts proves the checks catch each kind of mistake.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import { formatProblems } from './content-checks';
import { readCourse } from './course-model';
import { courseDir } from './course-dir';

const dir = courseDir();

describe(`the course in ${path.relative(process.cwd(), dir) || dir}`, () => {
  // Every chapter is parsed as MDX: seconds when the tests run in parallel on a busy machine.
  it('passes the content checks', { timeout: 30_000 }, () => {
    const { problems } = readCourse(dir);
    const errors = problems.filter((p) => p.level === 'error');
    expect(formatProblems(errors, dir)).toBe('');
  });

  const files = ['zh', 'en'].flatMap((lang) =>
    fs.readdirSync(path.join(dir, 'chapters', lang)).map((f) => path.join(dir, 'chapters', lang, f)),
  );
  it.each(files.map((f) => [path.relative(dir, f), f]))('%s compiles as MDX', async (_, file) => {
    const source = fs.readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    await expect(compile(source, { remarkPlugins: [remarkMath] })).resolves.toBeTruthy();
  });
});
