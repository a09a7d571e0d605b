/**
 * Chinese script conversion for a language derived at build time (course.yaml: `from: zh`): the
 * Simplified text becomes Traditional with OpenCC (opencc-js), Taiwan or Hong Kong phrases
 * included, then the course's own phrase fixes on top (conversion/<path>.yaml).
 */
import * as OpenCC from 'opencc-js';
import * as Locale from 'opencc-js/preset';

/** The conversions the generator makes, by source and target BCP 47 code (lower case). */
const OPENCC_LOCALES: Record<string, { from: string; to: string }> = {
  'zh-cn>zh-tw': { from: 'cn', to: 'twp' },
  'zh-hans>zh-tw': { from: 'cn', to: 'twp' },
  'zh-hans>zh-hant-tw': { from: 'cn', to: 'twp' },
  'zh-cn>zh-hk': { from: 'cn', to: 'hk' },
  'zh-hans>zh-hk': { from: 'cn', to: 'hk' },
  'zh-hans>zh-hant-hk': { from: 'cn', to: 'hk' },
};

/**
 * Quotation marks: mainland “ ” ‘ ’ become the corner brackets 「 」 『 』 that Taiwan and Hong
 * Kong print.
 */
const CORNER_QUOTES: [string, string][] = [
  ['“', '「'],
  ['”', '」'],
  ['‘', '『'],
  ['’', '』'],
];

export type Convert = (text: string) => string;

/** Whether the generator can derive `target` from `source` (BCP 47 codes). */
export function canConvert(source: string, target: string): boolean {
  return `${source.toLowerCase()}>${target.toLowerCase()}` in OPENCC_LOCALES;
}

export function supportedConversions(): string[] {
  return Object.keys(OPENCC_LOCALES).map((k) => k.replace('>', ' → '));
}

const cache = new Map<string, Convert>();

/**
 * A converter from `source` to `target`, with `phrases` (Simplified → wanted Traditional) matched
 * before OpenCC's own dictionaries, longest first, so a course fixes a phrase the way its readers
 * write it ("参数" → "參數", not the "引數" of programming).
 */
export function chineseConverter(source: string, target: string, phrases: Readonly<Record<string, string>> = {}): Convert {
  const key = `${source.toLowerCase()}>${target.toLowerCase()}`;
  const locales = OPENCC_LOCALES[key];
  if (!locales) throw new Error(`no conversion from ${source} to ${target} (the generator converts ${supportedConversions().join(', ')})`);
  const cacheKey = `${key}\n${JSON.stringify(phrases)}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const opencc = OpenCC.Converter(locales);
  const fixes = Object.entries(phrases).filter(([from]) => from.length > 0);
  // A fixed phrase is shielded from OpenCC by a private-use placeholder, then put back.
  const shield = fixes.length ? OpenCC.CustomConverter(fixes.map(([from], i) => [from, placeholder(i)] as [string, string])) : (s: string) => s;
  const quotes = OpenCC.CustomConverter(CORNER_QUOTES);
  const convert: Convert = (text) => {
    if (!/[\u2e80-\u9fff\u201c\u201d\u2018\u2019]/.test(text)) return text;
    let out = quotes(opencc(shield(text)));
    if (fixes.length) out = out.replace(/\uE000(\d+)\uE001/g, (_, i: string) => fixes[Number(i)]![1]);
    return out;
  };
  cache.set(cacheKey, convert);
  return convert;
}

function placeholder(i: number): string {
  return `\uE000${i}\uE001`;
}

/** Every string in a YAML-like value converted; keys, numbers and booleans as they are. */
export function convertDeep<T>(value: T, convert: Convert): T {
  if (typeof value === 'string') return convert(value) as T;
  if (Array.isArray(value)) return value.map((v) => convertDeep(v, convert)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertDeep(v, convert)])) as T;
  }
  return value;
}

/**
 * Characters that only Simplified Chinese writes (发, 这, 国…): OpenCC turns them into another
 * character and no Traditional text of the target writes them (干, 里, 后 stay valid: 干擾, 公里,
 * 皇后). A derived Traditional page holding one has text that skipped the conversion.
 */
export function simplifiedOnlyCharacters(): Set<string> {
  const groups = (dicts: readonly (readonly OpenCC.DictLike[])[] | undefined) => (dicts ?? []).flat();
  const entries = (dict: OpenCC.DictLike): string[][] => (typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict.map(([a, b]) => [a, b]));
  const pairs = [...groups(Locale.from['cn']), ...groups(Locale.to['twp']), ...groups(Locale.to['hk'])].flatMap(entries);
  const traditional = new Set(pairs.flatMap(([, ...targets]) => [...targets.join('')]));
  // The last dictionary of the Simplified side is OpenCC's character table (STCharacters).
  const characters = groups(Locale.from['cn']).at(-1);
  return new Set(
    (characters ? entries(characters) : [])
      .filter(([s, t]) => s && t && s !== t && [...s].length === 1 && !traditional.has(s))
      .map(([s]) => s!),
  );
}
