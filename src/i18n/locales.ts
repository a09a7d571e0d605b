/** The two languages of every page. URL prefix → `<html lang>`; Chinese comes first. */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];

export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(lang: Locale): Locale {
  return lang === 'zh' ? 'en' : 'zh';
}
