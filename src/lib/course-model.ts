/**
 * The course, read once: course.yaml, chapters, glossary, figures, widget presets and interface
 * strings, validated together (content-checks.ts, figures/files.ts) and reduced to one plain,
 * serialisable model. integrations/course.ts builds it when Astro starts and hands it to the
 * pages as `virtual:course`, and to the build steps (remark plugins, search, PDFs) as an object.
 */
import { checkCourse, formatProblems, readCourseSources, type Problem, type ValidCourse } from './content-checks';
import { deriveSources, type DerivedChapter } from './derived-languages';
import { checkCourseFigures } from './figures/files';
import { readCourseIcon } from './course-icon';
import type { Language } from './languages';
import type { Localized, SamplingPreset, TokenizerPreset } from './schemas';
import type { Strings } from '../i18n/strings';
import { jsxElements, termIdsInBody } from './mdx-scan';
import { countQuestions } from './questions';
import { parseTimestamp } from './timestamps';

export interface ChapterInfo {
  slug: string;
  /** Position in the video's order, 1-based (data-chapter). */
  number: number;
  /** Index of its part in `parts`, 0-based. */
  part: number;
  startSeconds: number;
  endSeconds: number;
  /** Title per language path. */
  title: Localized;
  /** Its file per language path, relative to the course folder. */
  files: Localized;
  /** Per language path: the glossary terms the chapter lists (frontmatter `terms`) or links with <Term id>, sorted. */
  terms: Record<string, string[]>;
  /** Per language path: how many graded questions it has (the home page's score is out of this). */
  graded: Record<string, number>;
}

export interface CourseModel {
  /** The course folder, absolute. */
  dir: string;
  /** In course.yaml's order; the first is the primary language. */
  languages: Language[];
  title: Localized;
  subtitle: Localized;
  speaker: string;
  video: { id: string; title: string; length: string; seconds: number; published: string };
  parts: { id: string; title: Localized; chapters: string[] }[];
  licence: Localized;
  /** In the video's order. */
  chapters: ChapterInfo[];
  /** Term ids, sorted. */
  terms: string[];
  /**
   * Each term's glossary entry as written, plus the fields of derived languages (zh-tw from zh):
   * the data of Astro's glossary collection, by term id.
   */
  glossary: Record<string, unknown>;
  /**
   * Where the chapters of derived languages are written for Astro to compile (their own
   * chapters/<path>/ folder), set by integrations/course.ts; undefined when the course has none.
   */
  derivedChaptersDir?: string | undefined;
  samplingPresets: Record<string, SamplingPreset>;
  tokenizerPresets: Record<string, TokenizerPreset>;
  /** Every language's interface strings (the generator's, with the course's ui/<path>.yaml over them). */
  ui: Record<string, Strings>;
  /** The course's icon.svg, or the generator's (course-icon.ts): SVG text. */
  icon: string;
  /** What the chapters use, so the build makes only what is needed (the sampling model, figure styles…). */
  uses: { sampling: boolean; tokenizer: boolean; figures: boolean; glossary: boolean };
}

export function modelOf(dir: string, valid: ValidCourse, glossary: Record<string, unknown>, icon: string): CourseModel {
  const { course, languages } = valid;
  const primary = languages[0]!.path;
  const slugs = [...new Set(valid.chapters.map((c) => c.slug))];
  const chapters: ChapterInfo[] = slugs
    .map((slug) => {
      const versions = valid.chapters.filter((c) => c.slug === slug);
      const first = versions.find((c) => c.lang === primary) ?? versions[0]!;
      return {
        slug,
        number: first.data.number,
        part: course.parts.findIndex((p) => p.chapters.includes(slug)),
        startSeconds: parseTimestamp(first.data.start)!,
        endSeconds: parseTimestamp(first.data.end)!,
        title: Object.fromEntries(versions.map((c) => [c.lang, c.data.title])),
        files: Object.fromEntries(versions.map((c) => [c.lang, c.file])),
        // Read here from the tree the content check parsed already, so pages need not parse the bodies again.
        terms: Object.fromEntries(versions.map((c) => [c.lang, [...new Set([...c.data.terms, ...termIdsInBody(c.body).map((t) => t.id)])].sort()])),
        graded: Object.fromEntries(versions.map((c) => [c.lang, countQuestions(c.body)])),
      };
    })
    .sort((a, b) => a.number - b.number);
  const uses = (component: string) => valid.chapters.some((c) => jsxElements(c.body, component).length > 0);
  return {
    dir,
    languages,
    title: course.title,
    subtitle: course.subtitle,
    speaker: course.speaker,
    video: {
      id: course.video.id,
      title: course.video.title ?? course.title[primary]!,
      length: course.video.length,
      seconds: parseTimestamp(course.video.length)!,
      published: course.video.published,
    },
    parts: course.parts,
    licence: course.licence,
    chapters,
    terms: [...valid.terms.keys()].sort(),
    glossary,
    samplingPresets: valid.samplingPresets,
    tokenizerPresets: valid.tokenizerPresets,
    ui: valid.ui,
    icon,
    uses: {
      sampling: uses('Sampling'),
      tokenizer: uses('Tokenizer'),
      figures: uses('Figure'),
      glossary: valid.terms.size > 0,
    },
  };
}

export interface CourseReading {
  dir: string;
  problems: Problem[];
  /** Undefined when any problem is an error. */
  valid: ValidCourse | undefined;
  model: CourseModel | undefined;
  /** The chapters of derived languages (course.yaml `from:`), as files to write for Astro. */
  derivedChapters: DerivedChapter[];
}

/** Reads and checks the course folder once; every problem names its file and field. */
export function readCourse(dir: string): CourseReading {
  const derived = deriveSources(readCourseSources(dir), dir);
  const { sources } = derived;
  const { problems: found, valid, ui } = checkCourse(sources);
  // A derived language's figures are its source's, converted when rendered: checked once.
  const written = new Set(Object.keys(ui).filter((lang) => !derived.derivations.some((d) => d.path === lang)));
  const words = Object.fromEntries(Object.entries(ui).filter(([lang]) => written.has(lang)).map(([lang, t]) => [lang, { label: t.figureLabel ?? '', reference: t.figureReference ?? '' }]));
  found.push(...checkCourseFigures(dir, sources.chapters.filter((c) => written.has(c.lang)), words));
  const icon = readCourseIcon(dir);
  found.push(...icon.problems);
  // A problem in a derived chapter is its source's problem: say it once.
  const seen = new Set<string>();
  const problems = found.filter((p) => {
    const key = `${p.level}|${p.file}|${p.field}|${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const ok = valid && !problems.some((p) => p.level === 'error');
  const glossary = Object.fromEntries(sources.terms.map((t) => [t.id, t.data]));
  return { dir, problems, valid: ok ? valid : undefined, model: ok ? modelOf(dir, valid, glossary, icon.svg) : undefined, derivedChapters: derived.chapters };
}

/** The whole content check of a course folder, as printable text: errors (which fail) and warnings. */
export function checkCourseFolder(dir: string): { errors?: string; warnings?: string } {
  const { problems } = readCourse(dir);
  const errors = problems.filter((p) => p.level === 'error');
  const warnings = problems.filter((p) => p.level === 'warning');
  return {
    ...(errors.length ? { errors: `The course in ${dir} has ${errors.length} problem(s) to fix:\n${formatProblems(errors, dir)}` } : {}),
    ...(warnings.length ? { warnings: formatProblems(warnings, dir) } : {}),
  };
}
