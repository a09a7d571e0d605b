/**
 * The shape of a course, in one place. Every field says what it holds; the content checks
 * (content-checks.ts) and Astro's collections (content.config.ts) both validate with these, so a
 * bad field fails the build with the file and the field named.
 */
import { z } from 'astro/zod';
import { encodingNames, modes } from './tokenizer/encodings';
import { parseTimestamp } from './timestamps';

const text = z.string().trim().min(1, 'must not be empty');

/** A video time written "h:mm:ss" (or "m:ss"). */
export const timestamp = z
  .string()
  .refine((value) => parseTimestamp(value) !== undefined, {
    message: 'must be a video time like "0:07:47" (h:mm:ss)',
  });

/** Lower-case words joined by hyphens: chapter slugs, section ids, term ids. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(idPattern, 'must be lower-case letters, digits and hyphens, e.g. "byte-pair-encoding"');

/** The same thing said in both languages. */
const bilingual = z.object({ zh: text, en: text }).strict();

/** The text rules a course can ask for in course.yaml's `conventions` (src/lib/conventions.ts). */
export const conventionRules = ['chinese-quotes', 'american-spelling', 'inference-not-reasoning', 'hallucination-noun'] as const;
export type ConventionRule = (typeof conventionRules)[number];

export const courseSchema = z
  .object({
    /** Course title and subtitle in both languages. */
    title: bilingual,
    subtitle: bilingual,
    /** Who gives the lecture. */
    speaker: text,
    video: z
      .object({
        /** The YouTube video id (11 characters). */
        id: z.string().regex(/^[\w-]{11}$/, 'must be an 11-character YouTube video id'),
        /** Total length, "h:mm:ss". */
        length: timestamp,
        /** Publication date, "YYYY-MM-DD". */
        published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like "2025-02-05"'),
      })
      .strict(),
    /** Parts of the course, each listing its chapter slugs in order. */
    parts: z
      .array(z.object({ id, title: bilingual, chapters: z.array(id).min(1, 'needs at least one chapter') }).strict())
      .min(1, 'needs at least one part'),
    /** How the video may be used, shown on every page footer and handout. */
    licence: bilingual,
    /** The house style the content check enforces (src/lib/conventions.ts); none by default. */
    conventions: z
      .object({
        /** The text rules each language's prose follows, keyed by language, e.g. zh: [chinese-quotes]. */
        rules: z.record(z.string(), z.array(z.enum(conventionRules))).default({}),
        /** The fewest distinct glossary terms each chapter links with <Term id>, in each language. */
        minTermsPerChapter: z.number().int().min(0).default(0),
      })
      .strict()
      .default({ rules: {}, minTermsPerChapter: 0 }),
  })
  .strict();

export const readingKinds = ['paper', 'tool', 'article', 'video', 'code', 'dataset', 'course', 'site'] as const;

export const chapterSchema = z
  .object({
    /** Position in the video's chapter list, 1-based; must match the NN- of the file name. */
    number: z.number().int().min(1),
    /** Chapter title in this file's language. */
    title: text,
    /** Where the chapter's video segment starts and ends. */
    start: timestamp,
    end: timestamp,
    /** One line saying what the chapter explains. */
    summary: text,
    /** Questions a reader brings that this chapter answers; `section` is the id of the section that answers. */
    questions: z.array(z.object({ q: text, section: id.optional() }).strict()).min(1, 'list at least one reader question'),
    /** Glossary ids of the terms the chapter teaches. */
    terms: z.array(id).default([]),
    /** Papers, tools and pages the chapter points to. */
    reading: z
      .array(
        z
          .object({
            title: text,
            url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
            kind: z.enum(readingKinds),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

const alias = z.union([text, z.object({ text, avoid: z.boolean().default(false) }).strict()]);

export const termSchema = z
  .object({
    /** The canonical names: used everywhere in the course. */
    zh: text,
    en: text,
    /** Abbreviation, e.g. SFT, RLHF. */
    abbr: text.optional(),
    /** Other renderings readers meet; `avoid: true` marks ones the course does not use. */
    aliases: z.object({ zh: z.array(alias).default([]), en: z.array(alias).default([]) }).strict().default({ zh: [], en: [] }),
    /** One to three sentences in each language, in our own words. */
    definition: bilingual,
    /** Where the course first explains it. */
    introduced: z.object({ chapter: z.number().int().min(1), at: timestamp }).strict(),
    /** Related term ids. */
    seeAlso: z.array(id).default([]),
  })
  .strict();

/** One next-token candidate of an illustrative distribution. */
const candidate = z.object({ token: z.string().min(1, 'must not be empty'), p: z.number().positive('must be above 0') }).strict();

/** A hand-made distribution: what the model has read, and its likeliest next tokens. */
const illustration = z
  .object({
    /** The text the distribution follows. */
    context: text,
    /** 2–12 candidates with distinct tokens; their p sum to 1. */
    candidates: z.array(candidate).min(2, 'needs at least 2 candidates').max(12, 'takes at most 12 candidates'),
  })
  .strict()
  .superRefine((value, ctx) => {
    const tokens = value.candidates.map((c) => c.token);
    const twice = tokens.find((t, i) => tokens.indexOf(t) !== i);
    if (twice !== undefined) ctx.addIssue({ code: 'custom', path: ['candidates'], message: `lists the token ${JSON.stringify(twice)} twice` });
    const sum = value.candidates.reduce((s, c) => s + c.p, 0);
    if (Math.abs(sum - 1) > 1e-6) ctx.addIssue({ code: 'custom', path: ['candidates'], message: `p sums to ${Number(sum.toFixed(6))}, not 1` });
  });

/** A preset of <Sampling preset="…" />, in content/widgets/sampling.yaml under its name. */
export const samplingPresetSchema = z
  .object({
    /** A hand-made next-token distribution per language (labelled as illustrative on the page). */
    illustrative: z.object({ zh: illustration, en: illustration }).strict().optional(),
    /** What to look for, one or two sentences. */
    note: bilingual,
    /** Where the toy model starts writing. */
    prompt: bilingual,
    temperature: z.number().min(0).max(2).optional(),
    topK: z.number().int().min(1).optional(),
    topP: z.number().gt(0).max(1).optional(),
  })
  .strict();

export const samplingPresetsSchema = z.record(z.string().regex(idPattern, 'preset names must be lower-case letters, digits and hyphens'), samplingPresetSchema);

/** A preset of <Tokenizer preset="…" />, in content/widgets/tokenizer.yaml under its name. */
export const tokenizerPresetSchema = z
  .object({
    /** Its label in the widget's menu of examples. */
    name: bilingual,
    /** The text, the same in both languages (spaces count: it is not trimmed). */
    text: z.string().min(1, 'must not be empty'),
    encoding: z.enum(encodingNames),
    /** text, compare (all encodings side by side) or chat (one "role: content" line per message). */
    mode: z.enum(modes),
  })
  .strict();

export const tokenizerPresetsSchema = z.record(z.string().regex(idPattern, 'preset names must be lower-case letters, digits and hyphens'), tokenizerPresetSchema);

export type Course = z.infer<typeof courseSchema>;
export type TokenizerPreset = z.infer<typeof tokenizerPresetSchema>;
export type SamplingPreset = z.infer<typeof samplingPresetSchema>;
export type ChapterData = z.infer<typeof chapterSchema>;
export type TermData = z.infer<typeof termSchema>;
export type Alias = z.infer<typeof alias>;

/** An alias's text and whether the course avoids it. */
export function aliasParts(a: Alias): { text: string; avoid: boolean } {
  return typeof a === 'string' ? { text: a, avoid: false } : { text: a.text, avoid: a.avoid };
}
