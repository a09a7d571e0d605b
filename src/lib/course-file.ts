import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { courseSchema, samplingPresetsSchema, tokenizerPresetsSchema, type Course, type SamplingPreset, type TokenizerPreset } from './schemas';

/** Where a course keeps the presets of its widgets, relative to its folder. */
export const SAMPLING_PRESETS_FILE = 'widgets/sampling.yaml';
export const TOKENIZER_PRESETS_FILE = 'widgets/tokenizer.yaml';

/** course.yaml of a course folder, validated (the content check has reported any problem already). */
export function loadCourse(dir: string): Course {
  const file = path.join(dir, 'course.yaml');
  const parsed = courseSchema.safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a valid course file: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** A widget's presets file (widgets/<widget>.yaml), validated; none if the course has no file. */
function loadPresets<T>(dir: string, name: string, schema: z.ZodType<Record<string, T>>): Record<string, T> {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) return {};
  const parsed = schema.safeParse(parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a valid presets file: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

export const loadSamplingPresets = (dir: string): Record<string, SamplingPreset> => loadPresets(dir, SAMPLING_PRESETS_FILE, samplingPresetsSchema);
export const loadTokenizerPresets = (dir: string): Record<string, TokenizerPreset> => loadPresets(dir, TOKENIZER_PRESETS_FILE, tokenizerPresetsSchema);
