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
  /** The path of the language this one is converted from at build time (src/lib/derived-languages.ts). */
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
 * LanguageFacts.names, e.g. 英文), else as Intl knows it ("Chinese"), else its own label. When the
 * course has the same language twice (zh-CN and zh-TW), the script or region tells them apart:
 * "简体中文" / "繁體中文", "English (United Kingdom)".
 */
export function languageName(code: string, other: Language, all: readonly Language[] = [], names?: Record<string, string>): string {
  const own = names?.[other.code];
  if (own) return own;
  try {
    const display = new Intl.DisplayNames([code], { type: 'language' });
    const base = other.code.split('-')[0]!;
    const twins = all.filter((l) => l.path !== other.path && sameLanguage(l, other));
    if (!twins.length) return display.of(base) ?? other.label;
    const script = new Intl.Locale(other.code).maximize().script;
    const scriptsDiffer = twins.some((t) => new Intl.Locale(t.code).maximize().script !== script);
    return display.of(scriptsDiffer && script ? `${base}-${script}` : other.code) ?? other.label;
  } catch {
    return other.label;
  }
}

/** Whether two languages are one language in two scripts or regions (zh-CN and zh-TW, en and en-GB). */
export function sameLanguage(a: Pick<Language, 'code'>, b: Pick<Language, 'code'>): boolean {
  return a.code.split('-')[0]!.toLowerCase() === b.code.split('-')[0]!.toLowerCase();
}
