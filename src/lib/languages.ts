/**
 * A course's languages, from the `languages:` list of course.yaml. The first is the primary one
 * (the landing page's, the left column side by side). Each has a BCP 47 `code` (<html lang>,
 * hreflang) and a `path` (URL segment, chapters/<path>/, and the key of every localized field in
 * the content), plus the facts code needs, which default to the generator's pack for the code.
 */
import type { LanguageFacts } from '../i18n/strings';

export interface Language extends LanguageFacts {
  code: string;
  path: string;
  /**
   * Reserved: a language derived at build time from another (e.g. zh-TW from zh by OpenCC).
   * Not built yet; the content check refuses it.
   */
  from?: string | undefined;
}

/** The language whose path is `path` (a language of the course). */
export function languageOf(languages: readonly Language[], path: string): Language {
  const found = languages.find((l) => l.path === path);
  if (!found) throw new Error(`"${path}" is not a language of this course (${languages.map((l) => l.path).join(', ')})`);
  return found;
}

/** The course's languages other than `path`, in the course's order. */
export function otherLanguages(languages: readonly Language[], path: string): Language[] {
  return languages.filter((l) => l.path !== path);
}

/**
 * Language name for `other` in the language `code`: from `names` (the language's own words,
 * LanguageFacts.names, e.g. 英文), else as Intl knows it ("Chinese"), else its own label.
 */
export function languageName(code: string, other: Language, names?: Record<string, string>): string {
  const own = names?.[other.code];
  if (own) return own;
  try {
    const base = other.code.split('-')[0]!;
    return new Intl.DisplayNames([code], { type: 'language' }).of(base) ?? other.label;
  } catch {
    return other.label;
  }
}
