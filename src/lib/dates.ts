/** A calendar date as content writes it: "2025-02" (a month) or "2025-02-05" (a day). */
export interface ContentDate {
  year: number;
  month: number;
  day?: number;
}

const ISO_DATE = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;

/** The parts of "YYYY-MM" or "YYYY-MM-DD", or undefined for anything else. */
export function parseContentDate(text: string): ContentDate | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), ...(m[3] ? { day: Number(m[3]) } : {}) };
}

/** "February 2025" / "5 February 2025" in a language's own words, through Intl; the text itself when it is no date. */
export function formatContentDate(text: string, bcp47: string): string {
  const date = parseContentDate(text);
  if (!date) return text;
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC', ...(date.day ? { day: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(bcp47, options).format(utc);
}
