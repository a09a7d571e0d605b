/**
 * Whole-course checks that no single-file schema can make: the languages of course.yaml, every
 * chapter in every language, numbers and slugs unique, video times increasing, term ids known,
 * section ids aligned across languages, widget presets known, interface strings complete.
 * Runs before every build and dev start (integrations/content-check.ts); each problem names the
 * file, the field and what to do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { packFor } from '../i18n/packs';
import { canConvert, supportedConversions } from './chinese-conversion';
import { placeholders, type StringKey, type Strings } from '../i18n/strings';
import { enStrings } from '../i18n/packs/en';
import type { Language } from './languages';
import { parseChapterFileName } from './paths';
import {
  aliasParts,
  chapterSchema,
  languagesSchema,
  schemasFor,
  type ChapterData,
  type Course,
  type SamplingPreset,
  type TermData,
  type TokenizerPreset,
} from './schemas';
import { SAMPLING_PRESETS_FILE, TOKENIZER_PRESETS_FILE } from './course-file';
import { parseMdx, presetUsesInBody, sectionIds, termIdsInBody, timestampsInBody } from './mdx-scan';
import { checkConventions } from './conventions';
import { parseTimestamp } from './timestamps';
import { checkQuestions } from './questions';

export interface Problem {
  level: 'error' | 'warning';
  /** Path of the file, relative to the course folder. */
  file: string;
  /** The field or place inside the file, e.g. "start", "parts[1].chapters[0]", "line 12". */
  field?: string | undefined;
  message: string;
}

/** The course folder as read from disk, before any validation. */
export interface CourseSources {
  course: { file: string; data: unknown } | undefined;
  /** `bodyLine`: the file line the body starts on, so problems name the file's own lines. */
  chapters: { file: string; lang: string; fileName: string; data: unknown; body: string; bodyLine?: number }[];
  terms: { file: string; id: string; data: unknown }[];
  /** widgets/sampling.yaml and widgets/tokenizer.yaml, the widgets' presets, if the course has them. */
  samplingPresets?: { file: string; data: unknown } | undefined;
  tokenizerPresets?: { file: string; data: unknown } | undefined;
  /** ui/<path>.yaml: the course's own interface strings for a language (added or overriding the generator's). */
  ui?: { file: string; path: string; data: unknown }[];
  /** Problems met while reading (unparsable YAML, missing folders). */
  problems: Problem[];
}

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(source: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return undefined;
  return { yaml: match[1]!, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Parses YAML; `lineOffset` turns a line of the frontmatter into a line of the file. */
function parseYamlText(file: string, yaml: string, problems: Problem[], lineOffset = 0): unknown {
  try {
    return parseYaml(yaml);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line + lineOffset}` : undefined;
    problems.push({ level: 'error', file, field: where, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

/** Reads course.yaml, chapters/<path>/*.mdx, glossary/*.yaml, widgets/*.yaml and ui/*.yaml from a course folder. */
export function readCourseSources(dir: string): CourseSources {
  const problems: Problem[] = [];
  const rel = (p: string) => path.relative(dir, p) || p;
  const sources: CourseSources = { course: undefined, chapters: [], terms: [], problems };

  const coursePath = path.join(dir, 'course.yaml');
  if (fs.existsSync(coursePath)) {
    sources.course = { file: rel(coursePath), data: parseYamlText(rel(coursePath), fs.readFileSync(coursePath, 'utf8'), problems) };
  } else {
    problems.push({ level: 'error', file: 'course.yaml', message: `is missing: every course folder needs one (looked in ${dir})` });
  }

  const chaptersDir = path.join(dir, 'chapters');
  for (const lang of fs.existsSync(chaptersDir) ? fs.readdirSync(chaptersDir).sort() : []) {
    const langDir = path.join(chaptersDir, lang);
    if (!fs.statSync(langDir).isDirectory()) continue;
    for (const fileName of fs.readdirSync(langDir).sort()) {
      const full = path.join(langDir, fileName);
      const source = fs.readFileSync(full, 'utf8');
      const parts = splitFrontmatter(source);
      if (!parts) {
        problems.push({ level: 'error', file: rel(full), message: 'has no frontmatter: start the file with a --- block of YAML fields' });
        continue;
      }
      sources.chapters.push({ file: rel(full), lang, fileName, data: parseYamlText(rel(full), parts.yaml, problems, 1), body: parts.body, bodyLine: parts.bodyLine });
    }
  }

  const glossaryDir = path.join(dir, 'glossary');
  for (const fileName of fs.existsSync(glossaryDir) ? fs.readdirSync(glossaryDir).sort() : []) {
    const full = path.join(glossaryDir, fileName);
    if (!fileName.endsWith('.yaml')) {
      problems.push({ level: 'error', file: rel(full), message: 'is not a .yaml file: the glossary holds one <id>.yaml per term' });
      continue;
    }
    sources.terms.push({ file: rel(full), id: fileName.replace(/\.yaml$/, ''), data: parseYamlText(rel(full), fs.readFileSync(full, 'utf8'), problems) });
  }

  const optionalYaml = (file: string) => {
    const full = path.join(dir, file);
    return fs.existsSync(full) ? { file, data: parseYamlText(file, fs.readFileSync(full, 'utf8'), problems) } : undefined;
  };
  sources.samplingPresets = optionalYaml(SAMPLING_PRESETS_FILE);
  sources.tokenizerPresets = optionalYaml(TOKENIZER_PRESETS_FILE);
  const uiDir = path.join(dir, 'ui');
  sources.ui = (fs.existsSync(uiDir) ? fs.readdirSync(uiDir).sort() : [])
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ file: `ui/${f}`, path: f.replace(/\.yaml$/, ''), data: parseYamlText(`ui/${f}`, fs.readFileSync(path.join(uiDir, f), 'utf8'), problems) }));
  return sources;
}

function fieldPath(segments: readonly PropertyKey[]): string | undefined {
  if (segments.length === 0) return undefined;
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i ? '.' : ''}${String(s)}`)).join('');
}

function schemaProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ level: 'error' as const, file, field: fieldPath(issue.path), message: issue.message }));
}

export interface ValidCourse {
  /** The languages, resolved (facts from course.yaml, else from the generator's pack). */
  languages: Language[];
  course: Course;
  /** Every language's complete interface strings, by path. */
  ui: Record<string, Strings>;
  chapters: { file: string; lang: string; slug: string; data: ChapterData; body: string; bodyLine?: number | undefined }[];
  terms: Map<string, TermData & { file: string }>;
  samplingPresets: Record<string, SamplingPreset>;
  tokenizerPresets: Record<string, TokenizerPreset>;
}

/** Validates everything; returns the problems (errors and warnings) and what was valid. */
export function checkCourse(sources: CourseSources): { problems: Problem[]; valid: ValidCourse | undefined; languages: Language[]; ui: Record<string, Partial<Strings>> } {
  const problems: Problem[] = [...sources.problems];
  const error = (file: string, field: string | undefined, message: string) => problems.push({ level: 'error', file, field, message });
  const warn = (file: string, field: string | undefined, message: string) => problems.push({ level: 'warning', file, field, message });

  // The languages first: every localized field is keyed by their paths.
  const courseFile = sources.course?.file ?? 'course.yaml';
  const languages = resolveLanguages(sources.course?.data, courseFile, problems);
  const paths = languages.map((l) => l.path);
  const schemas = schemasFor(paths);

  // Single files against their schemas.
  let course: Course | undefined;
  if (sources.course && sources.course.data !== undefined && languages.length) {
    const parsed = schemas.course.safeParse(sources.course.data);
    if (parsed.success) course = parsed.data;
    else problems.push(...schemaProblems(sources.course.file, parsed.error));
  }
  const ui = checkStrings(languages, sources.ui ?? [], problems);

  const terms = new Map<string, TermData & { file: string }>();
  for (const term of sources.terms) {
    if (term.data === undefined) continue;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(term.id)) {
      error(term.file, undefined, 'has a file name that is not a term id: use lower-case letters, digits and hyphens');
      continue;
    }
    const parsed = schemas.term.safeParse(term.data);
    if (parsed.success) terms.set(term.id, { ...parsed.data, file: term.file });
    else problems.push(...schemaProblems(term.file, parsed.error));
  }

  // The widgets' presets: a course without the file has none.
  function presetsOf<T>(source: { file: string; data: unknown } | undefined, schema: z.ZodType<Record<string, T>>): Record<string, T> {
    if (!source || source.data === undefined) return {};
    const parsed = schema.safeParse(source.data);
    if (parsed.success) return parsed.data;
    problems.push(...schemaProblems(source.file, parsed.error));
    return {};
  }
  const samplingPresets = presetsOf(sources.samplingPresets, schemas.samplingPresets);
  const tokenizerPresets = presetsOf(sources.tokenizerPresets, schemas.tokenizerPresets);

  const chapters: ValidCourse['chapters'] = [];
  for (const chapter of sources.chapters) {
    if (!paths.includes(chapter.lang)) {
      error(chapter.file, undefined, `is in a folder "${chapter.lang}" that is no language of course.yaml: use ${paths.join(', ') || 'a path listed under languages:'}`);
      continue;
    }
    const name = parseChapterFileName(chapter.fileName);
    if (!name) {
      error(chapter.file, undefined, 'has a name that is not NN-slug.mdx (two-digit number, lower-case slug), e.g. 03-tokenization.mdx');
      continue;
    }
    if (chapter.data === undefined) continue;
    const parsed = chapterSchema.safeParse(chapter.data);
    if (!parsed.success) {
      problems.push(...schemaProblems(chapter.file, parsed.error));
      continue;
    }
    if (parsed.data.number !== name.number) {
      error(chapter.file, 'number', `is ${parsed.data.number} but the file name says ${String(name.number).padStart(2, '0')}: make them agree`);
    }
    chapters.push({ file: chapter.file, lang: chapter.lang, slug: name.slug, data: parsed.data, body: chapter.body, bodyLine: chapter.bodyLine });
  }

  // Within each language: unique numbers and slugs, times increasing.
  for (const lang of paths) {
    const mine = chapters.filter((c) => c.lang === lang).sort((a, b) => a.data.number - b.data.number);
    const seenNumbers = new Map<number, string>();
    for (const c of mine) {
      const first = seenNumbers.get(c.data.number);
      if (first) error(c.file, 'number', `${c.data.number} is also the number of ${first}: each chapter needs its own`);
      else seenNumbers.set(c.data.number, c.file);
    }
    const videoLength = course ? parseTimestamp(course.video.length)! : Infinity;
    let previousEnd = 0;
    let previousFile = '';
    for (const c of mine) {
      const start = parseTimestamp(c.data.start)!;
      const end = parseTimestamp(c.data.end)!;
      if (end <= start) error(c.file, 'end', `${c.data.end} is not after start ${c.data.start}`);
      if (start < previousEnd) error(c.file, 'start', `${c.data.start} is before the end of the previous chapter (${previousFile}): times must increase chapter by chapter`);
      if (end > videoLength) error(c.file, 'end', `${c.data.end} is after the end of the video (${course?.video.length})`);
      previousEnd = end;
      previousFile = c.file;
    }
  }

  // Every language, with the same number, times and sections as the first language that has it.
  const bySlug = new Map<string, Partial<Record<string, (typeof chapters)[number]>>>();
  for (const c of chapters) bySlug.set(c.slug, { ...bySlug.get(c.slug), [c.lang]: c });
  for (const versions of bySlug.values()) {
    const present = paths.map((l) => versions[l]).filter((c) => c !== undefined);
    const a = present[0]!;
    for (const missing of paths.filter((l) => !versions[l])) {
      error(a.file, undefined, `has no translation: add chapters/${missing}/${a.file.split('/').pop()}`);
    }
    for (const b of present.slice(1)) {
      for (const field of ['number', 'start', 'end'] as const) {
        if (a.data[field] !== b.data[field]) error(b.file, field, `is ${b.data[field]} but ${a.file} says ${a.data[field]}: every language must agree`);
      }
      const idsA = sectionIds(a.body);
      const idsB = sectionIds(b.body);
      if (idsA.join(' ') !== idsB.join(' ')) {
        error(b.file, 'sections', `section ids [${idsB.join(', ')}] differ from ${a.file} [${idsA.join(', ')}]: every language needs the same sections in the same order (## Title [#id])`);
      }
    }
  }

  // Inside each chapter: sections, terms, timestamps.
  for (const c of chapters) {
    const at = (line: number) => `line ${line + (c.bodyLine ?? 1) - 1}`;
    const mdx = parseMdx(c.body).error;
    if (mdx) error(c.file, at(mdx.line), `is not valid MDX (column ${mdx.column}): ${mdx.message}`);
    const ids = sectionIds(c.body, ({ line }, heading) => error(c.file, at(line), `heading "${heading}" has no section id: write it as "## ${heading} [#some-id]"`));
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    for (const dup of new Set(duplicates)) error(c.file, 'sections', `section id "${dup}" is used twice`);
    c.data.questions.forEach((q, i) => {
      if (q.section && !ids.includes(q.section)) error(c.file, `questions[${i}].section`, `"${q.section}" is not a section id of this chapter (${ids.join(', ') || 'none'})`);
    });
    c.data.terms.forEach((id, i) => {
      if (!terms.has(id)) error(c.file, `terms[${i}]`, `"${id}" is not a glossary term: add content/glossary/${id}.yaml or fix the id`);
    });
    for (const { id, line } of termIdsInBody(c.body)) {
      if (!terms.has(id)) error(c.file, at(line), `<Term id="${id}" /> names an unknown glossary term: add glossary/${id}.yaml or fix the id`);
    }
    for (const { attribute, name, line } of presetUsesInBody(c.body, 'Sampling')) {
      const preset = samplingPresets[name];
      if (!preset) error(c.file, at(line), `<Sampling ${attribute}="${name}" /> names no preset of ${SAMPLING_PRESETS_FILE} (${Object.keys(samplingPresets).join(', ') || 'none'})`);
      else if (attribute === 'compare' && !preset.illustrative) error(c.file, at(line), `<Sampling compare="${name}" /> needs a preset with an illustrative distribution`);
    }
    for (const { attribute, name, line } of presetUsesInBody(c.body, 'Tokenizer')) {
      if (attribute === 'preset' && !tokenizerPresets[name]) {
        error(c.file, at(line), `<Tokenizer preset="${name}" /> names no preset of ${TOKENIZER_PRESETS_FILE} (${Object.keys(tokenizerPresets).join(', ') || 'none'})`);
      }
    }
    c.body.split('\n').forEach((text, i) => {
      if (/\{\/\*\s*(WIDGET|FIGURE)\b/.test(text)) error(c.file, at(i + 1), 'has an unfilled WIDGET or FIGURE slot: put the widget or figure there, or remove the comment');
    });
    const videoLength = course ? parseTimestamp(course.video.length)! : Infinity;
    for (const { text, line } of timestampsInBody(c.body)) {
      const seconds = parseTimestamp(text);
      if (seconds === undefined) error(c.file, at(line), `[${text}] is not a video time: write [m:ss] or [h:mm:ss], e.g. [12:21]`);
      else if (seconds > videoLength) error(c.file, at(line), `[${text}] is after the end of the video (${course?.video.length})`);
    }
  }

  // Graded self-check questions: their syntax, and the same questions in every language.
  problems.push(...checkQuestions(chapters));

  // The course's parts list every chapter exactly once.
  if (course) {
    const listed = new Map<string, string>();
    course.parts.forEach((part, p) =>
      part.chapters.forEach((slug, i) => {
        const field = `parts[${p}].chapters[${i}]`;
        if (listed.has(slug)) error(sources.course!.file, field, `"${slug}" is already listed at ${listed.get(slug)}`);
        listed.set(slug, field);
        if (!bySlug.has(slug)) error(sources.course!.file, field, `"${slug}" has no chapter file: add ${paths.map((l) => `chapters/${l}/NN-${slug}.mdx`).join(' and ')}`);
      }),
    );
    for (const [slug, pair] of bySlug) {
      if (!listed.has(slug)) error(Object.values(pair)[0]!.file, undefined, `is in no part: add "${slug}" to a part's chapters in course.yaml`);
    }
    const ordered = course.parts.flatMap((p) => p.chapters).map((slug) => Object.values(bySlug.get(slug) ?? {})[0]?.data.number);
    if (ordered.some((n, i) => i > 0 && n !== undefined && ordered[i - 1] !== undefined && n < ordered[i - 1]!)) {
      error(sources.course!.file, 'parts', 'lists chapters out of their numbered order');
    }
  }

  // The glossary: links between terms, unique names, terms in use, renderings to avoid.
  const names = new Map<string, string>();
  const chapterNumbers = new Set(chapters.map((c) => c.data.number));
  for (const [id, term] of terms) {
    term.seeAlso.forEach((other, i) => {
      if (!terms.has(other)) error(term.file, `seeAlso[${i}]`, `"${other}" is not a glossary term`);
    });
    if (chapters.length && !chapterNumbers.has(term.introduced.chapter)) error(term.file, 'introduced.chapter', `${term.introduced.chapter} is not a chapter of this course`);
    for (const lang of paths) {
      const key = `${lang}:${term.names[lang]!.toLowerCase()}`;
      const other = names.get(key);
      if (other) error(term.file, lang, `"${term.names[lang]}" is also the canonical name of ${other}: each concept needs its own name`);
      else names.set(key, term.file);
    }
    const used = chapters.some((c) => c.data.terms.includes(id) || termIdsInBody(c.body).some((t) => t.id === id));
    if (chapters.length && !used) warn(term.file, undefined, 'is used by no chapter (list it in a chapter\'s terms or link it with <Term>)');
  }
  for (const c of chapters) {
    const prose = c.body.replace(/<[^>]*>/g, ' ');
    for (const [id, term] of terms) {
      for (const alias of (term.aliases[c.lang] ?? []).map(aliasParts).filter((a) => a.avoid)) {
        const at = prose.indexOf(alias.text);
        if (at >= 0) warn(c.file, `line ${prose.slice(0, at).split('\n').length + (c.bodyLine ?? 1) - 1}`, `writes "${alias.text}", a rendering the course avoids: use "${term.names[c.lang]}" (glossary ${id})`);
      }
    }
  }

  // The writing conventions (quotation marks, spelling, wording, terms, <Beyond>): conventions.ts.
  if (course) {
    problems.push(...checkConventions({ languages: paths, chapters, terms, conventions: course.conventions, yamlFiles: [sources.course, sources.samplingPresets, sources.tokenizerPresets] }));
  }

  const ok = !problems.some((p) => p.level === 'error') && course;
  return { problems, languages, ui, valid: ok ? { languages, course: course!, ui: ui as Record<string, Strings>, chapters, terms, samplingPresets, tokenizerPresets } : undefined };
}

/**
 * The `languages:` list of course.yaml, with each language's facts filled from the generator's
 * pack for its code. Problems name the field: languages[2].label.
 */
export function resolveLanguages(courseData: unknown, file: string, problems: Problem[]): Language[] {
  const error = (field: string | undefined, message: string) => problems.push({ level: 'error', file, field, message });
  if (!courseData || typeof courseData !== 'object') return [];
  const raw = (courseData as Record<string, unknown>)['languages'];
  if (raw === undefined) {
    error('languages', 'is missing: list the course\'s languages in order, the first being the primary, e.g. "- { code: zh-CN, path: zh }"');
    return [];
  }
  const parsed = languagesSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...schemaProblems(file, parsed.error).map((p) => ({ ...p, field: `languages${p.field ? (p.field.startsWith('[') ? p.field : `.${p.field}`) : ''}` })));
    return [];
  }
  const out: Language[] = [];
  parsed.data.forEach((item, i) => {
    const field = `languages[${i}]`;
    if (out.some((l) => l.path === item.path)) return void error(`${field}.path`, `"${item.path}" is listed twice: each language needs its own path`);
    if (out.some((l) => l.code.toLowerCase() === item.code.toLowerCase())) return void error(`${field}.code`, `"${item.code}" is listed twice`);
    if (item.from !== undefined) {
      const source = parsed.data.find((l) => l.path === item.from);
      if (!source || source === item) return void error(`${field}.from`, `"${item.from}" is no other language of this course: name the path of the language to convert from`);
      if (source.from !== undefined) return void error(`${field}.from`, `"${item.from}" is itself made from another language: convert from a language whose chapters are written`);
      if (!canConvert(source.code, item.code)) return void error(`${field}.from`, `the generator cannot convert ${source.code} to ${item.code}: it converts ${supportedConversions().join(', ')}`);
    }
    const pack = packFor(item.code)?.facts;
    const missing = (['label', 'collation', 'quotes', 'reading', 'ogLocale'] as const).filter((k) => item[k] === undefined && !pack);
    if (missing.length) return void error(field, `the generator has no facts for "${item.code}": give ${missing.join(', ')}`);
    out.push({
      code: item.code,
      path: item.path,
      label: item.label ?? pack!.label,
      collation: item.collation ?? pack!.collation,
      quotes: item.quotes ?? pack!.quotes,
      reading: item.reading ?? pack!.reading,
      ogLocale: item.ogLocale ?? pack!.ogLocale,
      ...(pack?.names ? { names: pack.names } : {}),
      ...(item.from !== undefined ? { from: item.from } : {}),
    });
  });
  return out;
}

/**
 * Each language's interface strings: the generator's pack for its code, with the course's
 * ui/<path>.yaml over it. A language without a complete set fails, naming the missing keys.
 */
export function checkStrings(languages: readonly Language[], files: { file: string; path: string; data: unknown }[], problems: Problem[]): Record<string, Partial<Strings>> {
  const keys = Object.keys(enStrings) as StringKey[];
  const out: Record<string, Partial<Strings>> = {};
  for (const f of files) {
    if (!languages.some((l) => l.path === f.path)) problems.push({ level: 'error', file: f.file, message: `is for "${f.path}", which is no language of course.yaml` });
  }
  for (const language of languages) {
    const pack = packFor(language.code);
    const strings: Partial<Strings> = { ...pack?.strings };
    const own = files.find((f) => f.path === language.path);
    if (own && own.data !== undefined && own.data !== null) {
      if (typeof own.data !== 'object' || Array.isArray(own.data)) {
        problems.push({ level: 'error', file: own.file, message: 'must map string keys to text, e.g. "homeIntro: …"' });
      } else {
        for (const [key, value] of Object.entries(own.data as Record<string, unknown>)) {
          if (!keys.includes(key as StringKey)) {
            problems.push({ level: 'error', file: own.file, field: key, message: 'is not an interface string of the generator (see src/i18n/packs/en.ts)' });
          } else if (typeof value !== 'string' || !value.trim()) {
            problems.push({ level: 'error', file: own.file, field: key, message: 'must be non-empty text' });
          } else {
            const allowed = placeholders(enStrings[key as StringKey]);
            if (placeholders(value).some((p) => !allowed.includes(p))) {
              problems.push({ level: 'error', file: own.file, field: key, message: `uses a placeholder the generator does not fill: it may use ${allowed.length ? allowed.map((p) => `{${p}}`).join(', ') : 'none'}` });
            }
            strings[key as StringKey] = value;
          }
        }
      }
    }
    const missing = keys.filter((k) => strings[k] === undefined);
    if (missing.length) {
      problems.push({
        level: 'error',
        file: own?.file ?? `ui/${language.path}.yaml`,
        message: `${language.code} has no interface strings for ${missing.length} key(s): ${missing.join(', ')}${pack ? '' : ` (the generator ships none for ${language.code}: write them all)`}`,
      });
    }
    out[language.path] = strings;
  }
  return out;
}

/** One line per problem, errors first: "content/chapters/zh/03-x.mdx › start: must be …". */
export function formatProblems(problems: Problem[], root = ''): string {
  const order = { error: 0, warning: 1 } as const;
  return [...problems]
    .sort((a, b) => order[a.level] - order[b.level])
    .map((p) => `${p.level === 'error' ? '✗' : '!'} ${path.join(root, p.file)}${p.field ? ` › ${p.field}` : ''}: ${p.message}`)
    .join('\n');
}
