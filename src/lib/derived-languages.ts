/**
 * Languages made at build time from another (course.yaml: `{ code: zh-TW, path: zh-tw, from: zh }`):
 * the course folder as read from disk gains the derived language's chapters, glossary fields,
 * course.yaml fields, widget presets and interface strings, converted from the source language
 * (src/lib/chinese-conversion.ts), before anything is checked. Nothing is kept by hand, so an
 * edit to a zh chapter shows in zh-tw on the next build. What the course writes itself wins: a
 * term's own `zh-tw:` name, a ui/zh-tw.yaml string. Phrases OpenCC gets wrong are fixed in
 * conversion/<path>.yaml.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { packFor } from '../i18n/packs';
import { chineseConverter, convertDeep, type Convert } from './chinese-conversion';
import { splitFrontmatter, type CourseSources, type Problem } from './content-checks';

export interface Derivation {
  /** The derived language's path and code. */
  path: string;
  code: string;
  /** The language it is made from. */
  from: string;
  fromCode: string;
  convert: Convert;
  /** The course's phrase fixes (conversion/<path>.yaml), and that file relative to the course folder. */
  phrases: Readonly<Record<string, string>>;
  phrasesFile?: string | undefined;
}

/** A derived chapter as written for Astro to compile: chapters/<path>/<fileName>. */
export interface DerivedChapter {
  lang: string;
  fileName: string;
  text: string;
}

/** The file of a derived language's phrase fixes, relative to the course folder. */
export function phrasesFileOf(languagePath: string): string {
  return `conversion/${languagePath}.yaml`;
}

interface LanguageItem {
  code?: unknown;
  path?: unknown;
  from?: unknown;
}

/**
 * The derivations course.yaml asks for. Only well-formed ones: a `from` that is wrong in any way
 * is reported by resolveLanguages (content-checks.ts), which makes the same checks.
 */
export function derivationsOf(courseData: unknown, dir: string, problems: Problem[]): Derivation[] {
  const items = (courseData as { languages?: unknown } | undefined)?.languages;
  if (!Array.isArray(items)) return [];
  const list = items as LanguageItem[];
  const out: Derivation[] = [];
  for (const item of list) {
    if (typeof item?.from !== 'string' || typeof item.path !== 'string' || typeof item.code !== 'string') continue;
    const source = list.find((l) => l?.path === item.from);
    if (!source || source.from !== undefined || typeof source.code !== 'string') continue;
    const phrasesFile = phrasesFileOf(item.path);
    const phrases = readPhrases(dir, phrasesFile, problems);
    try {
      out.push({ path: item.path, code: item.code, from: item.from, fromCode: source.code, convert: chineseConverter(source.code, item.code, phrases), phrases: phrases ?? {}, phrasesFile: phrases ? phrasesFile : undefined });
    } catch {
      // An unsupported pair: resolveLanguages says which conversions exist.
    }
  }
  return out;
}

/** conversion/<path>.yaml: `phrases:` mapping source-script text to the wanted text. */
function readPhrases(dir: string, file: string, problems: Problem[]): Record<string, string> | undefined {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) return undefined;
  const error = (field: string | undefined, message: string) => problems.push({ level: 'error', file, field, message });
  let data: unknown;
  try {
    data = parseYaml(fs.readFileSync(full, 'utf8'));
  } catch (e) {
    error(undefined, `is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const phrases = (data as { phrases?: unknown } | null)?.phrases;
  if (!phrases || typeof phrases !== 'object' || Array.isArray(phrases)) {
    error('phrases', 'must map the source text to the wanted text, e.g. "参数: 參數"');
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [from, to] of Object.entries(phrases as Record<string, unknown>)) {
    if (typeof to !== 'string' || !to.trim()) error(`phrases.${from}`, 'must be non-empty text');
    else out[from] = to;
  }
  return out;
}

/**
 * In every object that holds the source language's key and not the derived one, the derived key
 * is added, converted: `{ zh: 词元, en: token }` gains `zh-tw: 詞元`. Keys in `skip` are left alone
 * (a course's house rules are its authors', not the conversion's).
 */
function fillDerived(value: unknown, d: Derivation, skip: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v) => fillDerived(v, d));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = skip.includes(key) ? v : fillDerived(v, d);
  if (d.from in out && !(d.path in out)) out[d.path] = convertDeep(out[d.from], d.convert);
  return out;
}

/** Links within the source edition ("](/zh/introduction/)", href="/zh/…") lead within the derived one. */
function ownLinks(text: string, d: Derivation): string {
  const escaped = d.from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(\\]\\(|href=["'])/${escaped}/`, 'g'), `$1/${d.path}/`);
}

/**
 * The course folder's sources with every derived language filled in. Also returns the derived
 * chapters as files to write for Astro. A course that keeps a derived language's chapters or
 * strings by hand gets an error: they would be overwritten.
 */
export function deriveSources(sources: CourseSources, dir: string): { sources: CourseSources; derivations: Derivation[]; chapters: DerivedChapter[] } {
  const problems = [...sources.problems];
  const derivations = derivationsOf(sources.course?.data, dir, problems);
  if (!derivations.length) return { sources, derivations, chapters: [] };
  let out: CourseSources = { ...sources, problems };
  const chapters: DerivedChapter[] = [];
  for (const d of derivations) {
    const own = out.chapters.filter((c) => c.lang === d.path);
    for (const c of own) problems.push({ level: 'error', file: c.file, message: `is in chapters/${d.path}/, but course.yaml makes ${d.path} from ${d.from}: edit chapters/${d.from}/${c.fileName} instead, and delete this file` });
    const derived = out.chapters
      .filter((c) => c.lang === d.from)
      .flatMap((c) => {
        const text = ownLinks(d.convert(fs.readFileSync(path.join(dir, c.file), 'utf8')), d);
        const parts = splitFrontmatter(text);
        if (!parts) return [];
        chapters.push({ lang: d.path, fileName: c.fileName, text });
        // Problems in a derived chapter name its source, the file an author edits.
        return [{ ...c, lang: d.path, data: convertDeep(c.data, d.convert), body: parts.body }];
      });
    const fill = <T extends { data: unknown } | undefined>(s: T): T => (s ? { ...s, data: fillDerived(s.data, d) } : s);
    const sourceUi = out.ui?.find((u) => u.path === d.from);
    const ownUi = out.ui?.find((u) => u.path === d.path);
    // Interface text takes the generator's interface phrases for the language too, then the course's.
    const uiConvert = chineseConverter(d.fromCode, d.code, { ...packFor(d.code)?.uiPhrases, ...d.phrases });
    const derivedUi = sourceUi && sourceUi.data && typeof sourceUi.data === 'object' ? convertDeep(sourceUi.data, uiConvert) : undefined;
    const ui = derivedUi
      ? [
          ...(out.ui ?? []).filter((u) => u !== ownUi),
          { file: ownUi?.file ?? sourceUi!.file, path: d.path, data: { ...(derivedUi as object), ...(ownUi?.data && typeof ownUi.data === 'object' ? ownUi.data : {}) } },
        ]
      : out.ui;
    out = {
      ...out,
      course: out.course ? { ...out.course, data: fillDerived(out.course.data, d, ['languages', 'conventions']) } : out.course,
      chapters: [...out.chapters.filter((c) => c.lang !== d.path), ...derived],
      terms: out.terms.map((t) => fill(t)),
      samplingPresets: fill(out.samplingPresets),
      tokenizerPresets: fill(out.tokenizerPresets),
      ui: ui ?? [],
    };
  }
  return { sources: out, derivations, chapters };
}

/**
 * The converter of a derived language (its course phrase fixes included), for what is converted
 * while pages render (figures); undefined for a language whose text is written.
 */
export function converterOf(dir: string, languages: readonly { code: string; path: string; from?: string | undefined }[], languagePath: string): Derivation | undefined {
  return derivationsOf({ languages }, dir, []).find((d) => d.path === languagePath);
}
