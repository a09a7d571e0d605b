/**
 * Whole-course checks that no single-file schema can make: both languages present, numbers and
 * slugs unique, video times increasing, term ids known, section ids aligned across languages,
 * widget presets known.
 * Runs before every build and dev start (integrations/content-check.ts); each problem names the
 * file, the field and what to do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { isLocale, locales } from '../i18n/locales';
import { parseChapterFileName } from './paths';
import {
  aliasParts,
  chapterSchema,
  courseSchema,
  samplingPresetsSchema,
  termSchema,
  tokenizerPresetsSchema,
  type ChapterData,
  type Course,
  type SamplingPreset,
  type TermData,
  type TokenizerPreset,
} from './schemas';
import { SAMPLING_PRESETS_FILE, TOKENIZER_PRESETS_FILE } from './course-file';
import { presetUsesInBody, sectionIds, termIdsInBody, timestampsInBody } from './mdx-scan';
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

/** Reads course.yaml, chapters/{zh,en}/*.mdx and glossary/*.yaml from a course folder. */
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
  course: Course;
  chapters: { file: string; lang: string; slug: string; data: ChapterData; body: string; bodyLine?: number | undefined }[];
  terms: Map<string, TermData & { file: string }>;
  samplingPresets: Record<string, SamplingPreset>;
  tokenizerPresets: Record<string, TokenizerPreset>;
}

/** Validates everything; returns the problems (errors and warnings) and what was valid. */
export function checkCourse(sources: CourseSources): { problems: Problem[]; valid: ValidCourse | undefined } {
  const problems: Problem[] = [...sources.problems];
  const error = (file: string, field: string | undefined, message: string) => problems.push({ level: 'error', file, field, message });
  const warn = (file: string, field: string | undefined, message: string) => problems.push({ level: 'warning', file, field, message });

  // Single files against their schemas.
  let course: Course | undefined;
  if (sources.course && sources.course.data !== undefined) {
    const parsed = courseSchema.safeParse(sources.course.data);
    if (parsed.success) course = parsed.data;
    else problems.push(...schemaProblems(sources.course.file, parsed.error));
  }

  const terms = new Map<string, TermData & { file: string }>();
  for (const term of sources.terms) {
    if (term.data === undefined) continue;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(term.id)) {
      error(term.file, undefined, 'has a file name that is not a term id: use lower-case letters, digits and hyphens');
      continue;
    }
    const parsed = termSchema.safeParse(term.data);
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
  const samplingPresets = presetsOf(sources.samplingPresets, samplingPresetsSchema);
  const tokenizerPresets = presetsOf(sources.tokenizerPresets, tokenizerPresetsSchema);

  const chapters: ValidCourse['chapters'] = [];
  for (const chapter of sources.chapters) {
    if (!isLocale(chapter.lang)) {
      error(chapter.file, undefined, `is in an unknown language folder "${chapter.lang}": use ${locales.join(' or ')}`);
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
  for (const lang of locales) {
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

  // Both languages, with the same number, times and sections.
  const bySlug = new Map<string, Partial<Record<string, (typeof chapters)[number]>>>();
  for (const c of chapters) bySlug.set(c.slug, { ...bySlug.get(c.slug), [c.lang]: c });
  for (const pair of bySlug.values()) {
    const [a, b] = locales.map((l) => pair[l]);
    if (!a || !b) {
      const present = (a ?? b)!;
      const missing = locales.find((l) => !pair[l])!;
      error(present.file, undefined, `has no translation: add chapters/${missing}/${present.file.split('/').pop()}`);
      continue;
    }
    for (const field of ['number', 'start', 'end'] as const) {
      if (a.data[field] !== b.data[field]) error(b.file, field, `is ${b.data[field]} but ${a.file} says ${a.data[field]}: both languages must agree`);
    }
    const idsA = sectionIds(a.body);
    const idsB = sectionIds(b.body);
    if (idsA.join(' ') !== idsB.join(' ')) {
      error(b.file, 'sections', `section ids [${idsB.join(', ')}] differ from ${a.file} [${idsA.join(', ')}]: both languages need the same sections in the same order (## Title [#id])`);
    }
  }

  // Inside each chapter: sections, terms, timestamps.
  for (const c of chapters) {
    const at = (line: number) => `line ${line + (c.bodyLine ?? 1) - 1}`;
    const ids = sectionIds(c.body, (line, heading) => error(c.file, at(line), `heading "${heading}" has no section id: write it as "## ${heading} [#some-id]"`));
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
        if (!bySlug.has(slug)) error(sources.course!.file, field, `"${slug}" has no chapter file: add chapters/zh/NN-${slug}.mdx and chapters/en/NN-${slug}.mdx`);
      }),
    );
    for (const [slug, pair] of bySlug) {
      if (!listed.has(slug)) error(Object.values(pair)[0]!.file, undefined, `is in no part: add "${slug}" to a part's chapters in course.yaml`);
    }
    const ordered = course.parts.flatMap((p) => p.chapters).map((slug) => bySlug.get(slug)?.zh?.data.number ?? bySlug.get(slug)?.en?.data.number);
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
    for (const lang of locales) {
      const key = `${lang}:${term[lang].toLowerCase()}`;
      const other = names.get(key);
      if (other) error(term.file, lang, `"${term[lang]}" is also the canonical name of ${other}: each concept needs its own name`);
      else names.set(key, term.file);
    }
    const used = chapters.some((c) => c.data.terms.includes(id) || termIdsInBody(c.body).some((t) => t.id === id));
    if (chapters.length && !used) warn(term.file, undefined, 'is used by no chapter (list it in a chapter\'s terms or link it with <Term>)');
  }
  for (const c of chapters.filter((ch) => ch.lang === 'zh')) {
    const prose = c.body.replace(/<[^>]*>/g, ' ');
    for (const [id, term] of terms) {
      for (const alias of term.aliases.zh.map(aliasParts).filter((a) => a.avoid)) {
        const at = prose.indexOf(alias.text);
        if (at >= 0) warn(c.file, `line ${prose.slice(0, at).split('\n').length + (c.bodyLine ?? 1) - 1}`, `writes "${alias.text}", a rendering the course avoids: use "${term.zh}" (glossary ${id})`);
      }
    }
  }

  // The writing conventions (quotation marks, spelling, wording, terms, <Beyond>): conventions.ts.
  if (course) {
    problems.push(...checkConventions({ chapters, terms, conventions: course.conventions, yamlFiles: [sources.course, sources.samplingPresets, sources.tokenizerPresets] }));
  }

  const ok = !problems.some((p) => p.level === 'error') && course;
  return { problems, valid: ok ? { course: course!, chapters, terms, samplingPresets, tokenizerPresets } : undefined };
}

/** One line per problem, errors first: "content/chapters/zh/03-x.mdx › start: must be …". */
export function formatProblems(problems: Problem[], root = ''): string {
  const order = { error: 0, warning: 1 } as const;
  return [...problems]
    .sort((a, b) => order[a.level] - order[b.level])
    .map((p) => `${p.level === 'error' ? '✗' : '!'} ${path.join(root, p.file)}${p.field ? ` › ${p.field}` : ''}: ${p.message}`)
    .join('\n');
}
