import type { AstroIntegration } from 'astro';
import { checkCourse, formatProblems, readCourseSources } from '../src/lib/content-checks';
import { courseDir } from '../src/lib/course-dir';
import { checkCourseFigures } from '../src/lib/figure-files';

/**
 * Checks the whole course folder before Astro starts, so a broken field, a missing translation or
 * an unknown term fails `npm run build` (and `npm run dev`) with the file and what to fix.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'course-content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const dir = courseDir();
        const sources = readCourseSources(dir);
        const { problems } = checkCourse(sources);
        problems.push(...checkCourseFigures(dir, sources.chapters));
        const errors = problems.filter((p) => p.level === 'error');
        const warnings = problems.filter((p) => p.level === 'warning');
        if (warnings.length) logger.warn(`\n${formatProblems(warnings, dir)}`);
        if (errors.length) {
          throw new Error(`The course in ${dir} has ${errors.length} problem(s) to fix:\n${formatProblems(errors, dir)}`);
        }
        logger.info(`course content checked: ${dir}`);
      },
    },
  };
}
