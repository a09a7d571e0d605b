import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CourseReading } from '../src/lib/course-model';
import { buildSearchIndex } from '../src/lib/search/build-index';

/**
 * After `astro build` has written the pages: the Pagefind index (dist/pagefind/, one index per
 * `<html lang>`) and the search data files (dist/search/<lang>.json). Any error Pagefind reports,
 * or a language missing from the index, fails the build. See docs/search.md.
 */
export function search(reading: CourseReading): AstroIntegration {
  return {
    name: 'course-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const valid = reading.valid;
        // The course integration has already stopped the build if the course is not valid.
        if (!valid) throw new Error('search: the course does not pass its content checks');
        const started = performance.now();
        const report = await buildSearchIndex(fileURLToPath(dir), valid);
        if (report.errors.length) {
          throw new Error(`Pagefind reported ${report.errors.length} problem(s):\n${report.errors.map((e) => `  - ${e}`).join('\n')}`);
        }
        const kb = (report.bytes / 1024).toFixed(0);
        logger.info(
          `indexed ${Object.entries(report.pages).map(([l, n]) => `${n} ${l}`).join(' + ')} pages in ${(performance.now() - started).toFixed(0)} ms, ${kb} KB in ${path.relative(process.cwd(), report.outputPath)}/`,
        );
      },
    },
  };
}
