import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkCourse, readCourseSources } from '../src/lib/content-checks';
import { courseDir } from '../src/lib/course-dir';
import { buildSearchIndex } from '../src/lib/search/build-index';

/**
 * After `astro build` has written the pages: the Pagefind index (dist/pagefind/, one index per
 * `<html lang>`) and the search data files (dist/search/<lang>.json). Any error Pagefind reports,
 * or a language missing from the index, fails the build. See docs/search.md.
 */
export function search(): AstroIntegration {
  return {
    name: 'course-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { valid } = checkCourse(readCourseSources(courseDir()));
        // The content check has already stopped the build if the course is not valid.
        if (!valid) throw new Error('search: the course does not pass its content checks');
        const started = performance.now();
        const report = await buildSearchIndex(fileURLToPath(dir), valid);
        if (report.errors.length) {
          throw new Error(`Pagefind reported ${report.errors.length} problem(s):\n${report.errors.map((e) => `  - ${e}`).join('\n')}`);
        }
        const kb = (report.bytes / 1024).toFixed(0);
        logger.info(
          `indexed ${report.pages.zh} zh + ${report.pages.en} en pages in ${(performance.now() - started).toFixed(0)} ms, ${kb} KB in ${path.relative(process.cwd(), report.outputPath)}/`,
        );
      },
    },
  };
}
