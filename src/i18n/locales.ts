/**
 * A language of the course as code names it: its `path` (zh, en, zh-tw), the URL segment and the
 * key of localized fields. The list itself is the course's (course.yaml `languages:`): pages get
 * it from src/i18n/index.ts, pure modules take it as a parameter.
 */
export type Locale = string;

export function isLocaleIn(paths: readonly string[], value: unknown): value is Locale {
  return typeof value === 'string' && paths.includes(value);
}
