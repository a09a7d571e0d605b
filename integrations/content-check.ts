import type { AstroIntegration } from 'astro';
import { checkCourse, formatProblems, readCourseSources } from '../src/lib/content-checks';
import { courseDir } from '../src/lib/course-dir';
import { checkCourseFigures } from '../src/lib/figure-files';

/** The whole content check of a course folder, as printable text: errors (which fail) and warnings. */
export function checkCourseFolder(dir: string): { errors?: string; warnings?: string } {
  const sources = readCourseSources(dir);
  const { problems } = checkCourse(sources);
  problems.push(...checkCourseFigures(dir, sources.chapters));
  const errors = problems.filter((p) => p.level === 'error');
  const warnings = problems.filter((p) => p.level === 'warning');
  return {
    ...(errors.length ? { errors: `The course in ${dir} has ${errors.length} problem(s) to fix:\n${formatProblems(errors, dir)}` } : {}),
    ...(warnings.length ? { warnings: formatProblems(warnings, dir) } : {}),
  };
}

/**
 * Checks the whole course folder before Astro starts, so a broken field, a missing translation or
 * an unknown term fails `npm run build` (and `npm run dev`) with the file and what to fix.
 * `npm run check:content` runs the same check alone (scripts/check-content.mjs).
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'course-content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const dir = courseDir();
        const { errors, warnings } = checkCourseFolder(dir);
        if (warnings) logger.warn(`\n${warnings}`);
        if (errors) throw new Error(errors);
        logger.info(`course content checked: ${dir}`);
      },
    },
  };
}
