/**
 * Interface strings a custom element needs at run time. The page writes only the widget's keys
 * (never the whole pack) into a data attribute as JSON; the element reads them back and fills
 * them with the same fill() as the build. Garbage in the attribute never throws: a missing or
 * non-text string reads as "", so the widget says less instead of failing.
 */
import type { StringKey } from './strings';

/** Server side: the named strings of one language, as JSON for a data attribute. */
export function clientStrings<K extends StringKey>(s: Record<K, string>, keys: readonly K[]): string {
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, s[k]])));
}

/** Client side: each key's text from the attribute ("" for anything unreadable). */
export function readClientStrings<K extends string>(json: string | undefined, keys: readonly K[]): Record<K, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json ?? '');
  } catch {
    parsed = undefined;
  }
  const from = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  const out = {} as Record<K, string>;
  for (const key of keys) {
    const value = from[key];
    out[key] = typeof value === 'string' ? value : '';
  }
  return out;
}
