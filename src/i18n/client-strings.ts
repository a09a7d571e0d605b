/**
 * Interface strings a custom element needs at run time. The build writes only the widgets' keys
 * (never the whole pack) into /<lang>/widgets.json (src/pages/[lang]/widgets.json.ts); the
 * element reads them back and fills them with the same fill() as the build. Garbage never
 * throws: a missing or non-text string reads as "", so the widget says less instead of failing.
 */
import type { StringKey } from './strings';

/** Server side: the named strings of one language. */
export function clientStrings<K extends StringKey>(s: Record<K, string>, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, s[k]])) as Record<K, string>;
}

/** Client side: each key's text from what was fetched ("" for anything unreadable). */
export function readClientStrings<K extends string>(data: unknown, keys: readonly K[]): Record<K, string> {
  const from = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const out = {} as Record<K, string>;
  for (const key of keys) {
    const value = Object.hasOwn(from, key) ? from[key] : undefined;
    out[key] = typeof value === 'string' ? value : '';
  }
  return out;
}
