import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SAMPLING_PRESETS_FILE } from './content-checks';
import { courseSchema, samplingPresetsSchema, type Course, type SamplingPreset } from './schemas';

/** course.yaml of a course folder, validated (the content check has reported any problem already). */
export function loadCourse(dir: string): Course {
  const file = path.join(dir, 'course.yaml');
  const parsed = courseSchema.safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a valid course file: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** The presets of <Sampling> (widgets/sampling.yaml), validated; none if the course has no file. */
export function loadSamplingPresets(dir: string): Record<string, SamplingPreset> {
  const file = path.join(dir, SAMPLING_PRESETS_FILE);
  if (!fs.existsSync(file)) return {};
  const parsed = samplingPresetsSchema.safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a valid presets file: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
