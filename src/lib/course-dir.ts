import path from 'node:path';

/**
 * The folder holding the course (course.yaml, chapters/, glossary/). `src/` holds no course text,
 * so another course builds from another folder: COURSE_DIR=path/to/course npm run build.
 */
export function courseDir(): string {
  return path.resolve(process.env.COURSE_DIR || 'content');
}
