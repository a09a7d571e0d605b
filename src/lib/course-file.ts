import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { courseSchema, type Course } from './schemas';

/** course.yaml of a course folder, validated (the content check has reported any problem already). */
export function loadCourse(dir: string): Course {
  const file = path.join(dir, 'course.yaml');
  const parsed = courseSchema.safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a valid course file: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
